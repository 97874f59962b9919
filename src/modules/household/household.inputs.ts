// Inputs of the registry. Omitted fields mean "unchanged" on updates; explicit null means
// "unknown" (never 0). Lists (categories, events) given on an update replace the stored list.
import { ArrayMaxSize, IsNotEmpty, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { Money, NotInFuture } from '../../common/validators';
import { LocalDate } from '../../graphql/scalars';
import type * as F from '../../../scoring/facts';
import * as E from './household.enums';
import { MemberFactsInput, NewMemberInput } from './member.inputs';

@InputType({ description: 'Housing facts (居住情况); all optional, null = unknown.' })
export class HousingInput {
  @Field(() => Int, { nullable: true, description: 'Floor (楼层), -5 to 128.' }) @Min(-5) @Max(128) floor?:
    number | null;
  @Field(() => Boolean, { nullable: true, description: 'The building has a usable elevator.' }) hasElevator?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'The building has an approved elevator-installation project.' })
  buildingElevatorProject?: boolean | null;
  @Field(() => E.Tenure, { nullable: true, description: 'Tenure (住房性质).' }) tenure?: F.Tenure | null;
  @Field(() => Float, { nullable: true, description: 'Living area in m², 0–10000.' })
  @Min(0)
  @Max(10000)
  livingAreaSqm?: number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly rent, yuan.' }) @Money() monthlyRent?: number | null;
  @Field(() => E.HousingCondition, { nullable: true, description: 'Condition of the dwelling.' })
  condition?: F.HousingCondition | null;
  @Field(() => Boolean, { nullable: true, description: 'Eviction is threatened.' }) evictionThreatened?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Grab bars and non-slip floor present.' }) homeAdapted?:
    boolean | null;
  @Field(() => Int, { nullable: true, description: 'Falls at home in the last 12 months.' })
  @Min(0)
  @Max(365)
  falls12m?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'A fall caused an injury.' }) fallInjury?: boolean | null;
  @Field(() => E.StudySpace, { nullable: true, description: "Children's study space." })
  studySpace?: F.StudySpace | null;
}

@InputType({ description: 'Economic facts (经济状况), yuan; all optional, null = unknown.' })
export class EconomicsInput {
  @Field(() => Float, { nullable: true, description: 'Monthly wages and earnings.' }) @Money() incomeWages?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly pensions.' }) @Money() incomePensions?: number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly benefits and allowances.' }) @Money() incomeBenefits?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly maintenance from relatives.' })
  @Money()
  incomeMaintenance?: number | null;
  @Field(() => Float, { nullable: true, description: 'Other monthly income.' }) @Money() incomeOther?: number | null;
  @Field(() => Float, { nullable: true, description: 'Liquid assets.' }) @Money() liquidAssets?: number | null;
  @Field(() => Float, { nullable: true, description: 'Medical spending, last 12 months.' }) @Money() rigidMedical?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Education spending, last 12 months.' }) @Money() rigidEducation?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Care spending, last 12 months.' }) @Money() rigidCare?:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Rehabilitation spending, last 12 months.' })
  @Money()
  rigidRehab?: number | null;
  @Field(() => E.ArrearsLevel, { nullable: true, description: 'Arrears and debt.' }) arrears?: F.ArrearsLevel | null;
  @Field(() => Boolean, { nullable: true, description: 'Arrears include unpaid wages owed to a member.' })
  wageArrears?: boolean | null;
}

@InputType({ description: 'Adviser-observed facts (走访观察); all optional, null = unknown.' })
export class ObservationsInput {
  @Field(() => E.CarerCondition, { nullable: true, description: "Main carer's condition." })
  mainCarerCondition?: F.CarerCondition | null;
  @Field(() => E.Guardianship, {
    nullable: true,
    description:
      "Guardianship of minors, as one household-level summary: it stands for a minor none of whose parents' " +
      "situations is recorded. Record each minor's fatherSituation / motherSituation instead where you can.",
  })
  guardianship?: F.Guardianship | null;
  @Field(() => E.CareServiceGap, { nullable: true, description: 'Care-service gap.' })
  careServiceGap?: F.CareServiceGap | null;
  @Field(() => E.FamilyStructure, { nullable: true, description: 'Family structure.' })
  familyStructure?: F.FamilyStructure | null;
  @Field(() => E.KinSupport, { nullable: true, description: 'Kin support.' }) kinSupport?: F.KinSupport | null;
  @Field(() => E.CommunityContact, { nullable: true, description: 'Community contact.' })
  communityContact?: F.CommunityContact | null;
  @Field(() => E.DigitalCapacity, { nullable: true, description: 'Digital capacity.' })
  digitalCapacity?: F.DigitalCapacity | null;
  @Field(() => E.CarerStrain, { nullable: true, description: 'Carer strain.' }) carerStrain?: F.CarerStrain | null;
  @Field(() => E.FamilyConflict, { nullable: true, description: 'Family conflict or signs of violence.' })
  familyConflict?: F.FamilyConflict | null;
}

@InputType({ description: 'Consents (知情同意); each answer needs the date it was given.' })
export class ConsentsInput {
  @Field(() => Boolean, { nullable: true, description: 'Consent to inter-department data sharing.' }) dataSharing?:
    boolean | null;
  @Field(() => LocalDate, { nullable: true, description: 'Date of the data-sharing answer; not in the future.' })
  @NotInFuture()
  dataSharingDate?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Consent to referral to charities.' }) charityReferral?:
    boolean | null;
  @Field(() => LocalDate, { nullable: true, description: 'Date of the referral answer; not in the future.' })
  @NotInFuture()
  charityReferralDate?: string | null;
}

@InputType({ description: 'A category held (救助类别) with its dates.' })
export class CategoryHoldingInput {
  @Field(() => E.Category, { description: 'The category.' }) category: F.CategoryCode;
  @Field(() => LocalDate, { nullable: true, description: 'Held since; not in the future.' }) @NotInFuture() since?:
    string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Held until; omit while still held.' }) until?: string | null;
  @Field(() => String, { nullable: true, description: 'Evidence: scheme, source system, decision number.' })
  @MaxLength(500)
  evidence?: string | null;
}

@InputType({ description: 'An assistance-history entry.' })
export class AssistanceEventInput {
  @Field(() => E.AssistanceEventKind, { description: 'What happened.' }) kind: F.AssistanceEventKind;
  @Field(() => E.AssistanceScheme, { description: 'The scheme it concerns.' }) scheme: F.CategoryCode | 'TEMPORARY';
  @Field(() => LocalDate, { description: 'Date of the decision or payment; not in the future.' })
  @NotInFuture()
  date: string;
  @Field(() => Float, { nullable: true, description: 'Amount paid, yuan.' }) @Money() amount?: number | null;
  @Field(() => String, { nullable: true, description: 'Note.' }) @MaxLength(1000) note?: string | null;
}

@InputType({ description: 'A major life event.' })
export class LifeEventInput {
  @Field(() => E.LifeEventKind, { description: 'Kind of event.' }) kind: F.LifeEventKind;
  @Field(() => LocalDate, { description: 'When it happened; not in the future.' }) @NotInFuture() date: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) @MaxLength(1000) note?: string | null;
}

@InputType({ description: 'Household facts shared by create and update.' })
export class HouseholdFactsInput {
  @Field(() => String, { nullable: true, description: 'Neighbourhood or village committee (居村委).' })
  @MaxLength(100)
  neighbourhood?: string | null;
  @Field(() => Boolean, { nullable: true, description: '人户分离: registered address differs from the residence.' })
  registeredElsewhere?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Registered (hukou) address.' })
  @MaxLength(300)
  registeredAddress?: string | null;
  @Field(() => HousingInput, { nullable: true, description: 'Housing facts.' })
  @ValidateNested()
  housing?: HousingInput;
  @Field(() => EconomicsInput, { nullable: true, description: 'Economic facts.' })
  @ValidateNested()
  economics?: EconomicsInput;
  @Field(() => ObservationsInput, { nullable: true, description: 'Adviser-observed facts.' })
  @ValidateNested()
  observations?: ObservationsInput;
  @Field(() => ConsentsInput, { nullable: true, description: 'Consents.' }) @ValidateNested() consents?: ConsentsInput;
  @Field(() => Boolean, { nullable: true, description: 'Mass-organisation beneficiary (群团帮扶对象).' })
  massOrganisationBeneficiary?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Charity priority (慈善重点帮扶).' }) charityPriority?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Found by grassroots visits (走访发现).' }) foundByVisit?:
    boolean | null;
  @Field(() => [CategoryHoldingInput], {
    nullable: true,
    description: 'Categories held; replaces the stored list when given.',
  })
  @ArrayMaxSize(50)
  @ValidateNested()
  categories?: CategoryHoldingInput[];
  @Field(() => [AssistanceEventInput], {
    nullable: true,
    description: 'Assistance history; replaces the stored list when given.',
  })
  @ArrayMaxSize(200)
  @ValidateNested()
  assistanceEvents?: AssistanceEventInput[];
  @Field(() => [LifeEventInput], { nullable: true, description: 'Life events; replaces the stored list when given.' })
  @ArrayMaxSize(200)
  @ValidateNested()
  lifeEvents?: LifeEventInput[];
}

@InputType({ description: 'A new household with its members.' })
export class CreateHouseholdInput extends HouseholdFactsInput {
  @Field({ description: 'Street (街镇) code of the actual residence, e.g. 310105001.' })
  @IsNotEmpty()
  streetCode: string;
  @Field({ description: 'Address of the actual residence.' }) @IsNotEmpty() @MaxLength(300) address: string;
  @Field(() => [NewMemberInput], { defaultValue: [], description: 'Members, head first; may be added later.' })
  @ArrayMaxSize(30)
  @ValidateNested()
  members: NewMemberInput[];
}

@InputType({ description: 'A partial update of a household: only the fields given change.' })
export class UpdateHouseholdInput extends HouseholdFactsInput {
  @Field(() => ID, { description: 'The household.' }) id: string;
  @Field(() => Int, {
    nullable: true,
    description: 'When given, the update is refused with CONFLICT if the stored version differs.',
  })
  expectedVersion?: number;
  @Field(() => String, { nullable: true, description: 'Move to another street.' }) @IsNotEmpty() streetCode?: string;
  @Field(() => String, { nullable: true, description: 'New address.' }) @IsNotEmpty() @MaxLength(300) address?: string;
}

@InputType({ description: 'Archive a household (kept for history).' })
export class ArchiveHouseholdInput {
  @Field(() => ID, { description: 'The household.' }) id: string;
  @Field({ description: 'Why it is archived, e.g. moved away, deceased, duplicate.' })
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;
}

@InputType({ description: 'Add a member to a household.' })
export class AddMemberInput {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field(() => NewMemberInput, { description: 'The new member.' }) @ValidateNested() member: NewMemberInput;
}

@InputType({ description: 'A partial update of a member: only the fields given change.' })
export class UpdateMemberInput extends MemberFactsInput {
  @Field(() => ID, { description: 'The member.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Full name.' }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Resident ID number (身份证号码), 18 characters with a valid check digit.',
  })
  idNumber?: string;
}

@InputType({ description: 'Remove a member from a household.' })
export class RemoveMemberInput {
  @Field(() => ID, { description: 'The member.' }) id: string;
}

@InputType({ description: 'Filters for the household list; all optional and combined with AND.' })
export class HouseholdFilter {
  @Field(() => String, { nullable: true, description: 'District (区) code, e.g. 310105.' })
  @MaxLength(6)
  districtCode?: string;
  @Field(() => String, { nullable: true, description: 'Street (街镇) code.' }) @MaxLength(9) streetCode?: string;
  @Field(() => E.Category, { nullable: true, description: 'Households currently holding this category.' })
  category?: F.CategoryCode;
  @Field(() => String, {
    nullable: true,
    description: 'Text in the address, neighbourhood or a member name (case-insensitive).',
  })
  @MaxLength(100)
  text?: string;
  @Field(() => E.HouseholdStatus, { nullable: true, description: 'ACTIVE (default) or ARCHIVED.' })
  status?: E.HouseholdStatus;
}
