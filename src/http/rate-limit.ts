// Per-address and per-token request budgets (express-rate-limit, in memory: one process serves the
// service; a shared store would be needed behind several). Over budget: 429 with Retry-After.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { SecurityConfig } from '../config';
import type { AuthenticatedRequest } from './authenticate';
import { sendError } from './http-errors';

function limiter(windowMs: number, limit: number, key: (req: AuthenticatedRequest) => string): RequestHandler {
  if (limit === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => key(req as AuthenticatedRequest),
    handler: (_req, res) =>
      sendError(res, 429, 'RATE_LIMITED', `Too many requests; retry after ${res.getHeader('retry-after')} s.`),
  });
}

/** Counted before authentication: anonymous floods are refused by address. */
export const perIpLimit = (s: SecurityConfig) =>
  limiter(s.rateLimitWindowMs, s.rateLimitPerIp, (req) => ipKeyGenerator(req.ip ?? ''));

/** Counted per token subject (role and sub): one caller cannot starve the others, however many tokens. */
export const perTokenLimit = (s: SecurityConfig) =>
  limiter(s.rateLimitWindowMs, s.rateLimitPerToken, (req) => `${req.viewer?.role}:${req.viewer?.id}`);
