// Bootstrap only: config → database (+ migrations, reference data) → schema → HTTP.
import './telemetry/register'; // first: tracing hooks http, express and graphql as they load
import 'reflect-metadata';
import { systemClock } from './common/clock';
import { loadConfig } from './config';
import { describeConnectError, scrubSecrets } from './db/connect-errors';
import { openDatabase } from './db/data-source';
import { createApp } from './http/app';
import { createLogger, safeError } from './http/logger';
import { currentTracing, traceQueries } from './telemetry/tracing';
import { seedReferenceData } from '../seeds';
import { startWebhookRunner, WebhookDispatcher } from './modules/webhook/webhook-dispatcher';
import { WebhookOutbox } from './modules/webhook/webhook-outbox';

async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  logProcessWarnings(logger);
  if (config.oidc) logger.info({ issuer: config.oidc.issuer }, 'sign-in: OpenID Connect tokens only');
  else if (config.jwtSecretIsDefault) {
    logger.warn(
      'JWT_SECRET is not set: using the built-in development secret. Anyone can mint tokens. Set JWT_SECRET ' +
        'before real use.',
    );
  }
  if (config.idHashSecretSource !== 'ID_HASH_SECRET')
    logger.warn(
      config.idHashSecretSource === 'JWT_SECRET'
        ? 'ID_HASH_SECRET is not set: ID-number hashes use a key derived from JWT_SECRET; set ID_HASH_SECRET ' +
            'before rotating JWT_SECRET'
        : 'ID_HASH_SECRET is not set: ID-number hashes use the built-in development key. Set it before real use.',
    );
  const tracing = currentTracing();
  if (tracing) logger.info({ exporter: config.traceExporter }, 'tracing on: HTTP, GraphQL and SQL spans');
  const database = await openDatabase(config);
  traceQueries(database.dataSource, tracing);
  logger.info(
    { embedded: database.embedded, dataDir: database.embedded ? config.dataDir : undefined },
    'database ready, migrations applied',
  );
  if (config.seedOnStart) logger.info(await seedReferenceData(database.dataSource), 'reference data loaded');

  const { httpServer, apollo } = await createApp({
    db: database.dataSource,
    logger,
    jwtSecret: config.jwtSecret,
    exposeErrorDetails: config.nodeEnv === 'development',
    security: config.security,
    oidc: config.oidc,
    metricsAccess: { token: config.metricsToken, open: config.nodeEnv !== 'production' },
    graphiql: config.graphiql,
    printLinkSecret: config.printLinkSecret,
    webhooks: config.webhooks,
    idHashSecret: config.idHashSecret,
    clock: systemClock, // the edge: the only place the service reads the system clock
  });
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject); // a port in use is a start-up failure with one line, not a crash
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as import('node:net').AddressInfo; // PORT=0 picks a free port
  logger.info({ url: `http://localhost:${port}/graphql`, graphiql: config.graphiql }, 'Four Lists is serving');

  // Webhooks (src/modules/webhook): sweep overdue referrals into the outbox, then deliver what is due.
  const outbox = new WebhookOutbox(systemClock);
  const dispatcher = new WebhookDispatcher(database.dataSource, systemClock, config.webhooks, logger);
  const webhooks = startWebhookRunner(
    async () => {
      await outbox.sweepOverdue(database.dataSource);
      while ((await dispatcher.runOnce()) > 0); // drain a backlog in batches
    },
    config.webhooks.intervalMs,
    logger,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await apollo.stop(); // drains HTTP connections first
    await webhooks.stop(); // lets the delivery run in flight finish
    await database.close();
    await tracing?.shutdown(); // sends the spans still buffered
    logger.info('stopped cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

/**
 * Node prints process warnings (a library's deprecation, an experimental feature) as plain text on
 * stderr; the service's log is JSON only, so they become warn lines instead: name, code and the
 * stack frames that say where (the message is Node's or a library's own text, never data).
 */
function logProcessWarnings(logger: ReturnType<typeof createLogger>) {
  process.removeAllListeners('warning');
  process.on('warning', (warning) => {
    const { stack } = safeError(warning);
    logger.warn({ warning: { name: warning.name, code: (warning as { code?: string }).code, stack } }, warning.message);
  });
}

main().catch((error) => {
  // One JSON line at level error, like every other line the service writes, then exit 1. A refused
  // configuration, a busy data folder or an unreachable or missing database is one sentence saying
  // what to do; a failed query (a migration) is logged without its message, which may quote the
  // row it refused. Never a stack trace on a refusal, never the database password.
  const url = process.env.DATABASE_URL || null;
  const logger = createLogger('info'); // not LOG_LEVEL: it may be the value that was refused
  const known = describeConnectError(error, url);
  const fromQuery = typeof error === 'object' && error !== null && 'query' in error;
  if (known) logger.error({ code: known.code }, `Four Lists cannot start: ${known.msg}`);
  else if (error instanceof Error && !fromQuery)
    logger.error(`Four Lists cannot start: ${scrubSecrets(error.message, url)}`);
  else logger.error({ err: safeError(error) }, 'start-up failed');
  process.exit(1);
});
