import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DomainError } from '../../common/domain-error';
import type { Viewer } from '../../common/viewer';
import { CurrentViewer, type Context } from '../../graphql/context';
import { FundReportService } from './fund-report.service';
import { CardCustodyFiling, Fund, FundPayment } from './fund.entity';
import { PaymentStatusEnum, type PaymentStatus } from './fund.enums';
import {
  CreateFundInput,
  DecideFundPaymentInput,
  DepositToFundInput,
  FileCardCustodyInput,
  PayFromFundInput,
} from './fund.inputs';
import { FundService } from './fund.service';
import {
  CreateFundResult,
  DecideFundPaymentResult,
  DepositToFundResult,
  FileCardCustodyResult,
  FundUseCell,
  PayFromFundResult,
} from './fund.types';

@Resolver()
export class FundResolver {
  constructor(
    private readonly service: FundService,
    private readonly reports: FundReportService,
  ) {}

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => [Fund], {
    description:
      "Funds (专项资金): ADMIN all, ADVISER and SUPERVISOR their streets' street funds and their districts' district " +
      'funds.',
  })
  funds(
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (6 digits).' })
    districtCode: string | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.list(viewer, districtCode ?? undefined);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => Fund, { description: 'One fund; NOT_FOUND when it does not exist or is not yours to see.' })
  async fund(@Arg('id', () => ID, { description: 'The fund.' }) id: string, @CurrentViewer() viewer: Viewer) {
    const fund = await this.service.byId(viewer, id);
    if (!fund) throw new DomainError('NOT_FOUND', `Fund ${id} not found`);
    return fund;
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => [FundPayment], {
    description:
      'Payments (资金发放记录) of a fund or of a household, newest first (at most 500): only households of your streets ' +
      'unless ADMIN.',
  })
  fundPayments(
    @Arg('fundId', () => ID, { nullable: true, description: 'Payments from this fund.' }) fundId: string | null,
    @Arg('householdId', () => ID, { nullable: true, description: 'Payments to this household.' })
    householdId: string | null,
    @Arg('status', () => PaymentStatusEnum, { nullable: true, description: 'Only this status.' })
    status: PaymentStatus | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.payments(viewer, { fundId, householdId, status });
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Query(() => [CardCustodyFiling], { description: 'Card-custody filings (卡折代管备案, POL-INT-4) of a household.' })
  cardCustodyFilings(
    @Arg('householdId', () => ID, { description: 'The household.' }) householdId: string,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.custodyFilings(viewer, householdId);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR', 'VIEWER')
  @Query(() => [FundUseCell], {
    description:
      'Fund use by source and purpose (资金使用统计) in a month: ADMIN all, ADVISER and SUPERVISOR their streets, VIEWER ' +
      'with cells under 5 households withheld and counts rounded to 5.',
  })
  fundUseStatistics(
    @Arg('month', () => String, {
      nullable: true,
      description: 'The month, YYYY-MM, by the day paid (Asia/Shanghai); default: this month.',
    })
    month: string | null,
    @Arg('districtCode', () => String, { nullable: true, description: 'Only this district (6 digits).' })
    districtCode: string | null,
    @CurrentViewer() viewer: Viewer,
    @Ctx() { today }: Context,
  ) {
    return this.reports.useBySourceAndPurpose(viewer, month ?? today.slice(0, 7), districtCode ?? undefined);
  }

  @Authorized('ADMIN')
  @Mutation(() => CreateFundResult, { description: 'Set up a district or street fund (设立专项资金).' })
  createFund(
    @Arg('input', { description: 'Code, name, district or street, source and purposes.' }) input: CreateFundInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.create(viewer, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => DepositToFundResult, { description: 'Put money into a fund (拨入资金); recorded in its ledger.' })
  depositToFund(
    @Arg('input', { description: 'The fund and the amount.' }) input: DepositToFundInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.deposit(viewer, input);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Mutation(() => PayFromFundResult, {
    description:
      'Pay a household from a fund (资金发放): checks dedicated use (专款专用), the small-amount ceiling (POL-EMG-2), card ' +
      'custody (POL-INT-4) and the balance; purposes other than SMALL_AMOUNT_AID are committed and wait for a ' +
      'second person where the district requires it. paidOutsidePlatformOn enters an emergency cash payment ' +
      'afterwards (POL-FND-7).',
  })
  payFromFund(
    @Arg('input', { description: 'Fund, household, purpose, amount and method.' }) input: PayFromFundInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.pay(viewer, input);
  }

  @Authorized('ADMIN', 'SUPERVISOR')
  @Mutation(() => DecideFundPaymentResult, {
    description:
      'Approve or refuse a payment waiting for a second person (审批): a SUPERVISOR of the street or ADMIN, never the ' +
      'person who entered it (ADMIN may, recorded as an override in the audit).',
  })
  decideFundPayment(
    @Arg('input', { description: 'The payment and the decision.' }) input: DecideFundPaymentInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.decide(viewer, input);
  }

  @Authorized('ADMIN', 'ADVISER', 'SUPERVISOR')
  @Mutation(() => FileCardCustodyResult, {
    description: 'File a card or passbook held on a household’s behalf (卡折代管备案, POL-INT-4).',
  })
  fileCardCustody(
    @Arg('input', { description: 'Household, holder, last four digits and reason.' }) input: FileCardCustodyInput,
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.service.fileCustody(viewer, input);
  }
}
