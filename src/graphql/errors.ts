// Errors are translated here and nowhere else.
// Convention (README "Errors"): a mutation's expected failures are members of its result union,
// each implementing ErrorResult (errorCode + message). Everything else is a GraphQL error whose
// extensions.code is one of UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, BAD_USER_INPUT,
// INTERNAL_SERVER_ERROR; outside development no stack trace leaves the server.
import { randomUUID } from 'node:crypto';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ValidationError } from 'class-validator';
import {
  getNamedType,
  GraphQLError,
  GraphQLFormattedError,
  GraphQLInputType,
  GraphQLResolveInfo,
  isUnionType,
} from 'graphql';
import {
  ArgumentValidationError,
  Field,
  InterfaceType,
  MiddlewareFn,
  ObjectType,
  registerEnumType,
} from 'type-graphql';
import { DomainError, FieldProblem } from '../common/domain-error';

export enum ErrorCode {
  INVALID_INPUT = 'INVALID_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  RULE_NOT_MET = 'RULE_NOT_MET',
  INSUFFICIENT_FUNDS = 'INSUFFICIENT_FUNDS',
}
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Codes of expected failures returned as ErrorResult union members.',
  valuesConfig: {
    INVALID_INPUT: { description: 'One or more input fields were rejected; see fieldErrors. Nothing was written.' },
    NOT_FOUND: { description: 'The target does not exist or is not visible to the caller. Nothing was written.' },
    CONFLICT: {
      description: 'The change conflicts with the current state (e.g. a stale version). Nothing was written.',
    },
    INVALID_TRANSITION: {
      description:
        'The status change is not allowed from the current status (no skipping, no reopening). Nothing was written.',
    },
    RULE_NOT_MET: {
      description:
        'The recorded facts do not meet a policy rule the change needs; the error says which rule and what is ' +
        'missing. Nothing was written.',
    },
    INSUFFICIENT_FUNDS: {
      description: "余额不足 the fund's available balance does not cover the payment. Nothing was written.",
    },
  },
});

@InterfaceType({ description: 'An expected failure of a mutation. Nothing was written.' })
export abstract class ErrorResult {
  @Field(() => ErrorCode, { description: 'Machine-readable code.' }) errorCode: ErrorCode;
  @Field({ description: 'Human-readable explanation, in English with the Chinese term where useful.' }) message: string;
}

@ObjectType({ description: 'One rejected input field.' })
export class FieldError implements FieldProblem {
  @Field({ description: 'Path of the field in the mutation arguments, e.g. input.members.0.idNumber.' }) field: string;
  @Field({
    description: 'Machine-readable reason, e.g. INVALID_CHECK_DIGIT, DATE_IN_FUTURE, BELOW_MINIMUM, UNKNOWN_STREET.',
  })
  reason: string;
  @Field({ description: 'Human-readable explanation.' }) message: string;
}

@ObjectType({
  implements: ErrorResult,
  description: 'The input was rejected; every problem is listed. Nothing was written.',
})
export class InputValidationError extends ErrorResult {
  @Field(() => [FieldError], { description: 'Each rejected field with its reason.' }) fieldErrors: FieldError[];

  constructor(fieldErrors: FieldProblem[] = []) {
    super();
    this.errorCode = ErrorCode.INVALID_INPUT;
    this.fieldErrors = fieldErrors.map((p) => Object.assign(new FieldError(), p));
    this.message = fieldErrors.map((p) => `${p.field}: ${p.message}`).join('; ') || 'Invalid input';
  }
}

@ObjectType({ implements: ErrorResult, description: 'The target does not exist or is not visible to the caller.' })
export class NotFoundError extends ErrorResult {
  @Field({ description: 'The kind of thing that was looked for, e.g. Household.' }) entity: string;
  @Field({ description: 'The identifier that was looked for.' }) id: string;

  constructor(entity = '', id = '') {
    super();
    this.errorCode = ErrorCode.NOT_FOUND;
    this.entity = entity;
    this.id = id;
    this.message = `${entity} ${id} not found`;
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'The change conflicts with the current state, e.g. the record changed since it was read.',
})
export class ConflictError extends ErrorResult {
  constructor(message = '') {
    super();
    this.errorCode = ErrorCode.CONFLICT;
    this.message = message;
  }
}

@ObjectType({
  implements: ErrorResult,
  description: 'A status change that the lifecycle does not allow from the current status.',
})
export class InvalidTransitionError extends ErrorResult {
  @Field({ description: 'Current status.' }) from: string;
  @Field({ description: 'Requested status.' }) to: string;

  constructor(from = '', to = '', why = '') {
    super();
    this.errorCode = ErrorCode.INVALID_TRANSITION;
    this.from = from;
    this.to = to;
    this.message = `Cannot go from ${from} to ${to}${why ? `: ${why}` : ''}`;
  }
}

// class-validator constraint names → our reason codes.
const REASONS: Record<string, string> = {
  min: 'BELOW_MINIMUM',
  max: 'ABOVE_MAXIMUM',
  isPositive: 'NOT_POSITIVE',
  maxLength: 'TOO_LONG',
  minLength: 'TOO_SHORT',
  isNotEmpty: 'EMPTY',
  isNumber: 'NOT_A_NUMBER',
  isInt: 'NOT_AN_INTEGER',
  arrayMaxSize: 'TOO_MANY',
  arrayMinSize: 'TOO_FEW',
  matches: 'INVALID_FORMAT',
  isUUID: 'INVALID_ID',
};

export function flattenValidationErrors(errors: ValidationError[], prefix: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = `${prefix}.${error.property}`;
    const own = Object.entries(error.constraints ?? {}).map(([name, message]) => ({
      field,
      reason: REASONS[name] ?? name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase(),
      message,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

function argumentProblems(
  error: ArgumentValidationError,
  args: readonly { name: string; type: GraphQLInputType }[],
): FieldProblem[] {
  // type-graphql validates each argument on its own; the error's target is that argument's class
  // instance, whose class name is the argument's GraphQL input type name.
  return error.extensions.validationErrors.flatMap((e) => {
    const typeName = e.target?.constructor?.name;
    const arg = args.find((a) => getNamedType(a.type).name === typeName) ?? (args.length === 1 ? args[0] : undefined);
    return flattenValidationErrors([e], arg?.name ?? 'args');
  });
}

/** Whether the field's result union has the member named `typeName` (so a failure can be returned, not thrown). */
export function resultUnionHas(info: GraphQLResolveInfo, typeName: string): boolean {
  const union = info.schema.getType(getNamedType(info.returnType).name);
  return isUnionType(union) && union.getTypes().some((t) => t.name === typeName);
}

/** Turns argument validation failures into InputValidationError where the result union allows it. */
export const ValidationResultMiddleware: MiddlewareFn = async ({ info }, next) => {
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof ArgumentValidationError)) throw error;
    const problems = argumentProblems(error, info.parentType.getFields()[info.fieldName].args);
    if (resultUnionHas(info, 'InputValidationError')) return new InputValidationError(problems);
    throw new GraphQLError(problems.map((p) => `${p.field}: ${p.message}`).join('; '), {
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: problems },
    });
  }
};

const EXPOSED_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'CONFLICT',
  'REQUEST_TIMEOUT',
]);

/**
 * Apollo formatError: known codes pass through; anything else becomes INTERNAL_SERVER_ERROR with
 * an errorId, the same id onUnexpected logs it under (the log keeps no message or parameters:
 * src/http/logger.ts), so support can find the line without the client seeing any detail.
 */
export function formatError(includeDetails: boolean, onUnexpected: (error: unknown, errorId: string) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: original.code, ...(original.fieldErrors && { fieldErrors: original.fieldErrors }) },
      };
    }
    const code = formatted.extensions?.code;
    if (original instanceof ArgumentValidationError) {
      const fieldErrors = flattenValidationErrors(original.extensions.validationErrors, 'args');
      return { ...formatted, extensions: { code: 'BAD_USER_INPUT', fieldErrors } };
    }
    // graphql-js's own refusals of a request (e.g. "Too many errors processing variables") come with
    // no code (Apollo then says INTERNAL_SERVER_ERROR) and no path: they are about the request, not
    // a resolver's failure, so they are the caller's.
    const fromRequest = original instanceof GraphQLError && !original.originalError && !formatted.path;
    if (fromRequest && (code === undefined || code === 'INTERNAL_SERVER_ERROR'))
      return { message: formatted.message, locations: formatted.locations, extensions: { code: 'BAD_USER_INPUT' } };
    if (typeof code === 'string' && EXPOSED_CODES.has(code)) {
      if (includeDetails) return formatted;
      const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const errorId = randomUUID();
    onUnexpected(original, errorId);
    return {
      message: includeDetails && original instanceof Error ? original.message : 'Internal server error',
      path: formatted.path,
      locations: formatted.locations,
      extensions: includeDetails
        ? { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR', errorId }
        : { code: 'INTERNAL_SERVER_ERROR', errorId },
    };
  };
}
