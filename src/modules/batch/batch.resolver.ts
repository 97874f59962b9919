// batchRuns (ADMIN): batch runs newest first, with progress, rate and ETA (issue 15 §3).
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Field, Info, InputType, ObjectType, Query, Resolver } from 'type-graphql';
import { IsIn, IsOptional } from 'class-validator';
import { ConnectionArgs, pageRequest } from '../../graphql/pagination';
import { ListOf } from '../../graphql/pagination';
import { BATCH_KINDS, BATCH_STATUSES, BatchRun } from './batch-run.entity';
import { BatchRunService } from './batch.service';

@ObjectType({ description: 'A page of batch runs (批处理运行), newest first.' })
export class BatchRunList extends ListOf(BatchRun, 'The runs on this page, newest first.') {}

@InputType({ description: 'Filters of batchRuns; all optional.' })
export class BatchRunFilter {
  @Field(() => String, { nullable: true, description: `Only this kind: ${BATCH_KINDS.join(', ')}.` })
  @IsOptional()
  @IsIn(BATCH_KINDS)
  kind?: string | null;
  @Field(() => String, { nullable: true, description: `Only this status: ${BATCH_STATUSES.join(', ')}.` })
  @IsOptional()
  @IsIn(BATCH_STATUSES)
  status?: string | null;
}

@Authorized('ADMIN')
@Resolver()
export class BatchRunResolver {
  constructor(private readonly runs: BatchRunService) {}

  @Query(() => BatchRunList, {
    description:
      'ADMIN: batch runs (批处理运行) newest first — a city-wide reassessment shared by workers, imports, demo seeds — ' +
      'with progress (done of total, chunks left), rate and ETA.',
  })
  batchRuns(
    @Arg('filter', () => BatchRunFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: BatchRunFilter | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.runs.list(filter ?? {}, pageRequest(undefined, window, info));
  }
}
