// Argument validation: class-validator's decorators, plus the checks that need the request, which a
// decorator cannot see. Today is the one such input: a date "not in the future" is judged against
// the request's clock (Context.today), so tests and batch runs that set the clock see the same
// rule as production. type-graphql calls this instead of its own class-validator pass (validateFn).
import { validate, type ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';
import { futureDateErrors } from '../common/validators';
import type { Context } from './context';

// What type-graphql's own pass used (buildSchema's `validate` settings).
const OPTIONS: ValidatorOptions = { skipMissingProperties: true, forbidUnknownValues: false };

// Typed for buildSchema's plain-object context; every request's context is a Context (context.ts).
export const validateArgument: ValidatorFn = async (value, _type, { context }) => {
  if (value === null || typeof value !== 'object') return;
  const inputs: object[] = Array.isArray(value) ? value.filter((v) => v !== null && typeof v === 'object') : [value];
  const errors = [];
  for (const input of inputs) {
    errors.push(...(await validate(input, OPTIONS)), ...futureDateErrors(input, (context as Context).today));
  }
  if (errors.length > 0) throw new ArgumentValidationError(errors);
};
