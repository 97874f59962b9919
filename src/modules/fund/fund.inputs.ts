import { ArrayMaxSize, ArrayMinSize, IsNotEmpty, Matches, MaxLength } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { Money, NotInFuture } from '../../common/validators';
import { LocalDate } from '../../graphql/scalars';
import {
  CustodyHolderEnum,
  FundPurposeEnum,
  FundSourceEnum,
  PaymentMethodEnum,
  type CustodyHolder,
  type FundPurpose,
  type FundSource,
  type PaymentMethod,
} from './fund.enums';

@InputType({ description: 'Set up a district or street fund (设立专项资金, ADMIN).' })
export class CreateFundInput {
  @Field({ description: 'Unique short code: letters, digits and -, 2–40 characters.' })
  @Matches(/^[A-Za-z0-9-]{2,40}$/)
  code: string;
  @Field({ description: 'Name (资金名称).' }) @IsNotEmpty() @MaxLength(200) nameZh: string;
  @Field({ description: 'District (区) code, 6 digits: the district that manages it or whose street does.' })
  districtCode: string;
  @Field(() => String, {
    nullable: true,
    description: 'Street (街镇) code for a street fund; omit for a district fund.',
  })
  streetCode?: string | null;
  @Field(() => FundSourceEnum, { description: 'Source (POL-FND-8).' }) source: FundSource;
  @Field(() => [FundPurposeEnum], { description: 'Purposes it pays (专款专用): at least one.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  purposes: FundPurpose[];
}

@InputType({ description: 'Money into a fund (拨入资金, ADMIN).' })
export class DepositToFundInput {
  @Field(() => ID, { description: 'The fund.' }) fundId: string;
  @Field(() => Float, { description: 'Amount, yuan: more than 0, at most two decimals.' }) @Money() amount: number;
  @Field(() => String, { nullable: true, description: 'Note, e.g. the allocation document.' })
  @MaxLength(500)
  note?: string | null;
}

@InputType({
  description:
    'Pay a household from a fund (资金发放). SMALL_AMOUNT_AID is paid at once within 500 yuan × members per emergency ' +
    '(POL-EMG-2); any other purpose waits for a second person where the district requires it.',
})
export class PayFromFundInput {
  @Field(() => ID, { description: 'The fund; it must serve the purpose (专款专用) and the household’s street.' })
  fundId: string;
  @Field(() => ID, { description: 'The household paid.' }) householdId: string;
  @Field(() => ID, {
    nullable: true,
    description:
      'The plan item paid (SMALL_AMOUNT_AID item for SMALL_AMOUNT_AID, CASE_PROPOSAL item for CASE_HELP). For ' +
      'small-amount aid it names the emergency; without it, the emergency is the household’s small-amount payments ' +
      'of that day.',
  })
  planItemId?: string | null;
  @Field(() => FundPurposeEnum, { description: 'Purpose.' }) purpose: FundPurpose;
  @Field(() => Float, { description: 'Amount, yuan: more than 0, at most two decimals.' }) @Money() amount: number;
  @Field(() => PaymentMethodEnum, { description: 'How it is paid.' }) method: PaymentMethod;
  @Field(() => ID, {
    nullable: true,
    description: 'For HELD_CARD: the household’s card-custody filing (卡折代管备案, POL-INT-4). Required then.',
  })
  cardCustodyFilingId?: string | null;
  @Field(() => LocalDate, {
    nullable: true,
    description:
      '事后补录: the day an emergency CASH payment was made outside the platform (POL-FND-7); the payment is flagged ' +
      'enteredAfterwards. Not in the future.',
  })
  @NotInFuture()
  paidOutsidePlatformOn?: string | null;
  @Field(() => String, { nullable: true, description: 'Note.' }) @MaxLength(500) note?: string | null;
}

@InputType({ description: 'Approve or refuse a payment waiting for a second person (审批资金发放).' })
export class DecideFundPaymentInput {
  @Field(() => ID, { description: 'The PENDING_APPROVAL payment.' }) paymentId: string;
  @Field({ description: 'True approves (pays); false refuses (the commitment returns to the fund).' }) approve: boolean;
  @Field(() => String, { nullable: true, description: 'Note; say why when refusing.' })
  @MaxLength(500)
  note?: string | null;
}

@InputType({ description: 'File a card or passbook held on a household’s behalf (卡折代管备案, POL-INT-4).' })
export class FileCardCustodyInput {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field(() => CustodyHolderEnum, { description: 'Who holds it.' }) holderKind: CustodyHolder;
  @Field({ description: 'Last four digits of the card or passbook number.' }) @Matches(/^[0-9]{4}$/) cardLast4: string;
  @Field({ description: 'Why it is held.' }) @IsNotEmpty() @MaxLength(500) reason: string;
}
