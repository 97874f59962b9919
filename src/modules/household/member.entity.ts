import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { TextEnumColumn } from '../../db/columns';
import { LocalDate } from '../../graphql/scalars';
import type * as F from '../../../scoring/facts';
import * as E from './household.enums';

// idNumber is stored in full and never selected into GraphQL directly: member-fields.resolver.ts
// decides between the masked and the full form per viewer.
@ObjectType({
  description:
    'A member of a household (家庭成员). Health facts are visible only to ADMIN and the responsible ADVISER.',
})
@Entity()
export class Member {
  @Field(() => ID, { description: 'Stable identifier (UUID).' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Index('IDX_member_household_id') @Column({ type: 'uuid' }) householdId: string;
  @Field(() => Int, { description: 'Order of the member within the household, head first.' })
  @Column({ type: 'smallint', default: 0 })
  position: number;
  @Field({ description: 'Full name (姓名).' }) @Column({ type: 'text' }) name: string;
  @Index('IDX_member_id_number', { unique: true }) @Column({ type: 'varchar', length: 18 }) idNumber: string;
  @Field(() => E.Relation, { nullable: true, description: 'Relation to the head of household (与户主关系).' })
  @TextEnumColumn()
  relation: F.Relation | null;
  @Field(() => LocalDate, { nullable: true, description: 'Birth date (出生日期); must agree with the ID number.' })
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;
  @Field(() => E.Sex, { nullable: true, description: 'Sex (性别); must agree with the ID number.' })
  @TextEnumColumn()
  sex: F.Sex | null;
  @Field(() => E.Hukou, { nullable: true, description: 'Household registration (户籍).' })
  @TextEnumColumn()
  hukou: F.Hukou | null;
  @Field(() => Boolean, { nullable: true, description: 'Holds a disability certificate (残疾证).' })
  @Column({ type: 'boolean', nullable: true })
  hasDisability: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Disability certificate grade 1 (most severe) to 4 (残疾等级).' })
  @Column({ type: 'smallint', nullable: true })
  disabilityGrade: 1 | 2 | 3 | 4 | null;
  @Field(() => String, {
    nullable: true,
    description: 'Disability type: visual, hearing, speech, physical, intellectual, psychiatric, multiple (残疾类别).',
  })
  @TextEnumColumn()
  disabilityType: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Cannot manage stairs unaided (行动不便).' })
  @Column({ type: 'boolean', nullable: true })
  mobilityImpaired: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Bedridden (卧床).' })
  @Column({ type: 'boolean', nullable: true })
  bedridden: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Serious illness: outpatient serious-illness registration, cancer, uremia (重大疾病/门诊大病).',
  })
  @Column({ type: 'boolean', nullable: true })
  seriousIllness: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'On long-term medication for a chronic illness (慢性病).' })
  @Column({ type: 'boolean', nullable: true })
  chronicIllness: boolean | null;
  @Field(() => E.MentalDisorder, { nullable: true, description: 'Severe mental disorder (严重精神障碍).' })
  @TextEnumColumn()
  mentalDisorder: F.MentalDisorder | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Unified care-needs assessment grade 0–6 (老年照护统一需求评估等级).',
  })
  @Column({ type: 'smallint', nullable: true })
  careNeedsGrade: number | null;
  @Field(() => Int, { nullable: true, description: 'Hospital stays in the last 12 months (近12月住院次数).' })
  @Column({ type: 'smallint', nullable: true })
  hospitalStays12m: number | null;
  @Field(() => Int, { nullable: true, description: 'Days in hospital in the last 12 months (近12月住院天数).' })
  @Column({ type: 'smallint', nullable: true })
  hospitalDays12m: number | null;
  @Field(() => E.EmploymentStatus, { nullable: true, description: 'Employment status (就业状况).' })
  @TextEnumColumn()
  employmentStatus: F.EmploymentStatus | null;
  @Field(() => Int, { nullable: true, description: 'Months unemployed, when unemployed (失业月数).' })
  @Column({ type: 'smallint', nullable: true })
  monthsUnemployed: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Graduated within the last 24 months (近两年毕业).' })
  @Column({ type: 'boolean', nullable: true })
  recentGraduate: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Main earner of the household (主要劳动力).' })
  @Column({ type: 'boolean', nullable: true })
  isMainEarner: boolean | null;
  @Field(() => Boolean, { nullable: true, description: 'Main carer of a dependant (主要照护者).' })
  @Column({ type: 'boolean', nullable: true })
  isMainCarer: boolean | null;
  @Field(() => E.EducationLevel, { nullable: true, description: 'Highest education completed (文化程度).' })
  @TextEnumColumn()
  educationLevel: F.EducationLevel | null;
  @Field(() => E.StudentStage, { nullable: true, description: 'Current study stage (在读学段).' })
  @TextEnumColumn()
  studentStage: F.StudentStage | null;
  @Field(() => E.SchoolAttendance, { nullable: true, description: 'School attendance (就学状况).' })
  @TextEnumColumn()
  schoolAttendance: F.SchoolAttendance | null;
  @Field(() => E.LearningDifficulty, { nullable: true, description: 'Learning difficulty (学业困难).' })
  @TextEnumColumn()
  learningDifficulty: F.LearningDifficulty | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Special educational needs: autism, disability, learning disorder (特殊教育需要).',
  })
  @Column({ type: 'boolean', nullable: true })
  specialEducationalNeeds: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Children 3–12: any out-of-school cultural activity in the last year (校外文化活动).',
  })
  @Column({ type: 'boolean', nullable: true })
  culturalActivityLastYear: boolean | null;
  @Field(() => [E.SpecialStatus], {
    nullable: true,
    description: 'Special statuses: sentence, drug rehabilitation, community correction (特殊身份).',
  })
  @Column({ type: 'text', array: true, nullable: true })
  specialStatuses: F.SpecialStatus[] | null;
  @Field(() => Int, { nullable: true, description: 'PHQ-9 distress screen total 0–27 (心理困扰筛查).' })
  @Column({ type: 'smallint', nullable: true })
  phq9Score: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Suicidal thoughts reported on screening (自杀意念).' })
  @Column({ type: 'boolean', nullable: true })
  suicidalThoughts: boolean | null;
  @Field(() => E.ParentSituation, {
    nullable: true,
    description:
      "For a minor: the father's situation (父亲情况): caring, absent, deceased, missing, imprisoned, in compulsory " +
      'drug rehabilitation, unable to care, improper guardianship. Decides 困境儿童 (POLICY.md §3.2).',
  })
  @TextEnumColumn()
  fatherSituation: F.ParentSituation | null;
  @Field(() => E.ParentSituation, {
    nullable: true,
    description: "For a minor: the mother's situation (母亲情况), as fatherSituation.",
  })
  @TextEnumColumn()
  motherSituation: F.ParentSituation | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Covered by social (pension) insurance (参加社会保险（养老保险）); null = unknown (未知), never read as "no".',
  })
  @Column({ type: 'boolean', nullable: true })
  socialInsured: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Covered by basic medical insurance, employee or resident (参加基本医疗保险); long-term care insurance (长期护理保险, ' +
      'R14) requires it. null = unknown.',
  })
  @Column({ type: 'boolean', nullable: true })
  medicalInsured: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Covered by unemployment insurance (参加失业保险); POL-TMP-1 (临时救助, R07) is for migrants not covered. null = unknown.',
  })
  @Column({ type: 'boolean', nullable: true })
  unemploymentInsured: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Trade-union member (工会会员); 困难职工帮扶 (R26) is for union members. null = unknown.',
  })
  @Column({ type: 'boolean', nullable: true })
  unionMember: boolean | null;
}
