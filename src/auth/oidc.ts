// Bearer tokens from the organisation's OpenID Connect provider (production sign-in). Signatures are
// checked against the provider's JWKS (RS256/ES256 only), fetched and cached by jose, refetched
// when a token names a key id the cache does not hold (key rotation). Only claims are read here;
// an adviser's streets come from the roster, a supervisor's from the register of people acting on cases
// (resolve-viewer.ts), never from the token.
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';
import type { Clock } from '../common/clock';
import { ROLES, type Role } from '../common/viewer';
import type { OidcConfig } from '../config';

/** What an OIDC token says about its bearer, before the roster has its say. */
export interface OidcIdentity {
  role: Role;
  subject: string;
  name: string | null;
  /** The adviser's roster id (ADVISER), from the configured claim. */
  rosterId: string | null;
  /** The supervisor's register id (SUPERVISOR, acting_person), from the configured claim. */
  registerId: string | null;
  /** The partner organisation (PARTNER), from the configured claim. */
  providerId: string | null;
}

export type OidcOutcome = { identity: OidcIdentity } | { refusal: string };

export interface OidcVerifier {
  verify(token: string): Promise<OidcOutcome>;
}

/** A claim by name; a dotted name reads nested objects (Keycloak's realm_access.roles). */
function claimAt(payload: JWTPayload, name: string): unknown {
  return name
    .split('.')
    .reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as any)[key] : undefined), payload);
}

/** The one role the role claim's values map to, or why there is none. */
export function mapRole(value: unknown, roleMap: Readonly<Record<string, Role>>): Role | string {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
  const roles = new Set<Role>();
  for (const v of values) {
    const role = roleMap[v] ?? (ROLES as readonly string[]).find((r) => r === v.toUpperCase());
    if (role) roles.add(role as Role);
  }
  if (roles.size === 0) return 'Token carries no role this service knows';
  // Two roles at once (an adviser who is also an admin in the provider) is a provider set-up error;
  // picking one would silently widen or narrow what the person sees.
  if (roles.size > 1) return 'Token maps to more than one role; give the user exactly one';
  return [...roles][0];
}

/** Why jose refused a token, in words that quote nothing from the token. */
function refusalFor(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Token expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'Token issuer is not the configured OIDC issuer';
    if (error.claim === 'aud') return 'Token audience is not this service';
    if (error.claim === 'nbf') return 'Token is not yet valid (nbf)';
    if (error.claim === 'iat') return 'Token issued in the future (iat)';
    return `Token claim ${error.claim} is missing or invalid`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'Token algorithm not allowed: RS256 or ES256 only';
  if (error instanceof errors.JWKSNoMatchingKey) return 'Token signed by a key the provider does not publish';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'Token signature is invalid';
  if (error instanceof errors.JWKSTimeout || (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC'))
    return 'Cannot check the token: the identity provider is unreachable';
  return 'Invalid token';
}

export function createOidcVerifier(config: OidcConfig, maxLifetimeSeconds: number, clock: Clock): OidcVerifier {
  const jwks = createRemoteJWKSet(new URL(config.jwksUrl), {
    cacheMaxAge: config.jwksCacheSeconds * 1000,
    cooldownDuration: config.jwksCooldownSeconds * 1000,
    timeoutDuration: 5000,
  });
  return {
    async verify(token) {
      const now = clock.now();
      let payload: JWTPayload;
      try {
        ({ payload } = await jwtVerify(token, jwks, {
          issuer: config.issuer,
          audience: config.audience,
          algorithms: ['RS256', 'ES256'],
          clockTolerance: config.clockSkewSeconds,
          currentDate: now,
          requiredClaims: ['exp', 'iat', 'sub'],
        }));
      } catch (error) {
        return { refusal: refusalFor(error) };
      }
      const nowSeconds = Math.floor(now.getTime() / 1000);
      const { exp, iat } = payload as Required<Pick<JWTPayload, 'exp' | 'iat'>>;
      if (iat > nowSeconds + config.clockSkewSeconds) return { refusal: 'Token issued in the future (iat)' };
      // A token valid for a year is a password that cannot be changed: the lifetime is capped.
      if (exp - iat > maxLifetimeSeconds) return { refusal: `Token lifetime exceeds ${maxLifetimeSeconds} seconds` };
      const role = mapRole(claimAt(payload, config.roleClaim), config.roleMap);
      if (!(ROLES as readonly string[]).includes(role)) return { refusal: role };
      const text = (name: string) => {
        const v = claimAt(payload, name);
        return typeof v === 'string' && v !== '' ? v : null;
      };
      const identity: OidcIdentity = {
        role: role as Role,
        subject: payload.sub!,
        name: text('name'),
        rosterId: role === 'ADVISER' ? text(config.adviserIdClaim) : null,
        registerId: role === 'SUPERVISOR' ? text(config.supervisorIdClaim) : null,
        providerId: role === 'PARTNER' ? text(config.providerClaim) : null,
      };
      // A SUPERVISOR is scoped to streets: they come from the register entry the claim names, never the token.
      if (role === 'SUPERVISOR' && !identity.registerId)
        return { refusal: `Supervisor token has no ${config.supervisorIdClaim} claim` };
      if (role === 'ADVISER' && !identity.rosterId)
        return { refusal: `Adviser token has no ${config.adviserIdClaim} claim` };
      if (role === 'PARTNER' && !identity.providerId)
        return { refusal: `Partner token has no ${config.providerClaim} claim` };
      return { identity };
    },
  };
}
