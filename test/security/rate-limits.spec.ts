// Per-token and per-address budgets answer 429 with Retry-After; a request not done in time gets
// 503 REQUEST_TIMEOUT. Small budgets here, so the test needs few requests.
import { tokenFor, useTestApi } from '../support/test-api';
import { codesOf, gql } from './support/graphql';

describe('rate limits (security)', () => {
  const api = useTestApi({ rateLimitPerToken: 3, rateLimitPerIp: 8, rateLimitWindowMs: 60_000 });

  it('gives each token subject its budget, then 429 with Retry-After', async () => {
    const token = `Bearer ${tokenFor({ role: 'ADMIN', sub: 'greedy' })}`;
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await gql(api.server, token, '{ viewer { id } }')).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const limited = await gql(api.server, token, '{ viewer { id } }');
    expect(codesOf(limited)).toEqual(['RATE_LIMITED']);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another caller still has its own budget.
    expect(
      (await gql(api.server, `Bearer ${tokenFor({ role: 'ADMIN', sub: 'modest' })}`, '{ viewer { id } }')).status,
    ).toBe(200);
  });

  it('counts anonymous requests by address before authentication', async () => {
    let last = 0;
    for (let i = 0; i < 5 && last !== 429; i++) last = (await gql(api.server, null, '{ viewer { id } }')).status;
    expect(last).toBe(429);
  });
});

describe('request timeout (security)', () => {
  const api = useTestApi({ requestTimeoutMs: 1 });

  it('answers 503 REQUEST_TIMEOUT as JSON when a request is not done in time', async () => {
    const token = `Bearer ${tokenFor({ role: 'ADMIN' })}`;
    const res = await gql(api.server, token, '{ households(page: { take: 100 }) { items { id members { name } } } }');
    expect({ status: res.status, codes: codesOf(res) }).toEqual({ status: 503, codes: ['REQUEST_TIMEOUT'] });
  });
});
