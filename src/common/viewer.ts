// Who is calling: decoded from the bearer token once per request.
export const ROLES = ['ADMIN', 'ADVISER', 'SUPERVISOR', 'PARTNER', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

export interface Viewer {
  /** Subject of the token: a user id (an adviser's roster id for advisers). */
  id: string;
  role: Role;
  name: string | null;
  /** Street (街镇) codes an ADVISER or SUPERVISOR works in; empty for other roles. */
  streetCodes: string[];
  /** The provider organisation a PARTNER acts for; null for other roles. */
  providerId: string | null;
}

export const isAdmin = (viewer: Viewer) => viewer.role === 'ADMIN';

/**
 * Roles scoped to streets: the adviser (社区救助顾问) and the supervisor of the street social-assistance
 * office (街镇社会救助所), who approves what the adviser drafts (four eyes, policy/four-eyes.ts).
 */
export const STREET_SCOPED_ROLES: readonly Role[] = ['ADVISER', 'SUPERVISOR'];
export const isStreetScoped = (viewer: Viewer) => STREET_SCOPED_ROLES.includes(viewer.role);

/** ADMIN sees every street; ADVISER and SUPERVISOR only theirs; other roles none. */
export function canSeeStreet(viewer: Viewer, streetCode: string): boolean {
  if (viewer.role === 'ADMIN') return true;
  return isStreetScoped(viewer) && viewer.streetCodes.includes(streetCode);
}
