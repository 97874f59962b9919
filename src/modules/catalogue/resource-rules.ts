// Checks a resource's fields against reference data and the rule language. Returns problems;
// never throws for bad input.
import { EntityManager, In } from 'typeorm';
import type { FieldProblem } from '../../common/domain-error';
import { validateRule } from '../eligibility';
import { District, Street } from '../geo/geo.entity';
import { NeedCode } from '../reference/reference.entity';
import type { GeoScope, Resource } from './catalogue.entity';
import { checkContactFields, CONTACT_FIELDS } from './contact.rules';

export async function checkResourceFields(
  em: EntityManager,
  r: Partial<Resource>,
  touched: (key: string) => boolean,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (touched('needCodes') && r.needCodes) {
    const known = new Set((await em.findBy(NeedCode, { code: In(r.needCodes) })).map((n) => n.code));
    r.needCodes.forEach((code, i) => {
      if (!known.has(code))
        problems.push({
          field: `input.needCodes.${i}`,
          reason: 'UNKNOWN_NEED_CODE',
          message: `"${code}" is not a need code (N01–N28)`,
        });
    });
    if (r.needCodes.length === 0)
      problems.push({ field: 'input.needCodes', reason: 'EMPTY', message: 'a resource meets at least one need' });
  }
  if (touched('eligibility')) {
    const checked = validateRule(r.eligibility);
    if (!checked.ok) {
      for (const p of checked.problems)
        problems.push({
          field: `input.eligibility${p.path.replace(/^\$/, '')}`,
          reason: 'INVALID_RULE',
          message: `${p.path}: ${p.message}`,
        });
    }
  }
  if (touched('geoScope') && r.geoScope) problems.push(...(await checkScope(em, r.geoScope, 'input.geoScope')));
  // A QUOTA resource may have an unknown quota (limited capacity, number not published): null, never 0.
  if (r.capacityKind === 'ENTITLEMENT' && r.quota !== null && r.quota !== undefined) {
    problems.push({ field: 'input.quota', reason: 'NOT_ALLOWED', message: 'an uncapped entitlement has no quota' });
  }
  if (
    r.remaining !== null &&
    r.remaining !== undefined &&
    r.quota !== null &&
    r.quota !== undefined &&
    r.remaining > r.quota
  ) {
    problems.push({
      field: 'input.quota',
      reason: 'BELOW_REMAINING',
      message: `quota ${r.quota} is below the ${r.remaining} places left`,
    });
  }
  const contact = Object.fromEntries(CONTACT_FIELDS.filter(touched).map((k) => [k, r[k]]));
  problems.push(...checkContactFields(contact, 'input'));
  if (r.validFrom && r.validTo && r.validTo < r.validFrom) {
    problems.push({
      field: 'input.validTo',
      reason: 'INVALID_RANGE',
      message: `validTo ${r.validTo} is before validFrom ${r.validFrom}`,
    });
  }
  return problems;
}

export async function checkScope(em: EntityManager, scope: GeoScope, field: string): Promise<FieldProblem[]> {
  if (scope.level === 'CITY') {
    return scope.codes.length === 0
      ? []
      : [{ field: `${field}.codes`, reason: 'NOT_ALLOWED', message: 'a CITY scope lists no codes' }];
  }
  if (scope.codes.length === 0)
    return [{ field: `${field}.codes`, reason: 'EMPTY', message: `a ${scope.level} scope lists at least one code` }];
  const entity = scope.level === 'DISTRICT' ? District : Street;
  const known = new Set((await em.findBy(entity, { code: In(scope.codes) })).map((x) => x.code));
  return scope.codes.flatMap((code, i) =>
    known.has(code)
      ? []
      : [
          {
            field: `${field}.codes.${i}`,
            reason: scope.level === 'DISTRICT' ? 'UNKNOWN_DISTRICT' : 'UNKNOWN_STREET',
            message: `no ${scope.level.toLowerCase()} with code "${code}"`,
          },
        ],
  );
}

/** { field: { from, to } } for every field whose value changed. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>, keys: string[]) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of keys) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null))
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
  }
  return changes;
}
