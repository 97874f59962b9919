// Short-lived signed links to a printed plan (打印链接), for browsers that cannot send an
// Authorization header (a new tab, a print dialog): HMAC-SHA256 over the plan id, the viewer who
// asked and the expiry. The viewer is carried in the link, so it opens exactly what that viewer may
// see for five minutes; a changed byte or an expired link is refused (401).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Clock } from '../../common/clock';
import { ROLES, type Viewer } from '../../common/viewer';

export const PRINT_LINK_SECONDS = 5 * 60;

interface LinkPayload {
  p: string;
  v: Pick<Viewer, 'id' | 'role' | 'name' | 'streetCodes' | 'providerId'>;
  exp: number;
}

export class PrintLinks {
  constructor(
    private readonly secret: string,
    private readonly clock: Clock,
  ) {}

  private mac(body: string) {
    return createHmac('sha256', `print-link:${this.secret}`).update(body).digest('base64url');
  }

  /** A token for `GET /plans/{planId}/print?token=…`, valid PRINT_LINK_SECONDS. */
  sign(planId: string, viewer: Viewer): { token: string; expiresAt: Date } {
    const exp = Math.floor(this.clock.now().getTime() / 1000) + PRINT_LINK_SECONDS;
    const { id, role, name, streetCodes, providerId } = viewer;
    const payload: LinkPayload = { p: planId, v: { id, role, name, streetCodes, providerId }, exp };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return { token: `${body}.${this.mac(body)}`, expiresAt: new Date(exp * 1000) };
  }

  /** The viewer a token speaks for on this plan, or null (tampered, expired, another plan). */
  verify(token: string, planId: string): Viewer | null {
    const [body, mac, extra] = token.split('.');
    if (!body || !mac || extra !== undefined) return null;
    const expected = Buffer.from(this.mac(body));
    const given = Buffer.from(mac);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let payload: LinkPayload;
    try {
      payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    if (payload.p !== planId || !(payload.exp * 1000 > this.clock.now().getTime())) return null;
    const v = payload.v;
    if (!v || typeof v.id !== 'string' || !ROLES.includes(v.role) || !Array.isArray(v.streetCodes)) return null;
    return {
      id: v.id,
      role: v.role,
      name: v.name ?? null,
      streetCodes: v.streetCodes,
      providerId: v.providerId ?? null,
    };
  }
}
