import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root, Info } from 'type-graphql';
import { maskIdNumber } from '../../common/id-number';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, PAGE_DEPRECATION, PAGE_DESCRIPTION, PageInput, pageRequest } from '../../graphql/pagination';
import { Household } from '../household/household.entity';
import { Member } from '../household/member.entity';
import { Warning } from './warning.entity';
import { WarningType } from './warning-type.entity';
import { WarningService } from './warning.service';
import {
  CloseWarningInput,
  CloseWarningResult,
  SaveWarningTypeInput,
  SaveWarningTypeResult,
  IngestWarningsInput,
  IngestWarningsResult,
  MatchWarningsReport,
  WarningFilter,
  WarningList,
} from './warning.types';

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Warning)
export class WarningResolver {
  constructor(private readonly warnings: WarningService) {}

  @Authorized('ADMIN')
  @Mutation(() => IngestWarningsResult, {
    description:
      'ADMIN: ingest a batch of data-comparison events (动态监测预警). Idempotent by event id (re-sent events are ' +
      'reported as duplicates and change nothing). Any malformed row rejects the whole batch ' +
      '(WarningBatchRejected lists every problem by line); events with no matching member are stored as ' +
      'UNMATCHED and reported. Each matched event flags its household for reassessment and a visit and may raise ' +
      'a DATA_WARNING need (the needCode of its warningType).',
  })
  ingestWarnings(
    @Arg('input', { description: 'The batch.' }) input: IngestWarningsInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.warnings.ingest(
      viewer,
      input.source,
      input.events.map((e, i) => ({
        line: e.line ?? i + 1,
        eventId: e.eventId,
        type: e.type,
        idNumber: e.idNumber,
        date: e.date,
        detail: e.detail ?? '',
      })),
    );
  }

  @Authorized('ADMIN')
  @Mutation(() => MatchWarningsReport, {
    description:
      'ADMIN: match UNMATCHED warnings again (e.g. after the person was registered); newly matched ones flag ' +
      'their households.',
  })
  matchWarnings(@CurrentViewer() viewer: Viewer) {
    return this.warnings.matchAgain(viewer);
  }

  @Mutation(() => CloseWarningResult, {
    description:
      'Close a verified warning with its outcome (POL-MON-2). Closing does not clear the visit or reassessment ' +
      'flags: a visit and an assessment do.',
  })
  async closeWarning(
    @Arg('input', { description: 'The warning and outcome.' }) input: CloseWarningInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.warnings.close(viewer, input);
  }

  @Authorized()
  @Query(() => [WarningType], {
    description:
      'The kinds of data-comparison event (预警类型, reference data; a small fixed list, not paginated), with the ' +
      'need each raises.',
  })
  warningTypes() {
    return this.warnings.types();
  }

  @Authorized('ADMIN')
  @Mutation(() => SaveWarningTypeResult, {
    description:
      'ADMIN: add a warning type or change one (POL-WRN-3). Ingestion accepts the new code at once; no code ' +
      'change, no migration.',
  })
  saveWarningType(@Arg('input', { description: 'The type.' }) input: SaveWarningTypeInput) {
    return this.warnings.saveType(input);
  }

  @Query(() => WarningList, {
    description:
      'Warnings, newest first. ADVISER: matched warnings of households in your streets; ADMIN: all, including ' +
      'UNMATCHED.',
  })
  warningList(
    @Arg('filter', () => WarningFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: WarningFilter | undefined,
    @Arg('page', () => PageInput, {
      nullable: true,
      description: PAGE_DESCRIPTION,
      deprecationReason: PAGE_DEPRECATION,
    })
    page: PageInput | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.warnings.list(viewer, filter ?? {}, pageRequest(page, window, info));
  }

  @FieldResolver(() => String, {
    description: 'ID number of the person concerned, masked (3101**********1234). The full number is never returned.',
  })
  idNumberMasked(@Root() w: Warning) {
    return maskIdNumber(w.idNumber);
  }

  @FieldResolver(() => WarningType, { description: 'The kind of event, with its names and the need it raises.' })
  warningType(@Root() w: Warning, @Ctx() { loaders }: Context) {
    return loaders.warningTypeByCode.load(w.type);
  }

  @FieldResolver(() => Household, { nullable: true, description: 'The matched household.' })
  household(@Root() w: Warning, @Ctx() { loaders }: Context) {
    return w.householdId ? loaders.householdById.load(w.householdId) : null;
  }

  @FieldResolver(() => Member, { nullable: true, description: 'The matched member.' })
  member(@Root() w: Warning, @Ctx() { loaders }: Context) {
    return w.memberId ? loaders.memberById.load(w.memberId) : null;
  }
}
