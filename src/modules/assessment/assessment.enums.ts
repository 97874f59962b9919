// Enums the schema needs are declared in scoring/ and registered here, never the reverse (G11).
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';
import { HARDSHIP_LEVELS, NEED_URGENCIES, VISIT_CADENCES } from '../../../scoring';

export const HardshipLevelEnum = enumOf(HARDSHIP_LEVELS);
export const VisitCadenceEnum = enumOf(VISIT_CADENCES);
export const NeedUrgencyEnum = enumOf(NEED_URGENCIES);
export const ModelStatusEnum = enumOf(['REGISTERED', 'ACTIVE', 'RETIRED'] as const);

registerEnumType(HardshipLevelEnum, {
  name: 'HardshipLevel',
  description: 'Graded hardship (困境程度); sets the visit cadence.',
  valuesConfig: {
    HIGH: { description: '高度困境 high: monthly visits, reassess every 3 months' },
    MODERATE: { description: '中度困境 moderate: quarterly visits, reassess every 6 months' },
    LOW: { description: '低度困境 low: half-yearly visits, reassess yearly' },
    WATCH: { description: '一般关注 watch: yearly contact, data warnings' },
  },
});
registerEnumType(VisitCadenceEnum, {
  name: 'VisitCadence',
  description: 'How often the household is visited (走访频次).',
  valuesConfig: {
    MONTHLY: { description: '每月 monthly' },
    QUARTERLY: { description: '每季度 quarterly' },
    HALF_YEARLY: { description: '每半年 half-yearly' },
    YEARLY_CONTACT: { description: '每年联系 yearly contact' },
  },
});
registerEnumType(NeedUrgencyEnum, {
  name: 'NeedUrgency',
  description: 'Urgency of a need (NEED-3).',
  valuesConfig: {
    EMERGENCY: { description: '紧急 emergency: from a red flag, respond within 24 hours' },
    ORDINARY: { description: '一般 ordinary: respond within 10 working days' },
  },
});
registerEnumType(ModelStatusEnum, {
  name: 'ModelStatus',
  description: 'Lifecycle of a scoring-model version.',
  valuesConfig: {
    REGISTERED: { description: '已登记 validated and stored, not used for new assessments' },
    ACTIVE: { description: '使用中 used for new assessments (exactly one)' },
    RETIRED: { description: '已停用 no longer used' },
  },
});
