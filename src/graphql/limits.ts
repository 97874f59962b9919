// Limits enforced before execution. graphql-armor 3 (its Apollo integration, for @apollo/server 4
// and 5 on graphql 16) supplies depth, alias, directive and cost limits as validation rules: they
// run in graphql-js's one validation pass, before any resolver. Two limits come from Apollo itself
// because its own option is better than armor's: tokens through `parseOptions.maxTokens`, which
// stops graphql-js's parser at the limit (armor's Apollo plugin parses the document a second
// time to count), and suggestions through `hideSchemaDetailsFromClientErrors` (armor rewrites the
// message with a regular expression).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { SecurityConfig } from '../config';

export function graphqlLimits(s: SecurityConfig) {
  const { validationRules } = new ApolloArmor({
    maxDepth: { n: s.maxDepth, ignoreIntrospection: false },
    maxAliases: { n: s.maxAliases },
    maxDirectives: { n: s.maxDirectives },
    costLimit: { maxCost: s.maxCost, ignoreIntrospection: false },
    // Apollo's own options below replace these two.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  return {
    validationRules,
    parseOptions: { maxTokens: s.maxTokens },
    hideSchemaDetailsFromClientErrors: !s.suggestions,
    introspection: s.introspection,
    allowBatchedHttpRequests: false,
  };
}
