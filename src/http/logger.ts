// JSON logs (pino). Variables of GraphQL operations are never logged: they carry ID numbers and
// health facts. Errors go through safeError, which keeps what a developer needs to find the bug
// (type, SQLSTATE code, constraint, stack frames) and drops what carries data: messages (a driver
// message quotes the offending value), query parameters, driver details, request bodies. The
// redact list is a second line of defence for anything that slips into a log call.
import pino, { Logger } from 'pino';

export const REDACT_PATHS = [
  'req.headers.authorization',
  'headers.authorization',
  '*.idNumber',
  '*.*.idNumber',
  '*.variables',
  'variables',
  '*.password',
  '*.token',
];

/** The loggable part of an error: never its message, parameters or driver detail. */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const driver = ((error as { driverError?: unknown }).driverError ?? error) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' && /^[\w.-]{1,80}$/.test(value) ? value : undefined);
  return {
    type: error.constructor?.name ?? error.name,
    code: text(driver.code) ?? text((error as { code?: unknown }).code),
    constraint: text(driver.constraint),
    stack: error.stack
      ?.split('\n')
      .filter((line) => /^\s+at /.test(line))
      .join('\n'),
  };
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'four-lists' },
      serializers: { err: safeError, error: safeError },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
    },
    destination,
  );
}
