// Validates a model-version JSON before it is compiled (INDICATOR-MODEL.md §1.2 rule 2). Collects
// every problem it can find; a model with any problem throws and is never used.
import { packIsoDate } from '../dates';
import { ModelValidationError } from '../errors';
import { isInteger, isNonEmptyString, isObject, Issues, requireObject } from './issues';
import type { ModelJson } from './schema';
import { validateDimensions, validateIndicators } from './validate-indicators';
import { validateProfiles, type DerivedProfile } from './validate-profiles';
import {
  validateCadence,
  validateCircles,
  validateExplanation,
  validateLevels,
  validateNeeds,
  validateRedFlags,
} from './validate-rules';

const STATUSES = ['draft', 'published', 'retired'];
/** Stated in the doc; the engine's d formula and anchors assume this scale. */
const SCALE_MAX = 4;

export interface ValidatedModel {
  json: ModelJson;
  profiles: DerivedProfile[];
}

function validateHeader(issues: Issues, m: Record<string, unknown>): void {
  if (!isNonEmptyString(m.id)) issues.add('id', 'a model id such as "sh-2024.1" is required');
  if (typeof m.status !== 'string' || !STATUSES.includes(m.status))
    issues.add('status', `must be one of ${STATUSES.join(', ')}`);
  if (typeof m.effectiveFrom !== 'string' || Number.isNaN(packIsoDate(m.effectiveFrom)))
    issues.add('effectiveFrom', 'must be a YYYY-MM-DD date');
  if (requireObject(issues, m.scale, 'scale') && (m.scale.min !== 0 || m.scale.max !== SCALE_MAX)) {
    issues.add('scale', `the engine scores 0–${SCALE_MAX} (higher is worse)`);
  }
}

function validateAggregation(issues: Issues, a: unknown): void {
  if (!requireObject(issues, a, 'aggregation')) return;
  const { maxWeight, meanWeight, compositeScale, compositeDecimals, deprivedDimensionCut } = a;
  if (
    typeof maxWeight !== 'number' ||
    typeof meanWeight !== 'number' ||
    maxWeight < 0 ||
    meanWeight < 0 ||
    Math.abs(maxWeight + meanWeight - 1) > 1e-9
  ) {
    issues.add('aggregation', 'maxWeight and meanWeight must be ≥ 0 and sum to 1');
  }
  if (typeof compositeScale !== 'number' || !(compositeScale > 0))
    issues.add('aggregation.compositeScale', 'must be a positive number');
  if (!isInteger(compositeDecimals) || compositeDecimals < 0 || compositeDecimals > 6)
    issues.add('aggregation.compositeDecimals', 'must be an integer from 0 to 6');
  if (typeof deprivedDimensionCut !== 'number' || !(deprivedDimensionCut > 0 && deprivedDimensionCut <= 1)) {
    issues.add('aggregation.deprivedDimensionCut', 'must be in (0, 1]');
  }
}

export function validateModel(json: unknown): ValidatedModel {
  const issues = new Issues();
  if (!isObject(json))
    throw new ModelValidationError('(unknown)', [{ path: '', message: 'a model must be a JSON object' }]);
  validateHeader(issues, json);
  validateAggregation(issues, json.aggregation);
  const dimensions = validateDimensions(issues, json.dimensions);
  const indicators = validateIndicators(issues, json.indicators, dimensions, SCALE_MAX);
  const profiles = validateProfiles(issues, json.profiles, dimensions);
  const compositeScale =
    isObject(json.aggregation) && typeof json.aggregation.compositeScale === 'number'
      ? json.aggregation.compositeScale
      : 100;
  const ctx = { indicators, dimensionCount: dimensions.size, compositeScale };
  validateLevels(issues, json.levels, ctx);
  validateCadence(issues, json.cadence);
  const needCodes = validateNeeds(issues, json.needs, ctx);
  validateRedFlags(issues, json.redFlags, ctx, needCodes);
  validateCircles(issues, json.circles);
  validateExplanation(issues, json.explanation, SCALE_MAX);
  if (issues.list.length > 0)
    throw new ModelValidationError(isNonEmptyString(json.id) ? json.id : '(no id)', issues.list);
  return { json: json as unknown as ModelJson, profiles };
}
