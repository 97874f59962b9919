import { MaxLength } from 'class-validator';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { FourEyesDecision } from '../../../policy/four-eyes';
import { ListOf } from '../../graphql/pagination';
import { FourEyesDecisionEnum } from '../auth/four-eyes.entity';
import { PendingApproval } from './pending-approval.entity';

@ObjectType({ description: 'A page of 待审批: decisions waiting for a second person, oldest first.' })
export class PendingApprovalList extends ListOf(PendingApproval, 'What waits on this page, oldest first.') {}

@InputType({ description: 'Filters of 待审批; all optional.' })
export class PendingApprovalFilter {
  @Field(() => FourEyesDecisionEnum, { nullable: true, description: 'Only this decision.' })
  kind?: FourEyesDecision | null;
  @Field(() => String, { nullable: true, description: 'Only this street (9 digits).' })
  @MaxLength(9)
  streetCode?: string | null;
}
