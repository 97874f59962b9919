// Who a bearer token speaks for, with the roster's say for advisers: shared by /graphql and /hsds.
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { ActingPersonService } from '../modules/adviser/acting-person.service';
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
  // A SUPERVISOR token whose subject is a register id (经办及评议人员) follows the register the same way.
  if (viewer.role === 'ADVISER') return followRoster(db, viewer, viewer.id, false);
  return viewer.role === 'SUPERVISOR' ? followRegister(db, viewer, viewer.id, false) : { viewer };
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
  if (identity.role === 'ADVISER') return followRoster(db, viewer, identity.rosterId!, true);
  return identity.role === 'SUPERVISOR' ? followRegister(db, viewer, identity.registerId!, true) : { viewer };
}

/**
 * A supervisor is who the register of people acting on cases says: an entry of kind SUPERVISOR, active, its
 * streets the scope, known by the register id (so its near-relative filings keep it off related cases). Without
 * one a provider sign-in is refused; a development token minted for another subject keeps the streets it carries.
 */
async function followRegister(
  db: DataSource,
  viewer: Viewer,
  registerId: string,
  required: boolean,
): Promise<{ viewer: Viewer } | { refusal: string }> {
  const entry = await ActingPersonService.registerEntry(db, registerId);
  if (!entry)
    return required
      ? { refusal: 'No supervisor register entry for this sign-in; ask an administrator to register you' }
      : { viewer };
  if (entry.kind !== 'SUPERVISOR') return { refusal: 'This register entry is not a supervisor' };
  if (!entry.active) return { refusal: 'This supervisor is deactivated' };
  return { viewer: { ...viewer, id: registerId, streetCodes: [...entry.streetCodes] } };
}

/**
 * The roster decides who an adviser is: refused once deactivated, scoped to the roster's street, and
 * known by the roster id everywhere (assignments, visits). Without an entry a provider sign-in is
 * refused (required); a development token minted for another subject keeps the streets it carries.
 */
async function followRoster(
  db: DataSource,
  viewer: Viewer,
  rosterId: string,
  required: boolean,
): Promise<{ viewer: Viewer } | { refusal: string }> {
  const entry = await AdviserService.rosterEntry(db, rosterId);
  if (!entry)
    return required
      ? { refusal: 'No adviser roster entry for this sign-in; ask an administrator to add you' }
      : { viewer };
  if (!entry.active) return { refusal: 'This adviser is deactivated' };
  return { viewer: { ...viewer, id: rosterId, streetCodes: [entry.streetCode] } };
}
