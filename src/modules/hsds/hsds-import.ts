// Pure part of the HSDS 3.0 import: find the services in a dataset, check their shape, and map
// each to the fields of a DRAFT resource. No database here; hsds.service.ts writes.
//
// Validation at runtime is our own structural check of the fields we read (types, required
// fields, enums), reporting dotted JSON paths such as `dataset.contents.0.name`. The official
// schemas in ../shared/hsds-3.0 are not part of the deployed service, so they are not loaded at
// runtime; the conformance tests check with Ajv that our export validates against them and that
// the official examples import.
//
// Accepted shapes: one service; one organization with `services`; a list page with `contents`
// (of services or organizations); a package (array) of either; a service_at_location with `service`.
import type { FieldProblem } from '../../common/domain-error';
import type { Rule } from '../eligibility';

type Json = Record<string, unknown>;
export interface FoundService {
  path: string;
  service: Json;
}

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'];
/** Used when no taxonomy term maps: 帮办 help applying, so a reviewer sees it and sets the real needs before submitting. */
export const PLACEHOLDER_NEED = 'N25';

// Lower-case keywords found in a term's name or code → need codes. Order does not matter; all matches count.
const KEYWORDS: Array<[RegExp, string]> = [
  [/\bfood|meal|nutrition|groceries|pantry/, 'N06'],
  [/housing|shelter|rent\b|homeless/, 'N04'],
  [/employment|\bjobs?\b|job placement|career/, 'N19'],
  [/training|skills/, 'N20'],
  [/mental health|counsell?ing|psycholog|emotional/, 'N12'],
  [/\blegal|\blaw\b|lawyer/, 'N26'],
  [/education|school|tuition/, 'N03'],
  [/tutor/, 'N14'],
  // Transport in the catalogue is getting to care: 送医陪护.
  [/transport|escort/, 'N09'],
  [/medical|health care|healthcare|hospital/, 'N02'],
  [/emergency|crisis|violence|abuse|suicide/, 'N13'],
  [/cash|income|financial assistance|benefits/, 'N01'],
  [/debt|loan/, 'N27'],
  [/rehabilitat|assistive|disabilit/, 'N11'],
  [/respite|carer|caregiver/, 'N10'],
  [/home care|personal care|daily care|bathing|cleaning/, 'N08'],
  [/visit|befriend|companionship|check-in/, 'N07'],
  [/social activit|recreation|inclusion/, 'N21'],
  [/case management/, 'N28'],
  [/advice|information|navigation|benefits enrol/, 'N25'],
];

/** The services in a dataset with their JSON paths; problems when the dataset has none or an unknown shape. */
export function findServices(dataset: unknown): { services: FoundService[]; problems: FieldProblem[] } {
  const services: FoundService[] = [];
  const problems: FieldProblem[] = [];
  const visit = (node: unknown, path: string, depth: number) => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${path}.${i}`, depth + 1));
    if (!isObject(node))
      return problems.push({
        field: path,
        reason: 'NOT_AN_OBJECT',
        message: 'expected an HSDS service, organization or list',
      });
    if (Array.isArray(node.contents) && depth === 0) return visit(node.contents, `${path}.contents`, depth);
    if ('services' in node) {
      if (!Array.isArray(node.services))
        return problems.push({
          field: `${path}.services`,
          reason: 'NOT_AN_ARRAY',
          message: 'services must be an array',
        });
      return node.services.forEach((s, i) => visit(s, `${path}.services.${i}`, depth + 2));
    }
    if (isObject(node.service) && !('name' in node)) return visit(node.service, `${path}.service`, depth + 1);
    services.push({ path, service: node });
  };
  visit(dataset, 'dataset', 0);
  if (problems.length === 0 && services.length === 0)
    problems.push({ field: 'dataset', reason: 'NO_SERVICES', message: 'the dataset holds no HSDS services' });
  return { services, problems };
}

/** Structural check of one service: the fields the import reads, with their HSDS types. */
export function checkService({ path, service: s }: FoundService): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const at = (key: string) => `${path}.${key}`;
  const need = (key: string, reason: string, message: string) => problems.push({ field: at(key), reason, message });
  for (const key of ['id', 'name', 'status']) {
    if (s[key] === undefined || s[key] === null) need(key, 'REQUIRED', `${key} is required`);
    else if (typeof s[key] !== 'string') need(key, 'NOT_A_STRING', `${key} must be a string`);
  }
  if (typeof s.name === 'string' && !s.name.trim()) need('name', 'EMPTY', 'name must not be empty');
  if (typeof s.status === 'string' && !SERVICE_STATUSES.includes(s.status))
    need('status', 'NOT_ALLOWED', `status must be one of ${SERVICE_STATUSES.join(', ')}`);
  for (const key of [
    'alternate_name',
    'description',
    'eligibility_description',
    'application_process',
    'fees_description',
    'organization_id',
  ]) {
    if (s[key] != null && typeof s[key] !== 'string') need(key, 'NOT_A_STRING', `${key} must be a string`);
  }
  for (const key of ['minimum_age', 'maximum_age']) {
    if (s[key] != null && (typeof s[key] !== 'number' || !Number.isFinite(s[key]) || (s[key] as number) < 0))
      need(key, 'NOT_A_NUMBER', `${key} must be a number ≥ 0`);
  }
  if (typeof s.minimum_age === 'number' && typeof s.maximum_age === 'number' && s.minimum_age > s.maximum_age)
    need('maximum_age', 'INVALID_RANGE', 'maximum_age is below minimum_age');
  for (const key of ['attributes', 'service_areas', 'required_documents']) {
    if (s[key] == null) continue;
    if (!Array.isArray(s[key])) {
      need(key, 'NOT_AN_ARRAY', `${key} must be an array`);
      continue;
    }
    (s[key] as unknown[]).forEach((item, i) => {
      if (!isObject(item)) return need(`${key}.${i}`, 'NOT_AN_OBJECT', `${key} holds objects`);
      if (typeof item.id !== 'string')
        need(`${key}.${i}.id`, item.id == null ? 'REQUIRED' : 'NOT_A_STRING', 'id is required and a string');
      if (key === 'attributes' && item.taxonomy_term != null) {
        const t = item.taxonomy_term;
        if (!isObject(t)) need(`${key}.${i}.taxonomy_term`, 'NOT_AN_OBJECT', 'taxonomy_term must be an object');
        else
          for (const f of ['id', 'name'])
            if (typeof t[f] !== 'string')
              need(
                `${key}.${i}.taxonomy_term.${f}`,
                t[f] == null ? 'REQUIRED' : 'NOT_A_STRING',
                `${f} is required and a string`,
              );
      }
    });
  }
  return problems;
}

/** Need codes for a service's taxonomy terms: an exact known N-code, else keywords; terms that give none are unmapped. */
export function mapTerms(s: Json, knownCodes: Set<string>): { needCodes: string[]; unmappedTerms: string[] } {
  const needCodes = new Set<string>();
  const unmappedTerms: string[] = [];
  for (const attribute of (Array.isArray(s.attributes) ? s.attributes : []) as Json[]) {
    const term = attribute.taxonomy_term as Json | undefined;
    if (!term) continue;
    const code = typeof term.code === 'string' ? term.code.trim().toUpperCase() : '';
    const name = String(term.name ?? '');
    if (knownCodes.has(code)) {
      needCodes.add(code);
      continue;
    }
    const text = `${name} ${term.code ?? ''}`.toLowerCase();
    const hits = KEYWORDS.filter(([re]) => re.test(text))
      .map(([, c]) => c)
      .filter((c) => knownCodes.has(c));
    if (hits.length === 0) unmappedTerms.push(term.code ? `${term.code}: ${name}` : name);
    hits.forEach((c) => needCodes.add(c));
  }
  return { needCodes: [...needCodes].sort(), unmappedTerms };
}

/**
 * The eligibility rule of an imported resource: "a household exists" (never UNKNOWN-unsafe), plus the
 * HSDS minimum/maximum age as a condition on some member when given.
 */
export function importedRule(s: Json): Rule {
  const ages: Rule[] = [];
  if (typeof s.minimum_age === 'number') ages.push({ fact: 'member.age', op: 'gte', value: s.minimum_age });
  if (typeof s.maximum_age === 'number') ages.push({ fact: 'member.age', op: 'lte', value: s.maximum_age });
  const base: Rule = { fact: 'household.memberCount', op: 'gte', value: 1 };
  if (ages.length === 0) return base;
  return { all: [base, { anyMember: ages.length === 1 ? ages[0] : { all: ages } }] };
}

/** Free-text fields joined for the resource description. */
export function importedDescription(s: Json): string {
  return [s.description, s.eligibility_description ? `Eligibility: ${s.eligibility_description}` : null]
    .filter((x): x is string => typeof x === 'string' && x.trim() !== '')
    .join('\n\n');
}

export function requiredDocuments(s: Json): string[] {
  return (Array.isArray(s.required_documents) ? s.required_documents : [])
    .map((d) => (isObject(d) && typeof d.document === 'string' ? d.document : null))
    .filter((d): d is string => !!d);
}

export function serviceAreaNames(s: Json): string[] {
  return (Array.isArray(s.service_areas) ? s.service_areas : [])
    .map((a) => (isObject(a) && typeof a.name === 'string' ? a.name : null))
    .filter((a): a is string => !!a);
}

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
