// Domain exceptions for unexpected-but-classified failures. Expected failures (bad input, not
// found) are returned as ErrorResult union members instead; see src/graphql/errors.ts.
export type DomainErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'BAD_USER_INPUT';

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    /** For BAD_USER_INPUT: which argument or field, and why (sent as extensions.fieldErrors). */
    readonly fieldErrors?: FieldProblem[],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** One problem with one input field; `field` is a dotted path such as `members.0.idNumber`. */
export interface FieldProblem {
  field: string;
  reason: string;
  message: string;
}
