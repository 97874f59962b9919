// selectsCount decides whether a list runs its count statement (issue 19): true exactly when the list
// field's selection reaches totalCount, totalCountKind, totalItems or totalItemsKind, through inline
// and named fragments; anything else (edges, pageInfo, items, __typename) is not a count.
import 'reflect-metadata';
import { FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse } from 'graphql';
import { selectsCount } from '../../../src/graphql/pagination';

function infoOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  // the list field is the operation's only root field
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

describe('selectsCount', () => {
  it.each([
    ['{ households { edges { node { id } } pageInfo { hasNextPage } } }', false],
    ['{ households { items { id } __typename } }', false],
    ['{ households { totalCount } }', true],
    ['{ households { totalCountKind } }', true],
    ['{ households { totalItems } }', true],
    ['{ households { totalItemsKind } }', true],
    ['{ households { n: totalCount } }', true], // an alias is still the count
    ['{ households { ... on HouseholdList { totalCount } } }', true],
    ['{ households { ...F } } fragment F on HouseholdList { edges { cursor } }', false],
    ['{ households { ...F } } fragment F on HouseholdList { ...G } fragment G on HouseholdList { totalItems }', true],
    ['{ households { edges { node { id } } totalCount @skip(if: true) } }', true], // counted: slower, never wrong
  ])('%s → %s', (query, expected) => {
    expect(selectsCount(infoOf(query))).toBe(expected);
  });

  it('a count field deeper down (a nested list of another type) is not this list’s count', () => {
    expect(selectsCount(infoOf('{ households { edges { node { id plans { id } } } } }'))).toBe(false);
  });
});
