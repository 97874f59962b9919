// The authorization matrix, generated: every root field of the committed schema × no token, each
// kind of bad token, each role the field does not admit, and each admitted role out of scope (an
// ADVISER or SUPERVISOR of another street, a PARTNER of another organisation, a VIEWER). Roles come from the
// resolvers' own @Authorized metadata, so a field added later is covered without editing this file.
// Out of scope means: the world's secrets (ID numbers, names, address) never appear in an answer,
// and a mutation on the world's objects changes no row.
import { getNamedType, GraphQLField } from 'graphql';
import jwt from 'jsonwebtoken';
import { getMetadataStorage } from 'type-graphql';
import { CHANGNING } from '../support/factories';
import { TEST_SECRET, tokenFor, useTestApi } from '../support/test-api';
import { tableChecksum } from './support/checksum';
import { codesOf, gql } from './support/graphql';
import { rootFields, selectionFor } from './support/schema';
import { makeWorld, operation, sampleArgs, World } from './support/values';

type Role = 'ADMIN' | 'ADVISER' | 'SUPERVISOR' | 'PARTNER' | 'VIEWER';
const ROLES: Role[] = ['ADMIN', 'ADVISER', 'SUPERVISOR', 'PARTNER', 'VIEWER'];

/**
 * The roles @Authorized admits for a root field: the method's, else its resolver class's; [] = any signed-in caller.
 */
function admittedRoles(kind: 'query' | 'mutation', name: string): Role[] {
  const storage = getMetadataStorage();
  const resolver = (kind === 'query' ? storage.queries : storage.mutations).find((r) => r.schemaName === name);
  if (!resolver) throw new Error(`no resolver metadata for ${kind} ${name}`);
  const own = storage.authorizedFields.find((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
  const byClass = storage.authorizedResolver.find((a) => a.target === resolver.target);
  const roles = (own ?? byClass)?.roles;
  if (!roles) throw new Error(`${kind} ${name} has no @Authorized: deny by default is broken`);
  return roles.length === 0 ? ROLES : (roles as Role[]);
}

const sign = (claims: object, options: jwt.SignOptions, secret = TEST_SECRET) =>
  jwt.sign({ sub: 'matrix', role: 'ADMIN', ...claims }, secret, {
    algorithm: 'HS256',
    issuer: 'four-lists',
    ...options,
  });

const BAD_TOKENS: Array<[string, string | null]> = [
  ['no token', null],
  ['a forged token', `Bearer ${sign({}, { expiresIn: '1h' }, 'not-the-secret-not-the-secret-not')}`],
  ['an expired token', `Bearer ${sign({}, { expiresIn: -10 })}`],
  ['a token without exp', `Bearer ${sign({}, {})}`],
  ['a token valid for 100 years', `Bearer ${sign({}, { expiresIn: '36500d' })}`],
  ['a token of another issuer', `Bearer ${sign({}, { expiresIn: '1h', issuer: 'someone-else' })}`],
  [
    'an unsigned token',
    `Bearer ${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ sub: 'x', role: 'ADMIN', iss: 'four-lists', exp: 4e9, iat: 1 }),
    ).toString('base64url')}.`,
  ],
  ['garbage', 'Bearer not.a.jwt'],
  ['another scheme', 'Basic YWRtaW46YWRtaW4='],
];

// Callers whose scope leaves the world out (the world lives in Huayang, its referrals go to its providers).
const OUT_OF_SCOPE: Record<Role, string | null> = {
  ADMIN: null,
  ADVISER: `Bearer ${tokenFor({ role: 'ADVISER', streets: [CHANGNING.xinjing] })}`,
  SUPERVISOR: `Bearer ${tokenFor({ role: 'SUPERVISOR', streets: [CHANGNING.xinjing] })}`,
  PARTNER: `Bearer ${tokenFor({ role: 'PARTNER', providerId: 'P-NOT-A-PROVIDER' })}`,
  VIEWER: `Bearer ${tokenFor({ role: 'VIEWER' })}`,
};
const inRole = (role: Role) =>
  role === 'ADMIN' ? null : `Bearer ${tokenFor({ role, streets: [CHANGNING.huayang], providerId: 'P-CN-MZJ' })}`;

const fields = [
  ...rootFields('query').map((f) => ['query', f] as const),
  ...rootFields('mutation').map((f) => ['mutation', f] as const),
];

describe('authorization matrix (security)', () => {
  const api = useTestApi();
  const admin = `Bearer ${tokenFor({ role: 'ADMIN' })}`;
  let world: World;
  let secrets: string[];

  beforeAll(async () => {
    ({ world, secrets } = await makeWorld(api.server, admin, api.db));
  });

  const documentFor = (kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) => {
    const args = sampleArgs(field, world);
    return { args, query: operation(kind, field, args, selectionFor(getNamedType(field.type), 2)) };
  };

  it('would see a leak: the same generated documents show the world to ADMIN', async () => {
    const seen = new Set<string>();
    for (const [kind, field] of fields.filter(([k]) => k === 'query')) {
      const { args, query } = documentFor(kind, field);
      const text = JSON.stringify((await gql(api.server, admin, query, args)).body);
      for (const secret of secrets) if (text.includes(secret)) seen.add(secret);
    }
    expect([...seen].sort()).toEqual([...secrets].sort());
  });

  it.each(fields.map(([kind, f]) => [`${kind} ${f.name}`, kind, f] as const))(
    '%s: 401 for every bad token, FORBIDDEN for roles it does not admit, nothing out of scope',
    async (_label, kind, field) => {
      const { args, query } = documentFor(kind, field);
      for (const [name, token] of BAD_TOKENS) {
        const res = await gql(api.server, token, query, args);
        expect({ name, status: res.status, codes: codesOf(res) }).toEqual({
          name,
          status: 401,
          codes: ['UNAUTHENTICATED'],
        });
      }
      const admitted = admittedRoles(kind, field.name);
      for (const role of ROLES) {
        const token = admitted.includes(role) ? OUT_OF_SCOPE[role] : inRole(role);
        if (!token) continue; // ADMIN has no outside
        const before = kind === 'mutation' ? await tableChecksum(api.db) : null;
        const res = await gql(api.server, token, query, args);
        const text = JSON.stringify(res.body);
        for (const secret of secrets) expect({ role, leaked: text.includes(secret) }).toEqual({ role, leaked: false });
        expect(codesOf(res)).not.toContain('INTERNAL_SERVER_ERROR');
        expect(codesOf(res)).not.toContain('GRAPHQL_VALIDATION_FAILED'); // the generated document itself is sound
        if (!admitted.includes(role)) {
          expect({ role, codes: codesOf(res) }).toEqual({ role, codes: ['FORBIDDEN'] });
          expect(res.body.data?.[field.name] ?? null).toBeNull();
        }
        if (before !== null) {
          const result = res.body.data?.[field.name];
          const refused = !result || 'errorCode' in result || codesOf(res).length > 0;
          // An admitted caller out of scope may only be refused, or write what is its own.
          if (refused)
            expect({ role, unchanged: (await tableChecksum(api.db)) === before }).toMatchObject({ unchanged: true });
          else expect({ role, wrote: field.name, result: result.__typename }).toMatchObject({ role: 'ADMIN' });
        }
      }
    },
  );
});
