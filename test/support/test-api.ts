// useTestApi(): the real service over real HTTP (supertest) on this file's fresh database.
// exec() takes codegen-typed documents, so results and variables are typed without hand-written types.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Server } from 'node:http';
import { Writable } from 'node:stream';
import request from 'supertest';
import { signToken, TokenClaims } from '../../src/auth/token';
import { loadConfig, OidcConfig, SecurityConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { createLogger } from '../../src/http/logger';
import { openTestDatabase, TestDatabase } from './test-database';

export const TEST_SECRET = 'test-secret-for-four-lists-e2e-tests-only';

/** Production's security settings, with the rate limits off (a test file sends many requests). */
export const testSecurity = (overrides: Partial<SecurityConfig> = {}): SecurityConfig => ({
  ...loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_SECRET }).security,
  rateLimitPerIp: 0,
  rateLimitPerToken: 0,
  ...overrides,
});

export interface ExecResult<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: Array<string | number> }>;
}

export interface Caller {
  exec<T, V>(
    document: TypedDocumentNode<T, V>,
    ...variables: NoInfer<V extends Record<string, never> ? [] : [V]>
  ): Promise<ExecResult<T>>;
}

export interface TestApi extends TestDatabase {
  server: Server;
  /** Every log line the service wrote during this file. */
  logs: string[];
  as(claims: Partial<TokenClaims> & Pick<TokenClaims, 'role'>): Caller;
  withToken(token: string): Caller;
  anonymous(): Caller;
}

export const tokenFor = (claims: Partial<TokenClaims> & Pick<TokenClaims, 'role'>) =>
  signToken({ sub: `test-${claims.role.toLowerCase()}`, ...claims } as TokenClaims, TEST_SECRET);

/** oidc: read when the app starts (after earlier beforeAll hooks, e.g. one that serves a JWKS). */
export function useTestApi(
  security: Partial<SecurityConfig> = {},
  options: { oidc?: () => OidcConfig | null; graphiql?: boolean } = {},
): TestApi {
  const api = { logs: [] as string[] } as unknown as TestApi & { close(): Promise<void> };
  const caller = (authorization: string | null): Caller => ({
    async exec(document, ...variables) {
      let req = request(api.server).post('/graphql').set('content-type', 'application/json');
      if (authorization) req = req.set('authorization', authorization);
      const res = await req.send({ query: print(document), variables: variables[0] ?? {} });
      return { status: res.status, data: res.body.data, errors: res.body.errors };
    },
  });
  beforeAll(async () => {
    const database = await openTestDatabase();
    const sink = new Writable({
      write(chunk, _enc, done) {
        api.logs.push(String(chunk));
        done();
      },
    });
    const { httpServer, apollo } = await createApp({
      db: database.db,
      logger: createLogger('info', sink),
      jwtSecret: TEST_SECRET,
      exposeErrorDetails: false,
      security: testSecurity(security),
      clock: database.clock,
      oidc: options.oidc?.() ?? null,
      graphiql: options.graphiql ?? false,
    });
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    Object.assign(api, database, {
      server: httpServer,
      async close() {
        await apollo.stop();
        await database.close();
      },
    });
  });
  afterAll(async () => {
    await api.close?.();
  });
  api.as = (claims) => caller(`Bearer ${tokenFor(claims)}`);
  api.withToken = (token) => caller(`Bearer ${token}`);
  api.anonymous = () => caller(null);
  return api;
}
