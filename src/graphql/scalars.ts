import { GraphQLError, GraphQLScalarType, Kind, ValueNode } from 'graphql';
import { isIsoDate } from '../common/dates';

const refuse = (message: string): never => {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
};

// A date outside these years is a typing error, not a fact about a household (a filing dated
// 1800-01-01 was accepted); the oldest resident alive was born after 1900.
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2100-12-31';

const fail = (value: unknown): never =>
  refuse(`LocalDate must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value).slice(0, 40)}`);

const parseDate = (value: unknown): string => {
  if (typeof value !== 'string' || !isIsoDate(value)) return fail(value);
  if (value < EARLIEST_DATE || value > LATEST_DATE)
    return refuse(`LocalDate must lie between ${EARLIEST_DATE} and ${LATEST_DATE}, got ${value}`);
  return value;
};

/** A calendar date without time or zone, as policy documents speak of dates. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description:
    'A calendar date, YYYY-MM-DD (Shanghai local date; no time, no zone), ' +
    `from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  serialize: (value) => (typeof value === 'string' ? value : fail(value)),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : ast.kind),
});

// Bounds on every JSON input: nesting 20,000 deep crashed the service (stack depth in the parser,
// the validator and PostgreSQL's jsonb). Walked without recursion, so the check itself cannot.
export const JSON_MAX_DEPTH = 32;
export const JSON_MAX_VALUES = 20_000;

function checkJson(value: unknown): unknown {
  const stack: Array<[unknown, number]> = [[value, 1]];
  let count = 0;
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (++count > JSON_MAX_VALUES) refuse(`JSON input has more than ${JSON_MAX_VALUES} values`);
    if (depth > JSON_MAX_DEPTH) refuse(`JSON input is nested deeper than ${JSON_MAX_DEPTH} levels`);
    if (typeof current === 'number' && !Number.isFinite(current)) refuse('JSON numbers must be finite');
    if (current !== null && typeof current === 'object')
      for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return value;
}

function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined, depth: number): unknown {
  if (depth > JSON_MAX_DEPTH) refuse(`JSON input is nested deeper than ${JSON_MAX_DEPTH} levels`);
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literal(v, variables, depth + 1));
    case Kind.OBJECT:
      return Object.fromEntries(ast.fields.map((f) => [f.name.value, literal(f.value, variables, depth + 1)]));
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      return refuse(`JSON cannot hold ${ast.kind}`);
  }
}

/** Any JSON value, bounded in depth and size. The one JSON scalar of the schema (never graphql-scalars'). */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description:
    'Any JSON value (ECMA-404). ' + `Inputs: at most ${JSON_MAX_DEPTH} levels deep and ${JSON_MAX_VALUES} values.`,
  specifiedByURL: 'http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf',
  serialize: (value) => value,
  parseValue: checkJson,
  parseLiteral: (ast, variables) => checkJson(literal(ast, variables, 1)),
});
