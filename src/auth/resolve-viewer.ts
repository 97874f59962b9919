// Who a bearer token speaks for, with the roster's say for advisers: shared by /graphql and /hsds.
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/viewer';
import { AdviserService } from '../modules/adviser/adviser.service';
import { bearerToken, verifyToken } from './token';

/** The viewer an Authorization header speaks for, or why it is refused (401). */
export async function resolveViewer(
  db: DataSource,
  jwtSecret: string,
  maxLifetimeSeconds: number,
  header: string | undefined,
): Promise<{ viewer: Viewer } | { refusal: string }> {
  const token = bearerToken(header);
  if (token === null) return { refusal: 'Sign in first: send Authorization: Bearer <token>' };
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
