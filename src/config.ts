// The only reader of process.env: a typed, frozen configuration object. Every limit has a safe
// default; README "Security" lists them with their variables.
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { ROLES, type Role } from './common/viewer';
import { readTraceExporter, TelemetryConfigError, type TraceExporter } from './telemetry/config';
import type { WebhookConfig } from './modules/webhook/webhook-policy';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];
/** Who may read the HSDS API (/hsds): anyone, or any caller with a valid bearer token. */
export type HsdsApiAccess = 'public' | 'token';
export const DEV_JWT_SECRET = 'four-lists-dev-secret-do-not-use-in-production';
/** Key of the ID-number hashes (src/common/id-hash.ts) when neither ID_HASH_SECRET nor JWT_SECRET is set. */
export const DEV_ID_HASH_SECRET = 'four-lists-dev-id-hash-secret-do-not-use-in-production';
/** HS256 keys shorter than the hash output are brute-forceable; production refuses them. */
export const MIN_JWT_SECRET_BYTES = 32;

/** Refusals at start-up: main.ts prints the message alone, on one line. */
export class ConfigError extends Error {}

/** What protects the service from abuse: all of it configurable, all of it on by default. */
export interface SecurityConfig {
  /** Longest token lifetime accepted (exp − iat), seconds. */
  tokenMaxLifetimeSeconds: number;
  /** Introspection and "Did you mean …" suggestions for schema exploration. */
  introspection: boolean;
  suggestions: boolean;
  /** Refused before execution (graphql-armor validation rules; tokens by the parser itself). */
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
  /** The same field written more often than this in one selection set is refused (field duplication). */
  maxFieldRepeats: number;
  /** Largest accepted request body, bytes. */
  bodyLimitBytes: number;
  /** An answer is sent (503 REQUEST_TIMEOUT) when the request is not done by then. */
  requestTimeoutMs: number;
  /** PostgreSQL statement_timeout on every pooled connection. */
  statementTimeoutMs: number;
  /**
   * PostgreSQL max_parallel_workers_per_gather on every pooled connection (a PostgreSQL server only). 0: the
   * service answers many small queries at once, and starting parallel workers for each cost more than it saved.
   */
  parallelWorkersPerGather: number;
  /** Requests per window: per bearer token, and per client address. 0 turns a limit off. */
  rateLimitWindowMs: number;
  rateLimitPerToken: number;
  rateLimitPerIp: number;
  /** Express "trust proxy": set when a reverse proxy sets X-Forwarded-For (per-IP limits use it). */
  trustProxy: string | false;
  /** Browser origins allowed to call the API cross-origin (CORS_ORIGINS); empty = none. */
  corsOrigins: readonly string[];
}

/** Sign-in with the organisation's OpenID Connect provider; null when OIDC_ISSUER is unset (HS256 tokens). */
export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Claim holding the role (dotted for nested, e.g. realm_access.roles); a string or a list. */
  roleClaim: string;
  /** Provider values to roles (OIDC_ROLE_MAP="fl-advisers=ADVISER,fl-admins=ADMIN"); role names map to themselves. */
  roleMap: Readonly<Record<string, Role>>;
  /** Claim holding an adviser's roster id (default sub); the streets then come from the roster. */
  adviserIdClaim: string;
  /** Claim holding a supervisor's register id (acting_person, default sub); the streets then come from the register. */
  supervisorIdClaim: string;
  /** Claim holding a partner's provider (organisation) id. */
  providerClaim: string;
  /** Leeway for exp, nbf and iat against our clock. */
  clockSkewSeconds: number;
  /** Keys are kept this long; an unknown kid refetches at most once per cooldown. */
  jwksCacheSeconds: number;
  jwksCooldownSeconds: number;
}

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
  /** Bearer token for GET /metrics; unset: open in development/test, off in production. */
  metricsToken: string | null;
  /** GraphiQL at GET /graphql for a browser (src/http/graphiql.ts): in development only, never in production. */
  graphiql: boolean;
  /**
   * Key of the signed print links (打印链接, PRINT_LINK_SECRET); unset: JWT_SECRET when set, else a
   * random key per process (links then open only on the instance that made them).
   */
  printLinkSecret: string;
  /**
   * Key of the ID-number hashes (ID_HASH_SECRET): the dishonesty list and the register of people acting on
   * cases find a person by HMAC(key, number). Unset: derived from JWT_SECRET, else the development default
   * (idHashSecretSource says which; production refuses the default). Never change it once rows exist.
   */
  idHashSecret: string;
  idHashSecretSource: 'ID_HASH_SECRET' | 'JWT_SECRET' | 'DEFAULT';
  /** OpenTelemetry trace exporter (OTEL_TRACES_EXPORTER / OTEL_EXPORTER_OTLP_ENDPOINT); null = tracing off. */
  traceExporter: TraceExporter | null;
  security: SecurityConfig;
  oidc: OidcConfig | null;
  /** Webhook delivery (README "Webhooks"): timer, timeout, attempts, and which endpoint URLs are accepted. */
  webhooks: WebhookConfig;
  /** Chunked batch runs on PostgreSQL (README "City-wide runs"): the queue's lease and polling, workers. */
  batch: BatchConfig;
}

export interface BatchConfig {
  /** BATCH_LEASE_SECONDS: a chunk held longer by a worker is handed to another (pg-boss expireInSeconds). */
  leaseSeconds: number;
  /** BATCH_MAINTENANCE_SECONDS: how often expired leases are noticed. */
  maintenanceSeconds: number;
  /** BATCH_POLL_SECONDS: how often an idle worker asks for a chunk. */
  pollSeconds: number;
  /** BATCH_RETRY_LIMIT: times a chunk is handed out again after a failure or an expired lease. */
  retryLimit: number;
  /** WORKER_CONCURRENCY: chunks one worker process runs at once. */
  concurrency: number;
  /** BATCH_CHUNK_SIZE: households per chunk of a new run (the assess command's --chunk overrides it). */
  chunkSize: number;
}

function readNodeEnv(value: string | undefined): NodeEnv {
  if (value === undefined) return 'development';
  if ((NODE_ENVS as readonly string[]).includes(value)) return value as NodeEnv;
  // NODE_ENV=prod or Production silently meaning development (dev secret, stack traces) is how
  // production ends up insecure: refuse instead.
  throw new ConfigError(`NODE_ENV must be one of ${NODE_ENVS.join(', ')} (or unset for development), got "${value}"`);
}

function readInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0)
    throw new ConfigError(`${name} must be a non-negative integer, got "${value}"`);
  return parsed;
}

function readBool(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  const v = value.toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

function readSecurity(env: NodeJS.ProcessEnv, nodeEnv: NodeEnv): SecurityConfig {
  const int = (name: string, fallback: number) => readInt(name, env[name], fallback);
  const exploration = nodeEnv === 'development';
  return {
    tokenMaxLifetimeSeconds: int('TOKEN_MAX_LIFETIME_SECONDS', 12 * 3600),
    introspection: readBool('GRAPHQL_INTROSPECTION', env.GRAPHQL_INTROSPECTION, exploration),
    suggestions: readBool('GRAPHQL_SUGGESTIONS', env.GRAPHQL_SUGGESTIONS, exploration),
    maxDepth: int('GRAPHQL_MAX_DEPTH', 10),
    maxAliases: int('GRAPHQL_MAX_ALIASES', 20),
    maxDirectives: int('GRAPHQL_MAX_DIRECTIVES', 20),
    maxTokens: int('GRAPHQL_MAX_TOKENS', 2000),
    maxCost: int('GRAPHQL_MAX_COST', 5000),
    maxFieldRepeats: int('GRAPHQL_MAX_FIELD_REPEATS', 3),
    bodyLimitBytes: int('HTTP_BODY_LIMIT_BYTES', 1024 * 1024),
    requestTimeoutMs: int('HTTP_REQUEST_TIMEOUT_MS', 15_000),
    statementTimeoutMs: int('DB_STATEMENT_TIMEOUT_MS', 10_000),
    parallelWorkersPerGather: int('DB_PARALLEL_WORKERS_PER_GATHER', 0),
    rateLimitWindowMs: int('RATE_LIMIT_WINDOW_MS', 60_000),
    rateLimitPerToken: int('RATE_LIMIT_PER_TOKEN', 600),
    rateLimitPerIp: int('RATE_LIMIT_PER_IP', 1200),
    trustProxy: env.TRUST_PROXY || false,
    corsOrigins: readCorsOrigins(env.CORS_ORIGINS),
  };
}

/** "https://a.example, http://localhost:5173" → exact origins; a path, a wildcard or a typo is refused. */
export function readCorsOrigins(value: string | undefined): readonly string[] {
  const items = (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  for (const item of items) {
    let url: URL | null = null;
    try {
      url = new URL(item);
    } catch {
      // refused below
    }
    // "*" with bearer tokens would hand every site the caller's session: list origins one by one.
    if (!url || !/^https?:$/.test(url.protocol) || url.origin !== item.replace(/\/$/, ''))
      throw new ConfigError(
        `CORS_ORIGINS must list origins like https://app.example.org (no path, no *), got "${item}"`,
      );
  }
  return Object.freeze(items.map((item) => item.replace(/\/$/, '')));
}

function readHsdsAccess(value: string | undefined): HsdsApiAccess {
  if (value === undefined || value === '' || value === 'token') return 'token'; // deny by default
  if (value === 'public') return value;
  throw new ConfigError(`HSDS_API_ACCESS must be "public" or "token", got "${value}"`);
}

function readRoleMap(value: string | undefined): Record<string, Role> {
  const map: Record<string, Role> = {};
  for (const pair of (value ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [from, to] = pair.split('=').map((p) => p.trim());
    if (!from || !(ROLES as readonly string[]).includes(to))
      throw new ConfigError(`OIDC_ROLE_MAP entries are value=ROLE with ROLE one of ${ROLES.join(', ')}`);
    map[from] = to as Role;
  }
  return map;
}

/** A claim name (dotted for nested claims), default sub; anything else than letters, digits, _ - : . is refused. */
function readClaimName(name: string, value: string | undefined): string {
  if (value === undefined || value === '') return 'sub';
  if (!/^[A-Za-z0-9_:-]+(\.[A-Za-z0-9_:-]+)*$/.test(value) || value.length > 100)
    throw new ConfigError(
      `${name} must be a claim name (dotted for nested claims, e.g. fl.register_id), got "${value}"`,
    );
  return value;
}

export function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const { OIDC_ISSUER: issuer, OIDC_AUDIENCE: audience, OIDC_JWKS_URL: jwksUrl } = env;
  if (!issuer && !audience && !jwksUrl) return null;
  if (!issuer || !audience || !jwksUrl)
    throw new ConfigError('OIDC_ISSUER, OIDC_AUDIENCE and OIDC_JWKS_URL are set together or not at all');
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new ConfigError('OIDC_JWKS_URL must be a URL');
  }
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local))
    throw new ConfigError('OIDC_JWKS_URL must be https (plain http only for localhost)');
  const int = (name: string, fallback: number) => readInt(name, env[name], fallback);
  return Object.freeze({
    issuer,
    audience,
    jwksUrl,
    roleClaim: env.OIDC_ROLE_CLAIM || 'roles',
    roleMap: Object.freeze(readRoleMap(env.OIDC_ROLE_MAP)),
    adviserIdClaim: env.OIDC_ADVISER_ID_CLAIM || 'sub',
    supervisorIdClaim: readClaimName('OIDC_SUPERVISOR_ID_CLAIM', env.OIDC_SUPERVISOR_ID_CLAIM),
    providerClaim: env.OIDC_PROVIDER_CLAIM || 'provider_id',
    clockSkewSeconds: int('OIDC_CLOCK_SKEW_SECONDS', 60),
    jwksCacheSeconds: int('OIDC_JWKS_CACHE_SECONDS', 600),
    jwksCooldownSeconds: int('OIDC_JWKS_COOLDOWN_SECONDS', 30),
  });
}

function readTracing(env: NodeJS.ProcessEnv): TraceExporter | null {
  try {
    return readTraceExporter(env);
  } catch (error) {
    if (error instanceof TelemetryConfigError) throw new ConfigError(error.message);
    throw error;
  }
}

/**
 * ID_HASH_SECRET, else a key derived from JWT_SECRET (never the JWT secret itself), else the development
 * default. Production refuses the default (OIDC without JWT_SECRET needs ID_HASH_SECRET) and a short key.
 */
function readIdHashSecret(
  env: NodeJS.ProcessEnv,
  nodeEnv: NodeEnv,
): { secret: string; source: Config['idHashSecretSource'] } {
  const given = env.ID_HASH_SECRET;
  if (given) {
    if (nodeEnv === 'production' && Buffer.byteLength(given) < MIN_JWT_SECRET_BYTES)
      throw new ConfigError(`ID_HASH_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes when NODE_ENV=production`);
    return { secret: given, source: 'ID_HASH_SECRET' };
  }
  if (env.JWT_SECRET) {
    const derived = createHmac('sha256', env.JWT_SECRET).update('four-lists:id-hash-key').digest('base64url');
    return { secret: derived, source: 'JWT_SECRET' };
  }
  if (nodeEnv === 'production')
    throw new ConfigError('ID_HASH_SECRET (or JWT_SECRET) must be set when NODE_ENV=production');
  return { secret: DEV_ID_HASH_SECRET, source: 'DEFAULT' };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = readNodeEnv(env.NODE_ENV);
  const secret = env.JWT_SECRET;
  const oidc = readOidc(env);
  // With an identity provider, production needs no shared secret: HS256 tokens are refused then.
  if (nodeEnv === 'production' && !oidc) {
    if (!secret)
      throw new ConfigError(
        'JWT_SECRET (or OIDC_ISSUER, OIDC_AUDIENCE, OIDC_JWKS_URL) must be set when NODE_ENV=production',
      );
    if (Buffer.byteLength(secret) < MIN_JWT_SECRET_BYTES)
      throw new ConfigError(`JWT_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes when NODE_ENV=production`);
  }
  if (
    nodeEnv === 'production' &&
    env.PRINT_LINK_SECRET &&
    Buffer.byteLength(env.PRINT_LINK_SECRET) < MIN_JWT_SECRET_BYTES
  )
    throw new ConfigError(`PRINT_LINK_SECRET must be at least ${MIN_JWT_SECRET_BYTES} bytes when NODE_ENV=production`);
  const idHash = readIdHashSecret(env, nodeEnv);
  return Object.freeze({
    nodeEnv,
    port: readInt('PORT', env.PORT, 4000),
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || null,
    dataDir: env.DATA_DIR === 'memory://' ? 'memory://' : path.resolve(env.DATA_DIR || 'data/pglite'),
    jwtSecret: secret || DEV_JWT_SECRET,
    jwtSecretIsDefault: !secret,
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'silent' : 'info'),
    migrateOnStart: readBool('MIGRATE_ON_START', env.MIGRATE_ON_START, true),
    seedOnStart: readBool('SEED_ON_START', env.SEED_ON_START, true),
    security: Object.freeze(readSecurity(env, nodeEnv)),
    hsdsApiAccess: readHsdsAccess(env.HSDS_API_ACCESS),
    oidc,
    metricsToken: env.METRICS_TOKEN || null,
    graphiql: nodeEnv === 'development',
    // Never the public development secret: without either secret, a key only this process knows.
    printLinkSecret: env.PRINT_LINK_SECRET || secret || randomBytes(32).toString('base64url'),
    idHashSecret: idHash.secret,
    idHashSecretSource: idHash.source,
    traceExporter: readTracing(env),
    webhooks: Object.freeze({
      intervalMs: readInt('WEBHOOKS_INTERVAL_MS', env.WEBHOOKS_INTERVAL_MS, 5000),
      timeoutMs: readInt('WEBHOOKS_TIMEOUT_MS', env.WEBHOOKS_TIMEOUT_MS, 10_000),
      maxAttempts: readInt('WEBHOOKS_MAX_ATTEMPTS', env.WEBHOOKS_MAX_ATTEMPTS, 8) || 1,
      requireHttps: readBool('WEBHOOKS_REQUIRE_HTTPS', env.WEBHOOKS_REQUIRE_HTTPS, nodeEnv === 'production'),
      allowPrivateHosts: readBool(
        'WEBHOOKS_ALLOW_PRIVATE_HOSTS',
        env.WEBHOOKS_ALLOW_PRIVATE_HOSTS,
        nodeEnv !== 'production',
      ),
    }),
    batch: Object.freeze({
      leaseSeconds: readInt('BATCH_LEASE_SECONDS', env.BATCH_LEASE_SECONDS, 300) || 1,
      maintenanceSeconds: readInt('BATCH_MAINTENANCE_SECONDS', env.BATCH_MAINTENANCE_SECONDS, 30) || 1,
      pollSeconds: readInt('BATCH_POLL_SECONDS', env.BATCH_POLL_SECONDS, 2) || 1,
      retryLimit: readInt('BATCH_RETRY_LIMIT', env.BATCH_RETRY_LIMIT, 10),
      concurrency: readInt('WORKER_CONCURRENCY', env.WORKER_CONCURRENCY, 1) || 1,
      chunkSize: readInt('BATCH_CHUNK_SIZE', env.BATCH_CHUNK_SIZE, 500) || 1,
    }),
  });
}
