// Issue 13, failure 7: 80 of 1,452 fuzz cases ended in INTERNAL_SERVER_ERROR (NUL in any text
// field, lone surrogates, benefit: null, amountDelivered: 5e-324, JSON nested 20,000 deep …).
// Generated from the schema: every mutation, every leaf of its input types (optional ones too),
// each bent in the ways that broke it — wrong types, NUL, unpaired surrogates, huge and deep
// values, out-of-range numbers and dates, null. No case may answer 500 or INTERNAL_SERVER_ERROR,
// and a rejected case may change no row (a checksum of every table before and after).
import {
  getNamedType,
  GraphQLInputType,
  GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
} from 'graphql';
import { tokenFor, useTestApi } from '../support/test-api';
import { DEEP_JSON, gql } from './support/graphql';
import { tableChecksum } from './support/checksum';
import { rootFields, selectionFor } from './support/schema';
import { makeWorld, operation, sample, sampleArgs, subjectOf, World } from './support/values';

interface Leaf {
  path: string[];
  /** The input type at each step of the path, to build the objects around the leaf. */
  parents: GraphQLInputType[];
  type: GraphQLNamedType;
  nullable: boolean;
  list: boolean;
}

/** Every leaf (and every list and input object) under an argument's type, optional ones too, 3 levels deep. */
function leavesOf(type: GraphQLInputType, path: string[], parents: GraphQLInputType[], out: Leaf[]) {
  const nullable = !isNonNullType(type);
  const inner = isNonNullType(type) ? type.ofType : type;
  const list = isListType(inner);
  const named = getNamedType(inner);
  out.push({ path, parents, type: named, nullable, list });
  if (isInputObjectType(named) && path.length <= 3)
    for (const field of Object.values(named.getFields()))
      leavesOf(field.type, [...path, field.name], [...parents, field.type], out);
}

const deep = (levels: number) => {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

// The ways each kind of leaf was broken.
function variants(leaf: Leaf): unknown[] {
  const out: unknown[] = leaf.nullable ? [null] : [];
  if (leaf.list) return [...out, 'not a list', Array.from({ length: 2000 }, () => null)];
  if (isInputObjectType(leaf.type)) return [...out, 'not an object', { unknownField: 1 }];
  if (isEnumType(leaf.type)) return [...out, 'NOT_A_VALUE', 3];
  switch (leaf.type.name) {
    case 'String':
    case 'ID':
      return [...out, 'a\u0000b', 'a\uD800b', '\uDC00', 'x'.repeat(100_000), 12345, ''];
    case 'Int':
      return [...out, 'abc', 2 ** 31, -1, 1.5];
    case 'Float':
      return [...out, 5e-324, 'abc', 1e308, -0.001, 1e21];
    case 'Boolean':
      return [...out, 'yes'];
    case 'LocalDate':
      return [...out, '1800-01-01', '2026-02-30', 20260101, '9999-12-31'];
    case 'DateTimeISO':
      return [...out, 'not a date', '1800-01-01T00:00:00Z'];
    case 'JSON':
      return [...out, DEEP_JSON, deep(40), { 'k\u0000': 'v' }, ['a\uD800'], Array.from({ length: 30_000 }, () => 1)];
    default:
      return [...out, 'a\u0000b', 12345];
  }
}

/**
 * The minimal valid arguments with one leaf set to `value`: the objects and lists around it are
 * made with their required fields only, so the one bad value is what the service meets.
 */
function withValue(base: Record<string, unknown>, leaf: Leaf, value: unknown, world: World, context: string) {
  const args = structuredClone(base);
  let target: Record<string, unknown> = args;
  leaf.path.forEach((key, i) => {
    if (i === leaf.path.length - 1) {
      target[key] = value;
      return;
    }
    const type = leaf.parents[i];
    if (target[key] === undefined || target[key] === null) target[key] = sample(type, key, context, world);
    const next = target[key];
    target = (Array.isArray(next) ? next[0] : next) as Record<string, unknown>;
  });
  return args;
}

// Where the minimal arguments are refused before the service does any work, a known-good start
// lets the one bad value travel further. Mutations not listed start from their required fields.
const KNOWN_GOOD: Record<string, (world: World) => Record<string, unknown>> = {
  createResource: (world) => ({
    input: {
      providerId: world.providerId,
      nameZh: '模糊测试资源',
      nameEn: 'Fuzz resource',
      form: 'SERVICE',
      needCodes: ['N08'],
      benefit: { sessions: 4, unit: 'PER_PERSON_YEAR' },
      eligibility: { fact: 'household.incomeRatio', op: 'lt', value: 2 },
      capacityKind: 'QUOTA',
      quota: 10,
      period: 'YEAR',
      geoScope: { level: 'DISTRICT', codes: ['310105'] },
    },
  }),
};

// Destructive mutations last, so the others still find the world's objects in place.
const LAST = /^(archive|remove|retire|withdraw|decline|unassign|complete|suspend|return)/;
const mutations = rootFields('mutation').sort((a, b) => Number(LAST.test(a.name)) - Number(LAST.test(b.name)));

describe('fuzzing every mutation from the schema (security)', () => {
  const api = useTestApi();
  const admin = `Bearer ${tokenFor({ role: 'ADMIN', sub: 'fuzz-admin' })}`;
  let world: World;
  const failures: string[] = [];
  let cases = 0;
  let accepted = 0;

  beforeAll(async () => {
    world = (await makeWorld(api.server, admin, api.db)).world;
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s: no internal error, no partial write', async (_n, field) => {
    const context = subjectOf(field);
    const base = KNOWN_GOOD[field.name]?.(world) ?? sampleArgs(field, world);
    const leaves: Leaf[] = [];
    for (const arg of field.args) leavesOf(arg.type, [arg.name], [arg.type], leaves);
    const all = Object.fromEntries(field.args.map((a) => [a.name, true]));
    const query = operation('mutation', field, all, selectionFor(getNamedType(field.type), 0));
    let before = await tableChecksum(api.db);
    for (const leaf of leaves) {
      for (const value of variants(leaf)) {
        cases++;
        const args = withValue(base, leaf, value, world, context);
        const res = await gql(api.server, admin, query, args);
        const where = `${field.name} ${leaf.path.join('.')}=${JSON.stringify(value)?.slice(0, 40)}`;
        const codes = [...new Set((res.body.errors ?? []).map((e) => e.extensions?.code))];
        if (res.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR'))
          failures.push(`${where}: ${res.status} ${codes} ${res.body.errors?.[0]?.message?.slice(0, 80)}`);
        if (codes.includes('GRAPHQL_VALIDATION_FAILED')) failures.push(`${where}: the suite's own document is invalid`);
        if (res.status !== 200) continue; // refused before execution: nothing can have been written
        const result = res.body.data?.[field.name];
        const rejected = !result || codes.length > 0 || (result && 'errorCode' in result);
        if (!rejected) accepted++;
        const after = await tableChecksum(api.db);
        if (rejected && after !== before)
          failures.push(`${where}: rejected (${result?.__typename ?? codes}) but wrote`);
        before = after;
      }
    }
    expect(failures.filter((f) => f.startsWith(`${field.name} `))).toEqual([]);
  });

  afterAll(() => {
    // eslint-disable-next-line no-console
    console.info(`fuzz: ${cases} cases over ${mutations.length} mutations, ${accepted} accepted`);
  });
});
