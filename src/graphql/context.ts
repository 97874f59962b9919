// One context per request: who is calling, and fresh loaders (never shared between requests).
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { createParameterDecorator } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { bearerToken, verifyToken } from '../auth/token';
import { shanghaiDate, type Clock } from '../common/clock';
import type { Viewer } from '../common/viewer';
import { geoLoaders } from '../modules/geo/geo.loaders';
import { assessmentLoaders } from '../modules/assessment/assessment.loaders';
import { catalogueLoaders } from '../modules/catalogue/catalogue.loaders';
import { householdLoaders } from '../modules/household/household.loaders';
import { planLoaders } from '../modules/plan/plan.loaders';
import { referralLoaders } from '../modules/referral/referral.loaders';
import { adviserLoaders } from '../modules/adviser/adviser.loaders';
import { visitLoaders } from '../modules/visit/visit.loaders';
import { AdviserService } from '../modules/adviser/adviser.service';

export const createLoaders = (db: DataSource) => ({
  ...geoLoaders(db),
  ...householdLoaders(db),
  ...assessmentLoaders(db),
  ...catalogueLoaders(db),
  ...planLoaders(db),
  ...referralLoaders(db),
  ...adviserLoaders(db),
  ...visitLoaders(db),
});
export type Loaders = ReturnType<typeof createLoaders>;

export interface Context {
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  /** The request's instant and its Asia/Shanghai date, read once from the clock: every field of one
   *  response agrees on what "today" is, even across midnight. */
  now: Date;
  today: string;
}

export function contextFactory(db: DataSource, jwtSecret: string, clock: Clock) {
  return async ({ req }: { req: IncomingMessage & { id?: unknown } }): Promise<Context> => {
    const token = bearerToken(req.headers.authorization);
    const viewer = token === null ? null : verifyToken(token, jwtSecret);
    if (token !== null && !viewer) {
      throw new GraphQLError('Invalid or expired token', {
        extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
      });
    }
    // An ADVISER token whose subject is a roster id follows the roster: refused once the adviser is
    // deactivated, and scoped to the roster's street (one primary-key lookup per request). Tokens
    // minted for other subjects (development, tests) keep the streets they carry.
    if (viewer?.role === 'ADVISER') {
      const entry = await AdviserService.rosterEntry(db, viewer.id);
      if (entry && !entry.active)
        throw new GraphQLError('This adviser is deactivated', {
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      if (entry) viewer.streetCodes = [entry.streetCode];
    }
    const now = clock.now();
    return { viewer, loaders: createLoaders(db), requestId: String(req.id ?? ''), now, today: shanghaiDate(now) };
  };
}

/** The signed-in viewer; only used behind @Authorized(), which has already refused anonymous callers. */
export const CurrentViewer = () =>
  createParameterDecorator<Context>(({ context }) => {
    if (!context.viewer) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
    return context.viewer;
  });
