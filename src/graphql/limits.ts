// Limits enforced before execution. graphql-armor 3 (its Apollo integration, for @apollo/server 4
// and 5 on graphql 16) supplies depth, alias, directive and cost limits as validation rules: they
// run in graphql-js's one validation pass, before any resolver. Two limits come from Apollo itself
// because its own option is better than armor's: tokens through `parseOptions.maxTokens`, which
// stops graphql-js's parser at the limit (armor's Apollo plugin parses the document a second
// time to count), and suggestions through `hideSchemaDetailsFromClientErrors` (armor rewrites the
// message with a regular expression).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationRule } from 'graphql';
import type { SecurityConfig } from '../config';

/**
 * Field duplication (graphql-cop: 500 × __typename in one selection set) passes every armor limit
 * yet makes graphql-js compare and merge each copy. No client needs a field repeated literally in
 * one selection set more than a few times (fragments spread into it are not counted).
 */
export function maxFieldRepeats(n: number): ValidationRule {
  return (context) => ({
    SelectionSet(node) {
      const seen = new Map<string, number>();
      for (const selection of node.selections) {
        if (selection.kind !== 'Field') continue;
        const key = selection.alias?.value ?? selection.name.value;
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count === n + 1)
          context.reportError(
            new GraphQLError(`Field "${key}" is repeated more than ${n} times in one selection set.`, {
              nodes: [selection],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
      }
    },
  });
}

export function graphqlLimits(s: SecurityConfig) {
  const { validationRules } = new ApolloArmor({
    // Where introspection is allowed (development), its own deep query is not counted; elsewhere
    // it is refused anyway, and counted like any other query.
    maxDepth: { n: s.maxDepth, ignoreIntrospection: s.introspection },
    maxAliases: { n: s.maxAliases, allowList: [] }, // armor lets __typename aliases through by default
    maxDirectives: { n: s.maxDirectives },
    costLimit: { maxCost: s.maxCost, ignoreIntrospection: s.introspection },
    // Apollo's own options below replace these two.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules: [...validationRules, maxFieldRepeats(s.maxFieldRepeats)],
    parseOptions: { maxTokens: s.maxTokens },
    hideSchemaDetailsFromClientErrors: !s.suggestions,
    introspection: s.introspection,
    allowBatchedHttpRequests: false,
  };
}
