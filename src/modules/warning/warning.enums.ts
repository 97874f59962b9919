import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

// Warning types are reference data (warning_type table, warning-type.entity.ts), not an enum here.
export const WARNING_STATUSES = ['OPEN', 'UNMATCHED', 'CLOSED'] as const;
export type WarningStatus = (typeof WARNING_STATUSES)[number];
export const WARNING_OUTCOMES = ['ENROL', 'TERMINATE', 'CONNECT_SERVICES', 'NO_CHANGE'] as const;
export type WarningOutcome = (typeof WARNING_OUTCOMES)[number];

export const WarningStatusEnum = enumOf(WARNING_STATUSES);
export const WarningOutcomeEnum = enumOf(WARNING_OUTCOMES);

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
