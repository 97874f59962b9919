// Why the database cannot be opened, said in one sentence an operator can act on. Never the
// password: the URL is shown only as host, port, user and database, and any message that quotes
// the URL or its password has them replaced.
import { parse as parseConnectionString } from 'pg-connection-string';

export interface StartupFailure {
  msg: string;
  code?: string;
}

/** host:port, user and database of a DATABASE_URL; never its password. */
export function describeUrl(url: string): { host: string; port: string; user: string; database: string } {
  const { host, port, user, database } = parseConnectionString(url);
  return {
    host: host ?? 'localhost',
    port: port ?? '5432',
    user: user ?? 'postgres',
    database: database ?? 'postgres',
  };
}

/** A message with the URL and its password taken out. */
export function scrubSecrets(message: string, url: string | null): string {
  if (!url) return message;
  let out = message.split(url).join('[DATABASE_URL]');
  const { password } = parseConnectionString(url);
  if (password) {
    out = out.split(password).join('[redacted]');
    out = out.split(encodeURIComponent(password)).join('[redacted]');
  }
  return out;
}

/** What to print for a failure to connect to DATABASE_URL; null when the error is not one of those. */
export function describeConnectError(error: unknown, url: string | null): StartupFailure | null {
  if (!url || typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  const { host, port, user, database } = describeUrl(url);
  const where = `${host}:${port}`;
  switch (code) {
    case '3D000': // invalid_catalog_name
      return {
        code,
        msg:
          `database "${database}" does not exist on ${where}: create it with ` +
          `\`createdb -h ${host} -p ${port} -U ${user} ${database}\` (or in psql: CREATE DATABASE "${database}";), ` +
          'then start again',
      };
    case '28P01': // invalid_password
    case '28000': // invalid_authorization_specification
      return {
        code,
        msg: `PostgreSQL on ${where} refused user "${user}": check the user and password in DATABASE_URL`,
      };
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return {
        code,
        msg: `cannot reach PostgreSQL at ${where} (${code}): is the server running, and is DATABASE_URL right?`,
      };
    default:
      return null;
  }
}
