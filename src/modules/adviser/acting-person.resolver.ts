import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { Context, CurrentViewer } from '../../graphql/context';
import { ConnectionArgs, pageRequest } from '../../graphql/pagination';
import { ActingPerson, PersonNearRelativeFiling } from './acting-person.entity';
import {
  ActingPersonFilter,
  FilePersonNearRelativeInput,
  RegisterActingPersonInput,
  WithdrawPersonNearRelativeInput,
} from './acting-person.inputs';
import { ActingPersonService } from './acting-person.service';
import { ActingPersonList, ActingPersonResult, PersonNearRelativeFilingResult } from './acting-person.types';

// The register of people acting on cases (经办及评议人员): ADMIN and the SUPERVISOR of the streets manage it;
// an ADVISER reads it to name panel members and assessors.
@Authorized('ADMIN', 'SUPERVISOR', 'ADVISER')
@Resolver(() => ActingPerson)
export class ActingPersonResolver {
  constructor(private readonly people: ActingPersonService) {}

  @Query(() => ActingPersonList, {
    description:
      '经办及评议人员 people acting on cases without a roster entry, newest first: ADMIN all, SUPERVISOR and ADVISER ' +
      'those of their streets.',
  })
  actingPeople(
    @Arg('filter', () => ActingPersonFilter, { nullable: true, description: 'Filters; all optional.' })
    filter: ActingPersonFilter | undefined,
    @Args(() => ConnectionArgs) window: ConnectionArgs,
    @CurrentViewer() viewer: Viewer,
    @Info() info: GraphQLResolveInfo,
  ) {
    return this.people.list(viewer, filter ?? {}, pageRequest(null, window, info));
  }

  @Query(() => ActingPerson, { description: 'One registered person; NOT_FOUND outside your streets.' })
  async actingPerson(
    @Arg('id', () => ID, { description: 'Register id.' }) id: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    const person = await this.people.byId(viewer, id);
    if (!person) throw new DomainError('NOT_FOUND', `ActingPerson ${id} not found`);
    return person;
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => ActingPersonResult, {
    description:
      'ADMIN, or a SUPERVISOR for their streets: register a person who acts on cases (supervisor, assessor, panel ' +
      'member). The ID number is checked and kept only as a keyed hash and a masked copy.',
  })
  registerActingPerson(
    @Arg('input', { description: 'The person.' }) input: RegisterActingPersonInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.people.register(viewer, input);
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => PersonNearRelativeFilingResult, {
    description:
      'ADMIN, or a SUPERVISOR of the person’s streets: file a near relative (近亲属备案, POL-INT-3) of a registered ' +
      'person. From then on they are refused for any step of a case of the relative’s household (POL-INT-9).',
  })
  async filePersonNearRelative(
    @Arg('input', { description: 'The filing.' }) input: FilePersonNearRelativeInput,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { loaders }: Context,
  ) {
    const result = await this.people.file(viewer, input);
    loaders.personFilingsByPersonId.clear(input.personId);
    return result;
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => PersonNearRelativeFilingResult, {
    description: 'ADMIN, or a SUPERVISOR of the person’s streets: withdraw a filing (kept with who, when and why).',
  })
  withdrawPersonNearRelative(
    @Arg('input', { description: 'Which filing and why.' }) input: WithdrawPersonNearRelativeInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.people.withdraw(viewer, input);
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => ActingPersonResult, {
    description:
      'ADMIN, or a SUPERVISOR of the person’s streets: active false deactivates an entry (a deactivated SUPERVISOR ' +
      'is refused at sign-in at once); true reactivates it.',
  })
  setActingPersonActive(
    @Arg('id', () => ID, { description: 'Register id.' }) id: string,
    @Arg('active', { description: 'False deactivates, true reactivates.' }) active: boolean,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.people.setActive(viewer, id, active);
  }

  @FieldResolver(() => [PersonNearRelativeFiling], {
    nullable: true,
    description: 'Their near-relative filings, withdrawn ones too (by filing date); null for an ADVISER.',
  })
  nearRelativeFilings(@Root() p: ActingPerson, @CurrentViewer() viewer: Viewer, @Ctx() { loaders }: Context) {
    return viewer.role === 'ADVISER' ? null : loaders.personFilingsByPersonId.load(p.id);
  }
}
