// Who is calling: decoded from the bearer token once per request.
export const ROLES = ['ADMIN', 'ADVISER', 'PARTNER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** Subject of the token: a user id (an adviser's roster id for advisers). */
  id: string;
  role: Role;
  name: string | null;
  /** Street (街镇) codes an ADVISER works in; empty for other roles. */
  streetCodes: string[];
  /** The provider organisation a PARTNER acts for; null for other roles. */
  providerId: string | null;
}

export const isAdmin = (viewer: Viewer) => viewer.role === 'ADMIN';

/** ADMIN sees every street; ADVISER only theirs; other roles none. */
export function canSeeStreet(viewer: Viewer, streetCode: string): boolean {
  if (viewer.role === 'ADMIN') return true;
  return viewer.role === 'ADVISER' && viewer.streetCodes.includes(streetCode);
}
