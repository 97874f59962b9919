// Embedded column groups of a household: each is both a set of columns (prefixed, e.g.
// housing_floor) and a GraphQL object type. Every fact is nullable: null means unknown.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { DecimalColumn, MoneyColumn, TextEnumColumn } from '../../db/columns';
import type * as F from '../../../scoring/facts';
import * as E from './household.enums';
import { LocalDate } from '../../graphql/scalars';

@ObjectType({ description: 'Housing (居住情况).' })
export class Housing {
  @Field(() => Int, { nullable: true, description: 'Floor the dwelling is on (楼层); negative for basements.' })
  @Column({ type: 'smallint', nullable: true })
  floor: number | null;
  @Field(() => Boolean, { nullable: true, description: 'The building has a usable elevator (有电梯).' })
  @Column({ type: 'boolean', nullable: true })
  hasElevator: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'The building has an approved elevator-installation project (加装电梯项目).',
  })
  @Column({ type: 'boolean', nullable: true })
  buildingElevatorProject: boolean | null;
  @Field(() => E.Tenure, { nullable: true, description: 'Tenure (住房性质).' })
  @TextEnumColumn()
  tenure: F.Tenure | null;
  @Field(() => Float, { nullable: true, description: 'Living area of the dwelling in square metres (居住面积, m²).' })
  @DecimalColumn()
  livingAreaSqm: number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly rent paid, yuan (月租金).' })
  @MoneyColumn()
  monthlyRent: number | null;
  @Field(() => E.HousingCondition, { nullable: true, description: 'Condition of the dwelling (居住状况).' })
  @TextEnumColumn()
  condition: F.HousingCondition | null;
  @Field(() => Boolean, { nullable: true, description: 'Eviction is threatened (面临驱逐).' })
  @Column({ type: 'boolean', nullable: true })
  evictionThreatened: boolean | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Age-friendly adaptations present: grab bars, non-slip floor (已适老化改造).',
  })
  @Column({ type: 'boolean', nullable: true })
  homeAdapted: boolean | null;
  @Field(() => Int, { nullable: true, description: 'Falls at home in the last 12 months (近12月跌倒次数).' })
  @Column({ type: 'smallint', nullable: true })
  falls12m: number | null;
  @Field(() => Boolean, { nullable: true, description: 'A fall in the last 12 months caused an injury (跌倒致伤).' })
  @Column({ type: 'boolean', nullable: true })
  fallInjury: boolean | null;
  @Field(() => E.StudySpace, { nullable: true, description: "School-age children's study space (儿童学习空间)." })
  @TextEnumColumn()
  studySpace: F.StudySpace | null;
}

@ObjectType({
  description:
    'Economic situation (经济状况), yuan. Income is monthly; rigid spending covers the last 12 months, out of pocket.',
})
export class Economics {
  @Field(() => Float, { nullable: true, description: 'Monthly wages and earnings of all members (工资性收入).' })
  @MoneyColumn()
  incomeWages: number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly pensions (养老金).' })
  @MoneyColumn()
  incomePensions: number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly benefits and allowances received (救助/补贴收入).' })
  @MoneyColumn()
  incomeBenefits: number | null;
  @Field(() => Float, { nullable: true, description: 'Monthly maintenance received from relatives (赡养/抚养费).' })
  @MoneyColumn()
  incomeMaintenance: number | null;
  @Field(() => Float, { nullable: true, description: 'Other monthly income (其他收入).' })
  @MoneyColumn()
  incomeOther: number | null;
  @Field(() => Float, { nullable: true, description: 'Liquid assets: deposits, securities (金融资产).' })
  @MoneyColumn()
  liquidAssets: number | null;
  @Field(() => Float, { nullable: true, description: 'Out-of-pocket medical spending, last 12 months (医疗刚性支出).' })
  @MoneyColumn()
  rigidMedical: number | null;
  @Field(() => Float, { nullable: true, description: 'Education spending, last 12 months (教育刚性支出).' })
  @MoneyColumn()
  rigidEducation: number | null;
  @Field(() => Float, { nullable: true, description: 'Care spending, last 12 months (照护刚性支出).' })
  @MoneyColumn()
  rigidCare: number | null;
  @Field(() => Float, { nullable: true, description: 'Rehabilitation spending, last 12 months (康复刚性支出).' })
  @MoneyColumn()
  rigidRehab: number | null;
  @Field(() => E.ArrearsLevel, { nullable: true, description: 'Arrears and debt (欠费/债务).' })
  @TextEnumColumn()
  arrears: F.ArrearsLevel | null;
  @Field(() => Boolean, { nullable: true, description: 'Some arrears come from unpaid wages owed to a member (欠薪).' })
  @Column({ type: 'boolean', nullable: true })
  wageArrears: boolean | null;
}

@ObjectType({ description: 'Facts an adviser observes on visits (顾问走访观察), used by the indicator model.' })
export class Observations {
  @Field(() => E.CarerCondition, { nullable: true, description: "Main carer's condition (主要照护者状况)." })
  @TextEnumColumn()
  mainCarerCondition: F.CarerCondition | null;
  @Field(() => E.Guardianship, {
    nullable: true,
    description:
      'Guardianship of minors (未成年人监护), the household-level summary: it stands for a minor none of whose ' +
      "parents' situations (Member.fatherSituation / motherSituation) is recorded.",
  })
  @TextEnumColumn()
  guardianship: F.Guardianship | null;
  @Field(() => E.CareServiceGap, { nullable: true, description: 'Care-service gap (照护服务缺口).' })
  @TextEnumColumn()
  careServiceGap: F.CareServiceGap | null;
  @Field(() => E.FamilyStructure, { nullable: true, description: 'Family structure (家庭结构).' })
  @TextEnumColumn()
  familyStructure: F.FamilyStructure | null;
  @Field(() => E.KinSupport, { nullable: true, description: 'Kin support (亲属支持).' })
  @TextEnumColumn()
  kinSupport: F.KinSupport | null;
  @Field(() => E.CommunityContact, { nullable: true, description: 'Community contact (社区联系).' })
  @TextEnumColumn()
  communityContact: F.CommunityContact | null;
  @Field(() => E.DigitalCapacity, { nullable: true, description: 'Information and digital capacity (信息/数字能力).' })
  @TextEnumColumn()
  digitalCapacity: F.DigitalCapacity | null;
  @Field(() => E.CarerStrain, { nullable: true, description: 'Carer strain, Zarit short form (照护者压力).' })
  @TextEnumColumn()
  carerStrain: F.CarerStrain | null;
  @Field(() => E.FamilyConflict, {
    nullable: true,
    description: 'Family conflict or signs of violence (家庭冲突/暴力迹象).',
  })
  @TextEnumColumn()
  familyConflict: F.FamilyConflict | null;
}

@ObjectType({ description: 'Consents given by the household (知情同意), with the date each was given or withdrawn.' })
export class Consents {
  @Field(() => Boolean, { nullable: true, description: 'Consent to share data between departments (数据共享授权).' })
  @Column({ type: 'boolean', nullable: true })
  dataSharing: boolean | null;
  @Field(() => LocalDate, { nullable: true, description: 'Date the data-sharing answer was recorded.' })
  @Column({ type: 'date', nullable: true })
  dataSharingDate: string | null;
  @Field(() => Boolean, {
    nullable: true,
    description: 'Consent to referral to charities and social organisations (慈善转介授权).',
  })
  @Column({ type: 'boolean', nullable: true })
  charityReferral: boolean | null;
  @Field(() => LocalDate, { nullable: true, description: 'Date the referral answer was recorded.' })
  @Column({ type: 'date', nullable: true })
  charityReferralDate: string | null;
}
