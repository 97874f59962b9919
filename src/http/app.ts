// HTTP surface: /graphql (Apollo on express 5), /healthz (process up), /readyz (database reachable).
// On /graphql the cheap refusals come first: per-address budget, timeout, authentication (401
// before the body is even read), per-token budget, content type, body size; then Apollo, which
// refuses over-limit documents at parse and validation (src/graphql/limits.ts) before executing.
import type { GraphQLFormattedError } from 'graphql';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { createOidcVerifier } from '../auth/oidc';
import type { OidcConfig, SecurityConfig } from '../config';
import type { Clock } from '../common/clock';
import { Context, contextFactory } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { graphqlLimits } from '../graphql/limits';
import { buildAppSchema, createServices } from '../graphql/schema';
import { hsdsRouter } from '../modules/hsds/hsds.routes';
import { auditPlugin } from '../modules/audit/audit.plugin';
import { registerBatchMetrics } from '../modules/batch/batch-metrics';
import { PrintLinks } from '../modules/print/print-link';
import { printRouter } from '../modules/print/print.routes';
import type { WebhookConfig } from '../modules/webhook/webhook-policy';
import { spreadsheetRouters } from '../modules/spreadsheet/spreadsheet.routes';
import { authenticate, AuthenticatedRequest } from './authenticate';
import { corsPolicy } from './cors';
import { GRAPHIQL_ASSETS_PATH, graphiqlAssets, graphiqlPage } from './graphiql';
import { httpErrorHandler, sendError } from './http-errors';
import { perIpLimit, perTokenLimit } from './rate-limit';
import { createMetrics, Metrics } from './metrics';
import { requestTimeout } from './request-timeout';

export interface AppOptions {
  db: DataSource;
  logger: Logger;
  jwtSecret: string;
  /** Stack traces and internal messages in error responses: development only. */
  exposeErrorDetails: boolean;
  security: SecurityConfig;
  /** The one source of time for every service and request (systemClock in production, a TestClock in tests). */
  clock: Clock;
  /** Production sign-in with an OpenID Connect provider; null or absent: HS256 tokens (development, tests). */
  oidc?: OidcConfig | null;
  /** Who may read /metrics (src/http/metrics.ts); default: open, no token. */
  metricsAccess?: { token: string | null; open: boolean };
  /** GraphiQL for a browser opening /graphql (src/http/graphiql.ts): development only; default off. */
  graphiql?: boolean;
  /** Key of the signed print links (打印链接); default: jwtSecret. */
  printLinkSecret?: string | null;
  /** Webhook endpoint rules (https, private hosts); default: development's (src/modules/webhook/webhook-policy.ts). */
  webhooks?: WebhookConfig;
  /** Key of the ID-number hashes (ID_HASH_SECRET, src/common/id-hash.ts); default: the development key. */
  idHashSecret?: string;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createApp({
  db,
  logger,
  jwtSecret,
  exposeErrorDetails,
  security,
  clock,
  oidc: oidcConfig,
  metricsAccess = { token: null, open: true },
  graphiql = false,
  printLinkSecret,
  webhooks,
  idHashSecret,
}: AppOptions): Promise<App> {
  const app = express();
  const oidc = oidcConfig ? createOidcVerifier(oidcConfig, security.tokenMaxLifetimeSeconds, clock) : null;
  const httpServer = http.createServer(app);
  const metrics = createMetrics(db, metricsAccess);
  registerBatchMetrics(metrics.registry, db, clock); // batch progress, CLI batches included
  const printLinks = new PrintLinks(printLinkSecret || jwtSecret, clock);
  // One composition for GraphQL and the routes src/http mounts (they get services and sendError passed in).
  const services = createServices(db, clock, webhooks, idHashSecret);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(db, { clock, printLinks, webhooks, services }),
    ...graphqlLimits(security),
    includeStacktraceInErrorResponses: exposeErrorDetails,
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain HTTP, then close the database
    formatError: formatError(exposeErrorDetails, (error, errorId) =>
      logger.error({ err: error, errorId }, 'unexpected error'),
    ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(), // Apollo's own IDE loads from a CDN; ours is src/http/graphiql.ts
      ApolloServerPluginInlineTraceDisabled(), // no execution traces on request
      // No @cacheControl hints anywhere (answers are per viewer, POSTs): Apollo's default cache-control
      // plugin only wrapped every field's resolution to compute a policy nobody reads (issue 19).
      ApolloServerPluginCacheControlDisabled(),
      auditPlugin(db, logger),
      requestLogPlugin(logger, metrics),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // No ETag: express would hash every GraphQL answer (a POST, never revalidated) for nothing.
  app.set('etag', false);
  app.set('trust proxy', security.trustProxy);
  app.use((req, res, next) => {
    const id =
      (typeof req.headers['x-request-id'] === 'string' &&
        /^[\w.:-]{1,64}$/.test(req.headers['x-request-id']) &&
        req.headers['x-request-id']) ||
      randomUUID();
    (req as AuthenticatedRequest).id = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/metrics', metrics.handler);
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  // Before authentication: a preflight carries no token and must not get a 401.
  app.use(['/graphql', '/hsds'], ...corsPolicy(security.corsOrigins));
  app.use(
    '/hsds',
    perIpLimit(security),
    requestTimeout(security.requestTimeoutMs),
    hsdsRouter({ db, jwtSecret, logger, tokenMaxLifetimeSeconds: security.tokenMaxLifetimeSeconds, oidc }),
  );
  // Spreadsheets in and out (src/modules/spreadsheet): the same authentication and budgets as /graphql;
  // an import may write thousands of rows in one transaction, so it gets ten times the timeout.
  const sheets = spreadsheetRouters({ db, clock, logger, services, sendError });
  const signedIn = [authenticate(db, jwtSecret, security.tokenMaxLifetimeSeconds, oidc), perTokenLimit(security)];
  app.use('/spreadsheets', perIpLimit(security), requestTimeout(security.requestTimeoutMs * 10), ...signedIn);
  app.use('/spreadsheets', sheets.spreadsheets);
  app.use('/exports', perIpLimit(security), requestTimeout(security.requestTimeoutMs), ...signedIn, sheets.exports);
  if (graphiql) {
    // Before authentication: the page carries no token; its requests to /graphql do (header editor).
    app.use(GRAPHIQL_ASSETS_PATH, graphiqlAssets());
    app.get('/graphql', graphiqlPage());
  }
  // The printed plan (src/modules/print): bearer token, or a signed link from the printLink mutation.
  const prints = printRouter({ db, plans: services.plans, links: printLinks, clock, logger, sendError });
  app.use('/plans', perIpLimit(security), requestTimeout(security.requestTimeoutMs * 3), prints(signedIn));
  app.use(
    '/graphql',
    perIpLimit(security),
    requestTimeout(security.requestTimeoutMs),
    authenticate(db, jwtSecret, security.tokenMaxLifetimeSeconds, oidc),
    perTokenLimit(security),
    (req, res, next) => {
      // A form or text/plain POST is how a browser sends a cross-site request without a preflight.
      if (req.method === 'POST' && !req.is('application/json'))
        return sendError(res, 415, 'BAD_REQUEST', 'Send GraphQL requests as application/json.');
      next();
    },
    express.json({ limit: security.bodyLimitBytes }),
    expressMiddleware(apollo, { context: contextFactory(db, clock) }),
  );
  app.use(httpErrorHandler(logger));
  return { httpServer, apollo };
}

/** A client's operation name, when it is one (a GraphQL name) and cannot carry an ID number (no run of 6 digits). */
const loggableName = (name: string | null | undefined) =>
  name && /^[_A-Za-z]\w{0,63}$/.test(name) && !/\d{6}/.test(name) ? name : null;

/** One log line per operation: request id, operation name, role, duration, error codes. */
function requestLogPlugin(logger: Logger, metrics: Metrics) {
  return {
    async requestDidStart({ contextValue }: { contextValue: Context }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({
          errors,
          operationName,
          request,
          response,
        }: {
          errors?: readonly { extensions?: Record<string, unknown> }[];
          operationName?: string | null;
          request?: { operationName?: string | null };
          response?: { body?: { kind: string; singleResult?: { errors?: readonly GraphQLFormattedError[] } } };
        }) {
          // a refused document has no resolved operation: the name the client sent still counts
          operationName = operationName ?? request?.operationName;
          const ms = Number(process.hrtime.bigint() - started) / 1e6;
          // The codes the client was sent (after formatError: a DomainError's NOT_FOUND is NOT_FOUND, not the
          // INTERNAL_SERVER_ERROR its raw GraphQLError carries); the raw ones only when there is no single result.
          const sent = response?.body?.kind === 'single' ? response.body.singleResult?.errors : errors;
          const errorCodes = sent?.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR')) ?? [];
          metrics.observeOperation(loggableName(operationName), errorCodes, ms / 1000);
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: loggableName(operationName),
              role: contextValue.viewer?.role ?? 'ANONYMOUS',
              ms,
              errorCodes,
            },
            'graphql',
          );
        },
      };
    },
  };
}
