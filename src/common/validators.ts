// Validation decorators shared by input classes. Constraint names become reason codes
// (dateInFuture → DATE_IN_FUTURE) in src/graphql/errors.ts.
import { Max, Min, registerDecorator, ValidationOptions } from 'class-validator';
import { todayIso } from './dates';

/** Yuan: non-negative, at most two decimals; never rounded for the user. */
export function Money(): PropertyDecorator {
  return (target, key) => {
    Min(0, { message: '$property must not be negative' })(target, key);
    Max(1e11, { message: '$property is implausibly large' })(target, key);
    // Named isNumber so the reason stays NOT_A_NUMBER. class-validator's own maxDecimalPlaces
    // crashes on numbers it prints in exponent form (5e-324 → TypeError → INTERNAL_SERVER_ERROR).
    registerDecorator({
      name: 'isNumber',
      target: target.constructor,
      propertyName: key as string,
      options: { message: '$property must be a number with at most two decimals' },
      validator: { validate: (value: unknown) => typeof value === 'number' && hasAtMostTwoDecimals(value) },
    });
  };
}

/** 12.34 yes, 10.005 no; exponent form below 1 (1e-7, 5e-324) has more than two decimals by construction. */
export function hasAtMostTwoDecimals(value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const text = String(value);
  if (text.includes('e-')) return false;
  return (text.split('.')[1] ?? '').length <= 2;
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
