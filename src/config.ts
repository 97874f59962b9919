// The only reader of process.env: a typed, frozen configuration object.
import path from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';
/** Who may read the HSDS API (/hsds): anyone, or any caller with a valid bearer token. */
export type HsdsApiAccess = 'public' | 'token';
export const DEV_JWT_SECRET = 'four-lists-dev-secret-do-not-use-in-production';

export interface Config {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** A PostgreSQL URL; when absent the embedded PGlite database is used. */
  databaseUrl: string | null;
  /** Folder of the embedded database; 'memory://' keeps it in memory. */
  dataDir: string;
  jwtSecret: string;
  jwtSecretIsDefault: boolean;
  logLevel: string;
  /** Run migrations and load reference data at start-up. */
  migrateOnStart: boolean;
  seedOnStart: boolean;
  hsdsApiAccess: HsdsApiAccess;
}

function readNodeEnv(value: string | undefined): NodeEnv {
  if (value === 'production' || value === 'test') return value;
  return 'development';
}

function readInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new Error(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

function readBool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(value.toLowerCase());
}

function readHsdsAccess(value: string | undefined): HsdsApiAccess {
  if (value === undefined || value === '' || value === 'token') return 'token'; // deny by default
  if (value === 'public') return value;
  throw new Error(`HSDS_API_ACCESS must be "public" or "token", got "${value}"`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = readNodeEnv(env.NODE_ENV);
  const secret = env.JWT_SECRET;
  if (!secret && nodeEnv === 'production') {
    throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  }
  return Object.freeze({
    nodeEnv,
    port: readInt('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.DATA_DIR === 'memory://' ? 'memory://' : path.resolve(env.DATA_DIR || 'data/pglite'),
    jwtSecret: secret || DEV_JWT_SECRET,
    jwtSecretIsDefault: !secret,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    migrateOnStart: readBool(env.MIGRATE_ON_START, true),
    seedOnStart: readBool(env.SEED_ON_START, true),
    hsdsApiAccess: readHsdsAccess(env.HSDS_API_ACCESS),
  });
}
