import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const VISIT_REASONS = ['WARNING', 'EXIT_FOLLOW_UP', 'LEVEL'] as const;
export type VisitReason = (typeof VISIT_REASONS)[number];
export const VisitReasonEnum = enumOf(VISIT_REASONS);

registerEnumType(VisitReasonEnum, {
  name: 'VisitReason',
  description: 'Why the next visit is due when it is.',
  valuesConfig: {
    WARNING: { description: '动态监测预警 a data-comparison warning arrived after the last visit: due at once' },
    EXIT_FOLLOW_UP: {
      description: '退出回访 exit follow-up: within a month of leaving assistance, then every 3 months',
    },
    LEVEL: {
      description:
        '按困境程度 the cadence of the latest hardship level (HIGH monthly, MODERATE quarterly, LOW half-yearly, WATCH yearly)',
    },
  },
});
