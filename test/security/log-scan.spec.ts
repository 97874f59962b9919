// Issue 13, failure 5: PII in logs. Failed writes logged TypeORM's query parameters (9 full ID
// numbers, 5 names); a malformed JSON body was logged raw. A battery of failing requests carrying
// ID numbers, names and tokens, then a scan of everything the service wrote: its pino log and the
// console.
import { QueryFailedError } from 'typeorm';
import { formatError } from '../../src/graphql/errors';
import { createLogger } from '../../src/http/logger';
import { freshIdNumber, householdInput } from '../support/factories';
import { tokenFor, useTestApi } from '../support/test-api';
import { gql, post } from './support/graphql';

describe('no PII in logs (security)', () => {
  const api = useTestApi();
  const admin = `Bearer ${tokenFor({ role: 'ADMIN', sub: 'log-admin' })}`;
  const idNumber = freshIdNumber('1952-05-05');
  const name = '日志保密人';
  const forged = `Bearer ${tokenFor({ role: 'ADMIN' }).slice(0, -4)}abcd`;
  const console_: string[] = [];
  const CREATE = `mutation ($input: CreateHouseholdInput!) { createHousehold(input: $input) { __typename } }`;
  const withMember = (member: Record<string, unknown>) =>
    householdInput({ members: [{ name, idNumber, relation: 'HEAD', ...member }] });

  beforeAll(() => {
    for (const method of ['log', 'info', 'warn', 'error'] as const)
      jest
        .spyOn(console, method)
        .mockImplementation((...args: unknown[]) => void console_.push(args.map(String).join(' ')));
  });
  afterAll(() => jest.restoreAllMocks());

  it('runs the battery', async () => {
    await post(
      api.server,
      admin,
      `{"query": "mutation { x }", "variables": {"idNumber": "${idNumber}", "name": "${name}"`,
    );
    await post(api.server, admin, `not json at all ${idNumber} ${name}`);
    await gql(api.server, admin, CREATE, { input: withMember({ name: `${name}\u0000` }) });
    await gql(api.server, admin, CREATE, { input: withMember({ birthDate: '1800-01-01' }) });
    await gql(api.server, admin, CREATE, { input: withMember({}) });
    // The same ID number again, sequentially and concurrently (a unique-index race in the database).
    await gql(api.server, admin, CREATE, { input: withMember({}) });
    const racer = freshIdNumber('1953-03-03');
    const race = householdInput({ members: [{ name, idNumber: racer, relation: 'HEAD' }] });
    await Promise.all([1, 2, 3].map(() => gql(api.server, admin, CREATE, { input: race })));
    await gql(api.server, forged, `{ households { items { id } } }`);
    await gql(api.server, admin, `query Q${idNumber} { households(filter: { text: "${name}" }) { items { id } } }`);
    await gql(api.server, admin, `{ households(filter: { text: "${idNumber}\u0000" }) { items { id } } }`);
    await gql(api.server, admin, `{ household(id: "${idNumber}") { id } }`);
    expect(api.logs.length).toBeGreaterThan(5);
  });

  it('finds no ID number, name or token in the log or on the console', () => {
    const written = [...api.logs, ...console_].join('\n');
    for (const secret of [idNumber, name, admin.slice(7), forged.slice(7), 'Bearer '])
      expect(written).not.toContain(secret);
  });

  it('logs an unexpected database error by type, SQLSTATE, constraint and error id, not message or parameters', () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const error = new QueryFailedError(
      'INSERT INTO "member" VALUES ($1, $2)',
      [idNumber, name],
      Object.assign(
        new Error(`duplicate key value violates unique constraint; Key (id_number)=(${idNumber}) already exists.`),
        { code: '23505', constraint: 'IDX_member_id_number', detail: `Key (id_number)=(${idNumber}) already exists.` },
      ),
    );
    const answer = formatError(false, (err, errorId) => logger.error({ err, errorId }, 'unexpected error'))(
      { message: error.message, path: ['x'] },
      error,
    );
    const line = lines.join('');
    expect(line).not.toContain(idNumber);
    expect(line).not.toContain(name);
    expect(JSON.parse(line).err).toMatchObject({
      type: 'QueryFailedError',
      code: '23505',
      constraint: 'IDX_member_id_number',
    });
    expect(JSON.stringify(answer)).not.toContain(idNumber);
    expect(answer.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', errorId: JSON.parse(line).errorId });
  });
});
