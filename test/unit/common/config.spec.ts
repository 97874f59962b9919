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

  it('rejects a malformed port', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
  });

  it('keeps the in-memory marker as is', () => {
    expect(loadConfig({ DATA_DIR: 'memory://' }).dataDir).toBe('memory://');
  });
});
