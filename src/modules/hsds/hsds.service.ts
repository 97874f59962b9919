// HSDS 3.0 interchange: export the published catalogue, import a dataset as DRAFT resources.
// The mapping is pure (hsds-export.ts, hsds-import.ts); this class reads, checks access and writes.
import { randomBytes } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { InputValidationError } from '../../graphql/errors';
import { Provider, Resource, ResourceChange } from '../catalogue/catalogue.entity';
import { validateRule } from '../eligibility';
import { NeedCode } from '../reference/reference.entity';
import { exportOrganizations, HsdsObject } from './hsds-export';
import {
  checkService,
  findServices,
  importedDescription,
  importedRule,
  mapTerms,
  PLACEHOLDER_NEED,
  requiredDocuments,
  serviceAreaNames,
} from './hsds-import';
import { HsdsImportedService, HsdsImportReport } from './hsds.types';

export class HsdsService {
  constructor(private readonly db: DataSource) {}

  /** The PUBLISHED catalogue as an HSDS organization package. */
  async export(): Promise<HsdsObject[]> {
    const resources = await this.db
      .getRepository(Resource)
      .find({ where: { status: 'PUBLISHED' }, order: { code: 'ASC' } });
    const providerIds = [...new Set(resources.map((r) => r.providerId))];
    const providers = await this.db
      .getRepository(Provider)
      .find({ where: { id: In(providerIds) }, order: { id: 'ASC' } });
    const needs = await this.db.getRepository(NeedCode).find();
    return exportOrganizations(providers, resources, needs);
  }

  /** Imports every service of the dataset as a DRAFT of the provider, in one transaction; nothing when any problem is found. */
  async import(
    viewer: Viewer,
    providerIdArg: string | undefined,
    dataset: unknown,
  ): Promise<HsdsImportReport | InputValidationError> {
    if (viewer.role === 'PARTNER' && providerIdArg && providerIdArg !== viewer.providerId) {
      throw new DomainError('FORBIDDEN', 'A partner imports into its own organisation only');
    }
    const providerId = viewer.role === 'PARTNER' ? viewer.providerId! : providerIdArg;
    const { services, problems } = findServices(dataset);
    problems.push(...services.flatMap(checkService));
    return this.db.transaction(async (em) => {
      if (!providerId)
        problems.unshift({ field: 'providerId', reason: 'REQUIRED', message: 'ADMIN must name the provider' });
      else if (!(await em.findOneBy(Provider, { id: providerId })))
        problems.unshift({ field: 'providerId', reason: 'UNKNOWN_PROVIDER', message: `no provider "${providerId}"` });
      if (problems.length > 0) return new InputValidationError(problems);
      const provider = (await em.findOneBy(Provider, { id: providerId! }))!;
      const known = new Set((await em.find(NeedCode)).map((n) => n.code));
      const report = Object.assign(new HsdsImportReport(), {
        providerId: provider.id,
        created: [] as HsdsImportedService[],
      });
      for (const { service: s } of services) {
        const { needCodes, unmappedTerms } = mapTerms(s, known);
        const placeholderNeed = needCodes.length === 0;
        const warnings: string[] = [];
        if (placeholderNeed)
          warnings.push(`no taxonomy term maps to a need code; ${PLACEHOLDER_NEED} set as a placeholder`);
        const areas = serviceAreaNames(s);
        if (areas.length)
          warnings.push(
            `service areas are free text and were not mapped; the provider's area is used instead: ${areas.join('; ')}`,
          );
        if (s.status !== 'active') warnings.push(`the HSDS status was "${s.status}"`);
        const eligibility = importedRule(s);
        const checked = validateRule(eligibility);
        if (!checked.ok) throw new Error(`imported rule invalid: ${JSON.stringify(checked.problems)}`);
        const description = importedDescription(s);
        const name = (s.name as string).trim();
        const resource = await em.save(
          em.create(Resource, {
            code: await freeCode(em),
            providerId: provider.id,
            nameZh: name,
            nameEn: typeof s.alternate_name === 'string' && s.alternate_name.trim() ? s.alternate_name : name,
            descriptionZh: description,
            descriptionEn: description,
            tierOverride: null,
            form: 'SERVICE',
            needCodes: placeholderNeed ? [PLACEHOLDER_NEED] : needCodes,
            eligibility,
            benefit: {
              amount: null,
              unit: null,
              cap: null,
              sessions: null,
              hours: null,
              descriptionZh: null,
              descriptionEn: typeof s.fees_description === 'string' ? s.fees_description : null,
            },
            // Capacity is not in HSDS: a quota whose size is unknown (null, never invented).
            capacityKind: 'QUOTA',
            quota: null,
            period: null,
            remaining: null,
            geoScope: provider.serviceArea,
            applicationChannel: typeof s.application_process === 'string' ? s.application_process : '',
            requiredMaterials: requiredDocuments(s),
            processingDays: null,
            policyBasis: null,
            exclusiveGroup: null,
            statutoryFirst: false,
            validFrom: null,
            validTo: null,
            lastVerified: null,
            figuresVerified: false,
            status: 'DRAFT',
            statusNote: null,
          }),
        );
        await em.save(
          em.create(ResourceChange, {
            resourceId: resource.id,
            resourceVersion: resource.version,
            action: 'IMPORTED',
            actorId: viewer.id,
            actorRole: viewer.role,
            fromStatus: null,
            toStatus: 'DRAFT',
            changes: {},
            note: `HSDS 3.0 service ${s.id}${unmappedTerms.length ? `; unmapped terms: ${unmappedTerms.join(', ')}` : ''}`,
          }),
        );
        report.created.push(
          Object.assign(new HsdsImportedService(), {
            resourceId: resource.id,
            code: resource.code,
            hsdsServiceId: s.id as string,
            name,
            needCodes: resource.needCodes,
            unmappedTerms,
            placeholderNeed,
            warnings,
          }),
        );
      }
      return report;
    });
  }
}

async function freeCode(em: import('typeorm').EntityManager): Promise<string> {
  for (;;) {
    const code = `H-${randomBytes(3).toString('hex').toUpperCase()}`;
    if (!(await em.findOneBy(Resource, { code }))) return code;
  }
}
