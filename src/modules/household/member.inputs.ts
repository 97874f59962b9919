import { ArrayMaxSize, IsNotEmpty, Max, MaxLength, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { NotInFuture } from '../../common/validators';
import { LocalDate } from '../../graphql/scalars';
import type * as F from '../../../scoring/facts';
import * as E from './household.enums';

@InputType({
  description:
    'Member facts; all optional, null = unknown. birthDate and sex are taken from the ID number when not given.',
})
export class MemberFactsInput {
  @Field(() => E.Relation, { nullable: true, description: 'Relation to the head.' }) relation?: F.Relation | null;
  @Field(() => LocalDate, { nullable: true, description: 'Birth date; must match the ID number; not in the future.' })
  @NotInFuture()
  birthDate?: string | null;
  @Field(() => E.Sex, { nullable: true, description: 'Sex; must match the ID number.' }) sex?: F.Sex | null;
  @Field(() => E.Hukou, { nullable: true, description: 'Household registration.' }) hukou?: F.Hukou | null;
  @Field(() => Boolean, { nullable: true, description: 'Holds a disability certificate.' }) hasDisability?:
    boolean | null;
  @Field(() => Int, { nullable: true, description: 'Disability grade 1–4.' }) @Min(1) @Max(4) disabilityGrade?:
    1 | 2 | 3 | 4 | null;
  @Field(() => String, { nullable: true, description: 'Disability type.' }) @MaxLength(50) disabilityType?:
    string | null;
  @Field(() => Boolean, { nullable: true, description: 'Cannot manage stairs unaided.' }) mobilityImpaired?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Bedridden.' }) bedridden?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Serious illness.' }) seriousIllness?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Chronic illness on long-term medication.' }) chronicIllness?:
    boolean | null;
  @Field(() => E.MentalDisorder, { nullable: true, description: 'Severe mental disorder.' })
  mentalDisorder?: F.MentalDisorder | null;
  @Field(() => Int, { nullable: true, description: 'Care-needs grade 0–6.' }) @Min(0) @Max(6) careNeedsGrade?:
    number | null;
  @Field(() => Int, { nullable: true, description: 'Hospital stays, last 12 months.' })
  @Min(0)
  @Max(365)
  hospitalStays12m?: number | null;
  @Field(() => Int, { nullable: true, description: 'Days in hospital, last 12 months.' })
  @Min(0)
  @Max(366)
  hospitalDays12m?: number | null;
  @Field(() => E.EmploymentStatus, { nullable: true, description: 'Employment status.' })
  employmentStatus?: F.EmploymentStatus | null;
  @Field(() => Int, { nullable: true, description: 'Months unemployed.' }) @Min(0) @Max(720) monthsUnemployed?:
    number | null;
  @Field(() => Boolean, { nullable: true, description: 'Graduated within the last 24 months.' }) recentGraduate?:
    boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Main earner.' }) isMainEarner?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Main carer.' }) isMainCarer?: boolean | null;
  @Field(() => E.EducationLevel, { nullable: true, description: 'Education completed.' })
  educationLevel?: F.EducationLevel | null;
  @Field(() => E.StudentStage, { nullable: true, description: 'Study stage.' }) studentStage?: F.StudentStage | null;
  @Field(() => E.SchoolAttendance, { nullable: true, description: 'School attendance.' })
  schoolAttendance?: F.SchoolAttendance | null;
  @Field(() => E.LearningDifficulty, { nullable: true, description: 'Learning difficulty.' })
  learningDifficulty?: F.LearningDifficulty | null;
  @Field(() => Boolean, { nullable: true, description: 'Special educational needs.' }) specialEducationalNeeds?:
    boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Out-of-school cultural activity in the last year (children 3–12).',
  })
  culturalActivityLastYear?: boolean | null;
  @Field(() => [E.SpecialStatus], { nullable: true, description: 'Special statuses.' })
  @ArrayMaxSize(4)
  specialStatuses?: F.SpecialStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'PHQ-9 total 0–27.' }) @Min(0) @Max(27) phq9Score?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Suicidal thoughts reported.' }) suicidalThoughts?:
    boolean | null;
  @Field(() => E.ParentSituation, {
    nullable: true,
    description: "For a minor: the father's situation (父亲情况); decides 困境儿童 with the mother's (POLICY.md §3.2).",
  })
  fatherSituation?: F.ParentSituation | null;
  @Field(() => E.ParentSituation, { nullable: true, description: "For a minor: the mother's situation (母亲情况)." })
  motherSituation?: F.ParentSituation | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Social (pension) insurance cover (参加社会保险); null = unknown.',
  })
  socialInsured?: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Basic medical insurance cover (参加基本医疗保险); null = unknown.',
  })
  medicalInsured?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Unemployment insurance cover (参加失业保险); null = unknown.' })
  unemploymentInsured?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Trade-union member (工会会员); null = unknown.' })
  unionMember?: boolean | null;
}

@InputType({ description: 'A new member.' })
export class NewMemberInput extends MemberFactsInput {
  @Field({ description: 'Full name (姓名).' }) @IsNotEmpty() @MaxLength(100) name: string;
  @Field({
    description:
      'Resident ID number (身份证号码): 18 characters, valid check digit, not registered in another household.',
  })
  idNumber: string;
}
