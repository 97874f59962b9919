// The catalogue's own fields that HSDS has no place for, carried as attributes of the taxonomy
// "four-lists-extensions" whose value is JSON: the eligibility rule as data, the geographic scope
// as division codes, the structured benefit, and the other catalogue fields. Another HSDS tool sees
// named attributes; Four Lists reads them back, so its own export round-trips without loss.
import { validateSync } from 'class-validator';
import { isIsoDate } from '../../common/dates';
import type { FieldProblem } from '../../common/domain-error';
import { flattenValidationErrors } from '../../graphql/errors';
import type { Resource } from '../catalogue/catalogue.entity';
import { CapacityKind, ResourceForm, ScopeLevel, Tier } from '../catalogue/catalogue.enums';
import { BenefitInput, ResourceFieldsInput } from '../catalogue/catalogue.inputs';
import { EXTENSIONS_TAXONOMY, extensionTermUuid, stableUuid, taxonomyUuid } from './hsds-ids';
import { isObject, Json } from './hsds-reader';

export const EXTENSION_TERMS = {
  eligibility_rule: {
    name: '资格规则 Eligibility rule',
    description: 'The eligibility rule in the Four Lists rule language, as JSON (README "Eligibility rules").',
    linkType: 'eligibility',
  },
  geo_scope: {
    name: '服务范围 Geographic scope',
    description: 'Where the service applies, as JSON { level: CITY | DISTRICT | STREET, codes: [division codes] }.',
    linkType: 'service_area',
  },
  benefit: {
    name: '待遇 Benefit',
    description:
      'What the household receives, as JSON { amount, unit, cap, sessions, hours, descriptionZh, descriptionEn }.',
    linkType: 'benefit',
  },
  catalogue_fields: {
    name: '资源清单字段 Catalogue fields',
    description:
      'Form, capacity, processing days, policy basis, stacking, validity and the Chinese and English ' +
      'descriptions, as JSON.',
    linkType: 'catalogue',
  },
} as const;
export type ExtensionCode = keyof typeof EXTENSION_TERMS;
export const isExtensionCode = (code: unknown): code is ExtensionCode =>
  typeof code === 'string' && code in EXTENSION_TERMS;

const CATALOGUE_KEYS = [
  'form',
  'descriptionZh',
  'descriptionEn',
  'capacityKind',
  'quota',
  'period',
  'processingDays',
  'policyBasis',
  'exclusiveGroup',
  'statutoryFirst',
  'tierOverride',
  'validFrom',
  'validTo',
  'figuresVerified',
] as const;
const BENEFIT_KEYS = ['amount', 'unit', 'cap', 'sessions', 'hours', 'descriptionZh', 'descriptionEn'] as const;

export const EXTENSIONS_TAXONOMY_DETAIL = {
  id: taxonomyUuid(EXTENSIONS_TAXONOMY),
  name: EXTENSIONS_TAXONOMY,
  description: 'Four Lists catalogue fields carried as attribute values (JSON)',
  version: '1',
};

export function extensionTerm(code: ExtensionCode): Json {
  const term = EXTENSION_TERMS[code];
  return {
    id: extensionTermUuid(code),
    code,
    name: term.name,
    description: term.description,
    taxonomy: EXTENSIONS_TAXONOMY,
    taxonomy_detail: EXTENSIONS_TAXONOMY_DETAIL,
  };
}

export function extensionAttributes(r: Resource): Json[] {
  const pick = (keys: readonly string[], from: Record<string, unknown>) =>
    Object.fromEntries(keys.map((k) => [k, from[k] ?? null]));
  const values: Record<ExtensionCode, unknown> = {
    eligibility_rule: r.eligibility,
    geo_scope: { level: r.geoScope.level, codes: r.geoScope.codes },
    benefit: pick(BENEFIT_KEYS, { ...r.benefit }),
    catalogue_fields: pick(CATALOGUE_KEYS, r as unknown as Record<string, unknown>),
  };
  return (Object.keys(values) as ExtensionCode[]).map((code) => ({
    id: stableUuid('attribute', r.id, EXTENSIONS_TAXONOMY, code),
    link_id: r.id,
    link_type: EXTENSION_TERMS[code].linkType,
    link_entity: 'service',
    taxonomy_term_id: extensionTermUuid(code),
    value: JSON.stringify(values[code]),
    taxonomy_term: extensionTerm(code),
  }));
}

export interface ReadExtension {
  fields: Partial<Resource>;
  problems: FieldProblem[];
  /** Keys inside the JSON value that Four Lists does not know: reported, not imported. */
  unknownKeys: string[];
}

/**
 * The resource fields an extension attribute carries. `at` is the dataset path of its value (for
 * problems), `rel` its path inside the service (for unknown keys, reported with the other fields).
 */
export function readExtension(code: ExtensionCode, value: unknown, at: string, rel: string): ReadExtension {
  const out: ReadExtension = { fields: {}, problems: [], unknownKeys: [] };
  const fail = (field: string, reason: string, message: string) => out.problems.push({ field, reason, message });
  let data: unknown;
  try {
    data = typeof value === 'string' ? JSON.parse(value) : undefined;
  } catch {
    /* reported below */
  }
  if (data === undefined) {
    fail(at, 'INVALID_JSON', `the value of a ${code} attribute is a JSON text`);
    return out;
  }
  if (code === 'eligibility_rule') {
    out.fields.eligibility = data; // validated with every other field by checkResourceFields
    return out;
  }
  if (!isObject(data)) {
    fail(at, 'NOT_AN_OBJECT', `the value of a ${code} attribute is a JSON object`);
    return out;
  }
  if (code === 'geo_scope') {
    const { level, codes } = data;
    if (typeof level !== 'string' || !(level in ScopeLevel))
      fail(`${at}.level`, 'NOT_ALLOWED', `level is one of ${Object.keys(ScopeLevel).join(', ')}`);
    else if (!Array.isArray(codes) || codes.some((c) => typeof c !== 'string'))
      fail(`${at}.codes`, 'NOT_AN_ARRAY', 'codes is an array of division codes');
    else out.fields.geoScope = { level: level as ScopeLevel, codes: codes as string[] };
    out.unknownKeys.push(...unknown(data, ['level', 'codes'], rel));
    return out;
  }
  const keys = code === 'benefit' ? BENEFIT_KEYS : CATALOGUE_KEYS;
  const known = Object.fromEntries(Object.entries(data).filter(([k]) => (keys as readonly string[]).includes(k)));
  out.unknownKeys.push(...unknown(data, keys, rel));
  const input = Object.assign(code === 'benefit' ? new BenefitInput() : new ResourceFieldsInput(), known);
  out.problems.push(
    ...flattenValidationErrors(validateSync(input, { skipMissingProperties: true, forbidUnknownValues: false }), at),
  );
  if (code === 'benefit') {
    out.fields.benefit = Object.fromEntries(
      BENEFIT_KEYS.map((k) => [k, known[k] ?? null]),
    ) as unknown as Resource['benefit'];
    return out;
  }
  const enums: Array<[string, object, boolean]> = [
    ['form', ResourceForm, false],
    ['capacityKind', CapacityKind, false],
    ['tierOverride', Tier, true],
  ];
  for (const [key, values, nullable] of enums) {
    const v = known[key];
    if (v === undefined || (v === null && nullable)) continue;
    if (typeof v !== 'string' || !(v in values))
      fail(`${at}.${key}`, 'NOT_ALLOWED', `${key} is one of ${Object.keys(values).join(', ')}`);
  }
  for (const key of ['statutoryFirst', 'figuresVerified'])
    if (known[key] !== undefined && typeof known[key] !== 'boolean')
      fail(`${at}.${key}`, 'NOT_A_BOOLEAN', `${key} is true or false`);
  for (const key of ['validFrom', 'validTo'])
    if (known[key] != null && !(typeof known[key] === 'string' && isIsoDate(known[key] as string)))
      fail(`${at}.${key}`, 'INVALID_DATE', `${key} is a date YYYY-MM-DD`);
  out.fields = known as Partial<Resource>;
  return out;
}

const unknown = (data: Json, keys: readonly string[], at: string) =>
  Object.keys(data)
    .filter((k) => !keys.includes(k))
    .map((k) => `${at}.${k}`);
