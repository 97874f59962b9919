import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../common/dates';

const fail = (value: unknown): never => {
  throw new GraphQLError(`LocalDate must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
};

/** A calendar date without time or zone, as policy documents speak of dates. */
export const LocalDate = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date, YYYY-MM-DD (Shanghai local date; no time, no zone).',
  serialize: (value) => (typeof value === 'string' ? value : fail(value)),
  parseValue: (value) => (typeof value === 'string' && isIsoDate(value) ? value : fail(value)),
  parseLiteral: (ast) =>
    ast.kind === Kind.STRING && isIsoDate(ast.value)
      ? ast.value
      : fail(ast.kind === Kind.STRING ? ast.value : ast.kind),
});
