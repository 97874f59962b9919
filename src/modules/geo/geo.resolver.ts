import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { Context } from '../../graphql/context';
import { District, Street } from './geo.entity';

// Reference data: any signed-in role may read it.
@Authorized()
@Resolver(() => District)
export class GeoResolver {
  constructor(private readonly db: DataSource) {}

  @Query(() => [District], { description: "Shanghai's 16 districts (区), by code." })
  districts() {
    return this.db.getRepository(District).find({ order: { code: 'ASC' } });
  }

  @Query(() => [Street], { description: 'Streets and towns (街镇), by code; optionally of one district.' })
  streets(
    @Arg('districtCode', () => String, { nullable: true, description: 'A district code such as 310105.' })
    districtCode: string | undefined,
  ) {
    return this.db.getRepository(Street).find({ where: districtCode ? { districtCode } : {}, order: { code: 'ASC' } });
  }
}

@Authorized()
@Resolver(() => District)
export class DistrictFieldsResolver {
  @FieldResolver(() => [Street], { description: 'The streets and towns (街镇) of this district.' })
  streets(@Root() d: District, @Ctx() { loaders }: Context) {
    return loaders.streetsByDistrictCode.load(d.code);
  }
}
