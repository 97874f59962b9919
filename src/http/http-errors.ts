// Answers outside GraphQL execution (authentication, rate limits, timeouts, unreadable bodies) in
// the same JSON shape as GraphQL errors, so clients handle one format, and never with an HTML page
// or an echo of what was sent.
import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, Response } from 'express';
import type { Logger } from 'pino';

export function sendError(res: Response, status: number, code: string, message: string, extra: object = {}) {
  if (res.headersSent) return;
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code, ...extra } }] }));
}

// body-parser's error types → what the client is told. Its errors carry the raw body (`body`) and
// a message quoting it: neither is logged nor answered.
const BODY_ERRORS: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'BAD_REQUEST', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  'encoding.unsupported': [415, 'BAD_REQUEST', 'The request body has an unsupported encoding.'],
  'charset.unsupported': [415, 'BAD_REQUEST', 'The request body has an unsupported charset.'],
  'request.aborted': [400, 'BAD_REQUEST', 'The request was aborted.'],
};

/** Express error handler: body errors by type; anything else is logged by id and answered with the id. */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    const known = BODY_ERRORS[(error as { type?: string }).type ?? ''];
    if (known) {
      logger.info({ requestId: (req as { id?: string }).id, code: known[1] }, 'request body refused');
      sendError(res, known[0], known[1], known[2]);
      return;
    }
    const errorId = randomUUID();
    logger.error({ err: error, errorId, requestId: (req as { id?: string }).id }, 'unexpected HTTP error');
    sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', { errorId });
  };
}
