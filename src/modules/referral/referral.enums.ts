import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const REFERRAL_STATUSES = ['PENDING', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'COMPLETED', 'WITHDRAWN'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];
/** A referral in one of these is still working on its need. */
export const ACTIVE_REFERRAL_STATUSES: readonly ReferralStatus[] = ['PENDING', 'ACCEPTED', 'IN_PROGRESS'];
/** A referral in one of these is closed for good: it has its closedAt and is never reopened. */
export const CLOSED_REFERRAL_STATUSES: readonly ReferralStatus[] = ['DECLINED', 'COMPLETED', 'WITHDRAWN'];

export const REFERRAL_OUTCOMES = ['MET', 'PARTIALLY_MET'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export const ReferralStatusEnum = enumOf(REFERRAL_STATUSES);
export const ReferralOutcomeEnum = enumOf(REFERRAL_OUTCOMES);

registerEnumType(ReferralStatusEnum, {
  name: 'ReferralStatus',
  description:
    'Lifecycle of a referral: PENDING → ACCEPTED → IN_PROGRESS → COMPLETED; PENDING or ACCEPTED → DECLINED; the ' +
    'adviser WITHDRAWS an open one.',
  valuesConfig: {
    PENDING: { description: '待接收 issued, waiting for the provider' },
    ACCEPTED: { description: '已接收 accepted; a place is taken when the resource counts places' },
    DECLINED: { description: '已拒绝 declined by the provider, with a reason (closed)' },
    IN_PROGRESS: { description: '服务中 being delivered' },
    COMPLETED: { description: '已完成 delivered, with the outcome (closed)' },
    WITHDRAWN: { description: '已撤回 withdrawn by the adviser (closed)' },
  },
});
registerEnumType(ReferralOutcomeEnum, {
  name: 'ReferralOutcome',
  description: 'What a completed referral achieved for its need.',
  valuesConfig: {
    MET: { description: '已满足 the need is met' },
    PARTIALLY_MET: { description: '部分满足 the need is partly met' },
  },
});
