import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { District, Street } from './geo.entity';
import type { GeoService } from './geo.service';

// Reference data: any signed-in role may read it.
@Authorized()
@Resolver(() => District)
export class GeoResolver {
  constructor(private readonly geo: GeoService) {}

  @Query(() => [District], { description: "Shanghai's 16 districts (区), by code." })
  districts() {
    return this.geo.districts();
  }

  @Query(() => [Street], { description: 'Streets and towns (街镇), by code; optionally of one district.' })
  streets(
    @Arg('districtCode', () => String, { nullable: true, description: 'A district code such as 310105.' })
    districtCode: string | undefined,
  ) {
    return this.geo.streets(districtCode);
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
