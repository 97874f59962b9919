// CORS for browser apps on other origins: only the origins listed in CORS_ORIGINS, none by default.
// A listed origin's preflight is answered 204 with the methods and headers a GraphQL client sends
// (authorization for the bearer token, content-type for JSON); an unlisted origin's preflight gets
// 403 without CORS headers, so the browser never sends the request. Apollo's CSRF prevention stays
// on behind this: a cross-origin request that skips the preflight is still refused.
import cors from 'cors';
import type { RequestHandler } from 'express';
import { sendError } from './http-errors';

export const CORS_METHODS = ['GET', 'POST', 'OPTIONS'];
export const CORS_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
];

export function corsPolicy(origins: readonly string[]): RequestHandler[] {
  const allowed = (origin: string | undefined) => origin !== undefined && origins.includes(origin);
  const refuseUnlistedPreflight: RequestHandler = (req, res, next) => {
    if (req.method === 'OPTIONS' && req.headers.origin !== undefined && !allowed(req.headers.origin))
      return sendError(res, 403, 'FORBIDDEN', 'This origin is not allowed to call the API (CORS_ORIGINS).');
    next();
  };
  return [
    refuseUnlistedPreflight,
    cors({
      origin: (origin, callback) => callback(null, allowed(origin)),
      methods: CORS_METHODS,
      allowedHeaders: CORS_HEADERS,
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
      optionsSuccessStatus: 204,
    }),
  ];
}
