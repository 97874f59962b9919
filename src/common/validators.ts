// Validation decorators shared by input classes. Constraint names become reason codes
// (dateInFuture → DATE_IN_FUTURE) in src/graphql/errors.ts.
import { IsNumber, Max, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { todayIso } from './dates';

/** Yuan: non-negative, at most two decimals; never rounded for the user. */
export function Money(): PropertyDecorator {
  return (target, key) => {
    Min(0, { message: '$property must not be negative' })(target, key);
    Max(1e11, { message: '$property is implausibly large' })(target, key);
    IsNumber(
      { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
      { message: '$property must have at most two decimals' },
    )(target, key);
  };
}

export function NotInFuture(options?: ValidationOptions): PropertyDecorator {
  return (target, key) =>
    registerDecorator({
      name: 'dateInFuture',
      target: target.constructor,
      propertyName: key as string,
      options: { message: '$property must not be in the future', ...options },
      validator: { validate: (value: unknown) => typeof value !== 'string' || value <= todayIso() },
    });
}
