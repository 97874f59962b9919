// Lists as Relay-style cursor connections (issue 19): every list field takes first/after or last/before
// and returns edges { cursor node } with pageInfo, over keyset pagination (src/db/keyset.ts). The old
// offset page (page: { skip, take } → items, totalItems) still works for one release, deprecated.
import { ArgsType, ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { DomainError } from '../common/domain-error';
import { CountKind, MAX_PAGE_SIZE, PageRequest } from '../db/keyset';

export { CountKind };

const REMOVAL = 'Removed in the next release.';
export const PAGE_DESCRIPTION = 'Offset page (偏移分页); without page or cursors, the first 20.';
export const PAGE_DEPRECATION =
  `Offset pages are slow deep in a list and skip or repeat rows when it changes: use first/after (or ` +
  `last/before). ${REMOVAL}`;

@InputType({ description: 'Which page of a list to return (offset page, 偏移分页; deprecated: use first/after).' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip.' })
  @Min(0)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 20, description: 'How many items to return, 1–100.' })
  @Min(1)
  @Max(100)
  take: number = 20;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description:
      `How many items to return after \`after\` (from the start without it), 1–${MAX_PAGE_SIZE}; 20 when neither ` +
      `first nor last is given.`,
  })
  first?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (游标): an edges.cursor or pageInfo.endCursor of this list.',
  })
  after?: string;

  @Field(() => Int, {
    nullable: true,
    description: `How many items to return before \`before\` (from the end without it), 1–${MAX_PAGE_SIZE}.`,
  })
  last?: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items before this cursor (游标): an edges.cursor or pageInfo.startCursor of this list.',
  })
  before?: string;
}

const refuse = (field: string, reason: string, message: string) =>
  new DomainError('BAD_USER_INPUT', `${field}: ${message}`, [{ field, reason, message }]);

const COUNT_FIELDS: ReadonlySet<string> = new Set(['totalCount', 'totalCountKind', 'totalItems', 'totalItemsKind']);

/**
 * Whether a list field's selection asks for its count, through fragments too. A field under @skip or
 * @include counts as asked for: counting once too often is only slower, never wrong.
 */
export function selectsCount(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return COUNT_FIELDS.has(s.name.value);
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((node) => visit(node.selectionSet));
}

/**
 * The request a list field's arguments make: the deprecated page, or a cursor window, never both;
 * with the field's `info`, counted only when the count is selected.
 */
export function pageRequest(
  page: PageInput | undefined | null,
  args: ConnectionArgs = {},
  info?: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>,
): PageRequest {
  const count = info ? selectsCount(info) : true;
  const { first, after, last, before } = {
    first: args.first ?? undefined,
    after: args.after ?? undefined,
    last: args.last ?? undefined,
    before: args.before ?? undefined,
  };
  const cursorGiven = [first, after, last, before].some((v) => v !== undefined);
  if (page) {
    if (cursorGiven) throw refuse('page', 'CONFLICT', 'give page or first/after/last/before, not both');
    return { skip: page.skip, take: page.take, count };
  }
  if ((first !== undefined || after !== undefined) && (last !== undefined || before !== undefined))
    throw refuse(
      last !== undefined ? 'last' : 'before',
      'CONFLICT',
      'page forward with first/after or backward with last/before, not both',
    );
  for (const [name, value] of [
    ['first', first],
    ['last', last],
  ] as const)
    if (value !== undefined && (value < 1 || value > MAX_PAGE_SIZE))
      throw refuse(name, 'OUT_OF_RANGE', `must be between 1 and ${MAX_PAGE_SIZE}`);
  return { first, after, last, before, count };
}

@ObjectType({ description: 'Where a page of a connection (游标分页) lies in its list.' })
export class PageInfo {
  @Field({ description: 'Whether there are items after this page (ask with after: endCursor).' })
  hasNextPage: boolean;

  @Field({ description: 'Whether there are items before this page (ask with last and before: startCursor).' })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the first item on this page; null when empty.' })
  startCursor: string | null;

  @Field(() => String, { nullable: true, description: 'The cursor of the last item on this page; null when empty.' })
  endCursor: string | null;
}

registerEnumType(CountKind, {
  name: 'CountKind',
  description: 'How exact a totalCount is: counting every match of a city-wide list would read the whole city.',
  valuesConfig: {
    EXACT: { description: 'totalCount is the number of matches.' },
    AT_LEAST: { description: 'There are at least totalCount matches (the count stopped there); page on to see more.' },
  },
});

/**
 * A list's page type: a connection (edges, pageInfo, totalCount, totalCountKind) that still carries
 * the deprecated offset fields (items, totalItems). Built once here for every list.
 */
export function ListOf<T extends object>(itemType: ClassType<T>, description: string) {
  @ObjectType(`${itemType.name}Edge`, { description: `One item of a list with its cursor (游标).` })
  class Edge {
    @Field({ description: 'Opaque position of this item in its list: pass it as after or before.' })
    cursor: string;

    @Field(() => itemType, { description: 'The item.' })
    node: T;
  }

  @ObjectType()
  abstract class List {
    @Field(() => [Edge], { description: `${description} Each with its cursor.` })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Cursors of this page and whether there are pages on either side.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter in all pages (see totalCountKind).' })
    totalCount: number;

    @Field(() => CountKind, { description: 'Whether totalCount is exact or a lower bound.' })
    totalCountKind: CountKind;

    @Field(() => [itemType], { description, deprecationReason: `Use edges { node }. ${REMOVAL}` })
    items: T[];

    @Field(() => Int, {
      description: 'How many items match the filter in all pages.',
      deprecationReason: `Use totalCount. ${REMOVAL}`,
    })
    totalItems: number;
  }
  return List;
}
