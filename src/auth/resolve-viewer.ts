// Who a bearer token speaks for, with the roster's say for advisers: shared by /graphql and /hsds.
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { AdviserService } from '../modules/adviser/adviser.service';
import type { OidcIdentity, OidcVerifier } from './oidc';
import { bearerToken, verifyToken } from './token';

/**
 * The viewer an Authorization header speaks for, or why it is refused (401). With an OIDC verifier
 * (production sign-in) only the provider's tokens count; HS256 development tokens are refused.
 */
export async function resolveViewer(
  db: DataSource,
  jwtSecret: string,
  maxLifetimeSeconds: number,
  header: string | undefined,
  oidc: OidcVerifier | null = null,
): Promise<{ viewer: Viewer } | { refusal: string }> {
  const token = bearerToken(header);
  if (token === null) return { refusal: 'Sign in first: send Authorization: Bearer <token>' };
  if (oidc) {
    const outcome = await oidc.verify(token);
    return 'refusal' in outcome ? outcome : oidcViewer(db, outcome.identity);
  }
  const viewer = verifyToken(token, jwtSecret, maxLifetimeSeconds);
  if (!viewer) return { refusal: 'Invalid or expired token' };
  // An ADVISER token whose subject is a roster id follows the roster: refused once the adviser is
  // deactivated, and scoped to the roster's street (one primary-key lookup per request). Tokens
  // minted for other subjects (development, tests) keep the streets they carry.
  if (viewer.role === 'ADVISER') {
    const entry = await AdviserService.rosterEntry(db, viewer.id);
    if (entry && !entry.active) return { refusal: 'This adviser is deactivated' };
    if (entry) viewer.streetCodes = [entry.streetCode];
  }
  return { viewer };
}

/** An identity-provider user: an adviser is who the roster says, or nobody (no streets from the token). */
async function oidcViewer(db: DataSource, identity: OidcIdentity): Promise<{ viewer: Viewer } | { refusal: string }> {
  const viewer: Viewer = {
    id: identity.subject,
    role: identity.role,
    name: identity.name,
    streetCodes: [],
    providerId: identity.providerId,
  };
  if (identity.role === 'ADVISER') {
    const entry = await AdviserService.rosterEntry(db, identity.rosterId!);
    if (!entry) return { refusal: 'No adviser roster entry for this sign-in; ask an administrator to add you' };
    if (!entry.active) return { refusal: 'This adviser is deactivated' };
    viewer.id = identity.rosterId!; // an adviser's id is the roster id everywhere (assignments, visits)
    viewer.streetCodes = [entry.streetCode];
  }
  return { viewer };
}
