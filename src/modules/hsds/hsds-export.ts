// Pure mapping from the published catalogue to HSDS 3.0 (Open Referral): one organization per
// provider, holding its services. The result is an HSDS "organization package" (an array of
// organizations, schema/compiled/organization_package.json); each organization validates against
// compiled/organization.json and each of its services against compiled/service.json.
// Need codes travel as taxonomy terms of the taxonomy "four-lists-needs" (term codes N01–N28).
import { createHash } from 'node:crypto';
import { ageBounds, describeRule } from '../eligibility';
import type { Rule } from '../eligibility';
import type { Provider, Resource } from '../catalogue/catalogue.entity';
import type { NeedCode } from '../reference/reference.entity';

export const NEEDS_TAXONOMY = 'four-lists-needs';
const NAMESPACE = 'four-lists.hsds';

/** A stable UUID (RFC 4122 version 5 layout, SHA-1 based) for a name: the same input always gives the same id. */
export function stableUuid(...parts: string[]): string {
  const hash = createHash('sha1')
    .update(`${NAMESPACE}:${parts.join(':')}`)
    .digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type HsdsObject = Record<string, unknown>;

const SCOPE_NAMES = { CITY: '上海市 Shanghai', DISTRICT: '区 districts', STREET: '街镇 streets' } as const;

export function exportOrganizations(providers: Provider[], resources: Resource[], needs: NeedCode[]): HsdsObject[] {
  const needByCode = new Map(needs.map((n) => [n.code, n]));
  return providers
    .map((p) => ({ provider: p, services: resources.filter((r) => r.providerId === p.id) }))
    .filter((o) => o.services.length > 0)
    .map(({ provider, services }) => exportOrganization(provider, services, needByCode));
}

function exportOrganization(p: Provider, resources: Resource[], needs: Map<string, NeedCode>): HsdsObject {
  const organizationId = stableUuid('organization', p.id);
  return compact({
    id: organizationId,
    name: p.nameZh,
    alternate_name: p.nameEn,
    description: [p.nameZh, p.nameEn, p.parentDepartment ? `主管部门 ${p.parentDepartment}` : null]
      .filter(Boolean)
      .join(' — '),
    // Only values that are well-formed: HSDS types email and website as email and URI.
    email: p.contact?.email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(p.contact.email) ? p.contact.email : undefined,
    website: p.contact?.website && /^https?:\/\//.test(p.contact.website) ? p.contact.website : undefined,
    organization_identifiers: [
      {
        id: stableUuid('organization-identifier', p.id),
        identifier_type: 'four-lists-provider-code',
        identifier: p.id,
      },
    ],
    services: resources.map((r) => exportService(r, organizationId, needs)),
  });
}

export function exportService(r: Resource, organizationId: string, needs: Map<string, NeedCode>): HsdsObject {
  const rule = r.eligibility as Rule;
  const described = describeRule(rule);
  const ages = ageBounds(rule);
  const benefit = [r.benefit?.descriptionZh, r.benefit?.descriptionEn].filter(Boolean).join(' / ');
  return compact({
    id: r.id,
    organization_id: organizationId,
    name: r.nameZh,
    alternate_name: r.nameEn,
    description: [r.descriptionZh, r.descriptionEn].filter(Boolean).join('\n\n'),
    status: 'active',
    application_process: r.applicationChannel || undefined,
    // The catalogue's help is free to the household; what it gives is stated here.
    fees_description: benefit || undefined,
    eligibility_description: `${described.zh}\n${described.en}`,
    minimum_age: ages.minimumAge ?? undefined,
    maximum_age: ages.maximumAge ?? undefined,
    service_areas: [
      compact({
        id: stableUuid('service-area', r.id),
        service_id: r.id,
        name: SCOPE_NAMES[r.geoScope.level],
        description: r.geoScope.codes.length ? `${r.geoScope.level}: ${r.geoScope.codes.join(', ')}` : undefined,
        extent_type: 'text',
        extent: r.geoScope.codes.length ? r.geoScope.codes.join(',') : 'CITY',
      }),
    ],
    required_documents: r.requiredMaterials.map((document, i) => ({
      id: stableUuid('required-document', r.id, String(i)),
      service_id: r.id,
      document,
    })),
    attributes: r.needCodes.map((code) => needAttribute(r.id, code, needs.get(code))),
  });
}

function needAttribute(serviceId: string, code: string, need: NeedCode | undefined): HsdsObject {
  const termId = stableUuid('taxonomy-term', code);
  return {
    id: stableUuid('attribute', serviceId, code),
    link_id: serviceId,
    taxonomy_term_id: termId,
    link_type: 'service_type',
    link_entity: 'service',
    taxonomy_term: {
      id: termId,
      code,
      name: need ? `${need.nameZh} ${need.nameEn}` : code,
      description: need ? need.nameEn : code,
      taxonomy: NEEDS_TAXONOMY,
      taxonomy_detail: {
        id: stableUuid('taxonomy', NEEDS_TAXONOMY),
        name: NEEDS_TAXONOMY,
        description: 'Four Lists need codes (需求清单 N01–N28)',
        version: '1',
      },
    },
  };
}

/** Drops undefined and empty-array fields: HSDS prefers absent to empty. */
function compact(o: HsdsObject): HsdsObject {
  return Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}
