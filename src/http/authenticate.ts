// Who is calling, decided before anything is parsed: an anonymous or badly signed request costs one
// header read and one HMAC, and gets 401 without its body being read, let alone parsed.
import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { OidcVerifier } from '../auth/oidc';
import { resolveViewer } from '../auth/resolve-viewer';
import type { Viewer } from '../common/viewer';
import { sendError } from './http-errors';

export type AuthenticatedRequest = Request & { id?: string; viewer?: Viewer };

export function authenticate(
  db: DataSource,
  jwtSecret: string,
  maxLifetimeSeconds: number,
  oidc: OidcVerifier | null = null,
) {
  return async (req: AuthenticatedRequest, res: Response, next: NextFunction) => {
    try {
      const outcome = await resolveViewer(db, jwtSecret, maxLifetimeSeconds, req.headers.authorization, oidc);
      if ('refusal' in outcome) return sendError(res, 401, 'UNAUTHENTICATED', outcome.refusal);
      req.viewer = outcome.viewer;
      next();
    } catch (error) {
      next(error);
    }
  };
}
