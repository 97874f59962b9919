// Database refusals a caller can provoke, translated once for every resolver: a unique index lost
// to a concurrent writer (two addNeed with one code), a deadlock or serialization failure, a value
// the column refuses, a statement over statement_timeout. Each becomes the result union's
// ConflictError or InputValidationError when the union has one, else a GraphQL error with a known
// code, never INTERNAL_SERVER_ERROR. The transaction has already rolled back: nothing was written.
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { QueryFailedError } from 'typeorm';
import { ConflictError, InputValidationError, resultUnionHas } from './errors';

// What a lost race on each unique index means, in the caller's terms.
const UNIQUE_MEANINGS: Record<string, string> = {
  IDX_member_id_number: 'an ID number is already registered (已登记) to another member',
  IDX_need_one_active: 'the household already has an open need with this code',
  IDX_resource_code: 'another resource took this code at the same moment',
  IDX_model_one_active: 'another scoring model was activated at the same moment',
  UQ_near_relative: 'this near relative is already filed for the adviser',
  IDX_plan_household_version: 'another plan for this household was made at the same moment',
  IDX_referral_plan_item: 'this plan item was already referred',
  IDX_assignment_current: 'the household was assigned at the same moment',
  IDX_warning_event_id: 'a warning with this event id was ingested at the same moment',
};

type Kind = 'CONFLICT' | 'INPUT' | 'TIMEOUT';

function classify(sqlState: string): Kind | null {
  if (['23505', '23P01', '40001', '40P01'].includes(sqlState)) return 'CONFLICT';
  // integrity (not-null, foreign key, check) and data exceptions (class 22: bad text, out of range)
  if (['23502', '23503', '23514'].includes(sqlState) || sqlState.startsWith('22')) return 'INPUT';
  if (sqlState === '57014') return 'TIMEOUT';
  return null;
}

export const DatabaseErrorMiddleware: MiddlewareFn = async ({ info }, next) => {
  try {
    return await next();
  } catch (error) {
    if (!(error instanceof QueryFailedError)) throw error;
    const driver = error.driverError as { code?: string; constraint?: string };
    const kind = classify(driver.code ?? '');
    if (!kind) throw error;
    if (kind === 'TIMEOUT')
      throw new GraphQLError('The request took too long and was cancelled; narrow it and retry', {
        extensions: { code: 'REQUEST_TIMEOUT' },
      });
    const meaning =
      UNIQUE_MEANINGS[driver.constraint ?? ''] ??
      (kind === 'CONFLICT' ? 'a concurrent change got there first' : 'a value was refused by the database');
    if (kind === 'CONFLICT' && resultUnionHas(info, 'ConflictError'))
      return new ConflictError(`${meaning}; nothing was written, reload and retry`);
    if (resultUnionHas(info, 'InputValidationError')) {
      const reason = kind === 'CONFLICT' ? 'CONFLICT' : 'REFUSED_BY_DATABASE';
      return new InputValidationError([{ field: 'input', reason, message: meaning }]);
    }
    throw new GraphQLError(`${meaning}; nothing was written`, {
      extensions: { code: kind === 'CONFLICT' ? 'CONFLICT' : 'BAD_USER_INPUT' },
    });
  }
};
