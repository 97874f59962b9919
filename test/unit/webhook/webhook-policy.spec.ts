// Endpoint URL rules, the retry schedule and the signature (README "Webhooks"), without a database.
import { createHmac } from 'node:crypto';
import { loadConfig } from '../../../src/config';
import { backoffMinutes, DEV_WEBHOOKS, isPrivateHost, urlProblems } from '../../../src/modules/webhook/webhook-policy';
import { signatureHeader, verifySignature } from '../../../src/modules/webhook/webhook-signature';

const PRODUCTION = { ...DEV_WEBHOOKS, requireHttps: true, allowPrivateHosts: false };
const reasons = (url: string, config = PRODUCTION) => urlProblems(url, config).map((p) => p.reason);

describe('webhook endpoint URLs', () => {
  it.each([
    ['https://partner.example.org/hooks/four-lists', []],
    ['http://partner.example.org/hook', ['HTTPS_REQUIRED']],
    ['ftp://partner.example.org/hook', ['UNSUPPORTED_SCHEME']],
    ['javascript:alert(1)', ['UNSUPPORTED_SCHEME']],
    ['partner.example.org/hook', ['INVALID_URL']],
    ['https://user:pw@partner.example.org/hook', ['CREDENTIALS_IN_URL']],
    ['https://localhost/hook', ['PRIVATE_ADDRESS']],
    ['https://127.0.0.1/hook', ['PRIVATE_ADDRESS']],
    ['https://10.1.2.3/hook', ['PRIVATE_ADDRESS']],
    ['https://172.20.0.1/hook', ['PRIVATE_ADDRESS']],
    ['https://192.168.1.1/hook', ['PRIVATE_ADDRESS']],
    ['https://169.254.169.254/latest/meta-data', ['PRIVATE_ADDRESS']], // cloud metadata
    ['https://[::1]/hook', ['PRIVATE_ADDRESS']],
    ['https://[fd00::1]/hook', ['PRIVATE_ADDRESS']],
    ['https://172.32.0.1/hook', []], // outside 172.16/12
  ])('in production %s → %j', (url, expected) => {
    expect(reasons(url)).toEqual(expected);
  });

  it('development accepts http and local receivers (the e2e tests use one)', () => {
    expect(reasons('http://127.0.0.1:4000/hook', DEV_WEBHOOKS)).toEqual([]);
    expect(reasons('ftp://127.0.0.1/hook', DEV_WEBHOOKS)).toEqual(['UNSUPPORTED_SCHEME']);
  });

  it('names the field', () => {
    expect(urlProblems('ftp://x', PRODUCTION)[0].field).toBe('input.url');
  });

  it('isPrivateHost leaves public names alone', () => {
    expect(isPrivateHost('partner.example.org')).toBe(false);
    expect(isPrivateHost('8.8.8.8')).toBe(false);
  });
});

describe('retry schedule', () => {
  it('waits 1, 2, 4, 8 … minutes after failed attempts 1, 2, 3, 4 …, at most 60', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 12].map(backoffMinutes)).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });
});

describe('signature', () => {
  const secret = 'a-secret-of-at-least-thirty-two-characters';
  const body = '{"type":"REFERRAL_CREATED"}';
  const at = new Date('2026-11-20T04:00:00Z');

  it('is t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.body">', () => {
    const t = at.getTime() / 1000;
    const v1 = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signatureHeader(secret, body, at)).toBe(`t=${t},v1=${v1}`);
  });

  it('verifies the same body, refuses another body, another secret, or a stale timestamp', () => {
    const header = signatureHeader(secret, body, at);
    const now = at.getTime() / 1000;
    expect(verifySignature(secret, body, header, now)).toBe(true);
    expect(verifySignature(secret, `${body} `, header, now)).toBe(false);
    expect(verifySignature(`${secret}x`, body, header, now)).toBe(false);
    expect(verifySignature(secret, body, header, now + 301)).toBe(false);
    expect(verifySignature(secret, body, 'garbage', now)).toBe(false);
  });
});

describe('configuration', () => {
  it('production requires https and refuses private hosts; development allows both', () => {
    const prod = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) }).webhooks;
    expect(prod).toMatchObject({ requireHttps: true, allowPrivateHosts: false, intervalMs: 5000, maxAttempts: 8 });
    const dev = loadConfig({}).webhooks;
    expect(dev).toMatchObject({ requireHttps: false, allowPrivateHosts: true });
    expect(loadConfig({ WEBHOOKS_INTERVAL_MS: '0' }).webhooks.intervalMs).toBe(0);
    expect(() => loadConfig({ WEBHOOKS_TIMEOUT_MS: 'soon' })).toThrow('WEBHOOKS_TIMEOUT_MS');
  });
});
