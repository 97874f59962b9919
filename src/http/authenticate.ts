// Who is calling, decided before anything is parsed: an anonymous or badly signed request costs one
// header read and one HMAC, and gets 401 without its body being read, let alone parsed.
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { bearerToken, verifyToken } from '../auth/token';
import type { Viewer } from '../common/viewer';
import { AdviserService } from '../modules/adviser/adviser.service';
import { sendError } from './http-errors';

export type AuthenticatedRequest = Request & { id?: string; viewer?: Viewer };

export function authenticate(db: DataSource, jwtSecret: string, maxLifetimeSeconds: number) {
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    const token = bearerToken(req.headers.authorization);
    if (token === null)
      return sendError(res, 401, 'UNAUTHENTICATED', 'Sign in first: send Authorization: Bearer <token>');
    const viewer = verifyToken(token, jwtSecret, maxLifetimeSeconds);
    if (!viewer) return sendError(res, 401, 'UNAUTHENTICATED', 'Invalid or expired token');
    // An ADVISER token whose subject is a roster id follows the roster: refused once the adviser is
    // deactivated, and scoped to the roster's street (one primary-key lookup per request). Tokens
    // minted for other subjects (development, tests) keep the streets they carry.
    if (viewer.role === 'ADVISER') {
      try {
        const entry = await AdviserService.rosterEntry(db, viewer.id);
        if (entry && !entry.active) return sendError(res, 401, 'UNAUTHENTICATED', 'This adviser is deactivated');
        if (entry) viewer.streetCodes = [entry.streetCode];
      } catch (error) {
        return next(error);
      }
    }
    req.viewer = viewer;
    next();
  };
}
