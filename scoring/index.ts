// Public API of the hardship-scoring library (困境画像). Pure: no database, no GraphQL (STYLE.md G11).
export * from './types';
export type * from './facts';
export { CATEGORY_CODES } from './facts';
export { ModelValidationError, type ModelIssue } from './errors';
export { ahpWeights, SAATY_RANDOM_INDEX, MAX_CONSISTENCY_RATIO, type AhpResult } from './ahp';
export { loadModel, SH_2024_1, type ScoringModel, type ModelProfileInfo } from './model/load';
export { listModelFacts, describeModelFacts, listModelPredicates } from './indicators/registry';
export { scoreHousehold } from './engine/score';
export { mulberry32, type Random } from './random';
