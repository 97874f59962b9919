// Every entity and migration the data source knows, in one reviewable place.
import { District, Street } from '../modules/geo/geo.entity';
import { AssistanceEvent, CategoryHolding, LifeEvent } from '../modules/household/assistance.entity';
import { Household } from '../modules/household/household.entity';
import { Member } from '../modules/household/member.entity';
import { Provider, Resource, ResourceChange } from '../modules/catalogue/catalogue.entity';
import { DibaoStandard, NeedCode } from '../modules/reference/reference.entity';
import { Registry1763880000000 } from './migrations/1763880000000-registry';
import { Catalogue1763890000000 } from './migrations/1763890000000-catalogue';
import { Assessment1763900000000 } from './migrations/1763900000000-assessment';
import { Assessment, ScoringModelVersion } from '../modules/assessment/assessment.entity';
import { Need, NeedChange } from '../modules/need/need.entity';
import { Adviser, NearRelativeFiling } from '../modules/adviser/adviser.entity';
import { ActingPerson, PersonNearRelativeFiling } from '../modules/adviser/acting-person.entity';
import { KeyedIdHashes1784000000000 } from './migrations/1784000000000-keyed-id-hashes';
import { ActingPeople1784000001000 } from './migrations/1784000001000-acting-people';
import { PendingApprovals1784000002000 } from './migrations/1784000002000-pending-approvals';
import { PendingApproval } from '../modules/case-help/pending-approval.entity';
import { Advisers1763910000000 } from './migrations/1763910000000-advisers';
import { Plan, PlanItem } from '../modules/plan/plan.entity';
import { Referral, ReferralChange } from '../modules/referral/referral.entity';
import { Plans1763920000000 } from './migrations/1763920000000-plans';
import { AdviserWork1763930000000 } from './migrations/1763930000000-adviser-work';
import { ReassessmentSchedule1764700000000 } from './migrations/1764700000000-reassessment-schedule';
import { WarningTypes1764701000000 } from './migrations/1764701000000-warning-types';
import { ParentSituations1764702000000 } from './migrations/1764702000000-parent-situations';
import { ChildInPlightRules1764703000000 } from './migrations/1764703000000-child-in-plight-rules';
import { WarningType } from '../modules/warning/warning-type.entity';
import { HouseholdAssignment } from '../modules/adviser/adviser.entity';
import { AdviserServiceType, ServiceRecord } from '../modules/service-record/service-record.entity';
import { VisitSchedule } from '../modules/visit/visit-schedule.entity';
import { Warning, WarningBatch } from '../modules/warning/warning.entity';
import { AccessAudit } from '../modules/audit/audit.entity';
import { AccessAudit1764800000000 } from './migrations/1764800000000-access-audit';
import { HsdsContacts1764900000000 } from './migrations/1764900000000-hsds-contacts';
import { MemberCoverAndRules1765100000000 } from './migrations/1765100000000-member-cover-and-rules';
import { CaseHelpGapRule1765200000000 } from './migrations/1765200000000-case-help-gap-rule';
import { ListIndexes1768000000000 } from './migrations/1768000000000-list-indexes';
import { TextSearch1768000001000 } from './migrations/1768000001000-text-search';
import { ItemsPerResource1769000000000 } from './migrations/1769000000000-items-per-resource';
import { BatchChunk, BatchRun } from '../modules/batch/batch-run.entity';
import { BatchRuns1772000000000 } from './migrations/1772000000000-batch-runs';
import { QuotaPeriod } from '../modules/allocation/quota-period.entity';
import { QuotaPeriods1777000000000 } from './migrations/1777000000000-quota-periods';
import { CategoryHoldingCovering1780000000000 } from './migrations/1780000000000-category-holding-covering';
import { CaseHelp1781000000000 } from './migrations/1781000000000-case-help';
import { AssessmentStoresLess1783000000000 } from './migrations/1783000000000-assessment-stores-less';
import { StatisticsCounters1778000000000 } from './migrations/1778000000000-statistics-counters';
import { BatchChunks1778000001000 } from './migrations/1778000001000-batch-chunks';
import { Webhooks1770000000000 } from './migrations/1770000000000-webhooks';
import { Outreach1776000000000 } from './migrations/1776000000000-outreach';
import { OutreachLead, OutreachLeadChange } from '../modules/outreach/outreach.entity';
import { Funds1779000000000 } from './migrations/1779000000000-funds';
import { FourEyesSetting } from '../modules/auth/four-eyes.entity';
import { CardCustodyFiling, Fund, FundEntry, FundPayment } from '../modules/fund/fund.entity';
import { Project } from '../modules/project/project.entity';
import { Projects1782000000000 } from './migrations/1782000000000-projects';
import { CaseHelp, CaseHelpHistory, CasePanelMember, DishonestyRecord } from '../modules/case-help/case-help.entity';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint, WebhookEvent } from '../modules/webhook/webhook.entity';

export const ENTITIES = [
  District,
  Street,
  Household,
  Member,
  CategoryHolding,
  AssistanceEvent,
  LifeEvent,
  NeedCode,
  DibaoStandard,
  Provider,
  Resource,
  ResourceChange,
  ScoringModelVersion,
  Assessment,
  Need,
  NeedChange,
  Adviser,
  NearRelativeFiling,
  Plan,
  PlanItem,
  Referral,
  ReferralChange,
  HouseholdAssignment,
  AdviserServiceType,
  ServiceRecord,
  VisitSchedule,
  WarningBatch,
  Warning,
  WarningType,
  AccessAudit,
  BatchRun,
  BatchChunk,
  WebhookEndpoint,
  WebhookEvent,
  WebhookDelivery,
  WebhookAttempt,
  QuotaPeriod,
  OutreachLead,
  OutreachLeadChange,
  FourEyesSetting,
  Fund,
  CaseHelp,
  CaseHelpHistory,
  CasePanelMember,
  DishonestyRecord,
  CardCustodyFiling,
  FundPayment,
  FundEntry,
  Project,
  ActingPerson,
  PersonNearRelativeFiling,
  PendingApproval,
];
export const MIGRATIONS = [
  Registry1763880000000,
  Catalogue1763890000000,
  Assessment1763900000000,
  Advisers1763910000000,
  Plans1763920000000,
  AdviserWork1763930000000,
  ReassessmentSchedule1764700000000,
  WarningTypes1764701000000,
  ParentSituations1764702000000,
  ChildInPlightRules1764703000000,
  AccessAudit1764800000000,
  HsdsContacts1764900000000,
  MemberCoverAndRules1765100000000,
  CaseHelpGapRule1765200000000,
  ListIndexes1768000000000,
  TextSearch1768000001000,
  ItemsPerResource1769000000000,
  Webhooks1770000000000,
  BatchRuns1772000000000,
  Outreach1776000000000,
  QuotaPeriods1777000000000,
  StatisticsCounters1778000000000,
  BatchChunks1778000001000,
  Funds1779000000000,
  CategoryHoldingCovering1780000000000,
  CaseHelp1781000000000,
  Projects1782000000000,
  AssessmentStoresLess1783000000000,
  KeyedIdHashes1784000000000,
  ActingPeople1784000001000,
  PendingApprovals1784000002000,
];
