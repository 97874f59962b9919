// validateRule: checks untrusted JSON against the rule language and the fact catalogue, and reports
// every problem with its JSON path ($.all[1].value) rather than stopping at the first.
import { OPERATORS_BY_KIND, factDef, typeName, type FactDef } from './rule-facts';
import { OPERATORS, type Operator, type Problem, type Rule, type RuleValidation } from './rule.types';

const COMBINATORS = ['all', 'any', 'not', 'anyMember', 'everyMember'] as const;
const COMPARISON_KEYS = new Set(['fact', 'op', 'value']);
const ARRAY_OPS: ReadonlySet<Operator> = new Set(['in', 'notIn', 'includesAny']);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const show = (x: unknown): string => JSON.stringify(x) ?? String(x);

export function validateRule(json: unknown): RuleValidation {
  const problems: Problem[] = [];
  check(json, '$', false, problems);
  return problems.length === 0 ? { ok: true, rule: json as Rule } : { ok: false, problems };
}

function check(node: unknown, path: string, inMember: boolean, out: Problem[]): void {
  if (!isObject(node)) {
    out.push({ path, message: `expected a rule object ({"all": …}, {"fact": …, "op": …}, …), got ${show(node)}` });
    return;
  }
  const keys = Object.keys(node);
  const combinator = COMBINATORS.find((k) => k in node);
  if (combinator === undefined) return checkComparison(node, path, inMember, out);
  if (keys.length !== 1) {
    out.push({
      path,
      message: `a "${combinator}" rule takes no other keys; found ${keys
        .filter((k) => k !== combinator)
        .map((k) => `"${k}"`)
        .join(', ')}`,
    });
  }
  const child = node[combinator];
  const childPath = `${path}.${combinator}`;
  if (combinator === 'all' || combinator === 'any') {
    if (!Array.isArray(child) || child.length === 0) {
      out.push({ path: childPath, message: `"${combinator}" needs a non-empty array of rules` });
      return;
    }
    child.forEach((c, i) => check(c, `${childPath}[${i}]`, inMember, out));
  } else {
    check(child, childPath, inMember || combinator !== 'not', out);
  }
}

function checkComparison(node: Record<string, unknown>, path: string, inMember: boolean, out: Problem[]): void {
  for (const k of Object.keys(node)) {
    if (!COMPARISON_KEYS.has(k))
      out.push({ path: `${path}.${k}`, message: `unknown key "${k}"; a comparison has fact, op and value` });
  }
  const { fact, op } = node;
  let def: FactDef | undefined;
  if (typeof fact !== 'string')
    out.push({
      path: `${path}.fact`,
      message: 'a comparison needs "fact", a fact name such as "household.incomeRatio"',
    });
  else if ((def = factDef(fact)) === undefined) out.push({ path: `${path}.fact`, message: `unknown fact "${fact}"` });
  else if (def.scope === 'member' && !inMember) {
    out.push({
      path: `${path}.fact`,
      message: `member fact "${fact}" is only allowed inside anyMember or everyMember`,
    });
  }
  if (!OPERATORS.includes(op as Operator)) {
    out.push({ path: `${path}.op`, message: `unknown operator ${show(op)}; expected one of ${OPERATORS.join(', ')}` });
    return;
  }
  if (def === undefined) return;
  const allowed = OPERATORS_BY_KIND[def.type.kind];
  if (!allowed.includes(op as Operator)) {
    out.push({
      path: `${path}.op`,
      message: `operator "${op}" does not apply to ${def.type.kind} fact "${def.name}"; use ${allowed.join(', ')}`,
    });
    return;
  }
  checkValue(def, op as Operator, node, `${path}.value`, out);
}

function checkValue(def: FactDef, op: Operator, node: Record<string, unknown>, path: string, out: Problem[]): void {
  if (op === 'isKnown') {
    if ('value' in node) out.push({ path, message: '"isKnown" takes no value' });
    return;
  }
  if (!('value' in node)) {
    out.push({ path, message: `"${op}" needs a value` });
    return;
  }
  const value = node.value;
  if (!ARRAY_OPS.has(op)) return checkScalar(def, op, value, path, out);
  if (!Array.isArray(value) || value.length === 0) {
    out.push({ path, message: `"${op}" needs a non-empty array of values` });
    return;
  }
  value.forEach((v, i) => checkScalar(def, op, v, `${path}[${i}]`, out));
}

function checkScalar(def: FactDef, op: Operator, v: unknown, path: string, out: Problem[]): void {
  const t = def.type;
  const bad = (message: string) => out.push({ path, message });
  switch (t.kind) {
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) bad(`"${def.name}" is a number; got ${show(v)}`);
      return;
    case 'boolean':
      if (typeof v !== 'boolean') bad(`"${def.name}" is a boolean; got ${show(v)}`);
      return;
    case 'string':
      if (typeof v !== 'string') bad(`"${def.name}" is a string; got ${show(v)}`);
      return;
    case 'string-enum':
    case 'set':
      if (!(t.values as readonly unknown[]).includes(v)) {
        bad(
          `${show(v)} is not a value of "${def.name}" ` +
            `(${typeName(t)})${op === 'includes' && Array.isArray(v) ? '; use includesAny for a list' : ''}`,
        );
      }
  }
}
