import { Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { maskIdNumber } from '../../common/id-number';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { Street } from '../geo/geo.entity';
import { Household } from '../household/household.entity';
import { Adviser, HouseholdAssignment, NearRelativeFiling } from './adviser.entity';
import { canSeeFilings } from './adviser.service';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Adviser)
export class AdviserFieldsResolver {
  @FieldResolver(() => Street, { description: 'The street (街镇) served.' })
  street(@Root() a: Adviser, @Ctx() { loaders }: Context) {
    return loaders.streetByCode.load(a.streetCode);
  }

  @FieldResolver(() => [Household], { description: 'Households the adviser is responsible for now (责任户).' })
  async households(@Root() a: Adviser, @Ctx() { loaders }: Context) {
    const assignments = await loaders.currentAssignmentsByAdviserId.load(a.id);
    return (await loaders.householdById.loadMany(assignments.map((x) => x.householdId))).filter(
      (h): h is Household => !!h && !(h instanceof Error),
    );
  }

  @FieldResolver(() => Int, {
    description: 'Households the adviser is responsible for now (current caseload); compare with caseloadMax.',
  })
  async caseload(@Root() a: Adviser, @Ctx() { loaders }: Context) {
    return (await loaders.currentAssignmentsByAdviserId.load(a.id)).length;
  }

  @FieldResolver(() => [NearRelativeFiling], {
    nullable: true,
    description: 'Near-relative filings (近亲属备案); null unless you are ADMIN or this adviser.',
  })
  nearRelativeFilings(@Root() a: Adviser, @CurrentViewer() viewer: Viewer, @Ctx() { loaders }: Context) {
    return canSeeFilings(viewer, a.id) ? loaders.nearRelativeFilingsByAdviserId.load(a.id) : null;
  }
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => NearRelativeFiling)
export class NearRelativeFilingFieldsResolver {
  @FieldResolver(() => String, { description: 'ID number with the middle masked, e.g. 3101**********1234.' })
  idNumberMasked(@Root() f: NearRelativeFiling) {
    return maskIdNumber(f.idNumber);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Full ID number: ADMIN only (null for everyone else, the adviser included).',
  })
  idNumber(@Root() f: NearRelativeFiling, @CurrentViewer() viewer: Viewer) {
    return viewer.role === 'ADMIN' ? f.idNumber : null;
  }
}

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => HouseholdAssignment)
export class AssignmentFieldsResolver {
  @FieldResolver(() => Adviser, { nullable: true, description: 'The adviser.' })
  adviser(@Root() a: HouseholdAssignment, @Ctx() { loaders }: Context) {
    return loaders.adviserById.load(a.adviserId);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household.' })
  household(@Root() a: HouseholdAssignment, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(a.householdId);
  }
}

// Adviser work seen from the household.
@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Household)
export class HouseholdAdviserFieldsResolver {
  @FieldResolver(() => Adviser, {
    nullable: true,
    description: 'The responsible adviser (责任顾问); null when none is assigned.',
  })
  async responsibleAdviser(@Root() h: Household, @Ctx() { loaders }: Context) {
    const current = await loaders.currentAssignmentByHouseholdId.load(h.id);
    return current ? loaders.adviserById.load(current.adviserId) : null;
  }

  @FieldResolver(() => [HouseholdAssignment], {
    description: 'Every assignment of a responsible adviser, oldest first.',
  })
  assignmentHistory(@Root() h: Household, @Ctx() { loaders }: Context) {
    return loaders.assignmentsByHouseholdId.load(h.id);
  }
}
