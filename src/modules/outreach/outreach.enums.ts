// The lead lifecycle (政策找人 task): OPEN → worked to an outcome. VISITED and HELPED_TO_APPLY are steps
// on the way; ENROLLED, NOT_ELIGIBLE, DECLINED and MOVED close the lead. SUPERSEDED closes an open lead
// whose facts changed at a later sweep (the new lead carries the new reasons).
import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

export const LEAD_OUTCOMES = ['VISITED', 'HELPED_TO_APPLY', 'ENROLLED', 'NOT_ELIGIBLE', 'DECLINED', 'MOVED'] as const;
export type LeadOutcome = (typeof LEAD_OUTCOMES)[number];
export const LEAD_STATUSES = ['OPEN', ...LEAD_OUTCOMES, 'SUPERSEDED'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
/** Statuses a lead is still being worked in. */
export const WORKING_STATUSES: readonly LeadStatus[] = ['OPEN', 'VISITED', 'HELPED_TO_APPLY'];

/** Where each status may go (anything else is an InvalidTransitionError). */
export const LEAD_TRANSITIONS: Record<LeadStatus, readonly LeadOutcome[]> = {
  OPEN: LEAD_OUTCOMES,
  VISITED: ['HELPED_TO_APPLY', 'ENROLLED', 'NOT_ELIGIBLE', 'DECLINED', 'MOVED'],
  HELPED_TO_APPLY: ['ENROLLED', 'NOT_ELIGIBLE', 'DECLINED', 'MOVED'],
  ENROLLED: [],
  NOT_ELIGIBLE: [],
  DECLINED: [],
  MOVED: [],
  SUPERSEDED: [],
};

export const SWEEP_LEVELS = ['STREET', 'DISTRICT', 'CITY'] as const;
export type SweepLevel = (typeof SWEEP_LEVELS)[number];
export const LEAD_ELIGIBILITIES = ['ELIGIBLE', 'UNKNOWN'] as const;
export type LeadEligibility = (typeof LEAD_ELIGIBILITIES)[number];

export const LeadStatusEnum = enumOf(LEAD_STATUSES);
export const LeadOutcomeEnum = enumOf(LEAD_OUTCOMES);
export const SweepLevelEnum = enumOf(SWEEP_LEVELS);
export const LeadEligibilityEnum = enumOf(LEAD_ELIGIBILITIES);

const OUTCOMES = {
  VISITED: { description: '已走访 visited; still being worked' },
  HELPED_TO_APPLY: { description: '已协助申请 helped to apply (帮办); waiting for the decision' },
  ENROLLED: { description: '已纳入 enrolled in a scheme (closed)' },
  NOT_ELIGIBLE: { description: '不符合条件 found not eligible (closed)' },
  DECLINED: { description: '本人拒绝 the household declined help (closed)' },
  MOVED: { description: '已迁出 moved away or not found at the address (closed)' },
};
registerEnumType(LeadOutcomeEnum, {
  name: 'OutreachOutcome',
  description: 'What working a lead came to.',
  valuesConfig: OUTCOMES,
});
registerEnumType(LeadStatusEnum, {
  name: 'OutreachLeadStatus',
  description: 'Where a 政策找人 lead stands.',
  valuesConfig: {
    OPEN: { description: '待走访 raised, not worked yet' },
    ...OUTCOMES,
    SUPERSEDED: { description: '已更新 replaced by a lead with changed facts at a later sweep (closed)' },
  },
});
registerEnumType(SweepLevelEnum, {
  name: 'OutreachSweepLevel',
  description: 'How far a sweep reaches.',
  valuesConfig: {
    STREET: { description: '街镇 one street (code: 9 digits)' },
    DISTRICT: { description: '区 one district (code: 6 digits)' },
    CITY: { description: '市 the whole city (no code)' },
  },
});
registerEnumType(LeadEligibilityEnum, {
  name: 'OutreachEligibility',
  description: 'Group 1 only: how sure the eligibility engine is.',
  valuesConfig: {
    ELIGIBLE: { description: '可能符合 some scheme rule holds on the recorded facts' },
    UNKNOWN: { description: '待核实 no rule holds yet; some lack facts (listed as factsToAsk)' },
  },
});
