import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { FOUR_EYES_DECISIONS, type FourEyesDecision } from '../../../policy/four-eyes';
import { enumOf } from '../../graphql/enums';

export const FourEyesDecisionEnum = enumOf(FOUR_EYES_DECISIONS);
registerEnumType(FourEyesDecisionEnum, {
  name: 'FourEyesDecision',
  description: 'A decision that may need a second person (四眼原则, policy/four-eyes.ts).',
  valuesConfig: {
    PLAN_APPROVAL: { description: '一户一策方案审批 approving a household plan drafted by an adviser.' },
    CASE_PAYMENT: {
      description: '大额/个案资金发放 a fund payment above the small-amount route (any purpose but SMALL_AMOUNT_AID).',
    },
    CASE_DECISION: {
      description:
        '个案帮扶决定 a case-help decision: the review panel’s outcome (民主评议) approved before disbursement (POL-CH-3).',
    },
  },
});

/** A district's own setting for one decision; a decision without a row follows FOUR_EYES_DEFAULTS. */
@Entity()
export class FourEyesSetting {
  @PrimaryColumn({ type: 'varchar', length: 6 }) districtCode: string;
  @PrimaryColumn({ type: 'text' }) decision: FourEyesDecision;
  @Column({ type: 'boolean' }) secondPerson: boolean;
  @Column({ type: 'text' }) updatedBy: string;
  @Column({ type: 'timestamptz' }) updatedAt: Date;
}

@ObjectType({ description: "One decision's four-eyes rule in a district (四眼原则设置)." })
export class FourEyesRule {
  @Field({ description: 'District (区) code, 6 digits.' }) districtCode: string;
  @Field(() => FourEyesDecisionEnum, { description: 'The decision.' }) decision: FourEyesDecision;
  @Field({ description: 'Whether someone other than the drafter (a SUPERVISOR or ADMIN) must take it.' })
  secondPerson: boolean;
  @Field({ description: "True when the district has no setting of its own and the service's default applies." })
  isDefault: boolean;
  @Field(() => String, { nullable: true, description: 'Who set it (token subject); null for the default.' })
  updatedBy: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was set; null for the default.' })
  updatedAt: Date | null;
}
