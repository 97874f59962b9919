// What an HSDS 3.0 dataset holds: its organizations and services, wherever they sit. Accepted
// shapes: one service; one organization (with or without services); a list page ({ contents });
// a package (array) of either; a service_at_location with its service. Anything else is refused
// with the exact reason (a location, a taxonomy, the API's meta information…), never read as a
// service that "lacks a status".
import type { FieldProblem } from '../../common/domain-error';
import { isObject, Json, Ledger } from './hsds-reader';

export type RecordKind =
  | 'service'
  | 'organization'
  | 'service_at_location'
  | 'location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'api_meta'
  | 'unknown';

export interface FoundRecord {
  path: string;
  record: Json;
}
export interface FoundService extends FoundRecord {
  /** The organization it belongs to: the one it sits in, its nested organization, or one named by organization_id. */
  organization: FoundOrganization | null;
}
export interface FoundOrganization extends FoundRecord {
  services: FoundService[];
}
export interface Dataset {
  organizations: FoundOrganization[];
  services: FoundService[];
  problems: FieldProblem[];
  /** Dataset paths of fields outside any organization or service that were not imported. */
  unmapped: string[];
}

// Fields only one of the two record types has (HSDS 3.0 schema/service.json, organization.json).
const SERVICE_ONLY = [
  'status',
  'organization_id',
  'program_id',
  'interpretation_services',
  'application_process',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'schedules',
  'service_areas',
  'service_at_locations',
  'cost_options',
  'required_documents',
  'organization',
];
const ORGANIZATION_ONLY = [
  'services',
  'website',
  'tax_status',
  'tax_id',
  'year_incorporated',
  'legal_status',
  'logo',
  'parent_organization_id',
  'programs',
  'organization_identifiers',
  'locations',
];
const PAGE_FIELDS = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

const NOT_IMPORTABLE: Partial<Record<RecordKind, string>> = {
  api_meta: 'HSDS API meta information (version, profile, openapi_url): it holds no organizations or services',
  location: 'an HSDS location: locations are read only inside an organization (as its address)',
  taxonomy: 'an HSDS taxonomy: need codes are read from the taxonomy terms inside service attributes',
  taxonomy_term: 'an HSDS taxonomy term: terms are read only inside service attributes',
  unknown: 'neither an HSDS service (id, name, status) nor an organization (id, name, description)',
};

export function kindOf(node: Json): RecordKind {
  const has = (k: string) => k in node;
  if (has('openapi_url') || has('profile')) return 'api_meta';
  if (has('taxonomy_detail') || (has('taxonomy') && has('code') && !has('status'))) return 'taxonomy_term';
  if (has('location_type')) return 'location';
  if (isObject(node.service) && !has('name')) return 'service_at_location';
  if (SERVICE_ONLY.some(has)) return 'service';
  if (ORGANIZATION_ONLY.some(has)) return 'organization';
  if (has('version')) return 'taxonomy';
  if (has('description') && has('name')) return 'organization';
  // An id and a name and nothing else: read as a service, so that the missing status is named.
  return has('name') ? 'service' : 'unknown';
}

export function readDataset(dataset: unknown): Dataset {
  const out: Dataset = { organizations: [], services: [], problems: [], unmapped: [] };
  const byId = new Map<string, FoundOrganization>();
  const organization = (path: string, record: Json): FoundOrganization => {
    const id = typeof record.id === 'string' ? record.id : null;
    const known = id ? byId.get(id) : undefined;
    if (known) return known;
    const found: FoundOrganization = { path, record, services: [] };
    out.organizations.push(found);
    if (id) byId.set(id, found);
    return found;
  };
  const service = (path: string, record: Json, parent: FoundOrganization | null) => {
    const nested = isObject(record.organization) ? organization(`${path}.organization`, record.organization) : null;
    const found: FoundService = { path, record, organization: parent ?? nested };
    found.organization?.services.push(found);
    out.services.push(found);
  };
  const item = (node: unknown, path: string) => {
    if (!isObject(node)) {
      out.problems.push({ field: path, reason: 'NOT_AN_OBJECT', message: 'expected an HSDS organization or service' });
      return;
    }
    const kind = kindOf(node);
    if (kind === 'service') return service(path, node, null);
    if (kind === 'organization') {
      const org = organization(path, node);
      if (node.services === undefined || node.services === null) return;
      if (!Array.isArray(node.services)) {
        out.problems.push({ field: `${path}.services`, reason: 'NOT_AN_ARRAY', message: 'services must be an array' });
        return;
      }
      return node.services.forEach((s, i) => {
        if (isObject(s)) service(`${path}.services.${i}`, s, org);
        else
          out.problems.push({ field: `${path}.services.${i}`, reason: 'NOT_AN_OBJECT', message: 'expected a service' });
      });
    }
    if (kind === 'service_at_location') {
      const ledger = new Ledger();
      ledger.use('id', 'service', 'service_id', 'location_id');
      out.unmapped.push(...ledger.unused(node).map((p) => `${path}.${p}`));
      return service(`${path}.service`, node.service as Json, null);
    }
    out.problems.push({
      field: path,
      reason: kind === 'unknown' ? 'UNKNOWN_RECORD' : 'NOT_IMPORTABLE',
      message: `this is ${NOT_IMPORTABLE[kind]}`,
    });
  };

  if (Array.isArray(dataset)) dataset.forEach((node, i) => item(node, `dataset.${i}`));
  else if (isObject(dataset) && Array.isArray(dataset.contents)) {
    const ledger = new Ledger();
    ledger.use('contents', ...PAGE_FIELDS);
    out.unmapped.push(...ledger.unused(dataset).map((p) => `dataset.${p}`));
    dataset.contents.forEach((node, i) => item(node, `dataset.contents.${i}`));
  } else item(dataset, 'dataset');

  // A service outside any organization may name one of the dataset's organizations by id.
  for (const s of out.services) {
    const named = typeof s.record.organization_id === 'string' ? byId.get(s.record.organization_id) : undefined;
    if (!s.organization && named) {
      s.organization = named;
      named.services.push(s);
    }
  }
  if (out.problems.length === 0 && out.organizations.length === 0 && out.services.length === 0)
    out.problems.push({
      field: 'dataset',
      reason: 'NO_SERVICES',
      message: 'the dataset holds no HSDS organizations or services',
    });
  return out;
}
