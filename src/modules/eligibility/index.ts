// Public API of the eligibility rule language: pure TypeScript, no database, no GraphQL.
export { buildEligibilityFacts } from './eligibility-facts';
export type { DibaoReference, EligibilityExtra, EligibilityFacts, MemberEligibilityFacts } from './eligibility-facts';
export { validateRule } from './rule.validate';
export { compileRule, InvalidRuleError } from './rule.compile';
export { ageBounds, describeRule } from './rule.describe';
export type { RuleSummary } from './rule.describe';
export { flattenTrace } from './rule.trace';
export type { FlatTraceLine } from './rule.trace';
export { FACTS, FACTS_BY_NAME, OPERATORS_BY_KIND, typeName } from './rule-facts';
export type { FactDef, FactType, FactValue } from './rule-facts';
export { OPERATORS } from './rule.types';
export type {
  AgeBounds,
  CompiledRule,
  Comparison,
  Explanation,
  Operator,
  Problem,
  Rule,
  RuleValidation,
  Scalar,
  TraceNode,
  Verdict,
} from './rule.types';
export { standardInForce } from './dibao-standard';
export type { DibaoStandardRow } from './dibao-standard';
