// Validation of dimensions and indicators: known fact functions, bands that tile the number line,
// scores monotone in the stated direction, one anchor per reachable score.
import { FACT_FUNCTIONS } from '../indicators/registry';
import { joinProblem, parseInterval, type Interval } from './bands';
import { checkText, checkUniqueCodes, isInteger, isObject, requireArray, requireObject, type Issues } from './issues';

export function validateDimensions(issues: Issues, dimensions: unknown): Set<string> {
  if (!requireArray(issues, dimensions, 'dimensions')) return new Set();
  const codes = checkUniqueCodes(issues, dimensions, 'dimensions', 'code');
  dimensions.forEach((d, i) => {
    if (requireObject(issues, d, `dimensions[${i}]`)) checkText(issues, d, `dimensions[${i}]`);
  });
  return codes;
}

/** Validates indicators; returns code → allowed scores (for checking trigger conditions). */
export function validateIndicators(
  issues: Issues,
  indicators: unknown,
  dimensions: Set<string>,
  maxScore: number,
): Map<string, Set<number>> {
  const allowed = new Map<string, Set<number>>();
  if (!requireArray(issues, indicators, 'indicators')) return allowed;
  checkUniqueCodes(issues, indicators, 'indicators', 'code');
  const used = new Set<string>();
  indicators.forEach((ind, i) => {
    const path = `indicators[${i}]`;
    if (!requireObject(issues, ind, path)) return;
    checkText(issues, ind, path);
    if (typeof ind.dimension !== 'string' || !dimensions.has(ind.dimension))
      issues.add(`${path}.dimension`, `unknown dimension '${String(ind.dimension)}'`);
    else used.add(ind.dimension);
    if (typeof ind.fact !== 'string' || !FACT_FUNCTIONS.has(ind.fact))
      issues.add(`${path}.fact`, `unknown fact function '${String(ind.fact)}' (see listModelFacts())`);
    if (ind.direction !== 'higher_is_worse' && ind.direction !== 'lower_is_worse')
      issues.add(`${path}.direction`, "must be 'higher_is_worse' or 'lower_is_worse'");
    const scores = validateBands(issues, ind.bands, `${path}.bands`, ind.direction === 'lower_is_worse', maxScore);
    validateAnchors(issues, ind.anchors, `${path}.anchors`, scores);
    if (requireObject(issues, ind.driver, `${path}.driver`)) checkText(issues, ind.driver, `${path}.driver`);
    if (
      ind.driverWhenInfinite !== undefined &&
      requireObject(issues, ind.driverWhenInfinite, `${path}.driverWhenInfinite`)
    ) {
      checkText(issues, ind.driverWhenInfinite, `${path}.driverWhenInfinite`);
    }
    if (typeof ind.code === 'string') allowed.set(ind.code, scores);
  });
  for (const d of dimensions) if (!used.has(d)) issues.add('indicators', `dimension '${d}' has no indicator`);
  return allowed;
}

function validateBands(
  issues: Issues,
  bands: unknown,
  path: string,
  lowerIsWorse: boolean,
  maxScore: number,
): Set<number> {
  const scores = new Set<number>();
  if (!requireArray(issues, bands, path)) return scores;
  let previous: Interval | null = null;
  let previousScore: number | null = null;
  bands.forEach((band, j) => {
    const at = `${path}[${j}]`;
    if (!requireObject(issues, band, at)) return;
    if (!isInteger(band.score) || band.score < 0 || band.score > maxScore) {
      issues.add(`${at}.score`, `must be an integer from 0 to ${maxScore}`);
    } else {
      scores.add(band.score);
      if (previousScore !== null && (lowerIsWorse ? band.score > previousScore : band.score < previousScore)) {
        issues.add(
          `${at}.score`,
          `scores must ${lowerIsWorse ? 'fall' : 'rise'} as the value rises ` +
            `(direction ${lowerIsWorse ? 'lower_is_worse' : 'higher_is_worse'})`,
        );
      }
      previousScore = band.score;
    }
    const interval = parseInterval(band.range);
    if (typeof interval === 'string') {
      issues.add(`${at}.range`, interval);
      previous = null;
      return;
    }
    const problem = joinProblem(j === 0 ? null : previous, interval, j === bands.length - 1);
    if (problem !== null && (j === 0 || previous !== null)) issues.add(`${at}.range`, problem);
    previous = interval;
  });
  return scores;
}

function validateAnchors(issues: Issues, anchors: unknown, path: string, scores: Set<number>): void {
  if (!requireObject(issues, anchors, path)) return;
  for (const score of scores) {
    const anchor = anchors[String(score)];
    if (!isObject(anchor)) issues.add(`${path}.${score}`, `score ${score} can be reached but has no anchor text`);
    else checkText(issues, anchor, `${path}.${score}`);
  }
  for (const key of Object.keys(anchors)) {
    if (!key.startsWith('$') && !scores.has(Number(key)))
      issues.add(`${path}.${key}`, `anchor for score ${key}, which no band gives`);
  }
}
