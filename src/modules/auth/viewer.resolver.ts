import { Authorized, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { ROLES, Role, Viewer } from '../../common/viewer';
import { CurrentViewer } from '../../graphql/context';
import { enumOf } from '../../graphql/enums';
import { registerEnumType } from 'type-graphql';

const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What a caller may do.',
  valuesConfig: {
    ADMIN: { description: '区民政 district civil-affairs staff: everything, everywhere.' },
    ADVISER: { description: '社区救助顾问 community assistance adviser: households of their streets.' },
    SUPERVISOR: {
      description:
        '街镇社会救助所 street social-assistance office: approves plans and fund payments of their streets (four eyes).',
    },
    PARTNER: { description: '合作机构 provider organisation: its own resources and referrals; no household lists.' },
    VIEWER: { description: '查看者 aggregates only; no household, name or ID number.' },
  },
});

@ObjectType({ description: 'The signed-in caller, as the token says.' })
class ViewerInfo {
  @Field(() => ID, { description: 'Subject of the token.' }) id: string;
  @Field(() => RoleEnum, { description: 'Role.' }) role: Role;
  @Field(() => String, { nullable: true, description: 'Display name.' }) name: string | null;
  @Field(() => [String], { description: 'Street codes an ADVISER or SUPERVISOR works in; empty for other roles.' })
  streetCodes: string[];
  @Field(() => String, { nullable: true, description: 'Provider organisation of a PARTNER.' }) providerId:
    string | null;
}

@Authorized()
@Resolver()
export class ViewerResolver {
  @Query(() => ViewerInfo, { description: 'Who you are signed in as (useful to check a token).' })
  viewer(@CurrentViewer() viewer: Viewer): ViewerInfo {
    return viewer;
  }
}
