import { ArrayMaxSize, IsNotEmpty, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Money } from '../../common/validators';
import { GraphQLJSON, LocalDate } from '../../graphql/scalars';
import * as E from './catalogue.enums';
import { ContactPersonInput, CostOptionInput, PhoneInput, WeeklyScheduleInput } from './contact.types';

@InputType({ description: 'Where something applies.' })
export class GeoScopeInput {
  @Field(() => E.ScopeLevel, { description: 'CITY, DISTRICT or STREET.' }) level: E.ScopeLevel;
  @Field(() => [String], {
    defaultValue: [],
    description: 'District codes (DISTRICT) or street codes (STREET); empty for CITY.',
  })
  @ArrayMaxSize(300)
  codes: string[];
}

@InputType({ description: 'What a resource gives.' })
export class BenefitInput {
  @Field(() => Float, { nullable: true, description: 'Amount in yuan.' }) @Money() amount?: number | null;
  @Field(() => String, {
    nullable: true,
    description:
      'Unit: PER_PERSON_MONTH, PER_HOUSEHOLD_MONTH, PER_HOUSEHOLD, PER_PERSON, PER_PERSON_YEAR, PER_TIME, ' +
      'PER_ELEVATOR.',
  })
  @Matches(/^(PER_PERSON_MONTH|PER_HOUSEHOLD_MONTH|PER_HOUSEHOLD|PER_PERSON|PER_PERSON_YEAR|PER_TIME|PER_ELEVATOR)$/)
  unit?: string | null;
  @Field(() => Float, { nullable: true, description: 'Cap in yuan.' }) @Money() cap?: number | null;
  @Field(() => Int, { nullable: true, description: 'Sessions.' }) @Min(0) @Max(10000) sessions?: number | null;
  @Field(() => Float, { nullable: true, description: 'Hours.' }) @Min(0) @Max(100000) hours?: number | null;
  @Field(() => String, { nullable: true, description: 'Description in Chinese.' }) @MaxLength(2000) descriptionZh?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Description in English.' }) @MaxLength(2000) descriptionEn?:
    string | null;
}

@InputType({ description: 'Resource fields shared by create and update.' })
export class ResourceFieldsInput {
  @Field(() => String, { nullable: true, description: 'Chinese description.' }) @MaxLength(5000) descriptionZh?: string;
  @Field(() => String, { nullable: true, description: 'English description.' }) @MaxLength(5000) descriptionEn?: string;
  @Field(() => E.Tier, { nullable: true, description: 'Override the tier derived from the provider type.' })
  tierOverride?: E.Tier | null;
  @Field(() => BenefitInput, { nullable: true, description: 'What it gives.' })
  @ValidateNested()
  benefit?: BenefitInput;
  @Field(() => Int, { nullable: true, description: 'Places per period; required for QUOTA.' })
  @Min(0)
  @Max(10_000_000)
  quota?: number | null;
  @Field(() => String, { nullable: true, description: 'Quota period: YEAR, MONTH or TERM.' })
  @Matches(/^(YEAR|MONTH|TERM)$/)
  period?: string | null;
  @Field(() => String, { nullable: true, description: 'How to apply.' }) @MaxLength(500) applicationChannel?: string;
  @Field(() => [String], { nullable: true, description: 'Materials to bring.' })
  @ArrayMaxSize(50)
  requiredMaterials?: string[];
  @Field(() => Int, { nullable: true, description: 'Processing time in working days.' })
  @Min(0)
  @Max(365)
  processingDays?: number | null;
  @Field(() => String, { nullable: true, description: 'Policy basis (文号).' }) @MaxLength(500) policyBasis?:
    string | null;
  @Field(() => String, {
    nullable: true,
    description: 'Exclusive group: resources in one group are never given together.',
  })
  @MaxLength(100)
  exclusiveGroup?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Offer only after statutory schemes are used or ruled out.' })
  statutoryFirst?: boolean;
  @Field(() => LocalDate, { nullable: true, description: 'Valid from.' }) validFrom?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Valid to.' }) validTo?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last verified.' }) lastVerified?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Amounts and quotas are verified against a source.' })
  figuresVerified?: boolean;
  // Contact details (contact.rules.ts checks them); null clears one, leaving it out keeps it.
  @Field(() => String, { nullable: true, description: 'Web page (网址), http(s).' }) url?: string | null;
  @Field(() => String, { nullable: true, description: 'Email for enquiries.' }) email?: string | null;
  @Field(() => [PhoneInput], { nullable: true, description: 'Phones (咨询电话), at most 20.' })
  phones?: PhoneInput[] | null;
  @Field(() => [ContactPersonInput], { nullable: true, description: 'Contact people (联系人), at most 20.' })
  contacts?: ContactPersonInput[] | null;
  @Field(() => [String], { nullable: true, description: 'Languages (服务语言) as ISO 639 codes, e.g. zh, en, wuu.' })
  languages?: string[] | null;
  @Field(() => [WeeklyScheduleInput], { nullable: true, description: 'Weekly opening hours (开放时间).' })
  schedules?: WeeklyScheduleInput[] | null;
  @Field(() => String, { nullable: true, description: 'What the household pays (收费说明); not the benefit.' })
  feesDescription?: string | null;
  @Field(() => [CostOptionInput], { nullable: true, description: 'Costs to the household (费用), case by case.' })
  costOptions?: CostOptionInput[] | null;
}

@InputType({ description: 'A new resource. A PARTNER creates it for its own organisation as a DRAFT.' })
export class CreateResourceInput extends ResourceFieldsInput {
  @Field(() => String, {
    nullable: true,
    description: 'Provider code; a PARTNER may omit it (its own organisation is used) and may not name another.',
  })
  providerId?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Catalogue code (letters, digits, dashes); generated when omitted.',
  })
  @Matches(/^[A-Z0-9-]{2,40}$/)
  code?: string;
  @Field({ description: 'Chinese name.' }) @IsNotEmpty() @MaxLength(200) nameZh: string;
  @Field({ description: 'English name.' }) @IsNotEmpty() @MaxLength(200) nameEn: string;
  @Field(() => E.ResourceForm, { description: 'Form of help.' }) form: E.ResourceForm;
  @Field(() => [String], { description: 'Need codes it meets (N01–N28).' }) @ArrayMaxSize(28) needCodes: string[];
  @Field(() => GraphQLJSON, { description: 'Eligibility rule (rule language); validated on save.' })
  eligibility: unknown;
  @Field(() => E.CapacityKind, { description: 'ENTITLEMENT or QUOTA.' }) capacityKind: E.CapacityKind;
  @Field(() => GeoScopeInput, { description: 'Where it applies.' }) @ValidateNested() geoScope: GeoScopeInput;
}

@InputType({ description: 'A partial update of a resource; only the fields given change.' })
export class UpdateResourceInput extends ResourceFieldsInput {
  @Field(() => ID, { description: 'The resource.' }) id: string;
  @Field(() => Int, { nullable: true, description: 'Refused with ConflictError if the stored version differs.' })
  expectedVersion?: number;
  @Field(() => String, { nullable: true, description: 'Chinese name.' }) @IsNotEmpty() @MaxLength(200) nameZh?: string;
  @Field(() => String, { nullable: true, description: 'English name.' }) @IsNotEmpty() @MaxLength(200) nameEn?: string;
  @Field(() => E.ResourceForm, { nullable: true, description: 'Form of help.' }) form?: E.ResourceForm;
  @Field(() => [String], { nullable: true, description: 'Need codes.' }) @ArrayMaxSize(28) needCodes?: string[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Eligibility rule.' }) eligibility?: unknown;
  @Field(() => E.CapacityKind, { nullable: true, description: 'Capacity model.' }) capacityKind?: E.CapacityKind;
  @Field(() => GeoScopeInput, { nullable: true, description: 'Where it applies.' })
  @ValidateNested()
  geoScope?: GeoScopeInput;
}

@InputType({ description: 'A status change with an optional note (required where the mutation says so).' })
export class ResourceTransitionInput {
  @Field(() => ID, { description: 'The resource.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Review note, reasons or why.' }) @MaxLength(2000) note?: string;
}

@InputType({ description: 'Set the places left in the current period.' })
export class UpdateCapacityInput {
  @Field(() => ID, { description: 'The resource.' }) id: string;
  @Field(() => Int, { description: 'Places left, 0 to the quota.' }) @Min(0) remaining: number;
}

@InputType({ description: 'Filters for the resource list; combined with AND.' })
export class ResourceFilter {
  @Field(() => String, { nullable: true, description: 'Meets this need code.' }) needCode?: string;
  @Field(() => E.Tier, { nullable: true, description: 'In this tier.' }) tier?: E.Tier;
  @Field(() => String, { nullable: true, description: 'Run by this provider.' }) providerId?: string;
  @Field(() => String, { nullable: true, description: 'Covers this street (街镇) code.' })
  @Matches(/^\d{9}$/)
  streetCode?: string;
  @Field(() => E.ResourceStatus, {
    nullable: true,
    description: 'Status; default PUBLISHED. Drafts are visible only to their organisation and ADMIN.',
  })
  status?: E.ResourceStatus;
  @Field(() => String, { nullable: true, description: 'Text in the name or description, Chinese or English.' })
  @MaxLength(100)
  text?: string;
}

@InputType({ description: 'A provider organisation (ADMIN only).' })
export class ProviderInput {
  @Field(() => ID, { description: 'Provider code, e.g. P-CN-HSZ (upper-case letters, digits, dashes).' })
  @Matches(/^[A-Z0-9-]{2,40}$/)
  id: string;
  @Field({ description: 'Chinese name.' }) @IsNotEmpty() @MaxLength(200) nameZh: string;
  @Field({ description: 'English name.' }) @IsNotEmpty() @MaxLength(200) nameEn: string;
  @Field(() => E.ProviderType, { description: 'Kind of organisation.' }) type: E.ProviderType;
  @Field(() => String, { nullable: true, description: 'Parent department.' }) @MaxLength(200) parentDepartment?:
    string | null;
  @Field(() => String, { nullable: true, description: 'Phone.' }) @MaxLength(50) phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Email.' }) @MaxLength(200) email?: string | null;
  @Field(() => String, { nullable: true, description: 'Address.' }) @MaxLength(300) address?: string | null;
  @Field(() => String, { nullable: true, description: 'Website, http(s).' }) @MaxLength(300) website?: string | null;
  @Field(() => String, { nullable: true, description: 'Postal code (邮政编码) of the address.' })
  @MaxLength(20)
  postalCode?: string | null;
  @Field(() => [ContactPersonInput], { nullable: true, description: 'Named contact people (联系人), at most 20.' })
  contacts?: ContactPersonInput[] | null;
  @Field(() => GeoScopeInput, { description: 'Service area.' }) @ValidateNested() serviceArea: GeoScopeInput;
  @Field(() => E.VerificationStatus, { defaultValue: 'UNVERIFIED', description: 'Verification status.' })
  verificationStatus: E.VerificationStatus;
}
