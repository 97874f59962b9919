// 待审批 (four eyes): one row of the pending_approval view (migration 1784000002000) — a draft plan, a panel
// outcome or a payment waiting for a second person. Read only, a page at a time (pending-approval.service.ts).
import { Field, Float, ID, ObjectType } from 'type-graphql';
import { ViewColumn, ViewEntity } from 'typeorm';
import type { FourEyesDecision } from '../../../policy/four-eyes';
import { FourEyesDecisionEnum } from '../auth/four-eyes.entity';

@ObjectType({
  description:
    '待审批 one decision waiting for a second person (四眼原则): a draft plan (PLAN_APPROVAL), a review panel’s ' +
    'outcome (CASE_DECISION) or a payment (CASE_PAYMENT). One you drafted is listed too, with mayApprove false.',
})
@ViewEntity({ name: 'pending_approval', synchronize: false })
export class PendingApproval {
  @Field(() => ID, { description: 'The id of what waits: the plan, the case or the payment.' })
  @ViewColumn({ name: 'subject_id' })
  id: string;
  @Field(() => FourEyesDecisionEnum, { description: 'Which decision it waits for.' })
  @ViewColumn()
  kind: FourEyesDecision;
  @Field(() => ID, { description: 'The household.' }) @ViewColumn() householdId: string;
  @Field({ description: 'Street (街镇) of the household now.' }) @ViewColumn() streetCode: string;
  @Field({ description: 'Waiting since: the plan generated, the panel recorded, the payment entered.' })
  @ViewColumn()
  waitingSince: Date;
  @Field(() => Float, {
    nullable: true,
    description: 'Yuan: the payment’s amount, the amount the panel approved; null for a plan.',
  })
  @ViewColumn({ transformer: { to: (v: unknown) => v, from: (v: string | null) => (v == null ? null : Number(v)) } })
  amount: number | null;
  @Field(() => [String], { description: 'Who drafted it (token subjects): none of them may approve it (ADMIN aside).' })
  @ViewColumn()
  draftedBy: string[];
}
