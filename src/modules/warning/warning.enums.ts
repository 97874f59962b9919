import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const WARNING_TYPES = [
  'DEATH',
  'HOSPITALISATION',
  'EMPLOYMENT_CHANGE',
  'INCOME_CHANGE',
  'DISABILITY_CHANGE',
  'CRIMINAL_PENALTY',
  'MARRIAGE_CHANGE',
  'MOVE',
  'CATEGORY_CHANGE',
] as const;
export type WarningType = (typeof WARNING_TYPES)[number];
export const WARNING_STATUSES = ['OPEN', 'UNMATCHED', 'CLOSED'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];
export const WARNING_OUTCOMES = ['ENROL', 'TERMINATE', 'CONNECT_SERVICES', 'NO_CHANGE'] as const;
export type WarningOutcome = (typeof WARNING_OUTCOMES)[number];

// The need a matched warning raises (source DATA_WARNING). Types whose direction the event does
// not tell (a job found or lost, income up or down, marriage, move, category change) raise none:
// the household is flagged for reassessment and a visit, and the adviser adds needs after checking.
export const WARNING_NEEDS: Readonly<Partial<Record<WarningType, string>>> = {
  DEATH: 'N12', // 心理疏导 / 精神抚慰: bereavement support for the survivors
  HOSPITALISATION: 'N02', // 医疗费用救助: medical cost relief
  DISABILITY_CHANGE: 'N11', // 康复指导 / 辅具适配: rehabilitation and assistive devices
  CRIMINAL_PENALTY: 'N28', // 个案管理: case management for the family left behind
};

export const WarningTypeEnum = enumOf(WARNING_TYPES);
export const WarningStatusEnum = enumOf(WARNING_STATUSES);
export const WarningOutcomeEnum = enumOf(WARNING_OUTCOMES);

registerEnumType(WarningTypeEnum, {
  name: 'WarningType',
  description: 'Kind of data-comparison event (动态监测预警, POLICY.md §4.2).',
  valuesConfig: {
    DEATH: { description: '身故 death (raises N12)' },
    HOSPITALISATION: { description: '住院 hospitalisation or serious illness (raises N02)' },
    EMPLOYMENT_CHANGE: { description: '就业变化 employment change (no need raised)' },
    INCOME_CHANGE: { description: '收入变化 income change (no need raised)' },
    DISABILITY_CHANGE: { description: '残疾变化 new or changed disability grade (raises N11)' },
    CRIMINAL_PENALTY: { description: '刑事处罚 / 服刑 criminal penalty or imprisonment (raises N28)' },
    MARRIAGE_CHANGE: { description: '婚姻变化 marriage or divorce (no need raised)' },
    MOVE: { description: '迁移 house move (no need raised)' },
    CATEGORY_CHANGE: { description: '救助类别变化 assistance category change in another system (no need raised)' },
  },
});
registerEnumType(WarningStatusEnum, {
  name: 'WarningStatus',
  description: 'Where a warning stands (POL-WRN-1).',
  valuesConfig: {
    OPEN: { description: '待核实 matched to a household, waiting for the adviser to verify' },
    UNMATCHED: { description: '未匹配 no member has this ID number; kept so it can be matched later' },
    CLOSED: { description: '已处置 verified and closed with an outcome' },
  },
});
registerEnumType(WarningOutcomeEnum, {
  name: 'WarningOutcome',
  description: 'How a verified warning ended (POL-MON-2).',
  valuesConfig: {
    ENROL: { description: '及时纳入救助 brought into assistance' },
    TERMINATE: { description: '及时终止救助 assistance terminated' },
    CONNECT_SERVICES: { description: '及时对接服务 at the policy edge: connected to services' },
    NO_CHANGE: { description: '核实无变化 verified, nothing to change' },
  },
});
