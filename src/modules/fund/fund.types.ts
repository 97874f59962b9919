import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import {
  ErrorCode,
  ErrorResult,
  InputValidationError,
  InvalidTransitionError,
  NotFoundError,
} from '../../graphql/errors';
import { SecondPersonRequiredError } from '../auth/four-eyes';
import { ConflictOfInterestError } from '../plan/plan.types';
import { CardCustodyFiling, Fund, FundPayment } from './fund.entity';
import { FundPurposeEnum, FundSourceEnum, type FundPurpose, type FundSource } from './fund.enums';

@ObjectType({
  implements: ErrorResult,
  description:
    '余额不足 the fund’s available balance does not cover the amount (it never goes below zero). Nothing was written.',
})
export class InsufficientFundsError extends ErrorResult {
  @Field({ description: 'The fund.' }) fundId: string;
  @Field(() => Float, { description: 'Amount asked, yuan.' }) requested: number;
  @Field(() => Float, { description: 'Available balance at the time, yuan.' }) available: number;

  constructor(fundId = '', requested = 0, available = 0) {
    super();
    this.errorCode = ErrorCode.INSUFFICIENT_FUNDS;
    this.fundId = fundId;
    this.requested = requested;
    this.available = available;
    this.message = `余额不足 the fund has ${available} yuan available, ${requested} asked`;
  }
}

export const CreateFundResult = createUnionType({
  name: 'CreateFundResult',
  description: 'The new fund, or why not.',
  types: () => [Fund, InputValidationError] as const,
});

export const DepositToFundResult = createUnionType({
  name: 'DepositToFundResult',
  description: 'The fund with its new balance, or why not.',
  types: () => [Fund, InputValidationError, NotFoundError] as const,
});

export const PayFromFundResult = createUnionType({
  name: 'PayFromFundResult',
  description: 'The payment (PAID, or PENDING_APPROVAL with its amount committed), or why it was refused.',
  types: () => [FundPayment, InputValidationError, NotFoundError, InsufficientFundsError] as const,
});

export const DecideFundPaymentResult = createUnionType({
  name: 'DecideFundPaymentResult',
  description:
    'The decided payment, or why the decision was refused (ConflictOfInterestError: you filed a near relative in the ' +
    'household, POL-INT-9).',
  types: () =>
    [FundPayment, NotFoundError, InvalidTransitionError, SecondPersonRequiredError, ConflictOfInterestError] as const,
});

export const FileCardCustodyResult = createUnionType({
  name: 'FileCardCustodyResult',
  description: 'The filing, or why not.',
  types: () => [CardCustodyFiling, InputValidationError, NotFoundError] as const,
});

@ObjectType({
  description:
    'Fund use by source and purpose (资金使用统计) for a month: PAID payments. For a VIEWER, counts are rounded to 5 and ' +
    'a cell under 5 households is withheld (null), its amount too.',
})
export class FundUseCell {
  @Field(() => FundSourceEnum, { description: 'Source.' }) source: FundSource;
  @Field(() => FundPurposeEnum, { description: 'Purpose.' }) purpose: FundPurpose;
  @Field(() => Int, { nullable: true, description: 'Payments; null when suppressed.' }) payments: number | null;
  @Field(() => Int, { nullable: true, description: 'Households paid; null when suppressed.' }) households:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Amount paid, yuan; null when suppressed.' }) amount:
    number | null;
  @Field({ description: 'True when the cell is withheld from a VIEWER (fewer than 5 households).' })
  suppressed: boolean;
}
