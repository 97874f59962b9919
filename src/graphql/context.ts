// One context per request: who is calling, and fresh loaders (never shared between requests).
import type { IncomingMessage } from 'node:http';
import { GraphQLError } from 'graphql';
import { createParameterDecorator } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { shanghaiDate, type Clock } from '../common/clock';
import type { Viewer } from '../common/viewer';
import { geoLoaders } from '../modules/geo/geo.loaders';
import { assessmentLoaders } from '../modules/assessment/assessment.loaders';
import { needLoaders } from '../modules/need/need.loaders';
import { catalogueLoaders } from '../modules/catalogue/catalogue.loaders';
import { householdLoaders } from '../modules/household/household.loaders';
import { planLoaders } from '../modules/plan/plan.loaders';
import { allocationLoaders } from '../modules/allocation/allocation.loaders';
import { referralLoaders } from '../modules/referral/referral.loaders';
import { adviserLoaders } from '../modules/adviser/adviser.loaders';
import { visitLoaders } from '../modules/visit/visit.loaders';
import { webhookLoaders } from '../modules/webhook/webhook.loaders';
import { outreachLoaders } from '../modules/outreach/outreach.loaders';
import { fundLoaders } from '../modules/fund/fund.loaders';
import { caseHelpLoaders } from '../modules/case-help/case-help.loaders';
import { projectLoaders } from '../modules/project/project.loaders';
import { AuditTrail } from '../modules/audit/audit-trail';

/** Every module's loaders, in one list: the lazy loaders and createLoaders both read it. */
const LOADER_GROUPS = [
  geoLoaders,
  householdLoaders,
  assessmentLoaders,
  needLoaders,
  catalogueLoaders,
  planLoaders,
  allocationLoaders,
  referralLoaders,
  adviserLoaders,
  visitLoaders,
  webhookLoaders,
  outreachLoaders,
  fundLoaders,
  caseHelpLoaders,
  projectLoaders,
] as const;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Loaders = Intersection<ReturnType<(typeof LOADER_GROUPS)[number]>>;

/** Every loader of one request, all made at once (tests and scripts that want them all). */
export const createLoaders = (db: DataSource): Loaders =>
  Object.assign({}, ...LOADER_GROUPS.map((group) => group(db))) as Loaders;

export interface Context {
  viewer: Viewer | null;
  loaders: Loaders;
  requestId: string;
  /** What this request read and wrote that the access audit records (modules/audit/). */
  audit: AuditTrail;
  /** The request's instant and its Asia/Shanghai date, read once from the clock: every field of one
   *  response agrees on what "today" is, even across midnight. */
  now: Date;
  today: string;
}

const DB = Symbol('db');
type LazyLoaders = Loaders & { [DB]: DataSource };

/**
 * A request's loaders, each module's made when the request first reads one of them: most requests
 * use a few of the nearly forty, and making them all was the largest self time of the context
 * (issue 19's profile). The getters live on one prototype, made once per process; a request's object
 * holds the database and the groups it has used (still fresh per request, never shared).
 */
function lazyLoaderFactory(db: DataSource): (db: DataSource) => Loaders {
  const prototype = {} as Record<PropertyKey, unknown>;
  // A name two groups make belongs to the later one, as in createLoaders' Object.assign.
  const owner = new Map<string, (typeof LOADER_GROUPS)[number]>();
  for (const group of LOADER_GROUPS) for (const key of Object.keys(group(db))) owner.set(key, group);
  for (const [key, group] of owner)
    Object.defineProperty(prototype, key, {
      enumerable: true,
      get(this: LazyLoaders) {
        const made = group(this[DB]) as Record<string, unknown>;
        for (const [name, loader] of Object.entries(made))
          if (owner.get(name) === group) Object.defineProperty(this, name, { value: loader, enumerable: true });
        return made[key];
      },
    });
  return (requestDb) => Object.assign(Object.create(prototype), { [DB]: requestDb }) as Loaders;
}

/** The viewer was authenticated before the request reached Apollo (src/http/authenticate.ts). */
export function contextFactory(db: DataSource, clock: Clock) {
  const loaders = lazyLoaderFactory(db);
  return async ({ req }: { req: IncomingMessage & { id?: unknown; viewer?: Viewer } }): Promise<Context> => {
    const viewer = req.viewer ?? null;
    const requestId = String(req.id ?? '');
    const now = clock.now();
    // The request's start is the time of its audit rows and its "today".
    const audit = new AuditTrail(viewer, requestId, now);
    return { viewer, loaders: loaders(db), requestId, audit, now, today: shanghaiDate(now) };
  };
}

/** The signed-in viewer; only used behind @Authorized(), which has already refused anonymous callers. */
export const CurrentViewer = () =>
  createParameterDecorator<Context>(({ context }) => {
    if (!context.viewer) throw new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } });
    return context.viewer;
  });
