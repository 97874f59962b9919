// HTTP surface: /graphql (Apollo on express 5), /healthz (process up), /readyz (database reachable).
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import express from 'express';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { Context, contextFactory } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { buildAppSchema } from '../graphql/schema';

export interface AppOptions {
  db: DataSource;
  logger: Logger;
  jwtSecret: string;
  /** Stack traces and internal messages in error responses: development only. */
  exposeErrorDetails: boolean;
  /** The one source of time for every service and request (systemClock in production, a TestClock in tests). */
  clock: Clock;
}

export interface App {
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function createApp({ db, logger, jwtSecret, exposeErrorDetails, clock }: AppOptions): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await buildAppSchema(db, { clock }),
    includeStacktraceInErrorResponses: exposeErrorDetails,
    introspection: true,
    stopOnTerminationSignals: false, // main.ts owns shutdown: drain HTTP, then close the database
    formatError: formatError(exposeErrorDetails, (error) => logger.error({ err: error }, 'unexpected error')),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), requestLogPlugin(logger)],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.use((req, res, next) => {
    const id =
      (typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].slice(0, 64)) || randomUUID();
    (req as { id?: string }).id = id;
    res.setHeader('x-request-id', id);
    next();
  });
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: contextFactory(db, jwtSecret, clock) }),
  );
  return { httpServer, apollo };
}

/** One log line per operation: request id, operation name, role, duration, error codes. */
function requestLogPlugin(logger: Logger) {
  return {
    async requestDidStart({ contextValue }: { contextValue: Context }) {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse({
          errors,
          operationName,
        }: {
          errors?: readonly { extensions?: Record<string, unknown> }[];
          operationName?: string | null;
        }) {
          logger.info(
            {
              requestId: contextValue.requestId,
              operation: operationName ?? null,
              role: contextValue.viewer?.role ?? 'ANONYMOUS',
              ms: Number(process.hrtime.bigint() - started) / 1e6,
              errorCodes: errors?.map((e) => e.extensions?.code) ?? [],
            },
            'graphql',
          );
        },
      };
    },
  };
}
