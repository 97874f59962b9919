import { Arg, Authorized, ID, Query, Resolver } from 'type-graphql';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { LocalDate } from '../../graphql/scalars';
import { AllocationService } from './allocation.service';
import { Allocation } from './allocation.types';

@Authorized('ADMIN', 'ADVISER', 'VIEWER')
@Resolver()
export class AllocationResolver {
  constructor(private readonly service: AllocationService) {}

  @Query(() => Allocation, {
    description:
      'Propose who gets the scarce places (名额分配建议) of QUOTA resources in their periods: one place per household per ' +
      'resource, exclusive groups respected, the highest total priority (level, then urgency, then waiting time; ' +
      'CATALOGUE.md matching guidance step 4), and every household left out with its place in the queue and why. ' +
      'Writes nothing. ADMIN sees every household, ADVISER those of its streets (the others without id or address), ' +
      'VIEWER the counts only. Bad input is BAD_USER_INPUT with extensions.fieldErrors.',
  })
  allocate(
    @Arg('resourceIds', () => [ID], { description: 'The QUOTA resources to share out together (1–40).' })
    resourceIds: string[],
    @Arg('on', () => LocalDate, {
      nullable: true,
      description: 'A day of the periods to allocate (本期); default today. A period that has ended is refused.',
    })
    on: string | undefined,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.allocate(viewer, resourceIds, on ?? null);
  }
}
