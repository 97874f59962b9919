// Builds the schema: services and resolvers are made once per process, by hand, and handed to
// type-graphql through its container. There is no DI library; this is the one wiring place.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import {
  AssessmentFieldsResolver,
  HouseholdAssessmentFieldsResolver,
} from '../modules/assessment/assessment-fields.resolver';
import { AssessmentResolver } from '../modules/assessment/assessment.resolver';
import { AssessmentService } from '../modules/assessment/assessment.service';
import { ModelResolver } from '../modules/assessment/model.resolver';
import { ModelService } from '../modules/assessment/model.service';
import { SimulationService } from '../modules/assessment/simulation.service';
import { HardshipStatisticsService } from '../modules/assessment/hardship-statistics.service';
import { ViewerResolver } from '../modules/auth/viewer.resolver';
import { ResourceEligibilityService } from '../modules/catalogue/resource-eligibility.service';
import { ResourceEligibilityResolver } from '../modules/catalogue/resource-eligibility.resolver';
import { FourEyesResolver } from '../modules/auth/four-eyes.resolver';
import { FourEyesSettingsService } from '../modules/auth/four-eyes-settings.service';
import { FundReportService } from '../modules/fund/fund-report.service';
import { FundResolver } from '../modules/fund/fund.resolver';
import { FundService } from '../modules/fund/fund.service';
import { CaseHelpResolver } from '../modules/case-help/case-help.resolver';
import { CaseHelpService } from '../modules/case-help/case-help.service';
import { PendingApprovalResolver } from '../modules/case-help/pending-approval.resolver';
import { PendingApprovalService } from '../modules/case-help/pending-approval.service';
import { subscribeCaseStreet } from '../modules/case-help/case-help-street';
import { ProjectFieldsResolver, ProjectResolver } from '../modules/project/project.resolver';
import { ProjectService } from '../modules/project/project.service';
import { ProviderResolver } from '../modules/catalogue/provider.resolver';
import { ProviderService } from '../modules/catalogue/provider.service';
import { ResourceFieldsResolver } from '../modules/catalogue/resource-fields.resolver';
import { ResourceWorkflowService } from '../modules/catalogue/resource-workflow.service';
import { ResourceResolver } from '../modules/catalogue/resource.resolver';
import { ResourceService } from '../modules/catalogue/resource.service';
import { DistrictFieldsResolver, GeoResolver } from '../modules/geo/geo.resolver';
import { GeoService } from '../modules/geo/geo.service';
import { HouseholdFieldsResolver } from '../modules/household/household-fields.resolver';
import { HouseholdResolver } from '../modules/household/household.resolver';
import { HouseholdService } from '../modules/household/household.service';
import { MemberFieldsResolver } from '../modules/household/member-fields.resolver';
import { MemberService } from '../modules/household/member.service';
import { HsdsResolver } from '../modules/hsds/hsds.resolver';
import { HsdsService } from '../modules/hsds/hsds.service';
import { NeedResolver } from '../modules/need/need.resolver';
import { HouseholdNeedFieldsResolver } from '../modules/need/need-fields.resolver';
import { NeedService } from '../modules/need/need.service';
import { subscribeNeeds } from '../modules/need/need.handlers';
import { NeedStatisticsResolver } from '../modules/need/need-statistics.resolver';
import { NeedStatisticsService } from '../modules/need/need-statistics.service';
import { AllocationResolver } from '../modules/allocation/allocation.resolver';
import { AllocationService } from '../modules/allocation/allocation.service';
import { ResourceQuotaFieldsResolver } from '../modules/allocation/resource-quota.resolver';
import { PlanApprovalService } from '../modules/referral/plan-approval.service';
import { PlanApprovalResolver } from '../modules/referral/plan-approval.resolver';
import { activeReferralsOf } from '../modules/referral/active-referrals';
import {
  PlanItemReferralFieldsResolver,
  PlanReferralFieldsResolver,
} from '../modules/referral/plan-referral-fields.resolver';
import { PlanEditService } from '../modules/plan/plan-edit.service';
import {
  HouseholdPlanFieldsResolver,
  PlanFieldsResolver,
  PlanItemFieldsResolver,
} from '../modules/plan/plan-fields.resolver';
import { PlanInputLoader } from '../modules/plan/plan-input-loader';
import { PlanResolver } from '../modules/plan/plan.resolver';
import { PlanService } from '../modules/plan/plan.service';
import { ReferenceResolver } from '../modules/reference/reference.resolver';
import { ReferenceService } from '../modules/reference/reference.service';
import { ReferralFieldsResolver } from '../modules/referral/referral-fields.resolver';
import { ReferringAdviserFieldResolver } from '../modules/referral/referring-adviser.resolver';
import { ReferralStatisticsService } from '../modules/referral/referral-statistics.service';
import { ReferralResolver, ReferralStatisticsResolver } from '../modules/referral/referral.resolver';
import { ReferralService } from '../modules/referral/referral.service';
import { subscribeReferralStreet } from '../modules/referral/referral-street';
import {
  AdviserFieldsResolver,
  AssignmentFieldsResolver,
  HouseholdAdviserFieldsResolver,
  NearRelativeFilingFieldsResolver,
} from '../modules/adviser/adviser-fields.resolver';
import { AdviserResolver } from '../modules/adviser/adviser.resolver';
import { ActingPersonResolver } from '../modules/adviser/acting-person.resolver';
import { ActingPersonService } from '../modules/adviser/acting-person.service';
import { AdviserService } from '../modules/adviser/adviser.service';
import { AssignmentService, subscribeAssignments } from '../modules/adviser/assignment.service';
import { HouseholdWorkFieldsResolver, ServiceRecordResolver } from '../modules/service-record/service-record.resolver';
import { ServiceRecordService } from '../modules/service-record/service-record.service';
import { AdviserStatisticsResolver } from '../modules/visit/visit-statistics.resolver';
import { VisitStatisticsService } from '../modules/visit/visit-statistics.service';
import { VisitResolver } from '../modules/visit/visit.resolver';
import { AdviserVisitFieldsResolver, HouseholdVisitFieldsResolver } from '../modules/visit/visit-fields.resolver';
import { VisitService } from '../modules/visit/visit.service';
import { subscribeVisitSchedule } from '../modules/visit/visit-schedule.handlers';
import { subscribeCaseFollowUp } from '../modules/visit/case-follow-up.handlers';
import { WarningResolver } from '../modules/warning/warning.resolver';
import { WarningService } from '../modules/warning/warning.service';
import { AuditMiddleware } from '../modules/audit/audit.middleware';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { AuditService } from '../modules/audit/audit.service';
import { BatchRunResolver } from '../modules/batch/batch.resolver';
import { BatchRunService } from '../modules/batch/batch.service';
import { ChunkedRuns } from '../modules/batch/batch-chunks';
import { ASSESS_TOUCHES } from '../modules/assessment/assess-batch';
import type { Clock } from '../common/clock';
import { IdHasher } from '../common/id-hash';
import { DEV_ID_HASH_SECRET } from '../config';
import { EventBus } from '../common/events';
import type { PrintLinks } from '../modules/print/print-link';
import { WebhookOutbox } from '../modules/webhook/webhook-outbox';
import { DEV_WEBHOOKS, type WebhookConfig } from '../modules/webhook/webhook-policy';
import { WebhookDeliveryFieldsResolver, WebhookResolver } from '../modules/webhook/webhook.resolver';
import { OutreachResolver } from '../modules/outreach/outreach.resolver';
import { OutreachService } from '../modules/outreach/outreach.service';
import { OutreachSweepService } from '../modules/outreach/outreach-sweep.service';
import { subscribeOutreachStreet } from '../modules/outreach/outreach-street';
import { WebhookService } from '../modules/webhook/webhook.service';
import { subscribeWebhookOutbox } from '../modules/webhook/webhook.handlers';
import { authChecker } from './auth-checker';
import { DatabaseErrorMiddleware } from './database-errors';
import { ValidationResultMiddleware } from './errors';
import { InputHygieneMiddleware } from './input-hygiene';
import { installPlainFieldResolvers } from './field-pipeline';
import { ObjectScopeMiddleware } from './object-scope';
import { validateArgument } from './validation';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema/schema.graphql');
const SCHEMA_HEADER =
  '# Four Lists (四张清单) GraphQL schema. Emitted by `npm run schema` from the code; do not edit by hand.\n\n';

/**
 * Services, built once per process. `clock` is their only source of time (systemClock at the edge).
 * Every writing service takes the one EventBus; its handlers are subscribed here, in order, and the bus
 * is sealed before anything runs (src/common/events.ts; README "Domain events" lists them).
 */
export type Services = ReturnType<typeof createServices>;

export function createServices(
  db: DataSource,
  clock: Clock,
  webhookConfig: WebhookConfig = DEV_WEBHOOKS,
  idHashSecret: string = DEV_ID_HASH_SECRET,
) {
  const events = new EventBus();
  const hasher = new IdHasher(idHashSecret);
  const households = new HouseholdService(db, events, clock);
  const assignments = new AssignmentService(db, households, events, clock);
  const advisers = new AdviserService(db, events, clock);
  const models = new ModelService(db, clock);
  const needs = new NeedService(db, households, events, clock);
  const assessments = new AssessmentService(db, households, models, events, clock);
  const resources = new ResourceService(db);
  const eligibility = new ResourceEligibilityService(db, households, resources, assessments, models, clock);
  const planInputs = new PlanInputLoader(eligibility, activeReferralsOf, clock);
  const planEdits = new PlanEditService(db, households, planInputs, clock);
  const outbox = new WebhookOutbox(clock);
  const planApproval = new PlanApprovalService(db, planEdits, events, clock, hasher);
  const referrals = new ReferralService(db, events, clock);
  const workflow = new ResourceWorkflowService(db, resources, clock);
  const funds = new FundService(db, households, clock, hasher);
  subscribeDomainHandlers(events, { clock, needs, assignments, outbox }).seal();
  return {
    events,
    geo: new GeoService(db),
    reference: new ReferenceService(db),
    households,
    members: new MemberService(db, households, clock),
    models,
    needs,
    assessments,
    simulation: new SimulationService(db, assessments, models, clock),
    statistics: new HardshipStatisticsService(db),
    needStatistics: new NeedStatisticsService(db),
    resources,
    workflow,
    eligibility,
    hsds: new HsdsService(db),
    plans: new PlanService(db, households, planInputs, clock),
    planEdits,
    planApproval,
    referrals,
    referralStatistics: new ReferralStatisticsService(db),
    allocation: new AllocationService(db, clock),
    advisers,
    actingPeople: new ActingPersonService(db, clock, hasher),
    assignments,
    serviceRecords: new ServiceRecordService(db, households, needs, events, clock),
    visits: new VisitService(db, advisers, clock),
    visitStatistics: new VisitStatisticsService(db, clock),
    warnings: new WarningService(db, needs, events, clock),
    audit: new AuditService(db),
    batchRuns: new BatchRunService(db),
    /** Chunked runs, with the tables each kind writes (analysed as a run goes and at its end). */
    chunked: new ChunkedRuns(db, clock, { assess: ASSESS_TOUCHES }),
    outbox,
    webhooks: new WebhookService(db, clock, webhookConfig),
    outreachSweeps: new OutreachSweepService(db, assessments, clock),
    outreach: new OutreachService(db, clock),
    funds,
    projects: new ProjectService(db, workflow, funds, eligibility, planEdits, households, clock),
    cases: new CaseHelpService(db, households, events, clock, hasher),
    fourEyesSettings: new FourEyesSettingsService(db, clock),
    fundReports: new FundReportService(db),
    pendingApprovals: new PendingApprovalService(db),
  };
}

/**
 * Who handles what, in the order they run (all inside the publisher's transaction). A handler never
 * calls back into its publisher. The need module also handles events of later modules (a referral
 * moved, a plan approved, a service recorded) without importing them: their payloads carry the
 * NeedUpdates it applies (need/need.events.ts). createServices then seals the bus.
 */
export function subscribeDomainHandlers(
  events: EventBus,
  deps: { clock: Clock; needs: NeedService; assignments: AssignmentService; outbox: WebhookOutbox },
): EventBus {
  subscribeNeeds(events, deps.needs); // AssessmentMade, PlanApproved, ReferralMoved, ServiceRecorded
  subscribeAssignments(events, deps.assignments); // HouseholdChanged (move, archive)
  subscribeReferralStreet(events); // HouseholdChanged (move)
  subscribeOutreachStreet(events); // HouseholdChanged (move)
  subscribeCaseStreet(events); // HouseholdChanged (move)
  subscribeCaseFollowUp(events, deps.clock); // CaseFollowUpDue, ServiceRecorded (before the schedule refresh)
  // HouseholdChanged, AssessmentMade, AssignmentChanged, ServiceRecorded, WarningMatched
  subscribeVisitSchedule(events, deps.clock);
  subscribeWebhookOutbox(events, deps.outbox); // ReferralsIssued, ReferralMoved
  return events;
}

export async function buildAppSchema(
  db: DataSource,
  options: {
    clock: Clock;
    emit?: boolean;
    printLinks?: PrintLinks;
    webhooks?: WebhookConfig;
    /** The composition src/http shares with its routes; built here when omitted. */
    services?: Services;
  },
): Promise<GraphQLSchema> {
  const s = options.services ?? createServices(db, options.clock, options.webhooks);
  const resolvers: object[] = [
    new ViewerResolver(),
    new FourEyesResolver(s.fourEyesSettings),
    new ReferenceResolver(s.reference),
    new GeoResolver(s.geo),
    new DistrictFieldsResolver(),
    new HouseholdResolver(s.households, s.members),
    new HouseholdFieldsResolver(),
    new MemberFieldsResolver(),
    new AssessmentResolver(s.assessments, s.statistics),
    new HouseholdAssessmentFieldsResolver(),
    new AssessmentFieldsResolver(),
    new ModelResolver(s.models, s.simulation),
    new NeedResolver(s.needs),
    new HouseholdNeedFieldsResolver(),
    new ResourceResolver(s.resources, s.workflow),
    new ResourceFieldsResolver(),
    new ProviderResolver(new ProviderService(db)),
    new ResourceEligibilityResolver(s.eligibility),
    new HsdsResolver(s.hsds),
    new PlanResolver(s.plans, s.planEdits, options.printLinks ?? null),
    new PlanApprovalResolver(s.planApproval),
    new HouseholdPlanFieldsResolver(),
    new PlanFieldsResolver(),
    new PlanItemFieldsResolver(),
    new PlanReferralFieldsResolver(),
    new PlanItemReferralFieldsResolver(),
    new AllocationResolver(s.allocation),
    new ResourceQuotaFieldsResolver(),
    new ReferralResolver(s.referrals),
    new ReferralStatisticsResolver(s.referralStatistics),
    new ReferralFieldsResolver(),
    new ReferringAdviserFieldResolver(),
    new AdviserResolver(s.advisers, s.assignments),
    new AdviserFieldsResolver(),
    new ActingPersonResolver(s.actingPeople),
    new NearRelativeFilingFieldsResolver(),
    new AssignmentFieldsResolver(),
    new HouseholdAdviserFieldsResolver(),
    new ServiceRecordResolver(s.serviceRecords),
    new HouseholdWorkFieldsResolver(),
    new VisitResolver(s.visits),
    new AdviserVisitFieldsResolver(),
    new HouseholdVisitFieldsResolver(),
    new AdviserStatisticsResolver(s.visitStatistics),
    new NeedStatisticsResolver(s.needStatistics),
    new WarningResolver(s.warnings),
    new AuditResolver(s.audit),
    new BatchRunResolver(s.batchRuns),
    new WebhookResolver(s.webhooks),
    new WebhookDeliveryFieldsResolver(),
    new OutreachResolver(s.outreachSweeps, s.outreach),
    new FundResolver(s.funds, s.fundReports),
    new CaseHelpResolver(s.cases),
    new PendingApprovalResolver(s.pendingApprovals),
    new ProjectResolver(s.projects),
    new ProjectFieldsResolver(),
  ];
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  const schema = await buildSchema({
    resolvers: resolvers.map((r) => r.constructor) as unknown as NonEmptyArray<Function>,
    container: { get: (cls) => byClass.get(cls) },
    authChecker,
    // Order matters: refuse out-of-scope objects first; audit what is then returned (a mutation's
    // final result, after the input and database failures below it became union results).
    globalMiddlewares: [
      ObjectScopeMiddleware,
      AuditMiddleware,
      InputHygieneMiddleware,
      ValidationResultMiddleware,
      DatabaseErrorMiddleware,
    ],
    validateFn: validateArgument, // class-validator, and the dates judged against the request's today
  });
  installPlainFieldResolvers(schema); // properties: scope and access audit without the async chain
  // Root types get descriptions too: the schema is read by front-end developers first.
  schema.getQueryType()!.description = 'Reads. Every query needs a bearer token; what you see depends on your role.';
  schema.getMutationType()!.description =
    'Writes. Each mutation is one transaction; expected failures come back as ErrorResult members of its result union.';
  if (options.emit) writeFileSync(SCHEMA_FILE, `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`);
  return schema;
}
