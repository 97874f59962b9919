import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const NEED_STATUSES = [
  'OPEN',
  'REFERRED',
  'IN_PROGRESS',
  'MET',
  'PARTIALLY_MET',
  'NO_RESOURCE',
  'DECLINED',
  'RESOLVED',
] as const;
export type NeedStatus = (typeof NEED_STATUSES)[number];
/** Closed needs leave the active list; a new report of the same code opens a new row. */
export const CLOSED_NEED_STATUSES: readonly NeedStatus[] = ['MET', 'DECLINED', 'RESOLVED'];
export const NEED_SOURCES = ['ASSESSMENT', 'SELF_REPORT', 'VISIT', 'DATA_WARNING'] as const;
export type NeedSource = (typeof NEED_SOURCES)[number];

export const NeedStatusEnum = enumOf(NEED_STATUSES);
export const NeedSourceEnum = enumOf(NEED_SOURCES);

registerEnumType(NeedStatusEnum, {
  name: 'NeedStatus',
  description: 'Where a need stands (NEEDS.md §4).',
  valuesConfig: {
    OPEN: { description: '待对接 waiting to be matched' },
    REFERRED: { description: '已转介 referred to a resource' },
    IN_PROGRESS: { description: '办理中 in progress with the provider' },
    MET: { description: '已满足 met (closed)' },
    PARTIALLY_MET: { description: '部分满足 partly met' },
    NO_RESOURCE: { description: '无资源 no resource available (kept for gap analysis)' },
    DECLINED: { description: '拒绝 declined by the household (closed)' },
    RESOLVED: { description: '已解除 no longer triggered by a reassessment (closed by the system)' },
  },
});
registerEnumType(NeedSourceEnum, {
  name: 'NeedSource',
  description: 'How a need was found (NEED-5).',
  valuesConfig: {
    ASSESSMENT: { description: '评估 raised by an assessment' },
    SELF_REPORT: { description: '自报 reported by the household' },
    VISIT: { description: '走访 found on an adviser visit' },
    DATA_WARNING: { description: '数据预警 raised by a data-comparison warning' },
  },
});
