import { Authorized, Query, Resolver } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { DibaoStandard, NeedCode } from './reference.entity';

@Authorized()
@Resolver()
export class ReferenceResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [NeedCode], { description: 'The need taxonomy (需求代码): the 28 codes of the needs list.' })
  needCodes() {
    return this.db.getRepository(NeedCode).find({ order: { code: 'ASC' } });
  }

  @Query(() => [DibaoStandard], {
    description: 'The dated 低保 standard table, oldest first; a date uses the last row in force on it.',
  })
  dibaoStandards() {
    return this.db.getRepository(DibaoStandard).find({ order: { effectiveFrom: 'ASC' } });
  }
}
