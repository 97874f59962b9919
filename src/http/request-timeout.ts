// A request that is not answered within the limit gets 503 REQUEST_TIMEOUT, so no caller waits for
// ever. graphql-js cannot abort a running execution; the database side is bounded by
// statement_timeout (src/db/data-source.ts), and the late result is dropped.
import type { RequestHandler } from 'express';
import { sendError } from './http-errors';

export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    if (ms === 0) return next();
    const timer = setTimeout(() => {
      sendError(res, 503, 'REQUEST_TIMEOUT', `The request took longer than ${ms} ms and was abandoned.`);
      // Whatever the handler writes later is discarded instead of failing on sent headers.
      const drop = () => res;
      Object.assign(res, { setHeader: drop, writeHead: drop, write: () => true, end: drop, send: drop });
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
