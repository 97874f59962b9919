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
import type { GraphQLResolveInfo } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { DomainError } from '../common/domain-error';
import { isStreetScoped, type Viewer } from '../common/viewer';
import type { Household } from '../modules/household/household.entity';
import { GOVERNMENT_PROVIDER_TYPES } from '../../policy/duplicate-assistance';
import type { Context, Loaders } from './context';

type Scoped = { householdId?: string | null; planId?: string; providerId?: string };

/**
 * The household an object belongs to: its id, null when it has none (an unmatched warning), undefined when it is no
 * household data; a promise only for a PlanItem, whose household is its plan's.
 */
function householdIdOf(typeName: string, obj: Scoped & { id?: string }, loaders: Loaders) {
  if (typeName === 'Household') return obj.id ?? null;
  if ('householdId' in obj) return obj.householdId ?? null;
  if (typeName === 'PlanItem' && obj.planId)
    return loaders.planById.load(obj.planId).then((plan) => plan?.householdId ?? null);
  return undefined;
}

async function mayPartnerSee(viewer: Viewer, referral: Scoped, household: Household, loaders: Loaders) {
  if (!referral.providerId || referral.providerId !== viewer.providerId) return false;
  const provider = await loaders.providerById.load(referral.providerId);
  return (
    !!provider && (GOVERNMENT_PROVIDER_TYPES.includes(provider.type) || household.consents?.charityReferral === true)
  );
}

async function mayReach(viewer: Viewer, typeName: string, obj: Scoped, householdId: string | null, loaders: Loaders) {
  if (householdId === null || viewer.role === 'VIEWER') return false;
  if (typeName === 'Household') loaders.householdById.prime(householdId, obj as Household);
  const household = await loaders.householdById.load(householdId);
  if (!household) return false;
  if (isStreetScoped(viewer)) return viewer.streetCodes.includes(household.streetCode);
  return typeName === 'Referral' && (await mayPartnerSee(viewer, obj, household, loaders));
}

/** The verdict, synchronous where no lookup is needed (ADMIN, objects that carry no household data). */
function maySee(viewer: Viewer | null, typeName: string, obj: Scoped & { id?: string }, loaders: Loaders) {
  if (!viewer) return false;
  if (viewer.role === 'ADMIN') return true;
  const householdId = householdIdOf(typeName, obj, loaders);
  if (householdId === undefined) return true;
  if (householdId instanceof Promise) return householdId.then((id) => mayReach(viewer, typeName, obj, id, loaders));
  return mayReach(viewer, typeName, obj, householdId, loaders);
}

// One verdict per object per request: the first of its fields decides, the others wait for it, and once it is known
// it is kept as a plain boolean, so the fields read after that need no promise (field-pipeline.ts).
const verdicts = new WeakMap<Context, WeakMap<object, boolean | Promise<boolean>>>();

export function verdictFor(context: Context, typeName: string, obj: object): boolean | Promise<boolean> {
  let byObject = verdicts.get(context);
  if (!byObject) verdicts.set(context, (byObject = new WeakMap()));
  let verdict = byObject.get(obj);
  if (verdict === undefined) {
    verdict = maySee(context.viewer, typeName, obj, context.loaders);
    if (typeof verdict !== 'boolean') {
      const known = byObject;
      verdict = verdict.then((v) => (known.set(obj, v), v));
    }
    byObject.set(obj, verdict);
  }
  return verdict;
}

export const notVisible = (typeName: string) => new DomainError('NOT_FOUND', `This ${typeName} is not visible to you`);

/** Is this field's parent an object whose household the caller may not see? (Root fields have no such parent.) */
function isScopedField(root: unknown, info: GraphQLResolveInfo): root is object {
  if (root === null || typeof root !== 'object') return false;
  return info.parentType !== info.schema.getQueryType() && info.parentType !== info.schema.getMutationType();
}

export const ObjectScopeMiddleware: MiddlewareFn<Context> = async ({ root, info, context }, next) => {
  if (isScopedField(root, info) && !(await verdictFor(context, info.parentType.name, root)))
    throw notVisible(info.parentType.name);
  return next();
};
