import { Field, Float, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { MoneyColumn } from '../../db/columns';
import { LocalDate } from '../../graphql/scalars';
import {
  CustodyHolderEnum,
  FundLevelEnum,
  FundPurposeEnum,
  FundSourceEnum,
  PaymentMethodEnum,
  PaymentStatusEnum,
  type CustodyHolder,
  type FundEntryKind,
  type FundLevel,
  type FundPurpose,
  type FundSource,
  type PaymentMethod,
  type PaymentStatus,
} from './fund.enums';

@ObjectType({
  description:
    'A fund (专项资金) of a district or street: its source, the purposes it pays (专款专用) and its balance, which never ' +
    'goes below zero.',
})
@Entity()
export class Fund {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field({ description: 'Short unique code, e.g. CN-HY-2026-CASE.' })
  @Column({ type: 'varchar', length: 40 })
  code: string;
  @Field({ description: 'Name (资金名称), e.g. 华阳路街道市民综合帮扶专项资金.' })
  @Column({ type: 'text' })
  nameZh: string;
  @Field(() => FundLevelEnum, { description: 'DISTRICT or STREET.' }) @Column({ type: 'text' }) level: FundLevel;
  @Field({ description: 'District (区) code.' }) @Column({ type: 'varchar', length: 6 }) districtCode: string;
  @Field(() => String, {
    nullable: true,
    description: 'Street (街镇) code of a STREET fund; null for a district fund.',
  })
  @Column({ type: 'varchar', length: 9, nullable: true })
  streetCode: string | null;
  @Field(() => FundSourceEnum, { description: 'Source (资金来源, POL-FND-8).' })
  @Column({ type: 'text' })
  source: FundSource;
  @Field(() => [FundPurposeEnum], { description: 'Purposes it pays (专款专用, POL-FND-3); nothing else.' })
  @Column({ type: 'text', array: true })
  purposes: FundPurpose[];
  @Field(() => Float, { description: 'Available (可用余额), yuan: neither paid nor committed. Never below 0.' })
  @MoneyColumn({ nullable: false, default: 0 })
  balance: number;
  @Field(() => Float, { description: 'Committed (已承诺), yuan: payments waiting for a second person.' })
  @MoneyColumn({ nullable: false, default: 0 })
  committed: number;
  @Field(() => Float, { description: 'Paid out so far (已发放), yuan.' })
  @MoneyColumn({ nullable: false, default: 0 })
  paid: number;
  @Field({ description: 'Who set it up (token subject).' }) @Column({ type: 'text' }) createdBy: string;
  @Field({ description: 'When it was set up.' }) @Column({ type: 'timestamptz' }) createdAt: Date;
}

@ObjectType({
  description:
    '社会救助资金卡折代管备案 (POL-INT-4): a bank card or passbook for assistance money held on a household’s behalf, filed.',
})
@Entity()
export class CardCustodyFiling {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The household whose card is held.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field(() => CustodyHolderEnum, { description: 'Who holds it.' }) @Column({ type: 'text' }) holderKind: CustodyHolder;
  @Field({ description: 'Last four digits of the card or passbook number.' })
  @Column({ type: 'varchar', length: 4 })
  cardLast4: string;
  @Field({ description: 'Why it is held (代管原因).' }) @Column({ type: 'text' }) reason: string;
  @Field({ description: 'Who filed it (token subject).' }) @Column({ type: 'text' }) filedBy: string;
  @Field({ description: 'When it was filed.' }) @Column({ type: 'timestamptz' }) filedAt: Date;
}

@ObjectType({
  description:
    'A payment (资金发放) from a fund to a household, optionally for a plan item (SMALL_AMOUNT_AID or CASE_PROPOSAL).',
})
@Entity()
export class FundPayment {
  @Field(() => ID, { description: 'Identifier.' }) @PrimaryGeneratedColumn('uuid') id: string;
  @Field(() => ID, { description: 'The fund it is paid from.' }) @Column({ type: 'uuid' }) fundId: string;
  @Field(() => ID, { description: 'The household paid.' }) @Column({ type: 'uuid' }) householdId: string;
  @Field(() => ID, { nullable: true, description: 'The plan item it pays, if any.' })
  @Column({ type: 'uuid', nullable: true })
  planItemId: string | null;
  @Field(() => FundPurposeEnum, { description: 'Purpose (用途); one of the fund’s.' })
  @Column({ type: 'text' })
  purpose: FundPurpose;
  @Field(() => Float, { description: 'Amount, yuan.' }) @MoneyColumn({ nullable: false }) amount: number;
  @Field(() => PaymentMethodEnum, { description: 'How it is paid.' }) @Column({ type: 'text' }) method: PaymentMethod;
  @Field(() => ID, { nullable: true, description: 'The card-custody filing of a HELD_CARD payment (POL-INT-4).' })
  @Column({ type: 'uuid', nullable: true })
  cardCustodyFilingId: string | null;
  @Field({
    description:
      '事后补录 true for an emergency cash payment made outside the platform and entered afterwards (POL-FND-7, ' +
      'POL-EMG-6).',
  })
  @Column({ type: 'boolean', default: false })
  enteredAfterwards: boolean;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      'The day the money went out (Asia/Shanghai); null while waiting for approval, except for a payment ' +
      'entered afterwards (the day the cash was paid).',
  })
  @Column({ type: 'date', nullable: true })
  paidOn: string | null;
  @Field(() => PaymentStatusEnum, { description: 'PENDING_APPROVAL, PAID or REJECTED.' })
  @Column({ type: 'text' })
  status: PaymentStatus;
  @Field({ description: 'Who entered it (token subject): its drafter for four eyes.' })
  @Column({ type: 'text' })
  requestedBy: string;
  @Field({ description: 'Their role.' }) @Column({ type: 'text' }) requestedRole: string;
  @Field({ description: 'When it was entered.' }) @Column({ type: 'timestamptz' }) requestedAt: Date;
  @Field(() => String, { nullable: true, description: 'Who approved or refused it (the second person).' })
  @Column({ type: 'text', nullable: true })
  decidedBy: string | null;
  @Field(() => String, { nullable: true, description: 'Their role (SUPERVISOR or ADMIN).' })
  @Column({ type: 'text', nullable: true })
  decidedRole: string | null;
  @Field(() => Date, { nullable: true, description: 'When it was decided.' })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'The approver’s note.' })
  @Column({ type: 'text', nullable: true })
  decisionNote: string | null;
  @Field({ description: 'True when ADMIN approved a payment it entered itself (four-eyes override, audited).' })
  @Column({ type: 'boolean', default: false })
  fourEyesOverride: boolean;
  @Field(() => String, { nullable: true, description: 'Note of the person who entered it.' })
  @Column({ type: 'text', nullable: true })
  note: string | null;
}

/** The ledger (资金台账): every movement of a fund, append-only. */
@Entity()
export class FundEntry {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'uuid' }) fundId: string;
  @Column({ type: 'text' }) kind: FundEntryKind;
  @MoneyColumn({ nullable: false }) amount: number;
  @Column({ type: 'uuid', nullable: true }) paymentId: string | null;
  @Column({ type: 'text', nullable: true }) note: string | null;
  @Column({ type: 'text' }) actorId: string;
  @Column({ type: 'timestamptz' }) at: Date;
}
