import { DEV_JWT_SECRET, loadConfig } from '../../../src/config';

describe('configuration', () => {
  it('runs on the embedded database with the development secret by default', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      databaseUrl: null,
      jwtSecret: DEV_JWT_SECRET,
      jwtSecretIsDefault: true,
      nodeEnv: 'development',
    });
    expect(config.dataDir).toMatch(/data\/pglite$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('refuses to run in production without a secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET/);
  });

  // Issue 13: NODE_ENV=prod or Production silently meant development (dev secret, stack traces).
  it.each(['prod', 'Production', 'staging', ''])('refuses NODE_ENV=%j with one clear message', (value) => {
    expect(() => loadConfig({ NODE_ENV: value })).toThrow(/^NODE_ENV must be one of development, production, test/);
  });

  it('refuses a production secret shorter than 32 bytes, and takes one of 32', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(31) })).toThrow(/at least 32 bytes/);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).nodeEnv).toBe('production');
  });

  it('has introspection and suggestions off outside development unless a variable turns them on', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production).security).toMatchObject({ introspection: false, suggestions: false });
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).security.introspection).toBe(true);
    expect(loadConfig({}).security).toMatchObject({ introspection: true, suggestions: true });
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('reads every limit from its variable, with the documented defaults', () => {
    expect(loadConfig({}).security).toMatchObject({
      tokenMaxLifetimeSeconds: 43200,
      maxDepth: 10,
      maxAliases: 20,
      maxTokens: 2000,
      maxCost: 5000,
      statementTimeoutMs: 10000,
      parallelWorkersPerGather: 0,
    });
    expect(loadConfig({ GRAPHQL_MAX_DEPTH: '7', RATE_LIMIT_PER_IP: '0' }).security).toMatchObject({
      maxDepth: 7,
      rateLimitPerIp: 0,
    });
  });

  it('rejects a malformed port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('keeps the in-memory marker as is', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });

  it('signs print links with PRINT_LINK_SECRET, else JWT_SECRET, never the public development secret', () => {
    const secret = 'a-production-secret-of-32-bytes-or-more';
    expect(loadConfig({ PRINT_LINK_SECRET: 'own', JWT_SECRET: secret }).printLinkSecret).toBe('own');
    expect(loadConfig({ JWT_SECRET: secret }).printLinkSecret).toBe(secret);
    const dev = loadConfig({}).printLinkSecret;
    expect(dev).not.toBe(DEV_JWT_SECRET);
    expect(Buffer.byteLength(dev)).toBeGreaterThanOrEqual(32);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret, PRINT_LINK_SECRET: 'short' })).toThrow(
      /PRINT_LINK_SECRET must be at least 32 bytes/,
    );
  });
});
