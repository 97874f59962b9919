// One handling for every string a caller sends, in any argument, input field or JSON value: a NUL
// character (PostgreSQL refuses it in text and jsonb: INTERNAL_SERVER_ERROR from 24 mutations,
// a PARTNER among the callers) or an unpaired UTF-16 surrogate (not text at all) is refused with
// the field's path, before any resolver runs, so nothing is written.
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { FieldProblem } from '../common/domain-error';
import { InputValidationError, resultUnionHas } from './errors';

/** Longest string any input field takes; longer ones are refused rather than stored. */
export const MAX_STRING_LENGTH = 20_000;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(value: string, field: string): FieldProblem | null {
  if (value.includes('\u0000')) return { field, reason: 'NUL_CHARACTER', message: 'must not contain a NUL character' };
  if (LONE_SURROGATE.test(value))
    return { field, reason: 'INVALID_UNICODE', message: 'must be valid Unicode (an unpaired surrogate was sent)' };
  if (value.length > MAX_STRING_LENGTH)
    return { field, reason: 'TOO_LONG', message: `must be at most ${MAX_STRING_LENGTH} characters` };
  return null;
}

/** Every string problem in the arguments, by dotted path (input.members.0.name); iterative, so depth cannot hurt it. */
export function stringProblems(args: Record<string, unknown>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const stack: Array<[unknown, string]> = Object.entries(args).map(([k, v]) => [v, k]);
  while (stack.length > 0 && problems.length < 50) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = stringProblem(value, path);
      if (problem) problems.push(problem);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const keyProblem = stringProblem(key, `${path}.${key}`);
        if (keyProblem) problems.push(keyProblem);
        stack.push([child, `${path}.${key}`]);
      }
    }
  }
  return problems.sort((a, b) => a.field.localeCompare(b.field));
}

export const InputHygieneMiddleware: MiddlewareFn = async ({ args, info }, next) => {
  const problems = Object.keys(args).length === 0 ? [] : stringProblems(args);
  if (problems.length === 0) return next();
  if (resultUnionHas(info, 'InputValidationError')) return new InputValidationError(problems);
  throw new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
    extensions: { code: 'BAD_USER_INPUT', fieldErrors: problems },
  });
};
