// Validation decorators shared by input classes. Constraint names become reason codes
// (dateInFuture → DATE_IN_FUTURE) in src/graphql/errors.ts.
import { Max, Min, registerDecorator, ValidationError } from 'class-validator';

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

// "Not in the future" needs today, which belongs to the request (its clock), not to the class: a
// class-validator constraint has no way to receive it. So the decorator only marks the property,
// and futureDateErrors() checks the marked properties of an input tree against a given today. The
// GraphQL layer runs it beside class-validator for every argument (src/graphql/validation.ts).
const NOT_IN_FUTURE = new Map<Function, string[]>();

/** A LocalDate property that must not be after the request's today (reason DATE_IN_FUTURE). */
export function NotInFuture(): PropertyDecorator {
  return (target, key) => {
    const marked = NOT_IN_FUTURE.get(target.constructor) ?? [];
    NOT_IN_FUTURE.set(target.constructor, [...marked, String(key)]);
  };
}

/** Marked properties of this class and the classes it extends. */
function markedProperties(cls: Function): string[] {
  const names: string[] = [];
  for (let c: Function | null = cls; c && c !== Object; c = Object.getPrototypeOf(c)) {
    names.push(...(NOT_IN_FUTURE.get(c) ?? []));
  }
  return names;
}

/**
 * Every NotInFuture property after `today` in `value` and the input objects nested in it, as
 * class-validator ValidationErrors (the same tree shape, so one flattening names the fields).
 */
export function futureDateErrors(value: object, today: string): ValidationError[] {
  const errors: ValidationError[] = [];
  const marked = new Set(markedProperties(value.constructor));
  for (const [property, child] of Object.entries(value)) {
    if (marked.has(property) && typeof child === 'string' && child > today) {
      errors.push(
        Object.assign(new ValidationError(), {
          target: value,
          property,
          value: child,
          constraints: { dateInFuture: `${property} must not be in the future` },
          children: [],
        }),
      );
    } else if (child !== null && typeof child === 'object' && !(child instanceof Date)) {
      const children = Array.isArray(child)
        ? child.flatMap((item, i) => nested(String(i), item, today))
        : futureDateErrors(child, today);
      if (children.length > 0)
        errors.push(Object.assign(new ValidationError(), { target: value, property, value: child, children }));
    }
  }
  return errors;
}

function nested(property: string, item: unknown, today: string): ValidationError[] {
  if (item === null || typeof item !== 'object') return [];
  const children = futureDateErrors(item, today);
  return children.length === 0 ? [] : [Object.assign(new ValidationError(), { property, value: item, children })];
}
