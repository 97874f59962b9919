// Pure mapping from the catalogue to HSDS 3.0 (Open Referral): one organization per provider,
// holding its services. Full records validate against schema/compiled/organization.json and
// service.json; list items against organization_list.json and service_list.json.
// Need codes travel as terms of the taxonomy "four-lists-needs"; the eligibility rule, the scope,
// the benefit and the other catalogue fields as four-lists-extensions attributes (hsds-extensions.ts).
import { ageBounds, describeRule } from '../eligibility';
import type { Rule } from '../eligibility';
import type { Provider, Resource } from '../catalogue/catalogue.entity';
import type { ContactPerson, Phone } from '../catalogue/contact.types';
import type { NeedCode } from '../reference/reference.entity';
import { extensionAttributes } from './hsds-extensions';
import {
  NEEDS_TAXONOMY,
  needTermUuid,
  organizationUuid,
  PROVIDER_IDENTIFIER,
  stableUuid,
  taxonomyUuid,
} from './hsds-ids';
import { isObject, Json } from './hsds-reader';

export interface ExportContext {
  needs: Map<string, NeedCode>;
  /** Time of each resource's latest history entry (its last_modified). */
  lastModified: Map<string, Date>;
  /** Names of the districts and streets that scopes name, by division code. */
  areas: Map<string, { nameZh: string; nameEn: string }>;
}

/** PUBLISHED → active, SUSPENDED → temporarily closed, RETIRED → defunct; drafts are never exported. */
export const HSDS_STATUS: Record<Resource['status'], string> = {
  PUBLISHED: 'active',
  SUSPENDED: 'temporarily closed',
  RETIRED: 'defunct',
  DRAFT: 'inactive',
  SUBMITTED: 'inactive',
};
const SHANGHAI_CODE = '310000';
const SHANGHAI_UTC_OFFSET = 8;

export const NEEDS_TAXONOMY_DETAIL = {
  id: taxonomyUuid(NEEDS_TAXONOMY),
  name: NEEDS_TAXONOMY,
  description: 'Four Lists need codes (需求清单 N01–N28)',
  version: '1',
};

export function needTerm(code: string, need: NeedCode | undefined): Json {
  return {
    id: needTermUuid(code),
    code,
    name: need ? `${need.nameZh} ${need.nameEn}` : code,
    description: need ? need.nameEn : code,
    taxonomy: NEEDS_TAXONOMY,
    taxonomy_detail: NEEDS_TAXONOMY_DETAIL,
  };
}

/** The published catalogue as an HSDS organization package: full organizations with full services. */
export function exportOrganizations(providers: Provider[], resources: Resource[], ctx: ExportContext): Json[] {
  return providers
    .map((p) => ({ provider: p, services: resources.filter((r) => r.providerId === p.id) }))
    .filter((o) => o.services.length > 0)
    .map(({ provider, services }) => organizationRecord(provider, services, ctx, true));
}

/** An organization's one-to-one fields (organization_list.json). */
export function organizationFields(p: Provider): Json {
  return compact({
    id: organizationUuid(p.id),
    name: p.nameZh,
    alternate_name: p.nameEn,
    description: [p.nameZh, p.nameEn, p.parentDepartment ? `主管部门 ${p.parentDepartment}` : null]
      .filter(Boolean)
      .join(' — '),
    // Checked on input; kept as a guard so the export always validates (HSDS types them email and URI).
    email: p.contact?.email && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(p.contact.email) ? p.contact.email : undefined,
    website: p.contact?.website && /^https?:\/\//.test(p.contact.website) ? p.contact.website : undefined,
  });
}

/** A full organization (organization.json); its services full (without organization) or one-to-one only. */
export function organizationRecord(p: Provider, services: Resource[], ctx: ExportContext, fullServices: boolean) {
  const id = organizationUuid(p.id);
  return compact({
    ...organizationFields(p),
    phones: p.contact?.phone ? [{ id: stableUuid('phone', p.id), organization_id: id, number: p.contact.phone }] : [],
    contacts: contactRecords(p.contacts, `provider:${p.id}`, { organization_id: id }),
    locations: p.contact?.address ? [locationRecord(p, id)] : [],
    organization_identifiers: [
      {
        id: stableUuid('organization-identifier', p.id),
        organization_id: id,
        identifier_type: PROVIDER_IDENTIFIER,
        identifier: p.id,
      },
    ],
    services: services.map((r) => (fullServices ? serviceRecord(r, p, ctx, false) : serviceFields(r, ctx))),
  });
}

function locationRecord(p: Provider, organizationId: string): Json {
  const id = stableUuid('location', p.id);
  // HSDS requires a postal code for an address; without one the address is the location's description.
  const address = p.contact.postalCode
    ? [
        {
          id: stableUuid('address', p.id),
          location_id: id,
          address_1: p.contact.address,
          city: '上海市',
          state_province: '上海市',
          postal_code: p.contact.postalCode,
          country: 'CN',
          address_type: 'physical',
        },
      ]
    : [];
  return compact({
    id,
    organization_id: organizationId,
    location_type: 'physical',
    name: p.nameZh,
    description: address.length ? undefined : p.contact.address,
    addresses: address,
  });
}

/** A service's one-to-one fields (service_list.json without organization). */
export function serviceFields(r: Resource, ctx: ExportContext): Json {
  const rule = r.eligibility as Rule;
  const described = describeRule(rule);
  const ages = ageBounds(rule);
  const benefit = [r.benefit?.descriptionZh, r.benefit?.descriptionEn].filter(Boolean).join(' / ');
  return compact({
    id: r.id,
    organization_id: organizationUuid(r.providerId),
    name: r.nameZh,
    alternate_name: r.nameEn,
    description: [r.descriptionZh, r.descriptionEn, benefit ? `待遇 Benefit: ${benefit}` : null]
      .filter(Boolean)
      .join('\n\n'),
    url: r.url,
    email: r.email,
    status: HSDS_STATUS[r.status],
    application_process: r.applicationChannel || undefined,
    // What the household pays; what it receives is the benefit (description and extension attribute).
    fees_description: r.feesDescription,
    eligibility_description: `${described.zh}\n${described.en}`,
    minimum_age: ages.minimumAge,
    maximum_age: ages.maximumAge,
    assured_date: r.lastVerified,
    alert: r.status === 'SUSPENDED' ? `暂停 Suspended${r.statusNote ? `: ${r.statusNote}` : ''}` : undefined,
    last_modified: (ctx.lastModified.get(r.id) ?? r.updatedAt).toISOString(),
  });
}

/** A service list item (service_list.json): one-to-one fields and its organization's. */
export function serviceListItem(r: Resource, p: Provider, ctx: ExportContext): Json {
  return { ...serviceFields(r, ctx), organization: organizationFields(p) };
}

/** A full service (service.json). Phones and contacts are the resource's own, else its provider's. */
export function serviceRecord(r: Resource, p: Provider, ctx: ExportContext, withOrganization: boolean): Json {
  const phones = r.phones ?? (p.contact?.phone ? [{ number: p.contact.phone } as Phone] : []);
  return compact({
    ...serviceFields(r, ctx),
    phones: phones.map((ph, i) => phoneRecord(ph, `service:${r.id}:${i}`, { service_id: r.id })),
    contacts: contactRecords(r.contacts ?? p.contacts, `service:${r.id}`, { service_id: r.id }),
    schedules: (r.schedules ?? []).map((s, i) => ({
      id: stableUuid('schedule', r.id, String(i)),
      service_id: r.id,
      freq: 'WEEKLY',
      byday: s.days.join(','),
      opens_at: s.opensAt,
      closes_at: s.closesAt,
      valid_from: s.validFrom,
      valid_to: s.validTo,
      timezone: SHANGHAI_UTC_OFFSET,
      description: s.description,
    })),
    languages: (r.languages ?? []).map((code) => ({
      id: stableUuid('language', r.id, code),
      service_id: r.id,
      code,
      name: languageName(code),
    })),
    cost_options: (r.costOptions ?? []).map((c, i) => ({
      id: stableUuid('cost-option', r.id, String(i)),
      service_id: r.id,
      option: c.option,
      amount: c.amount,
      currency: c.currency,
      amount_description: c.amountDescription,
      valid_from: c.validFrom,
      valid_to: c.validTo,
    })),
    service_areas: serviceAreas(r, ctx),
    required_documents: r.requiredMaterials.map((document, i) => ({
      id: stableUuid('required-document', r.id, String(i)),
      service_id: r.id,
      document,
    })),
    attributes: [
      ...r.needCodes.map((code) => needAttribute(r.id, code, ctx.needs.get(code))),
      ...extensionAttributes(r),
    ],
    organization: withOrganization ? organizationFields(p) : undefined,
  });
}

function serviceAreas(r: Resource, ctx: ExportContext): Json[] {
  const area = (code: string, name: string, description: string) => ({
    id: stableUuid('service-area', r.id, code),
    service_id: r.id,
    name,
    description,
    extent_type: 'text',
    extent: code,
  });
  if (r.geoScope.level === 'CITY') return [area(SHANGHAI_CODE, '上海市 Shanghai', '全市 all of Shanghai')];
  return r.geoScope.codes.map((code) => {
    const known = ctx.areas.get(code);
    return area(code, known ? `${known.nameZh} ${known.nameEn}` : code, `区划代码 division code ${code}`);
  });
}

function phoneRecord(p: Phone, key: string, link: Json): Json {
  return compact({
    id: stableUuid('phone', key),
    ...link,
    number: p.number,
    extension: p.extension,
    type: p.type?.toLowerCase(),
    description: p.description,
  });
}

function contactRecords(contacts: ContactPerson[] | null, owner: string, link: Json): Json[] {
  return (contacts ?? []).map((c, i) => {
    const id = stableUuid('contact', owner, String(i));
    return compact({
      id,
      ...link,
      name: c.name,
      title: c.title,
      department: c.department,
      email: c.email,
      phones: c.phones.map((ph, j) => phoneRecord(ph, `${owner}:contact:${i}:${j}`, { contact_id: id })),
    });
  });
}

function needAttribute(serviceId: string, code: string, need: NeedCode | undefined): Json {
  return {
    id: stableUuid('attribute', serviceId, code),
    link_id: serviceId,
    taxonomy_term_id: needTermUuid(code),
    link_type: 'service_type',
    link_entity: 'service',
    taxonomy_term: needTerm(code, need),
  };
}

const LANGUAGE_NAMES = {
  zh: new Intl.DisplayNames(['zh'], { type: 'language' }),
  en: new Intl.DisplayNames(['en'], { type: 'language' }),
};
/** 中文 Chinese, 吴语 Wu Chinese …: the language's name in Chinese and English. */
export function languageName(code: string): string {
  try {
    return `${LANGUAGE_NAMES.zh.of(code)} ${LANGUAGE_NAMES.en.of(code)}`;
  } catch {
    return code;
  }
}

/**
 * Drops absent values (undefined, null, empty arrays) here and in the records nested in arrays:
 * HSDS types its fields without null and prefers absent to empty.
 */
function compact(o: Json): Json {
  return Object.fromEntries(
    Object.entries(o)
      .filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, Array.isArray(v) ? v.map((x) => (isObject(x) ? compact(x) : x)) : v]),
  );
}
