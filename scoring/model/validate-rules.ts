// Validation of the rule tables: trigger conditions, red flags, needs, level rules, cadence, circles.
import { CATEGORY_CODES } from '../facts';
import { PREDICATES } from '../indicators/registry';
import { HARDSHIP_LEVELS, VISIT_CADENCES } from '../types';
import {
  checkText,
  checkUniqueCodes,
  isInteger,
  isNonEmptyString,
  isObject,
  requireArray,
  requireObject,
  type Issues,
  type Json,
} from './issues';

export interface RuleContext {
  /** Indicator code → scores it can take. */
  indicators: Map<string, Set<number>>;
  dimensionCount: number;
  compositeScale: number;
}

type ConditionScope = 'redFlag' | 'need';

function validateCondition(issues: Issues, c: unknown, path: string, ctx: RuleContext, scope: ConditionScope): void {
  if (!requireObject(issues, c, path)) return;
  if ('indicator' in c) {
    const scores = typeof c.indicator === 'string' ? ctx.indicators.get(c.indicator) : undefined;
    if (scores === undefined) {
      issues.add(`${path}.indicator`, `unknown indicator '${String(c.indicator)}'`);
      return;
    }
    const [op, value] = 'atLeast' in c ? ['atLeast', c.atLeast] : ['equals', c.equals];
    if (!isInteger(value)) issues.add(`${path}.${op}`, 'needs an integer score (atLeast or equals)');
    else if (op === 'equals' && !scores.has(value))
      issues.add(`${path}.equals`, `indicator ${String(c.indicator)} never scores ${value}`);
    else if (op === 'equals' && scope === 'redFlag' && value !== Math.max(...scores)) {
      // A red flag must not clear when things get worse (the level-sensitivity analysis relies on it).
      issues.add(
        `${path}.equals`,
        `a red flag may only name the highest score of ${String(c.indicator)} (${Math.max(...scores)}) or use atLeast`,
      );
    } else if (op === 'atLeast' && ![...scores].some((s) => s >= value))
      issues.add(`${path}.atLeast`, `indicator ${String(c.indicator)} never scores ${value} or more`);
  } else if ('predicate' in c) {
    if (typeof c.predicate !== 'string' || !PREDICATES.has(c.predicate))
      issues.add(`${path}.predicate`, `unknown predicate '${String(c.predicate)}'`);
  } else if ('level' in c && scope === 'need') {
    if (!(HARDSHIP_LEVELS as readonly unknown[]).includes(c.level))
      issues.add(`${path}.level`, `unknown level '${String(c.level)}'`);
  } else if ('deprivedDimensionsAtLeast' in c && scope === 'need') {
    const k = c.deprivedDimensionsAtLeast;
    if (!isInteger(k) || k < 0 || k > ctx.dimensionCount)
      issues.add(`${path}.deprivedDimensionsAtLeast`, `must be an integer from 0 to ${ctx.dimensionCount}`);
  } else {
    issues.add(
      path,
      scope === 'redFlag'
        ? 'a red-flag condition names an indicator or a predicate'
        : 'a condition names an indicator, a predicate, a level or deprivedDimensionsAtLeast',
    );
  }
}

/** `when`: alternatives, each a non-empty list of conditions that must all hold. */
function validateWhen(
  issues: Issues,
  when: unknown,
  path: string,
  ctx: RuleContext,
  scope: ConditionScope,
  allowEmpty: boolean,
): void {
  if (!requireArray(issues, when, path, !allowEmpty)) return;
  when.forEach((alternative, a) => {
    if (!requireArray(issues, alternative, `${path}[${a}]`)) return;
    alternative.forEach((c, j) => validateCondition(issues, c, `${path}[${a}][${j}]`, ctx, scope));
  });
}

export function validateNeeds(issues: Issues, needs: unknown, ctx: RuleContext): Set<string> {
  if (!requireObject(issues, needs, 'needs') || !requireArray(issues, needs.rules, 'needs.rules')) return new Set();
  const codes = checkUniqueCodes(issues, needs.rules, 'needs.rules', 'code');
  needs.rules.forEach((n, i) => {
    const path = `needs.rules[${i}]`;
    if (!requireObject(issues, n, path)) return;
    checkText(issues, n, path);
    if (!isNonEmptyString(n.category)) issues.add(`${path}.category`, 'a service category (L, T, F, Z, J) is required');
    if (!isNonEmptyString(n.form)) issues.add(`${path}.form`, 'a form of help is required');
    validateWhen(issues, n.when, `${path}.when`, ctx, 'need', true);
  });
  return codes;
}

const MAX_RED_FLAGS = 31;

export function validateRedFlags(issues: Issues, redFlags: unknown, ctx: RuleContext, needCodes: Set<string>): void {
  if (!requireObject(issues, redFlags, 'redFlags') || !requireArray(issues, redFlags.rules, 'redFlags.rules', false))
    return;
  checkUniqueCodes(issues, redFlags.rules, 'redFlags.rules', 'code');
  if (redFlags.rules.length > MAX_RED_FLAGS)
    issues.add('redFlags.rules', `at most ${MAX_RED_FLAGS} red flags (they are held as bits)`);
  redFlags.rules.forEach((r, i) => {
    const path = `redFlags.rules[${i}]`;
    if (!requireObject(issues, r, path)) return;
    checkText(issues, r, path);
    validateWhen(issues, r.when, `${path}.when`, ctx, 'redFlag', false);
    if (!requireArray(issues, r.raises, `${path}.raises`, false)) return;
    r.raises.forEach((code, j) => {
      if (typeof code !== 'string' || !needCodes.has(code))
        issues.add(`${path}.raises[${j}]`, `unknown need '${String(code)}'`);
    });
  });
}

const LEVEL_FORMS = ['anyRedFlag', 'compositeAtLeast', 'deprivedDimensionsAtLeast', 'inAnyCircle', 'always'];

export function validateLevels(issues: Issues, levels: unknown, ctx: RuleContext): void {
  if (!requireArray(issues, levels, 'levels')) return;
  checkUniqueCodes(issues, levels, 'levels', 'id');
  let lastSeverity = 0;
  let lastComposite = Infinity;
  let lastDeprived = Infinity;
  levels.forEach((rule, i) => {
    const path = `levels[${i}]`;
    if (!requireObject(issues, rule, path)) return;
    checkText(issues, rule, path);
    const severity = HARDSHIP_LEVELS.indexOf(rule.level as (typeof HARDSHIP_LEVELS)[number]);
    if (severity < 0) issues.add(`${path}.level`, `unknown level '${String(rule.level)}'`);
    else if (severity < lastSeverity)
      issues.add(`${path}.level`, 'rules must go from the most to the least severe level (first match wins)');
    else lastSeverity = severity;
    if (!requireObject(issues, rule.when, `${path}.when`)) return;
    const forms = Object.keys(rule.when).filter((k) => LEVEL_FORMS.includes(k));
    if (forms.length !== 1) {
      issues.add(`${path}.when`, `must have exactly one of ${LEVEL_FORMS.join(', ')}`);
      return;
    }
    const w: Json = rule.when;
    if ('compositeAtLeast' in w) {
      const t = w.compositeAtLeast;
      if (typeof t !== 'number' || t < 0 || t > ctx.compositeScale)
        issues.add(`${path}.when.compositeAtLeast`, `must be a number from 0 to ${ctx.compositeScale}`);
      else if (t >= lastComposite)
        issues.add(`${path}.when.compositeAtLeast`, `thresholds must fall down the list (${t} after ${lastComposite})`);
      else lastComposite = t;
    } else if ('deprivedDimensionsAtLeast' in w) {
      const k = w.deprivedDimensionsAtLeast;
      if (!isInteger(k) || k < 1 || k > ctx.dimensionCount)
        issues.add(`${path}.when.deprivedDimensionsAtLeast`, `must be an integer from 1 to ${ctx.dimensionCount}`);
      else if (k >= lastDeprived)
        issues.add(
          `${path}.when.deprivedDimensionsAtLeast`,
          `thresholds must fall down the list (${k} after ${lastDeprived})`,
        );
      else lastDeprived = k;
    } else if (forms[0] !== 'always' && w[forms[0]] !== true) {
      issues.add(`${path}.when.${forms[0]}`, 'must be true');
    }
    if (i === levels.length - 1 && !('always' in w))
      issues.add(`${path}.when`, 'the last rule must be { "always": true } so every household gets a level');
  });
}

export function validateCadence(issues: Issues, cadence: unknown): void {
  if (!requireObject(issues, cadence, 'cadence')) return;
  for (const level of HARDSHIP_LEVELS) {
    const c = cadence[level];
    if (!requireObject(issues, c, `cadence.${level}`)) continue;
    if (!(VISIT_CADENCES as readonly unknown[]).includes(c.visit))
      issues.add(`cadence.${level}.visit`, `must be one of ${VISIT_CADENCES.join(', ')}`);
    if (!isInteger(c.reassessMonths) || c.reassessMonths < 1)
      issues.add(`cadence.${level}.reassessMonths`, 'must be a positive whole number of months');
  }
}

const CIRCLE_FLAGS = ['massOrganisationBeneficiary', 'charityPriority', 'foundByVisit'];
const EVENT_KINDS = ['TEMPORARY_ASSISTANCE', 'APPLICATION_REFUSED', 'ASSISTANCE_TERMINATED'];

function checkList(issues: Issues, v: unknown, path: string, known: readonly string[]): void {
  if (!requireArray(issues, v, path)) return;
  v.forEach((x, i) => {
    if (typeof x !== 'string' || !known.includes(x)) issues.add(`${path}[${i}]`, `unknown value '${String(x)}'`);
  });
}

function checkMonths(issues: Issues, v: unknown, path: string): void {
  if (!isInteger(v) || v < 1) issues.add(path, 'must be a positive whole number of months');
}

export function validateCircles(issues: Issues, circles: unknown): void {
  if (!requireObject(issues, circles, 'circles') || !requireArray(issues, circles.rules, 'circles.rules')) return;
  checkUniqueCodes(issues, circles.rules, 'circles.rules', 'id');
  circles.rules.forEach((rule, i) => {
    const path = `circles.rules[${i}]`;
    if (!requireObject(issues, rule, path)) return;
    checkText(issues, rule, path);
    if (!isInteger(rule.circle) || rule.circle < 1 || rule.circle > 4)
      issues.add(`${path}.circle`, 'must be 1, 2, 3 or 4');
    const w = rule.when;
    if (!isObject(w)) {
      issues.add(`${path}.when`, 'must be an object');
      return;
    }
    if ('categoryHeld' in w) checkList(issues, w.categoryHeld, `${path}.when.categoryHeld`, CATEGORY_CODES);
    else if ('categoryEndedWithinMonths' in w) {
      checkMonths(issues, w.categoryEndedWithinMonths, `${path}.when.categoryEndedWithinMonths`);
      checkList(issues, w.categories, `${path}.when.categories`, CATEGORY_CODES);
    } else if ('eventWithinMonths' in w) {
      checkMonths(issues, w.eventWithinMonths, `${path}.when.eventWithinMonths`);
      checkList(issues, w.kinds, `${path}.when.kinds`, EVENT_KINDS);
    } else if ('flag' in w) {
      if (typeof w.flag !== 'string' || !CIRCLE_FLAGS.includes(w.flag))
        issues.add(`${path}.when.flag`, `must be one of ${CIRCLE_FLAGS.join(', ')}`);
    } else issues.add(`${path}.when`, 'must be categoryHeld, categoryEndedWithinMonths, eventWithinMonths or flag');
  });
}

export function validateExplanation(issues: Issues, explanation: unknown, maxScore: number): void {
  if (!requireObject(issues, explanation, 'explanation')) return;
  if (!isInteger(explanation.maxDrivers) || explanation.maxDrivers < 0)
    issues.add('explanation.maxDrivers', 'must be a whole number ≥ 0');
  const s = explanation.minDriverScore;
  if (!isInteger(s) || s < 0 || s > maxScore)
    issues.add('explanation.minDriverScore', `must be an integer from 0 to ${maxScore}`);
}
