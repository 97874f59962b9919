// The dishonesty list's person hashes are keyed (HMAC under ID_HASH_SECRET, src/common/id-hash.ts) and the
// rows of the unkeyed first version are re-keyed in place by migration 1784000000000: a record found before is
// found after, and the stored value can no longer be recomputed from an ID number alone.
import { createHash } from 'node:crypto';
import { IdHasher, innerIdHash } from '../../src/common/id-hash';
import { DEV_ID_HASH_SECRET, loadConfig } from '../../src/config';
import { setMigrationIdHashSecret } from '../../src/db/migration-keys';
import { freshIdNumber } from '../support/factories';
import { useTestDatabase } from '../support/test-database';

describe('keyed ID-number hashes', () => {
  const t = useTestDatabase();
  afterAll(() => setMigrationIdHashSecret(DEV_ID_HASH_SECRET));

  it('re-keys the unkeyed dishonesty hashes in place, with the configured key', async () => {
    const id = freshIdNumber('1966-06-06');
    // What the first version stored (dishonesty.ts before: SHA-256 of the namespaced number)
    const legacy = createHash('sha256').update('four-lists:dishonesty:').update(id, 'utf8').digest('hex');
    expect(innerIdHash('dishonesty', id)).toBe(legacy);
    const migrations = async () =>
      (await t.db.query('SELECT name FROM migrations ORDER BY id')).map((r: any) => r.name);
    // Back to before the re-keying (the register goes too), a legacy row, then forward with a key of our own
    while ((await migrations()).includes('KeyedIdHashes1784000000000')) await t.db.undoLastMigration();
    await t.db.query(
      `INSERT INTO dishonesty_record (id_number_hash, reason, source, recorded_on, recorded_by, recorded_at)
       VALUES ($1, '虚报收入', '区联席会议办公室', '2024-06-01', 'admin', now())`,
      [legacy],
    );
    const secret = 'a-key-of-at-least-thirty-two-bytes-for-this-test';
    setMigrationIdHashSecret(secret);
    await t.db.runMigrations();
    const [row] = await t.db.query('SELECT id_number_hash FROM dishonesty_record WHERE reason = $1', ['虚报收入']);
    expect(row.id_number_hash).not.toBe(legacy);
    expect(row.id_number_hash).toBe(new IdHasher(secret).hash('dishonesty', id));
    expect(row.id_number_hash).not.toBe(new IdHasher(DEV_ID_HASH_SECRET).hash('dishonesty', id));
    expect(await t.db.showMigrations()).toBe(false);
  });

  it('reads the key from ID_HASH_SECRET, else derives it from JWT_SECRET, else the development default', () => {
    const jwt = 'a-production-secret-of-32-bytes-or-more';
    expect(loadConfig({ ID_HASH_SECRET: 'k'.repeat(40) })).toMatchObject({
      idHashSecret: 'k'.repeat(40),
      idHashSecretSource: 'ID_HASH_SECRET',
    });
    const derived = loadConfig({ JWT_SECRET: jwt });
    expect(derived.idHashSecretSource).toBe('JWT_SECRET');
    expect(derived.idHashSecret).not.toBe(jwt); // derived, never the JWT secret itself
    expect(loadConfig({})).toMatchObject({ idHashSecret: DEV_ID_HASH_SECRET, idHashSecretSource: 'DEFAULT' });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: jwt }).idHashSecretSource).toBe('JWT_SECRET');
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: jwt, ID_HASH_SECRET: 'short' })).toThrow(
      /ID_HASH_SECRET must be at least 32 bytes/,
    );
    const oidcOnly = {
      NODE_ENV: 'production',
      OIDC_ISSUER: 'https://id.example.gov.cn',
      OIDC_AUDIENCE: 'four-lists',
      OIDC_JWKS_URL: 'https://id.example.gov.cn/jwks',
    };
    expect(() => loadConfig(oidcOnly)).toThrow(/ID_HASH_SECRET \(or JWT_SECRET\) must be set/);
    expect(loadConfig({ ...oidcOnly, ID_HASH_SECRET: 'k'.repeat(32) }).idHashSecretSource).toBe('ID_HASH_SECRET');
  });
});
