import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

import type { VisitReason } from '../../../policy/visit-schedule';
import type { ReassessmentReason } from '../../../policy/reassessment';

export type { ReassessmentReason, VisitReason };
export const VISIT_REASONS = [
  'WARNING',
  'EXIT_FOLLOW_UP',
  'CASE_FOLLOW_UP',
  'LEVEL',
] as const satisfies readonly VisitReason[];
export const VisitReasonEnum = enumOf(VISIT_REASONS);
export const REASSESSMENT_REASONS = [
  'WARNING',
  'CATEGORY_CHANGE',
  'SHORTER_REVIEW',
  'INTERVAL',
] as const satisfies readonly ReassessmentReason[];
export const ReassessmentReasonEnum = enumOf(REASSESSMENT_REASONS);

registerEnumType(VisitReasonEnum, {
  name: 'VisitReason',
  description: 'Why the next visit is due when it is.',
  valuesConfig: {
    WARNING: { description: '动态监测预警 a data-comparison warning arrived after the last visit: due at once' },
    EXIT_FOLLOW_UP: {
      description:
        '退出回访 exit follow-up (POL-CAD-9): within a month of leaving assistance, then every 3 months, until the ' +
        'household has been out over a year with a stable income',
    },
    CASE_FOLLOW_UP: {
      description: '个案回访 a case of help was paid: its follow-up visit (回访反馈, POL-CH-1) is due by then',
    },
    LEVEL: {
      description:
        '按困境程度 the cadence of the latest hardship level (HIGH monthly, MODERATE quarterly, LOW half-yearly, ' +
        'WATCH yearly)',
    },
  },
});

registerEnumType(ReassessmentReasonEnum, {
  name: 'ReassessmentReason',
  description: 'Why the next reassessment (复核评估) is due when it is (INDICATOR-MODEL.md §6, §9).',
  valuesConfig: {
    WARNING: { description: '动态监测预警 a warning arrived after the latest assessment: due at once (POL-WRN-2)' },
    CATEGORY_CHANGE: {
      description: '救助类别变化 a category began or ended since the latest assessment: due that day',
    },
    SHORTER_REVIEW: {
      description:
        '人户分离或非本市户籍 registered elsewhere or a non-local member: half the interval of the level (POL-MON-3)',
    },
    INTERVAL: {
      description: '按困境程度 the interval of the latest level (HIGH 3, MODERATE 6, LOW and WATCH 12 months)',
    },
  },
});
