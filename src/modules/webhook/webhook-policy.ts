// Pure rules of the webhooks: which URLs are accepted, who is told what, and the retry schedule.
import { isIP } from 'node:net';
import type { FieldProblem } from '../../common/domain-error';
import type { WebhookEventType, WebhookOwnerKind } from './webhook.enums';

export interface WebhookConfig {
  /** How often the service sweeps overdue referrals and delivers due notices; 0 = not at all. */
  intervalMs: number;
  /** An endpoint that has not answered by then has failed this attempt. */
  timeoutMs: number;
  /** After this many failed attempts a delivery is DEAD. */
  maxAttempts: number;
  /** Refuse http:// endpoints (production). */
  requireHttps: boolean;
  /** Accept localhost and literal private, loopback and link-local addresses (development, tests). */
  allowPrivateHosts: boolean;
}

export const DEV_WEBHOOKS: WebhookConfig = {
  intervalMs: 0,
  timeoutMs: 10_000,
  maxAttempts: 8,
  requireHttps: false,
  allowPrivateHosts: true,
};

/**
 * Who is told of what: the provider of new, withdrawn and overdue referrals; the referring adviser of declined and
 * overdue ones.
 */
export const RECIPIENTS: Record<WebhookEventType, readonly WebhookOwnerKind[]> = {
  REFERRAL_CREATED: ['PROVIDER'],
  REFERRAL_DECLINED: ['ADVISER'],
  REFERRAL_OVERDUE: ['PROVIDER', 'ADVISER'],
  REFERRAL_WITHDRAWN: ['PROVIDER'],
};

/** Minutes to wait after failed attempt n (1, 2, 3 …): 1, 2, 4, 8 … capped at 60. */
export const backoffMinutes = (attempt: number) => Math.min(2 ** (attempt - 1), 60);

const PRIVATE_V4 = [
  /^10\./,
  /^127\./,
  /^169\.254\./,
  /^192\.168\./,
  /^172\.(1[6-9]|2\d|3[01])\./,
  /^0\./,
  /^100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\./,
];

/** Literal addresses only: a DNS name that resolves to a private address is not caught here (README "Webhooks"). */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local') || host.endsWith('.internal'))
    return true;
  if (isIP(host) === 4) return PRIVATE_V4.some((p) => p.test(host));
  if (isIP(host) === 6)
    return (
      host === '::1' || host === '::' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host) || host.startsWith('::ffff:')
    );
  return false;
}

export function urlProblems(url: string, config: WebhookConfig, field = 'input.url'): FieldProblem[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ field, reason: 'INVALID_URL', message: 'not an absolute URL' }];
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    return [{ field, reason: 'UNSUPPORTED_SCHEME', message: 'use an http or https URL' }];
  if (config.requireHttps && parsed.protocol !== 'https:')
    return [{ field, reason: 'HTTPS_REQUIRED', message: 'use an https URL' }];
  if (parsed.username || parsed.password)
    return [
      { field, reason: 'CREDENTIALS_IN_URL', message: 'no user or password in the URL: the signature authenticates' },
    ];
  if (!config.allowPrivateHosts && isPrivateHost(parsed.hostname))
    return [{ field, reason: 'PRIVATE_ADDRESS', message: 'a private, loopback or link-local host is refused' }];
  return [];
}
