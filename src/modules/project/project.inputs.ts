import { IsNotEmpty, Matches, MaxLength, Min, Max, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSON } from '../../graphql/scalars';
import { BenefitInput } from '../catalogue/catalogue.inputs';
import * as E from '../catalogue/catalogue.enums';
import { CreateFundInput } from '../fund/fund.inputs';
import { ProjectScopeLevelEnum, type ProjectScopeLevel } from './project.enums';

@InputType({
  description:
    'The catalogue resource (救助资源) a project is. Its need code and area are the project’s; its tier comes from the ' +
    'provider (a foundation or charity: CHARITY_COMMUNITY) unless overridden.',
})
export class ProjectResourceInput {
  @Field({ description: 'Provider code that runs it, e.g. P-SH-BKHZ (上海市帮困互助基金会) or P-CN-ZHBF.' })
  providerId: string;
  @Field(() => String, {
    nullable: true,
    description: 'Catalogue code (letters, digits, dashes); generated if omitted.',
  })
  @Matches(/^[A-Z0-9-]{2,40}$/)
  code?: string;
  @Field({ description: 'Chinese name (资源名称).' }) @IsNotEmpty() @MaxLength(200) nameZh: string;
  @Field({ description: 'English name.' }) @IsNotEmpty() @MaxLength(200) nameEn: string;
  @Field(() => String, { nullable: true, description: 'Chinese description.' }) @MaxLength(5000) descriptionZh?: string;
  @Field(() => E.ResourceForm, { description: 'Form of help (救助形式).' }) form: E.ResourceForm;
  @Field(() => E.Tier, { nullable: true, description: 'Override the tier derived from the provider type.' })
  tierOverride?: E.Tier | null;
  @Field(() => GraphQLJSON, {
    description: 'Eligibility rule (资格规则) in the rule language, as data; validated like any resource’s.',
  })
  eligibility: unknown;
  @Field(() => E.CapacityKind, { description: 'ENTITLEMENT (uncapped) or QUOTA (places per period).' })
  capacityKind: E.CapacityKind;
  @Field(() => Int, { nullable: true, description: 'Places per period (名额), for QUOTA.' })
  @Min(0)
  @Max(10_000_000)
  quota?: number | null;
  @Field(() => String, { nullable: true, description: 'Quota period: YEAR, MONTH or TERM.' })
  @Matches(/^(YEAR|MONTH|TERM)$/)
  period?: string | null;
  @Field(() => BenefitInput, { nullable: true, description: 'What it gives (待遇).' })
  @ValidateNested()
  benefit?: BenefitInput;
}

@InputType({
  description:
    'A project for a shared unmet need (项目帮扶, 一类一策, ADMIN): the need, the area, its resource and its fund — an ' +
    'existing fund (fundId) or a new one (newFund), exactly one. One transaction: a refusal writes nothing.',
})
export class CreateProjectInput {
  @Field({ description: 'Unique short code: letters, digits and -, 2–40 characters.' })
  @Matches(/^[A-Za-z0-9-]{2,40}$/)
  code: string;
  @Field({ description: 'Name (项目名称).' }) @IsNotEmpty() @MaxLength(200) nameZh: string;
  @Field({ description: 'The shared need code (N01–N28); the area must have unmet needs of it.' }) needCode: string;
  @Field(() => ProjectScopeLevelEnum, { description: 'STREET or DISTRICT.' }) scopeLevel: ProjectScopeLevel;
  @Field({ description: 'Street (9 digits) or district (6 digits) code.' }) scopeCode: string;
  @Field(() => ProjectResourceInput, { description: 'The resource the project is.' })
  @ValidateNested()
  resource: ProjectResourceInput;
  @Field(() => ID, {
    nullable: true,
    description: 'An existing fund whose purposes include PROJECT_HELP and that covers the whole area.',
  })
  fundId?: string | null;
  @Field(() => CreateFundInput, {
    nullable: true,
    description: 'A new fund for it (设立专项资金); its purposes must include PROJECT_HELP.',
  })
  @ValidateNested()
  newFund?: CreateFundInput | null;
}

@InputType({ description: 'Plan a household into a project (纳入项目): adds its resource to the draft plan.' })
export class PlanProjectHouseholdInput {
  @Field(() => ID, { description: 'The project.' }) projectId: string;
  @Field(() => ID, { description: 'The household; it needs a draft plan and an unmet need of the project’s code.' })
  householdId: string;
  @Field({ description: 'Why (kept on the plan item, like any adviser addition).' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}
