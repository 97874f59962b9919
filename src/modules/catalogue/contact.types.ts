// How to reach a provider or a resource (联系方式): phones, named contacts, weekly opening hours,
// languages and costs. Stored as jsonb beside their owner; every field is null when not known
// (never invented). The shapes follow HSDS 3.0 (phone, contact, schedule, cost_option) so the
// interchange maps them one to one; the checks are in contact.rules.ts.
import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';

export const Weekday = { MO: 'MO', TU: 'TU', WE: 'WE', TH: 'TH', FR: 'FR', SA: 'SA', SU: 'SU' } as const;
export type Weekday = keyof typeof Weekday;
registerEnumType(Weekday, {
  name: 'Weekday',
  description: 'A day of the week, as iCalendar (RFC 5545) and HSDS write it.',
  valuesConfig: {
    MO: { description: '周一 Monday' },
    TU: { description: '周二 Tuesday' },
    WE: { description: '周三 Wednesday' },
    TH: { description: '周四 Thursday' },
    FR: { description: '周五 Friday' },
    SA: { description: '周六 Saturday' },
    SU: { description: '周日 Sunday' },
  },
});

export const PhoneType = {
  VOICE: 'VOICE',
  FAX: 'FAX',
  TEXT: 'TEXT',
  CELL: 'CELL',
  VIDEO: 'VIDEO',
  PAGER: 'PAGER',
  TEXTPHONE: 'TEXTPHONE',
} as const;
export type PhoneType = keyof typeof PhoneType;
registerEnumType(PhoneType, {
  name: 'PhoneType',
  description: 'Kind of phone line (the RFC 6350 types HSDS uses).',
  valuesConfig: {
    VOICE: { description: '电话 voice' },
    FAX: { description: '传真 fax' },
    TEXT: { description: '短信 text messages (SMS)' },
    CELL: { description: '手机 mobile' },
    VIDEO: { description: '视频 video call' },
    PAGER: { description: '寻呼 pager' },
    TEXTPHONE: { description: '文字电话 textphone for deaf people' },
  },
});

@ObjectType({ description: '电话 A phone number.' })
export class Phone {
  @Field({ description: 'The number as dialled, e.g. 021-62345678.' }) number: string;
  @Field(() => Int, { nullable: true, description: 'Extension (分机号).' }) extension: number | null;
  @Field(() => PhoneType, { nullable: true, description: 'Kind of line.' }) type: PhoneType | null;
  @Field(() => String, { nullable: true, description: 'When or what for, e.g. 工作日 9:00–17:00.' })
  description: string | null;
}

@ObjectType({ description: '联系人 A named contact person.' })
export class ContactPerson {
  @Field(() => String, { nullable: true, description: 'Name.' }) name: string | null;
  @Field(() => String, { nullable: true, description: 'Job title (职务).' }) title: string | null;
  @Field(() => String, { nullable: true, description: 'Department (部门).' }) department: string | null;
  @Field(() => String, { nullable: true, description: 'Email.' }) email: string | null;
  @Field(() => [Phone], { description: 'Phones; empty when none is known.' }) phones: Phone[];
}

@ObjectType({ description: '开放时间 Weekly opening hours: the days and local (Shanghai) times it is open.' })
export class WeeklySchedule {
  @Field(() => [Weekday], { description: 'The days it is open.' }) days: Weekday[];
  @Field(() => String, { nullable: true, description: 'Opens at, HH:MM local time.' }) opensAt: string | null;
  @Field(() => String, { nullable: true, description: 'Closes at, HH:MM local time.' }) closesAt: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First day these hours apply.' }) validFrom: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day these hours apply.' }) validTo: string | null;
  @Field(() => String, { nullable: true, description: 'Notes, e.g. 法定节假日除外 (closed on public holidays).' })
  description: string | null;
}

@ObjectType({ description: '费用 What the household pays for a resource, in one case (most help is free).' })
export class CostOption {
  @Field(() => String, { nullable: true, description: 'When this cost applies, e.g. 非本市户籍 (non-local hukou).' })
  option: string | null;
  @Field(() => Float, { nullable: true, description: 'Amount.' }) amount: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code, e.g. CNY.' }) currency: string | null;
  @Field(() => String, { nullable: true, description: 'What the amount is for, e.g. 每次 per session.' })
  amountDescription: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Valid from.' }) validFrom: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Valid to.' }) validTo: string | null;
}

@InputType({ description: 'A phone number.' })
export class PhoneInput {
  @Field({ description: 'The number as dialled (at most 50 characters).' }) number: string;
  @Field(() => Int, { nullable: true, description: 'Extension.' }) extension?: number | null;
  @Field(() => PhoneType, { nullable: true, description: 'Kind of line.' }) type?: PhoneType | null;
  @Field(() => String, { nullable: true, description: 'When or what for (at most 500 characters).' })
  description?: string | null;
}

@InputType({ description: 'A named contact person; give at least one field.' })
export class ContactPersonInput {
  @Field(() => String, { nullable: true, description: 'Name.' }) name?: string | null;
  @Field(() => String, { nullable: true, description: 'Job title.' }) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Department.' }) department?: string | null;
  @Field(() => String, { nullable: true, description: 'Email.' }) email?: string | null;
  @Field(() => [PhoneInput], { nullable: true, description: 'Phones.' }) phones?: PhoneInput[] | null;
}

@InputType({ description: 'Weekly opening hours.' })
export class WeeklyScheduleInput {
  @Field(() => [Weekday], { description: 'The days it is open (at least one).' }) days: Weekday[];
  @Field(() => String, { nullable: true, description: 'Opens at, HH:MM.' }) opensAt?: string | null;
  @Field(() => String, { nullable: true, description: 'Closes at, HH:MM, after opensAt.' }) closesAt?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'First day these hours apply.' }) validFrom?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Last day these hours apply.' }) validTo?: string | null;
  @Field(() => String, { nullable: true, description: 'Notes.' }) description?: string | null;
}

@InputType({ description: 'A cost to the household.' })
export class CostOptionInput {
  @Field(() => String, { nullable: true, description: 'When this cost applies.' }) option?: string | null;
  @Field(() => Float, { nullable: true, description: 'Amount, at most two decimals.' }) amount?: number | null;
  @Field(() => String, { nullable: true, description: 'ISO 4217 currency code (three letters).' }) currency?:
    string | null;
  @Field(() => String, { nullable: true, description: 'What the amount is for.' }) amountDescription?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Valid from.' }) validFrom?: string | null;
  @Field(() => LocalDate, { nullable: true, description: 'Valid to.' }) validTo?: string | null;
}
