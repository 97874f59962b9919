import { ArrayMaxSize, IsNotEmpty, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { NotInFuture } from '../../common/validators';
import { LocalDate } from '../../graphql/scalars';
import {
  AdviserRoleTypeEnum,
  AdviserSpecialtyEnum,
  NearRelationEnum,
  type AdviserRoleType,
  type AdviserSpecialty,
  type NearRelation,
} from './adviser.enums';

@InputType({ description: 'A training attended (培训).' })
export class TrainingInput {
  @Field(() => LocalDate, { description: 'Date; not in the future.' }) @NotInFuture() date: string;
  @Field({ description: 'Topic.' }) @IsNotEmpty() @MaxLength(200) topic: string;
  @Field(() => Float, { description: 'Hours, more than 0 and at most 500.' }) @Min(0.5) @Max(500) hours: number;
}

@InputType({ description: 'Roster fields shared by create and update (POLICY.md §12.1).' })
export class AdviserFieldsInput {
  @Field(() => String, { nullable: true, description: 'Gender (性别).' }) @MaxLength(20) gender?: string | null;
  @Field(() => String, { nullable: true, description: 'Work phone: digits, spaces, + and -, 5–20 characters.' })
  @Matches(/^[0-9+\- ]{5,20}$/)
  phone?: string | null;
  @Field(() => String, { nullable: true, description: '居村 served, when not the whole street.' })
  @MaxLength(100)
  community?: string | null;
  @Field(() => String, { nullable: true, description: '服务站/点 worked from.' }) @MaxLength(200) station?:
    string | null;
  @Field(() => [AdviserSpecialtyEnum], {
    nullable: true,
    description: 'Specialties; replaces the stored list when given (null or [] empties it).',
  })
  @ArrayMaxSize(9)
  specialties?: AdviserSpecialty[];
  @Field(() => [String], {
    nullable: true,
    description: 'Languages; replaces the stored list when given (null or [] empties it).',
  })
  @ArrayMaxSize(10)
  @MaxLength(30, { each: true })
  languages?: string[];
  @Field(() => [String], {
    nullable: true,
    description: 'Qualifications; replaces the stored list when given (null or [] empties it).',
  })
  @ArrayMaxSize(20)
  @MaxLength(100, { each: true })
  qualifications?: string[];
  @Field(() => [TrainingInput], {
    nullable: true,
    description: 'Trainings; replaces the stored list when given (null or [] empties it).',
  })
  @ArrayMaxSize(200)
  @ValidateNested()
  trainings?: TrainingInput[];
  @Field(() => LocalDate, {
    nullable: true,
    description: '备案登记 filing date; not in the future; null while pending.',
  })
  @NotInFuture()
  filedOn?: string | null;
}

@InputType({ description: 'A new roster entry.' })
export class CreateAdviserInput extends AdviserFieldsInput {
  @Field({ description: 'Name.' }) @IsNotEmpty() @MaxLength(100) name: string;
  @Field({ description: 'Street (街镇) code served, e.g. 310105001.' }) @IsNotEmpty() streetCode: string;
  @Field(() => AdviserRoleTypeEnum, { description: 'Role type.' }) roleType: AdviserRoleType;
  @Field(() => Int, { description: 'Caseload limit, 1–200 households (POLICY.md suggests 40–60).' })
  @Min(1)
  @Max(200)
  caseloadMax: number;
}

@InputType({
  description:
    'A partial update of a roster entry: only the fields given change. Setting active to false deactivates the ' +
    'adviser: their token stops working and their households become unassigned.',
})
export class UpdateAdviserInput extends AdviserFieldsInput {
  @Field(() => ID, { description: 'The adviser.' }) id: string;
  @Field(() => String, { nullable: true, description: 'Name.' }) @IsNotEmpty() @MaxLength(100) name?: string;
  @Field(() => String, {
    nullable: true,
    description: 'Street; refused while the adviser is responsible for households.',
  })
  @IsNotEmpty()
  streetCode?: string;
  @Field(() => AdviserRoleTypeEnum, { nullable: true, description: 'Role type.' }) roleType?: AdviserRoleType;
  @Field(() => Int, { nullable: true, description: 'Caseload limit, 1–200; not below the current caseload.' })
  @Min(1)
  @Max(200)
  caseloadMax?: number;
  @Field(() => Boolean, { nullable: true, description: 'False deactivates; true reactivates.' }) active?: boolean;
}

@InputType({ description: 'File a near relative (近亲属备案) of an adviser.' })
export class FileNearRelativeInput {
  @Field(() => ID, { description: 'The adviser.' }) adviserId: string;
  @Field({ description: 'Name of the relative.' }) @IsNotEmpty() @MaxLength(100) relativeName: string;
  @Field({ description: 'Resident ID number (身份证号码) of the relative, 18 characters with a valid check digit.' })
  @IsNotEmpty()
  idNumber: string;
  @Field(() => NearRelationEnum, { description: 'Relation to the adviser.' }) relation: NearRelation;
  @Field(() => LocalDate, { description: 'Filing date; not in the future.' }) @NotInFuture() filedOn: string;
  @Field(() => String, { nullable: true, description: 'Note.' }) @MaxLength(500) note?: string | null;
}

@InputType({ description: 'Filters for the roster; all optional and combined with AND.' })
export class AdviserFilter {
  @Field(() => String, { nullable: true, description: 'Street (街镇) code.' }) @MaxLength(9) streetCode?: string;
  @Field(() => Boolean, { nullable: true, description: 'Active (default true); false lists deactivated entries.' })
  active?: boolean;
  @Field(() => AdviserSpecialtyEnum, { nullable: true, description: 'Having this specialty.' })
  specialty?: AdviserSpecialty;
}

@InputType({ description: 'Make an adviser responsible for a household.' })
export class AssignAdviserInput {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field(() => ID, {
    description:
      "The adviser: active, of the household's street, with spare caseload, and with no filed near relative in " +
      'the household.',
  })
  adviserId: string;
  @Field(() => String, { nullable: true, description: 'Why this adviser.' }) @MaxLength(500) note?: string | null;
}

@InputType({ description: 'Leave a household without a responsible adviser.' })
export class UnassignAdviserInput {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field({ description: 'Why.' }) @IsNotEmpty() @MaxLength(500) reason: string;
}
