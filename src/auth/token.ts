// Bearer tokens: HS256-signed JWTs carrying the role and its scope (streets or provider).
import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { ROLES, Role, STREET_SCOPED_ROLES, Viewer } from '../common/viewer';

export interface TokenClaims {
  sub: string;
  role: Role;
  name?: string;
  streets?: string[];
  providerId?: string;
}

const ISSUER = 'four-lists';

export function signToken(
  claims: TokenClaims,
  secret: string,
  expiresIn: jwt.SignOptions['expiresIn'] = '12h',
): string {
  return jwt.sign(claims, secret, { algorithm: 'HS256', issuer: ISSUER, expiresIn });
}

/**
 * The secret as a KeyObject, made once per secret. Given a string, jsonwebtoken first tries to read
 * it as a PEM public key and falls back to a secret key when that throws: a third of the CPU time of
 * a small query (issue 19's profile). A process uses one secret; tests a few.
 */
const secretKeys = new Map<string, KeyObject>();
function secretKey(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    if (secretKeys.size >= 16) secretKeys.clear();
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    secretKeys.set(secret, key);
  }
  return key;
}

/** The default for verifyToken: tokens of the service's own default lifetime (src/config.ts). */
export const DEFAULT_MAX_LIFETIME_SECONDS = 12 * 3600;

/**
 * The viewer a token speaks for, or null when it is malformed, forged, expired or out of shape.
 * `exp` and `iat` are required and the lifetime (exp − iat) may not exceed maxLifetimeSeconds: a
 * token without expiry, or one valid for a hundred years, is a password that can never be changed.
 */
export function verifyToken(
  token: string,
  secret: string,
  maxLifetimeSeconds = DEFAULT_MAX_LIFETIME_SECONDS,
): Viewer | null {
  let payload: jwt.JwtPayload | string;
  try {
    payload = jwt.verify(token, secretKey(secret), { algorithms: ['HS256'], issuer: ISSUER });
  } catch {
    return null;
  }
  if (typeof payload === 'string' || typeof payload.sub !== 'string') return null;
  const { exp, iat } = payload;
  if (!Number.isFinite(exp) || !Number.isFinite(iat) || exp! - iat! > maxLifetimeSeconds) return null;
  const role = payload.role as Role;
  if (!ROLES.includes(role)) return null;
  const streets = Array.isArray(payload.streets)
    ? payload.streets.filter((s): s is string => typeof s === 'string')
    : [];
  const providerId = typeof payload.providerId === 'string' ? payload.providerId : null;
  // A scoped role without its scope would see nothing; refuse it rather than guess.
  if (STREET_SCOPED_ROLES.includes(role) && streets.length === 0) return null;
  if (role === 'PARTNER' && !providerId) return null;
  return {
    id: payload.sub,
    role,
    name: typeof payload.name === 'string' ? payload.name : null,
    streetCodes: STREET_SCOPED_ROLES.includes(role) ? streets : [],
    providerId: role === 'PARTNER' ? providerId : null,
  };
}

export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}
