// The GraphQL-over-HTTP compliance audit (graphql-http) against the real server: no MUST failure.
// The SHOULD warnings (400 rather than 200 for parse, validation and variable errors) and the MAY
// notices (GET forms that CSRF prevention refuses) are Apollo's documented defaults (STACK.md).
import type { AddressInfo } from 'node:net';
import { tokenFor, useTestApi } from '../support/test-api';

const { audit } = require('../../scripts/graphql-http-audit') as {
  audit(url: string, token?: string): Promise<{ ok: number; warn: number; error: number; notPassing: string[] }>;
};

describe('GraphQL over HTTP (e2e)', () => {
  // The audit's requests read __type, so introspection is on for it (GRAPHQL_INTROSPECTION=true); its
  // other checks do not depend on it. Rate limits stay as in every test (off).
  const api = useTestApi({ introspection: true });

  it('passes every MUST audit of graphql-http', async () => {
    const { port } = api.server.address() as AddressInfo;
    const summary = await audit(`http://127.0.0.1:${port}/graphql`, tokenFor({ role: 'VIEWER' }));
    expect(summary.notPassing.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(summary.error).toBe(0);
    expect(summary.ok).toBeGreaterThanOrEqual(55);
  });
});
