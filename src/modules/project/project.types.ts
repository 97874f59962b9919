import { createUnionType, Field, ID, Int, ObjectType } from 'type-graphql';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Plan } from '../plan/plan.entity';
import { Project } from './project.entity';

@ObjectType({ description: 'One cell of a breakdown (共性特征): a value and the households having it.' })
export class SharedFactCell {
  @Field({ description: 'The value, e.g. HIGH, 2, DB, 60-79, YES, 3-4 (see the breakdown).' }) key: string;
  @Field(() => Int, { nullable: true, description: 'Households; null when suppressed (VIEWER, fewer than 5).' })
  households: number | null;
  @Field({ description: 'True when withheld from a VIEWER (fewer than 5 households).' }) suppressed: boolean;
}

@ObjectType({
  description:
    'Unmet needs (未满足需求: OPEN or NO_RESOURCE) of one need code in a street or district, with what the households ' +
    'have in common (共性特征), masked: counts only, never names, ID numbers or addresses. A VIEWER gets counts ' +
    'rounded to 5, a need code of fewer than 5 households withheld whole and any cell under 5 withheld.',
})
export class SharedUnmetNeed {
  @Field({ description: 'Need code (N01–N28).' }) needCode: string;
  @Field(() => Int, { nullable: true, description: 'Households with this unmet need; null when suppressed.' })
  households: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, OPEN (待对接); null when suppressed.' })
  open: number | null;
  @Field(() => Int, { nullable: true, description: 'Of them, NO_RESOURCE (无资源); null when suppressed.' })
  noResource: number | null;
  @Field({ description: 'True when the whole need code is withheld from a VIEWER (fewer than 5 households).' })
  suppressed: boolean;
  @Field(() => [SharedFactCell], {
    description: 'By hardship level (困境等级) of the latest assessment: HIGH, MODERATE, LOW, WATCH, NOT_ASSESSED.',
  })
  byLevel: SharedFactCell[];
  @Field(() => [SharedFactCell], { description: 'By primary circle (圈层): 1–4, NONE, NOT_ASSESSED.' })
  byCircle: SharedFactCell[];
  @Field(() => [SharedFactCell], {
    description:
      'By category held today (救助类别, e.g. DB, BY, TK); NONE for none. A household counts in each it holds.',
  })
  byCategory: SharedFactCell[];
  @Field(() => [SharedFactCell], {
    description:
      'By age band of members (年龄段): 0-17, 18-59, 60-79, 80+, UNKNOWN; a household counts in each band it has a ' +
      'member in.',
  })
  byAgeBand: SharedFactCell[];
  @Field(() => [SharedFactCell], {
    description: 'Disability present (有残疾成员): YES, NO (every member known not to), UNKNOWN.',
  })
  byDisability: SharedFactCell[];
  @Field(() => [SharedFactCell], { description: 'By household size (家庭规模): 1, 2, 3-4, 5+.' })
  bySizeBand: SharedFactCell[];
  @Field(() => [SharedFactCell], {
    description: 'By consent to charity referral (慈善转介授权): YES, NO, UNKNOWN — who a project can reach.',
  })
  byConsent: SharedFactCell[];
}

@ObjectType({
  description:
    'A household behind a project’s need (拟纳入家庭): its unmet need, the project resource’s eligibility verdict and ' +
    'its consent to charity referral. Visible to ADMIN and the household’s ADVISER only.',
})
export class ProjectHouseholdProposal {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field({ description: 'Its street (街镇) code.' }) streetCode: string;
  @Field(() => ID, { description: 'Its unmet need of the project’s code.' }) needId: string;
  @Field({ description: 'OPEN or NO_RESOURCE.' }) needStatus: string;
  @Field({
    description: 'The resource’s rule on its facts (资格): ELIGIBLE or UNKNOWN (INELIGIBLE ones are not listed).',
  })
  eligibility: string;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Consent to charity referral (慈善转介授权): true, false, or null when never asked.',
  })
  charityReferralConsent: boolean | null;
  @Field(() => ID, { nullable: true, description: 'Its current plan when that is a DRAFT (the plan to add to).' })
  draftPlanId: string | null;
  @Field({ description: 'The project resource is already an item of its current plan.' }) planned: boolean;
  @Field({
    description:
      'Can be planned into the project now: consent given, a draft plan, not yet planned. Without consent the plan ' +
      'editor refuses it (NO_REFERRAL_CONSENT).',
  })
  canPlan: boolean;
}

export const CreateProjectResult = createUnionType({
  name: 'CreateProjectResult',
  description: 'The new project with its resource and fund, or why not (nothing written).',
  types: () => [Project, InputValidationError] as const,
});

export const PlanProjectHouseholdResult = createUnionType({
  name: 'PlanProjectHouseholdResult',
  description:
    'The draft plan with the project resource added, or why not: the plan editor’s own refusals ' +
    '(NO_REFERRAL_CONSENT, INELIGIBLE, ALREADY_IN_PLAN …, on input.projectId) and a missing draft plan or unmet need.',
  types: () => [Plan, InputValidationError, NotFoundError, InvalidTransitionError] as const,
});
