// Importing an HSDS 3.0 dataset, all or nothing, in one transaction: every problem is listed with
// its dataset path and nothing is written, or every service becomes (or updates) a DRAFT resource.
// Where the services go:
// - a PARTNER imports into its own provider, ADMIN into the provider it names: the dataset's
//   organization records are then not applied, and their fields are reported by name;
// - ADMIN without a provider: each organization becomes a provider (created or updated, its code
//   derived from its HSDS id), or is the existing provider our own export named; its services go there.
// A service imported before (same provider, same HSDS id) updates that draft; a draft that has since
// been submitted or published is not touched, and the import is refused saying so.
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError, FieldProblem } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { InputValidationError } from '../../graphql/errors';
import { GeoScope, Provider, Resource, ResourceChange } from '../catalogue/catalogue.entity';
import { CONTACT_FIELDS } from '../catalogue/contact.rules';
import { checkResourceFields, diff } from '../catalogue/resource-rules';
import { NeedCode } from '../reference/reference.entity';
import { FoundOrganization, readDataset } from './hsds-dataset';
import { importedProviderCode } from './hsds-ids';
import { importedRule, mapService, MappedService, PLACEHOLDER_NEED } from './hsds-import';
import { mapOrganization } from './hsds-organization';
import { Ledger } from './hsds-reader';
import { HsdsImportedOrganization, HsdsImportedService, HsdsImportReport } from './hsds.types';

const CITY: GeoScope = { level: 'CITY', codes: [] };

interface OrganizationPlan {
  report: HsdsImportedOrganization;
  provider: Provider | null; // to save (created or updated), null when not applied or matched
}
interface ServicePlan {
  mapped: MappedService;
  path: string;
  record: Record<string, unknown>;
  providerId: string;
  existing: Resource | null;
  resource: Resource;
}

export class HsdsImportService {
  constructor(private readonly db: DataSource) {}

  async import(viewer: Viewer, providerIdArg: string | undefined, dataset: unknown) {
    if (viewer.role === 'PARTNER' && providerIdArg && providerIdArg !== viewer.providerId)
      throw new DomainError('FORBIDDEN', 'A partner imports into its own organisation only');
    const target = viewer.role === 'PARTNER' ? viewer.providerId! : (providerIdArg ?? null);
    const read = readDataset(dataset);
    const problems: FieldProblem[] = [...read.problems];
    return this.db.transaction(async (em): Promise<HsdsImportReport | InputValidationError> => {
      if (target && !(await em.findOneBy(Provider, { id: target })))
        problems.unshift({ field: 'providerId', reason: 'UNKNOWN_PROVIDER', message: `no provider "${target}"` });
      const organizations = new Map<FoundOrganization, OrganizationPlan>();
      for (const org of read.organizations)
        organizations.set(org, target ? notApplied(org, target) : await planOrganization(em, org, problems));
      if (target && read.services.length === 0 && read.organizations.length > 0)
        problems.push({
          field: 'dataset',
          reason: 'NO_SERVICES',
          message:
            `the dataset holds ${read.organizations.length} organization(s) and no services; ` +
            'organizations become providers only when ADMIN imports without a providerId',
        });
      if (!target && read.services.some((s) => !s.organization))
        problems.unshift({
          field: 'providerId',
          reason: 'REQUIRED',
          message: 'ADMIN must name the provider for services outside an organization',
        });
      const known = new Set((await em.find(NeedCode)).map((n) => n.code));
      const services: ServicePlan[] = [];
      const seen = new Set<string>();
      for (const s of read.services) {
        const mapped = mapService(s.path, s.record, known, problems);
        const plan = s.organization ? organizations.get(s.organization) : undefined;
        const providerId = target ?? plan?.report.providerId;
        if (!providerId || !mapped.hsdsId) continue;
        if (seen.has(`${providerId}\n${mapped.hsdsId}`))
          problems.push({ field: `${s.path}.id`, reason: 'DUPLICATE_ID', message: `service ${mapped.hsdsId} twice` });
        seen.add(`${providerId}\n${mapped.hsdsId}`);
        const existing = await em.findOneBy(Resource, { providerId, hsdsId: mapped.hsdsId });
        if (existing && existing.status !== 'DRAFT')
          problems.push({
            field: `${s.path}.id`,
            reason: 'NOT_A_DRAFT',
            message:
              `service ${mapped.hsdsId} was imported as ${existing.code}, now ${existing.status}; ` +
              'a re-import updates drafts only',
          });
        const scope = (await em.findOneBy(Provider, { id: providerId }))?.serviceArea ?? plan?.provider?.serviceArea;
        const resource = assemble(existing, mapped, providerId, scope ?? CITY);
        // Contact fields were checked where they were read, at their dataset paths (hsds-contacts.read.ts).
        const touched = (key: string) =>
          !(CONTACT_FIELDS as readonly string[]).includes(key) && (!existing || key in mapped.fields);
        for (const p of await checkResourceFields(em, resource, touched)) problems.push(fromInput(p, mapped, s.path));
        services.push({ mapped, path: s.path, record: s.record, providerId, existing, resource });
      }
      if (problems.length > 0) return new InputValidationError(problems.map(hsdsPath));

      for (const { provider } of organizations.values()) if (provider) await em.save(provider);
      const report = Object.assign(new HsdsImportReport(), {
        providerId: target,
        organizations: [...organizations.values()].map((o) => o.report),
        services: [] as HsdsImportedService[],
        unmappedFields: read.unmapped,
      });
      for (const plan of services) report.services.push(await apply(em, viewer, plan));
      return report;
    });
  }
}

/** Under a named provider an organization record is only read: every field is reported, none applied. */
function notApplied(org: FoundOrganization, providerId: string): OrganizationPlan {
  const ledger = new Ledger();
  ledger.use('id', 'services');
  return { report: organizationReport(org, providerId, 'NOT_APPLIED', ledger.unused(org.record)), provider: null };
}

async function planOrganization(em: EntityManager, org: FoundOrganization, problems: FieldProblem[]) {
  const mapped = mapOrganization(org.path, org.record, problems);
  const named = mapped.providerCode ? await em.findOneBy(Provider, { id: mapped.providerCode }) : null;
  if (named) {
    // Our own export, back home: the provider exists and keeps its record.
    const ledger = new Ledger();
    ledger.use('id', 'services', 'organization_identifiers');
    return { report: organizationReport(org, named.id, 'MATCHED', ledger.unused(org.record)), provider: null };
  }
  const code = importedProviderCode(mapped.hsdsId);
  const existing = await em.findOneBy(Provider, { id: code });
  const provider = existing
    ? Object.assign(existing, mapped.fields)
    : em.create(Provider, {
        id: code,
        ...mapped.fields,
        type: 'SOCIAL_ORGANISATION',
        parentDepartment: null,
        serviceArea: CITY,
        verificationStatus: 'UNVERIFIED',
      });
  const report = organizationReport(org, code, existing ? 'UPDATED' : 'CREATED', mapped.ledger.unused(org.record));
  if (!existing)
    report.warnings.push(
      'HSDS gives no kind of organisation or service area: type set to SOCIAL_ORGANISATION (社会组织) and ' +
        'area to all of Shanghai; review them (saveProvider) before publishing',
    );
  return { report, provider };
}

function organizationReport(org: FoundOrganization, providerId: string, outcome: string, unmapped: string[]) {
  return Object.assign(new HsdsImportedOrganization(), {
    path: org.path,
    hsdsOrganizationId: typeof org.record.id === 'string' ? org.record.id : '',
    name: typeof org.record.name === 'string' ? org.record.name : '',
    providerId,
    outcome,
    unmappedFields: unmapped,
    warnings: [] as string[],
  });
}

/** The resource after the import: the draft (or a new one) with the fields the record carries. */
function assemble(existing: Resource | null, m: MappedService, providerId: string, scope: GeoScope): Resource {
  const base: Partial<Resource> = existing
    ? { ...existing }
    : {
        providerId,
        hsdsId: m.hsdsId,
        descriptionZh: '',
        descriptionEn: '',
        tierOverride: null,
        form: 'SERVICE',
        needCodes: [PLACEHOLDER_NEED],
        eligibility: importedRule({}),
        benefit: {
          amount: null,
          unit: null,
          cap: null,
          sessions: null,
          hours: null,
          descriptionZh: null,
          descriptionEn: null,
        },
        // Capacity is not in HSDS: a quota whose size is unknown (null, never invented).
        capacityKind: 'QUOTA',
        quota: null,
        period: null,
        remaining: null,
        geoScope: scope,
        applicationChannel: '',
        requiredMaterials: [],
        processingDays: null,
        policyBasis: null,
        exclusiveGroup: null,
        statutoryFirst: false,
        validFrom: null,
        validTo: null,
        lastVerified: null,
        figuresVerified: false,
        url: null,
        email: null,
        phones: null,
        contacts: null,
        languages: null,
        schedules: null,
        feesDescription: null,
        costOptions: null,
        status: 'DRAFT',
        statusNote: null,
      };
  const r = Object.assign(new Resource(), base, m.fields);
  if (r.capacityKind === 'ENTITLEMENT') r.remaining = null;
  else if (r.remaining === null || !existing) r.remaining = r.quota;
  return r;
}

async function apply(em: EntityManager, viewer: Viewer, plan: ServicePlan): Promise<HsdsImportedService> {
  const { mapped, existing } = plan;
  const before = existing ? ({ ...existing } as Record<string, unknown>) : null;
  if (!existing) plan.resource.code = await freeCode(em);
  const saved = await em.save(plan.resource);
  const terms = mapped.unmappedTerms.length ? `; unmapped terms: ${mapped.unmappedTerms.join(', ')}` : '';
  const modified = mapped.lastModified ? ` (last modified ${mapped.lastModified})` : '';
  await em.save(
    em.create(ResourceChange, {
      resourceId: saved.id,
      resourceVersion: saved.version,
      action: 'IMPORTED',
      actorId: viewer.id,
      actorRole: viewer.role,
      fromStatus: existing ? existing.status : null,
      toStatus: 'DRAFT',
      changes: before ? diff(before, saved as unknown as Record<string, unknown>, Object.keys(mapped.fields)) : {},
      note: `HSDS 3.0 service ${mapped.hsdsId}${modified}${terms}`,
    }),
  );
  const placeholderNeed = !existing && mapped.needCodes.length === 0;
  return Object.assign(new HsdsImportedService(), {
    path: plan.path,
    resourceId: saved.id,
    code: saved.code,
    providerId: plan.providerId,
    outcome: existing ? 'UPDATED' : 'CREATED',
    hsdsServiceId: mapped.hsdsId,
    name: saved.nameZh,
    needCodes: saved.needCodes,
    unmappedTerms: mapped.unmappedTerms,
    placeholderNeed,
    unmappedFields: [...mapped.ledger.unused(plan.record), ...mapped.unknownKeys],
    warnings: placeholderNeed
      ? [`no taxonomy term maps to a need code; ${PLACEHOLDER_NEED} set as a placeholder`, ...mapped.warnings]
      : mapped.warnings,
  });
}

/** A check of the assembled resource (input.<field>…) reported at the dataset field it came from. */
function fromInput(p: FieldProblem, m: MappedService, path: string): FieldProblem {
  const [, key, ...rest] = p.field.split('.');
  const origin = m.origin[key as keyof Resource] ?? path;
  return { ...p, field: [origin, ...rest].join('.') };
}

/** Our field names (opensAt, validFrom, days) in dataset paths as HSDS names them, except inside extension values. */
function hsdsPath(p: FieldProblem): FieldProblem {
  if (!p.field.startsWith('dataset')) return p;
  const [head, ...value] = p.field.split('.value');
  const snake = head
    .split('.')
    .map((s) => (s === 'days' ? 'byday' : s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)))
    .join('.');
  return { ...p, field: [snake, ...value].join('.value') };
}

async function freeCode(em: EntityManager): Promise<string> {
  for (;;) {
    const code = `H-${randomBytes(3).toString('hex').toUpperCase()}`;
    if (!(await em.findOneBy(Resource, { code }))) return code;
  }
}
