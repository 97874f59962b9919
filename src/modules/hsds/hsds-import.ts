// Pure part of the HSDS 3.0 import: one service record → the fields of a DRAFT resource, with the
// need codes its taxonomy terms give, the catalogue fields its four-lists-extensions attributes
// carry, and a ledger of what was used. No database here; hsds-import.service.ts writes.
//
// Validation at runtime is our own check of the fields we read (types, lengths, enums, formats),
// reporting dotted JSON paths such as `dataset.contents.0.name`. The official schemas in
// ../shared/hsds-3.0 are not part of the deployed service, so they are not loaded at runtime; the
// conformance tests check with Ajv that our export validates against them and that the official
// examples import.
import type { FieldProblem } from '../../common/domain-error';
import { checkEmail, checkText, checkUrl } from '../catalogue/contact.rules';
import type { Resource } from '../catalogue/catalogue.entity';
import type { Rule } from '../eligibility';
import { readContacts, readCostOptions, readLanguages, readPhones, readSchedules } from './hsds-contacts.read';
import { isExtensionCode, readExtension } from './hsds-extensions';
import { EXTENSIONS_TAXONOMY, NEEDS_TAXONOMY } from './hsds-ids';
import { Json, Ledger, Reader } from './hsds-reader';

export const SERVICE_STATUSES = ['active', 'inactive', 'defunct', 'temporarily closed'];
/**
 * Used when no taxonomy term maps: 帮办 help applying, so a reviewer sees it and sets the real needs before submitting.
 */
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

export interface MappedService {
  hsdsId: string;
  name: string;
  status: string | null;
  /** Resource fields the record carries; a re-import leaves the others as the draft has them. */
  fields: Partial<Resource>;
  /** Dataset path each field came from, so checks of the assembled resource name the source field. */
  origin: Partial<Record<keyof Resource, string>>;
  needCodes: string[];
  unmappedTerms: string[];
  lastModified: string | null;
  warnings: string[];
  ledger: Ledger;
  /** Field paths (inside the record) found in extension values that Four Lists does not know. */
  unknownKeys: string[];
}

/** Maps one HSDS service; problems (with dataset paths) are appended to `problems`. */
export function mapService(path: string, record: Json, knownNeeds: Set<string>, problems: FieldProblem[]) {
  const ledger = new Ledger();
  const r = new Reader(record, path, ledger, problems);
  r.use('organization_id', 'organization'); // the organization is read on its own (hsds-organization.ts)
  const out: MappedService = {
    hsdsId: r.string('id', true) ?? '',
    name: (r.string('name', true) ?? '').trim(),
    status: r.string('status', true),
    fields: {},
    origin: {},
    needCodes: [],
    unmappedTerms: [],
    lastModified: r.string('last_modified'),
    warnings: [],
    ledger,
    unknownKeys: [],
  };
  const f = out.fields;
  const set = <K extends keyof Resource>(key: K, value: Resource[K] | null | undefined, from: string) => {
    if (value === null || value === undefined) return;
    f[key] = value;
    out.origin[key] = `${path}.${from}`;
  };
  checkText(problems, r.at('id'), out.hsdsId, 200);
  checkText(problems, r.at('name'), out.name, 200);
  if (out.status !== null && !SERVICE_STATUSES.includes(out.status))
    r.problem('status', 'NOT_ALLOWED', `status must be one of ${SERVICE_STATUSES.join(', ')}`);
  else if (out.status !== null && out.status !== 'active')
    out.warnings.push(`the HSDS status was "${out.status}"; imported as a DRAFT like every import`);

  set('nameZh', out.name || null, 'name');
  const alternate = r.string('alternate_name');
  checkText(problems, r.at('alternate_name'), alternate, 200);
  set('nameEn', alternate?.trim() || out.name || null, alternate?.trim() ? 'alternate_name' : 'name');
  const url = r.string('url');
  checkUrl(problems, r.at('url'), url);
  set('url', url, 'url');
  const email = r.string('email');
  checkEmail(problems, r.at('email'), email);
  set('email', email, 'email');
  const applying = r.string('application_process');
  checkText(problems, r.at('application_process'), applying, 500);
  set('applicationChannel', applying, 'application_process');
  const fees = r.string('fees_description');
  checkText(problems, r.at('fees_description'), fees, 2000);
  set('feesDescription', fees, 'fees_description');
  const assured = r.string('assured_date');
  if (assured !== null && !/^\d{4}-\d{2}-\d{2}$/.test(assured))
    r.problem('assured_date', 'INVALID_DATE', 'assured_date is a date YYYY-MM-DD');
  set('lastVerified', assured, 'assured_date');
  set('phones', readPhones(r), 'phones');
  set('contacts', readContacts(r), 'contacts');
  set('languages', readLanguages(r), 'languages');
  set('schedules', readSchedules(r, out.warnings), 'schedules');
  set('costOptions', readCostOptions(r), 'cost_options');
  const documents = r.list('required_documents').map((d) => {
    d.use('id', 'service_id');
    return d.string('document');
  });
  if (documents.length)
    set(
      'requiredMaterials',
      documents.filter((d): d is string => !!d),
      'required_documents',
    );

  const extensions = readAttributes(r, knownNeeds, out);
  for (const [key, value] of Object.entries(extensions.fields))
    set(key as keyof Resource, value as never, extensions.origin[key]);

  // Derived text: with the extensions present, description and eligibility follow from them.
  const description = r.string('description');
  const eligibilityText = r.string('eligibility_description');
  const minAge = r.number('minimum_age');
  const maxAge = r.number('maximum_age');
  if (!('descriptionZh' in f)) {
    const text = [description, eligibilityText ? `Eligibility: ${eligibilityText}` : null]
      .filter((x): x is string => !!x && x.trim() !== '')
      .join('\n\n');
    checkText(problems, r.at('description'), text, 5000);
    if (text) for (const key of ['descriptionZh', 'descriptionEn'] as const) set(key, text, 'description');
  }
  for (const [key, age] of [
    ['minimum_age', minAge],
    ['maximum_age', maxAge],
  ] as const)
    if (age !== null && age < 0) r.problem(key, 'BELOW_MINIMUM', `${key} must be ≥ 0`);
  if (minAge !== null && maxAge !== null && minAge > maxAge)
    r.problem('maximum_age', 'INVALID_RANGE', 'maximum_age is below minimum_age');
  if (!('eligibility' in f) && (minAge !== null || maxAge !== null))
    set('eligibility', importedRule(record), minAge !== null ? 'minimum_age' : 'maximum_age');
  if ('geoScope' in f)
    r.use('service_areas'); // written from the scope: the codes are in geo_scope
  else if (r.has('service_areas'))
    out.warnings.push("service areas are free text and were not mapped; the provider's area is used instead");
  return out;
}

/** Need codes from taxonomy terms, catalogue fields from extension attributes; marks what it reads. */
function readAttributes(r: Reader, knownNeeds: Set<string>, out: MappedService) {
  const fields: Record<string, unknown> = {};
  const origin: Record<string, string> = {};
  const needCodes = new Set<string>();
  for (const a of r.list('attributes')) {
    const term = a.object('taxonomy_term');
    if (!term) continue; // an attribute without a term says nothing we can map: reported
    const code = term.string('code');
    const name = term.string('name', true) ?? '';
    term.string('id', true);
    a.use('id', 'link_id', 'link_type', 'link_entity', 'taxonomy_term_id', 'taxonomy_term');
    const taxonomy = term.record.taxonomy;
    if (taxonomy === EXTENSIONS_TAXONOMY && isExtensionCode(code)) {
      a.use('value');
      const read = readExtension(code, a.record.value, a.at('value'), a.key('value'));
      a.problems.push(...read.problems);
      out.unknownKeys.push(...read.unknownKeys);
      for (const [key, value] of Object.entries(read.fields)) {
        fields[key] = value;
        origin[key] = `${a.rel}.value`;
      }
      continue;
    }
    const upper = code?.trim().toUpperCase() ?? '';
    const hits =
      knownNeeds.has(upper) && (taxonomy === undefined || taxonomy === NEEDS_TAXONOMY)
        ? [upper]
        : KEYWORDS.filter(([re]) => re.test(`${name} ${code ?? ''}`.toLowerCase()))
            .map(([, c]) => c)
            .filter((c) => knownNeeds.has(c));
    if (hits.length === 0) out.unmappedTerms.push(code ? `${code}: ${name}` : name);
    hits.forEach((c) => needCodes.add(c));
  }
  out.needCodes = [...needCodes].sort();
  if (out.needCodes.length) {
    fields.needCodes = out.needCodes;
    origin.needCodes = 'attributes';
  }
  return { fields, origin };
}

/**
 * The eligibility rule of an imported resource without a four-lists rule: "a household exists"
 * (never UNKNOWN-unsafe), plus the HSDS minimum/maximum age as a condition on some member when given.
 */
export function importedRule(s: Json): Rule {
  const ages: Rule[] = [];
  if (typeof s.minimum_age === 'number') ages.push({ fact: 'member.age', op: 'gte', value: s.minimum_age });
  if (typeof s.maximum_age === 'number') ages.push({ fact: 'member.age', op: 'lte', value: s.maximum_age });
  const base: Rule = { fact: 'household.memberCount', op: 'gte', value: 1 };
  if (ages.length === 0) return base;
  return { all: [base, { anyMember: ages.length === 1 ? ages[0] : { all: ages } }] };
}
