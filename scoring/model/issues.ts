// Small helpers that validation code uses to inspect untyped JSON and collect problems by path.
import type { ModelIssue } from '../errors';

export class Issues {
  readonly list: ModelIssue[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

export type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function isNonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim().length > 0;
}

export function isInteger(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

/** Checks `v` is an object; reports and returns false otherwise. */
export function requireObject(issues: Issues, v: unknown, path: string): v is Json {
  if (isObject(v)) return true;
  issues.add(path, 'must be an object');
  return false;
}

/** Checks `v` is an array; reports and returns false otherwise. */
export function requireArray(issues: Issues, v: unknown, path: string, nonEmpty = true): v is unknown[] {
  if (Array.isArray(v) && (!nonEmpty || v.length > 0)) return true;
  issues.add(path, nonEmpty ? 'must be a non-empty array' : 'must be an array');
  return false;
}

/** Checks the zh and en texts of an object. */
export function checkText(issues: Issues, v: Json, path: string): void {
  if (!isNonEmptyString(v.zh)) issues.add(`${path}.zh`, 'Chinese text is required');
  if (!isNonEmptyString(v.en)) issues.add(`${path}.en`, 'English text is required');
}

/** Checks codes are strings and unique; returns the set of valid ones. */
export function checkUniqueCodes(issues: Issues, items: unknown[], path: string, key: 'code' | 'id'): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const code = isObject(item) ? item[key] : undefined;
    if (!isNonEmptyString(code)) issues.add(`${path}[${i}].${key}`, `a ${key} is required`);
    else if (seen.has(code)) issues.add(`${path}[${i}].${key}`, `duplicate ${key} '${code}'`);
    else seen.add(code);
  });
  return seen;
}

/** A Saaty judgement: a positive number or a fraction string "1/3"; NaN when neither. */
export function parseJudgement(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(?:\/\s*(\d+(?:\.\d+)?)\s*)?$/.exec(v);
  if (m === null) return NaN;
  return m[2] === undefined ? Number(m[1]) : Number(m[1]) / Number(m[2]);
}
