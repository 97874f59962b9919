// Keyset pagination over a unique sort, shared by every list (issue 19). A page reads `first + 1`
// rows after (or `last + 1` rows before) a cursor straight from the list's index, whatever the depth;
// the extra row says whether there is another page. Cursors are opaque: base64url of the list's name
// and the row's sort key, read back as text from the database so that no precision is lost
// (timestamptz keeps microseconds, a JavaScript Date only milliseconds).
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DomainError } from '../common/domain-error';
import { isUuid } from '../common/text';

/** How a sort column's value is written in a cursor and cast back in SQL. */
export type KeyType = 'timestamptz' | 'date' | 'text' | 'int' | 'uuid';
export interface SortKey {
  /** The column as the query builder knows it, e.g. `h.created_at`. */
  column: string;
  direction: 'ASC' | 'DESC';
  type: KeyType;
}
/** A list's order: its name (a cursor of another list is refused) and a unique key, id last. */
export interface ListOrder {
  list: string;
  keys: SortKey[];
}

/** The deprecated offset page (skip/take). */
export interface OffsetRequest {
  skip: number;
  take: number;
}
/** A cursor window: first/after reads forward, last/before backward. */
export interface CursorRequest {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
}
/**
 * Whether the client selected the count (totalCount, totalItems or their kinds): without it a page
 * is one statement. Absent: counted. A count asked for after all (a selection the check missed) still
 * answers, one statement later.
 */
export interface CountRequest {
  count?: boolean;
}
export type PageRequest = (OffsetRequest | CursorRequest) & CountRequest;

/** Whether a list's count is the exact number of matches or a lower bound (issue 19). */
export const CountKind = { EXACT: 'EXACT', AT_LEAST: 'AT_LEAST' } as const;
export type CountKind = keyof typeof CountKind;
export interface PageInfoData {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
export interface Page<T> {
  items: T[];
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoData;
  totalCount: number | Promise<number>;
  totalCountKind: CountKind | Promise<CountKind>;
  /** Deprecated names of totalCount and totalCountKind. */
  totalItems: number | Promise<number>;
  totalItemsKind: CountKind | Promise<CountKind>;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

const badCursor = (argument: string) =>
  new DomainError('BAD_USER_INPUT', `${argument}: not a cursor of this list (take it from edges.cursor or pageInfo)`, [
    { field: argument, reason: 'INVALID_CURSOR', message: 'not a cursor of this list' },
  ]);

const VALUE_SHAPES: Record<KeyType, (v: unknown) => boolean> = {
  timestamptz: (v) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}(:?\d{2}){0,2})$/.test(v),
  date: (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  text: (v) => typeof v === 'string' && v.length <= 500,
  int: (v) => typeof v === 'string' && /^-?\d{1,10}$/.test(v),
  uuid: (v) => typeof v === 'string' && isUuid(v),
};

export function encodeCursor(order: ListOrder, values: string[]): string {
  return Buffer.from(JSON.stringify([order.list, ...values]), 'utf8').toString('base64url');
}

/** The sort key in a cursor, checked against the list's order; BAD_USER_INPUT naming `argument` otherwise. */
export function decodeCursor(order: ListOrder, cursor: string, argument: string): string[] {
  let decoded: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) throw badCursor(argument);
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor(argument);
  }
  if (!Array.isArray(decoded) || decoded.length !== order.keys.length + 1 || decoded[0] !== order.list)
    throw badCursor(argument);
  const values = decoded.slice(1);
  if (!order.keys.every((key, i) => VALUE_SHAPES[key.type](values[i]))) throw badCursor(argument);
  return values as string[];
}

const flip = (d: 'ASC' | 'DESC') => (d === 'ASC' ? 'DESC' : 'ASC');

/**
 * Rows strictly after the key in the list's order (or before it, `backward`). One direction throughout
 * is a row comparison, which the b-tree serves as an index condition; mixed directions expand to
 * (a ≷ x) OR (a = x AND b ≷ y) …
 */
function keysetCondition(order: ListOrder, values: string[], backward: boolean): [string, Record<string, string>] {
  const parameters: Record<string, string> = {};
  const value = (i: number) => {
    parameters[`keyset_${i}`] = values[i];
    return `CAST(:keyset_${i} AS ${order.keys[i].type === 'int' ? 'integer' : order.keys[i].type})`;
  };
  const op = (key: SortKey) => ((key.direction === 'DESC') !== backward ? '<' : '>');
  const uniform = order.keys.every((k) => k.direction === order.keys[0].direction);
  if (uniform) {
    const columns = order.keys.map((k) => k.column).join(', ');
    const keyValues = order.keys.map((_, i) => value(i)).join(', ');
    return [`((${columns}) ${op(order.keys[0])} (${keyValues}))`, parameters];
  }
  const branches = order.keys.map((key, i) => {
    const equal = order.keys.slice(0, i).map((k, j) => `${k.column} = ${value(j)}`);
    return `(${[...equal, `${key.column} ${op(key)} ${value(i)}`].join(' AND ')})`;
  });
  return [`(${branches.join(' OR ')})`, parameters];
}

function ordered<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, order: ListOrder, reversed: boolean) {
  order.keys.forEach((key, i) => {
    const direction = reversed ? flip(key.direction) : key.direction;
    if (i === 0) qb.orderBy(key.column, direction);
    else qb.addOrderBy(key.column, direction);
  });
  return qb;
}

export interface CountOptions {
  /** Count at most cap + 1 matches (then AT_LEAST): for lists not limited to a street or an organisation. */
  cap?: number;
}

/**
 * One page of `qb` (its filters and scope already applied, no ORDER BY): the page and, when the client
 * selected it, its count (run beside the page), whatever the request. Offset requests keep working
 * (deprecated) and get cursors too; like a cursor window they read one row more to know of a next page.
 */
export async function readPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: ListOrder,
  request: PageRequest,
  count: CountOptions = {},
): Promise<Page<T>> {
  const pageQb = qb.clone();
  order.keys.forEach((key, i) => pageQb.addSelect(`CAST(${key.column} AS text)`, `keyset_cursor_${i}`));
  let backward = false;
  let limit: number;
  if ('skip' in request) {
    ordered(pageQb, order, false)
      .offset(request.skip)
      .limit(request.take + 1);
    limit = request.take;
  } else {
    backward = request.last !== undefined || request.before !== undefined;
    limit = (backward ? request.last : request.first) ?? DEFAULT_PAGE_SIZE;
    const cursor = backward ? request.before : request.after;
    if (cursor !== undefined) {
      const argument = backward ? 'before' : 'after';
      pageQb.andWhere(...keysetCondition(order, decodeCursor(order, cursor, argument), backward));
    }
    ordered(pageQb, order, backward).limit(limit + 1);
  }
  const [{ raw, entities }, counted] = await Promise.all([
    pageQb.getRawAndEntities(),
    request.count === false ? null : countOf(qb, order, count),
  ]);
  if (raw.length !== entities.length) throw new Error(`readPage(${order.list}): one row per item expected`);
  const rows = entities.map((node, i) => ({
    node,
    cursor: encodeCursor(
      order,
      order.keys.map((_, k) => String(raw[i][`keyset_cursor_${k}`])),
    ),
  }));
  let hasNextPage: boolean;
  let hasPreviousPage: boolean;
  const more = rows.length > limit;
  if (more) rows.length = limit;
  if ('skip' in request) {
    hasPreviousPage = request.skip > 0;
    hasNextPage = more;
  } else {
    if (backward) rows.reverse();
    // The cursor's own row lies on the other side, so there is a page there (unless it was deleted since).
    hasNextPage = backward ? request.before !== undefined : more;
    hasPreviousPage = backward ? more : request.after !== undefined;
  }
  const page = {
    items: rows.map((r) => r.node),
    edges: rows,
    pageInfo: {
      hasNextPage,
      hasPreviousPage,
      startCursor: rows[0]?.cursor ?? null,
      endCursor: rows[rows.length - 1]?.cursor ?? null,
    },
  };
  if (counted) {
    const [n, kind] = counted;
    return { ...page, totalCount: n, totalCountKind: kind, totalItems: n, totalItemsKind: kind };
  }
  // Not selected: counted only if read after all (once, however many of the four fields are read).
  let later: Promise<[number, CountKind]> | null = null;
  const counting = () => (later ??= countOf(qb, order, count));
  return {
    ...page,
    get totalCount() {
      return counting().then(([n]) => n);
    },
    get totalCountKind() {
      return counting().then(([, kind]) => kind);
    },
    get totalItems() {
      return counting().then(([n]) => n);
    },
    get totalItemsKind() {
      return counting().then(([, kind]) => kind);
    },
  };
}

/** The count of the filtered list: exact, or stopped at cap + 1 by walking the list's own index. */
async function countOf<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  order: ListOrder,
  { cap }: CountOptions,
): Promise<[number, CountKind]> {
  if (cap === undefined) return [await qb.getCount(), 'EXACT'];
  const [sql, parameters] = ordered(qb.clone().select('1'), order, false)
    .limit(cap + 1)
    .getQueryAndParameters();
  const [row] = await qb.connection.query(`SELECT count(*)::int AS n FROM (${sql}) AS capped`, parameters);
  return [row.n, row.n > cap ? 'AT_LEAST' : 'EXACT'];
}
