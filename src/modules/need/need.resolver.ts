import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root, createUnionType } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { NeedCode } from '../reference/reference.entity';
import { Need, NeedChange } from './need.entity';
import { AddNeedInput, ChangeNeedStatusInput } from './need.inputs';
import { NeedService } from './need.service';

export const NeedResult = createUnionType({
  name: 'NeedResult',
  description: 'The need after the change, or why nothing changed.',
  types: () => [Need, InputValidationError, NotFoundError] as const,
});

@Authorized('ADMIN', 'ADVISER')
@Resolver(() => Need)
export class NeedResolver {
  constructor(private readonly needs: NeedService) {}

  @Mutation(() => NeedResult, {
    description:
      'Record a need by hand (self-report, visit or data warning). ' +
      'If the same need is already active it is updated, not duplicated.',
  })
  async addNeed(
    @Arg('input', { description: 'The need.' }) input: AddNeedInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.needs.add(viewer, input);
    loaders.needsByHouseholdId.clear(input.householdId);
    return result;
  }

  @Mutation(() => NeedResult, { description: 'Move a need to another status with a reason; every change is kept.' })
  changeNeedStatus(
    @Arg('input', { description: 'The need, status and reason.' }) input: ChangeNeedStatusInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.needs.changeStatus(viewer, input);
  }

  @FieldResolver(() => NeedCode, { nullable: true, description: 'The need code with its names.' })
  needCode(@Root() need: Need, @Ctx() { loaders }: Context) {
    return loaders.needCodeByCode.load(need.code);
  }

  @FieldResolver(() => [NeedChange], { description: 'Every change, oldest first.' })
  history(@Root() need: Need, @Ctx() { loaders }: Context) {
    return loaders.needChangesByNeedId.load(need.id);
  }
}
