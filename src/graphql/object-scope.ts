// Object-level authorization: every object that carries a household's data is checked against the
// caller's scope before any of its fields is resolved, whatever path led to it (a root query, a
// field of another object, a mutation's result). Checks per path missed one: after a move of
// street, `referral(id) { household { members { idNumber } } }` still served the old street's
// adviser. Here the rule is per type and applied by one global middleware on the parent object.
//
// Which objects: Household itself, and every object with a `householdId` property (members,
// needs, plans, assessments, referrals, service records, warnings, visit schedule rows,
// assignments, categories and events …), so a type added later is covered by carrying the
// household id it is stored with. PlanItem reaches its household through its plan.
// Who: ADMIN everything; ADVISER and SUPERVISOR the households of their streets, read from the household row as it
// is now (never a copied street code); PARTNER only referrals to its own organisation (and, for a
// non-government one, only with the household's consent to charity referral); VIEWER none.
import type { MiddlewareFn } from 'type-graphql';
import { DomainError } from '../common/domain-error';
import { isStreetScoped, type Viewer } from '../common/viewer';
import type { Household } from '../modules/household/household.entity';
import { GOVERNMENT_PROVIDER_TYPES } from '../../policy/duplicate-assistance';
import type { Context, Loaders } from './context';

type Scoped = { householdId?: string | null; planId?: string; providerId?: string };

/**
 * The household an object belongs to: its id, null when it has none (an unmatched warning), undefined when it is no
 * household data.
 */
async function householdIdOf(typeName: string, obj: Scoped & { id?: string }, loaders: Loaders) {
  if (typeName === 'Household') return obj.id ?? null;
  if ('householdId' in obj) return obj.householdId ?? null;
  if (typeName === 'PlanItem' && obj.planId) return (await loaders.planById.load(obj.planId))?.householdId ?? null;
  return undefined;
}

async function mayPartnerSee(viewer: Viewer, referral: Scoped, household: Household, loaders: Loaders) {
  if (!referral.providerId || referral.providerId !== viewer.providerId) return false;
  const provider = await loaders.providerById.load(referral.providerId);
  return (
    !!provider && (GOVERNMENT_PROVIDER_TYPES.includes(provider.type) || household.consents?.charityReferral === true)
  );
}

async function maySee(viewer: Viewer, typeName: string, obj: Scoped & { id?: string }, loaders: Loaders) {
  const householdId = await householdIdOf(typeName, obj, loaders);
  if (householdId === undefined || viewer.role === 'ADMIN') return true;
  if (householdId === null || viewer.role === 'VIEWER') return false;
  if (typeName === 'Household') loaders.householdById.prime(householdId, obj as Household);
  const household = await loaders.householdById.load(householdId);
  if (!household) return false;
  if (isStreetScoped(viewer)) return viewer.streetCodes.includes(household.streetCode);
  return typeName === 'Referral' && (await mayPartnerSee(viewer, obj, household, loaders));
}

// One verdict per object per request: the first of its fields decides, the others wait for it.
const verdicts = new WeakMap<Context, WeakMap<object, Promise<boolean>>>();

function verdictFor(context: Context, typeName: string, obj: object): Promise<boolean> {
  let byObject = verdicts.get(context);
  if (!byObject) verdicts.set(context, (byObject = new WeakMap()));
  let verdict = byObject.get(obj);
  if (!verdict) {
    verdict = context.viewer ? maySee(context.viewer, typeName, obj, context.loaders) : Promise.resolve(false);
    byObject.set(obj, verdict);
  }
  return verdict;
}

export const ObjectScopeMiddleware: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  if (root === null || typeof root !== 'object' || info.parentType === info.schema.getQueryType()) return next();
  if (info.parentType === info.schema.getMutationType()) return next();
  if (!(await verdictFor(context, info.parentType.name, root)))
    throw new DomainError('NOT_FOUND', `This ${info.parentType.name} is not visible to you`);
  return next();
};
