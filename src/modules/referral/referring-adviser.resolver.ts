// The referring adviser on a referral (转介顾问), from the roster: who the provider calls about it.
// A contact card only (name, work phone, street): a PARTNER is not given the roster entry itself.
import { Authorized, Ctx, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { isUuid } from '../../common/text';
import type { Context } from '../../graphql/context';
import { Referral } from './referral.entity';

@ObjectType({
  description:
    'The referring adviser (转介顾问) as the provider sees them: name and work phone from the adviser roster ' +
    '(社区救助顾问人员清单), nothing else.',
})
export class ReferringAdviser {
  @Field(() => ID, { description: 'Roster id (the issuedBy of the referral).' }) id: string;
  @Field({ description: 'Name (姓名).' }) name: string;
  @Field(() => String, { nullable: true, description: 'Work phone (联系电话); null when the roster has none.' })
  phone: string | null;
  @Field({ description: 'Street (街镇) code the adviser serves.' }) streetCode: string;
}

@Authorized('ADMIN', 'ADVISER', 'PARTNER')
@Resolver(() => Referral)
export class ReferringAdviserFieldResolver {
  @FieldResolver(() => ReferringAdviser, {
    nullable: true,
    description:
      'The adviser who issued it (转介顾问), with name and work phone from the roster; null when it was issued by ' +
      'someone not on the roster (an ADMIN). Visible to everyone who may see the referral, the receiving PARTNER ' +
      'included.',
  })
  async referringAdviser(@Root() r: Referral, @Ctx() { loaders }: Context): Promise<ReferringAdviser | null> {
    // issuedBy is a token subject: only a roster id (a UUID) can name an adviser.
    if (!isUuid(r.issuedBy)) return null;
    const adviser = await loaders.adviserById.load(r.issuedBy);
    if (!adviser) return null;
    return Object.assign(new ReferringAdviser(), {
      id: adviser.id,
      name: adviser.name,
      phone: adviser.phone,
      streetCode: adviser.streetCode,
    });
  }
}
