// Four eyes on decisions (四眼原则): the district's setting (four_eyes_setting, else the defaults of
// policy/four-eyes.ts) and the check every approving service calls once, inside its transaction.
import { Field, ObjectType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import {
  FOUR_EYES_DEFAULTS,
  judgeFourEyes,
  type FourEyesDecision,
  type FourEyesRefusal,
} from '../../../policy/four-eyes';
import type { Viewer } from '../../common/viewer';
import { ErrorCode, ErrorResult } from '../../graphql/errors';
import { noteForAudit } from '../audit/audit-notes';
import { FourEyesDecisionEnum, FourEyesSetting } from './four-eyes.entity';

export const FOUR_EYES_OVERRIDE = 'FOUR_EYES_OVERRIDE';

const MESSAGES: Record<FourEyesRefusal, string> = {
  DRAFTER_CANNOT_APPROVE:
    '拟定人不得自行审批 the person who drafted this may not approve it; another supervisor or ADMIN',
  SUPERVISOR_REQUIRED:
    '须由街镇社会救助所（SUPERVISOR）或区民政（ADMIN）审批 a second person must decide: a SUPERVISOR of the street or ADMIN',
};

@ObjectType({
  implements: ErrorResult,
  description:
    'Four eyes (四眼原则): this decision needs a second person — not its drafter, and a SUPERVISOR or ADMIN. Nothing ' +
    'was written.',
})
export class SecondPersonRequiredError extends ErrorResult {
  @Field(() => FourEyesDecisionEnum, { description: 'The decision refused.' }) decision: FourEyesDecision;
  @Field(() => String, { description: 'DRAFTER_CANNOT_APPROVE or SUPERVISOR_REQUIRED.' }) reason: FourEyesRefusal;

  constructor(decision: FourEyesDecision = 'PLAN_APPROVAL', reason: FourEyesRefusal = 'SUPERVISOR_REQUIRED') {
    super();
    this.errorCode = ErrorCode.RULE_NOT_MET;
    this.decision = decision;
    this.reason = reason;
    this.message = MESSAGES[reason];
  }
}

/** The district (区) of a street code: its first six digits (310105001 → 310105). */
export const districtOfStreet = (streetCode: string) => streetCode.slice(0, 6);

/** Whether the decision needs a second person in this district: its own setting, else the default. */
export async function needsSecondPerson(
  em: EntityManager,
  districtCode: string,
  decision: FourEyesDecision,
): Promise<boolean> {
  return secondPersonOf(await em.findOneBy(FourEyesSetting, { districtCode, decision }), decision);
}

/** A district's setting for a decision, or the default when it has none. */
export const secondPersonOf = (row: FourEyesSetting | null | undefined, decision: FourEyesDecision) =>
  row ? row.secondPerson : FOUR_EYES_DEFAULTS[decision];

/**
 * The one check: null when `viewer` may take the decision on a household of `streetCode`, else the
 * refusal. When ADMIN approves a draft of its own where four eyes apply, it is allowed and noted on
 * `subject` for the access audit (outcome `…:FOUR_EYES_OVERRIDE`).
 */
export async function checkFourEyes(
  em: EntityManager,
  viewer: Viewer,
  check: { decision: FourEyesDecision; streetCode: string; drafters: readonly (string | null)[]; subject: object },
): Promise<SecondPersonRequiredError | null> {
  const required = await needsSecondPerson(em, districtOfStreet(check.streetCode), check.decision);
  const verdict = judgeFourEyes(required, viewer, check.drafters);
  if (!verdict.allowed) return new SecondPersonRequiredError(check.decision, verdict.reason);
  if (verdict.override) noteForAudit(check.subject, FOUR_EYES_OVERRIDE);
  return null;
}
