import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, pageRequest } from '../../graphql/pagination';
import { Household } from '../household/household.entity';
import { CaseHelp, CaseHelpHistory, CasePanelMember } from './case-help.entity';
import {
  AcceptCaseInput,
  CaseFilter,
  CloseCaseInput,
  DecideCaseInput,
  OpenCaseInput,
  RecordCaseAssessmentInput,
  RecordCaseDisbursementInput,
  RecordCasePanelInput,
  RecordDishonestyInput,
} from './case-help.inputs';
import { CaseHelpService } from './case-help.service';
import {
  CaseList,
  CaseStatisticsCell,
  CaseStepResult,
  DecideCaseResult,
  OpenCaseResult,
  RecordDishonestyResult,
} from './case-help.types';

const WORKERS = ['ADMIN', 'ADVISER', 'SUPERVISOR'] as const;

@Resolver(() => CaseHelp)
export class CaseHelpResolver {
  constructor(private readonly service: CaseHelpService) {}

  @Authorized(...WORKERS)
  @Query(() => CaseList, {
    description: '个案帮扶 cases, newest first. ADMIN all; ADVISER and SUPERVISOR the cases of their streets.',
  })
  cases(
    @Arg('filter', () => CaseFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: CaseFilter | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.service.list(viewer, filter ?? {}, pageRequest(undefined, window, info));
  }

  @Authorized(...WORKERS)
  @Query(() => CaseHelp, { description: 'One case; NOT_FOUND when it does not exist or is not yours to see.' })
  async caseHelp(@Arg('id', () => ID, { description: 'The case.' }) id: string, @CurrentViewer() viewer: Viewer) {
    const found = await this.service.byId(viewer, id);
    if (!found) throw new DomainError('NOT_FOUND', `Case ${id} not found`);
    return found;
  }

  @Authorized(...WORKERS, 'VIEWER')
  @Query(() => [CaseStatisticsCell], {
    description:
      'Cases by street and step (个案统计). ADVISER and SUPERVISOR: your streets. VIEWER: counts rounded to 5, a ' +
      'cell under 5 withheld.',
  })
  caseStatistics(
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (6 digits).' })
    districtCode: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.statistics(viewer, districtCode ?? undefined);
  }

  @Authorized(...WORKERS)
  @Mutation(() => OpenCaseResult, {
    description:
      '立案 open a case from a plan’s CASE_PROPOSAL item, a 政策找人 lead or directly (POL-CH-2): the application. ' +
      'The dishonesty list is checked and its hits shown (POL-INT-10); an adviser filed as a near relative of the ' +
      'household is refused (POL-INT-9).',
  })
  openCase(
    @Arg('input', { description: 'Household, origin and difficulty.' }) input: OpenCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.open(viewer, input);
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseStepResult, {
    description:
      '受理 accept the application: APPLICATION → ASSESSMENT, or help first (POL-CH-4) → DISBURSEMENT with the ' +
      'assessment and panel kept as open tasks.',
  })
  acceptCase(
    @Arg('input', { description: 'The case and whether help comes first.' }) input: AcceptCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.accept(viewer, input);
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseStepResult, {
    description:
      '评估审核 record the assessment: ASSESSMENT → PANEL_REVIEW (or the ASSESSMENT task of help-first). A home ' +
      'visit unless fast-tracked (POL-CH-5: DB, BY or GX households only).',
  })
  recordCaseAssessment(
    @Arg('input', { description: 'Findings, home visit or fast track.' }) input: RecordCaseAssessmentInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.assess(viewer, input);
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseStepResult, {
    description:
      '民主评议 record the review panel (POL-CH-3): a district or street cadre chairs; a member filed as a near ' +
      'relative of the household is refused (POL-INT-9) and must be replaced. APPROVED waits for a second person ' +
      '(CASE_DECISION) where the district requires it; REJECTED closes the case.',
  })
  recordCasePanel(
    @Arg('input', { description: 'Hearing, members, opinion, outcome.' }) input: RecordCasePanelInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.panel(viewer, input);
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => DecideCaseResult, {
    description:
      '审批 approve or refuse the panel’s outcome (四眼原则): a SUPERVISOR of the street or ADMIN, not the person who ' +
      'opened the case or recorded the panel (ADMIN may, recorded as an override).',
  })
  decideCase(
    @Arg('input', { description: 'The case and the decision.' }) input: DecideCaseInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.decide(viewer, input);
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseStepResult, {
    description:
      '资金发放 link the PAID fund payment (purpose CASE_HELP, payFromFund) that disbursed the case: DISBURSEMENT → ' +
      'FOLLOW_UP, the follow-up visit scheduled.',
  })
  recordCaseDisbursement(
    @Arg('input', { description: 'The case and the payment.' }) input: RecordCaseDisbursementInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.disburse(viewer, input);
  }

  @Authorized(...WORKERS)
  @Mutation(() => CaseStepResult, {
    description: '结案 close a followed-up case; open tasks of help-first block it (POL-CH-4).',
  })
  closeCase(@Arg('input', { description: 'The case.' }) input: CloseCaseInput, @CurrentViewer() viewer: Viewer) {
    return this.service.close(viewer, input);
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => RecordDishonestyResult, {
    description:
      '失信记录 record a dishonesty record (POL-INT-2) on a household or a person’s ID number (kept hashed).',
  })
  recordDishonesty(
    @Arg('input', { description: 'Subject, reason, source, date.' }) input: RecordDishonestyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.recordDishonesty(viewer, input);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The household (scoped like every household).' })
  household(@Root() c: CaseHelp, @Ctx() { loaders }: Context) {
    return loaders.householdById.load(c.householdId);
  }

  @FieldResolver(() => [CaseHelpHistory], { description: 'History (处理记录), oldest first.' })
  history(@Root() c: CaseHelp, @Ctx() { loaders }: Context) {
    return loaders.caseHistoryByCaseId.load(c.id);
  }

  @FieldResolver(() => [CasePanelMember], { description: 'The review panel (评议小组) as last recorded.' })
  panelMembers(@Root() c: CaseHelp, @Ctx() { loaders }: Context) {
    return loaders.casePanelMembersByCaseId.load(c.id);
  }
}
