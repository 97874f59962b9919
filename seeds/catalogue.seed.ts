// The starting resource list (CATALOGUE.md), need codes (NEEDS.md) and the dated 低保 standard
// (POLICY.md §3.3). Providers, need codes and standards are upserted; a resource is inserted
// only when its code is absent, so edits made through the service are never overwritten.
import type { DataSource } from 'typeorm';
import { seededResourceId } from '../src/common/stable-id';
import { Provider, Resource, ResourceChange } from '../src/modules/catalogue/catalogue.entity';
import { DibaoStandard, NeedCode } from '../src/modules/reference/reference.entity';
import catalogue from './data/catalogue.json';
import standards from './data/dibao-standards.json';
import needCodes from './data/need-codes.json';

type SeedResource = (typeof catalogue.resources)[number];

export function resourceRow(r: SeedResource): Partial<Resource> {
  return {
    code: r.code,
    providerId: r.providerCode,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    descriptionZh: r.descriptionZh,
    descriptionEn: r.descriptionEn,
    tierOverride: (r.tier ?? null) as Resource['tierOverride'],
    form: r.form as Resource['form'],
    needCodes: r.needCodes,
    eligibility: r.eligibility,
    benefit: r.benefit as Resource['benefit'],
    capacityKind: r.capacity.kind as Resource['capacityKind'],
    quota: r.capacity.quota ?? null,
    period: r.capacity.period ?? null,
    remaining: r.capacity.kind === 'QUOTA' ? (r.capacity.quota ?? null) : null,
    geoScope: r.geoScope as Resource['geoScope'],
    applicationChannel: r.applicationChannel,
    requiredMaterials: r.requiredMaterials,
    processingDays: r.processingDays ?? null,
    policyBasis: r.policyBasis ?? null,
    exclusiveGroup: r.stacking.exclusiveGroup ?? null,
    statutoryFirst: r.stacking.statutoryFirst,
    validFrom: r.validFrom ?? null,
    validTo: r.validTo ?? null,
    lastVerified: r.lastVerified ?? null,
    figuresVerified: r.figuresVerified,
    status: 'PUBLISHED',
  };
}

export async function seedCatalogue(db: DataSource) {
  return db.transaction(async (em) => {
    await em.getRepository(NeedCode).upsert(needCodes, ['code']);
    await em.getRepository(DibaoStandard).upsert(
      standards.map((s) => ({ ...s, source: s.source ?? null })),
      ['effectiveFrom'],
    );
    await em.getRepository(Provider).upsert(
      catalogue.providers.map((p) => ({
        id: p.code,
        nameZh: p.nameZh,
        nameEn: p.nameEn,
        type: p.type as Provider['type'],
        parentDepartment: p.parentDepartment ?? null,
        contact: p.contact as Provider['contact'],
        serviceArea: p.serviceArea as Provider['serviceArea'],
        verificationStatus: p.verificationStatus as Provider['verificationStatus'],
      })),
      ['id'],
    );
    const existing = new Set((await em.getRepository(Resource).find({ select: { code: true } })).map((r) => r.code));
    let added = 0;
    for (const seed of catalogue.resources.filter((r) => !existing.has(r.code))) {
      // A seeded resource's id is its code's name-based UUID: the same on every install.
      const resource = await em.save(em.create(Resource, { id: seededResourceId(seed.code), ...resourceRow(seed) }));
      await em.insert(ResourceChange, {
        resourceId: resource.id,
        resourceVersion: resource.version,
        action: 'SEEDED',
        actorId: 'seed',
        actorRole: 'SYSTEM',
        fromStatus: null,
        toStatus: 'PUBLISHED',
        changes: {},
        note: 'CATALOGUE.md starting catalogue',
      });
      added++;
    }
    return {
      needCodes: needCodes.length,
      dibaoStandards: standards.length,
      providers: catalogue.providers.length,
      resourcesAdded: added,
    };
  });
}
