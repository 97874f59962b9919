import { Authorized, Query, Resolver } from 'type-graphql';
import { DibaoStandard, NeedCode } from './reference.entity';
import type { ReferenceService } from './reference.service';

@Authorized()
@Resolver()
export class ReferenceResolver {
  constructor(private readonly reference: ReferenceService) {}

  @Query(() => [NeedCode], { description: 'The need taxonomy (需求代码): the 28 codes of the needs list.' })
  needCodes() {
    return this.reference.needCodes();
  }

  @Query(() => [DibaoStandard], {
    description: 'The dated 低保 standard table, oldest first; a date uses the last row in force on it.',
  })
  dibaoStandards() {
    return this.reference.dibaoStandards();
  }
}
