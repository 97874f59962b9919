// JSON logs (pino). Variables of GraphQL operations are never logged: they carry ID numbers and
// health facts. The redact list is a second line of defence for anything that slips into a log call.
import pino, { Logger } from 'pino';

export const REDACT_PATHS = [
  'req.headers.authorization',
  '*.idNumber',
  '*.*.idNumber',
  '*.variables',
  'variables',
  '*.password',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    { level, base: { service: 'four-lists' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } },
    destination,
  );
}
