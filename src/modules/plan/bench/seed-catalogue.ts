// The seeded catalogue (seeds/data/catalogue.json) as the pure planner sees it, without a database:
// for the planner benchmark and the property tests. Ids are the resource codes; remaining places
// start at the published quota.
import catalogue from '../../../../seeds/data/catalogue.json';
import { compileRule, type Rule } from '../../eligibility';
import { TIER_OF_PROVIDER, type Tier } from '../../catalogue/catalogue.enums';
import type { GeoScope } from '../../catalogue/catalogue.entity';
import { GOVERNMENT_PROVIDER_TYPES } from '../../../../policy/duplicate-assistance';
import { indexCatalogue, type PlannerCatalogue, type PlannerResource } from '../planner';

export function seededPlannerCatalogue(): PlannerCatalogue {
  const types = new Map(catalogue.providers.map((p) => [p.code, p.type]));
  const resources: PlannerResource[] = catalogue.resources.map((r) => {
    const type = types.get(r.providerCode) ?? 'CHARITY';
    return {
      id: r.code,
      code: r.code,
      providerId: r.providerCode,
      providerIsGovernment: GOVERNMENT_PROVIDER_TYPES.includes(type),
      tier: (r.tier ?? TIER_OF_PROVIDER[type as keyof typeof TIER_OF_PROVIDER]) as Tier,
      nameZh: r.nameZh,
      nameEn: r.nameEn,
      form: r.form,
      needCodes: r.needCodes,
      capacityKind: r.capacity.kind as 'ENTITLEMENT' | 'QUOTA',
      remaining: r.capacity.kind === 'QUOTA' ? (r.capacity.quota ?? null) : null,
      geoScope: r.geoScope as GeoScope,
      processingDays: r.processingDays ?? null,
      exclusiveGroup: r.stacking.exclusiveGroup ?? null,
      statutoryFirst: r.stacking.statutoryFirst,
      status: 'PUBLISHED',
      validFrom: null,
      validTo: null,
      version: 1,
      benefit: r.benefit as PlannerResource['benefit'],
      rule: compileRule(r.eligibility as Rule),
    };
  });
  return indexCatalogue(resources);
}
