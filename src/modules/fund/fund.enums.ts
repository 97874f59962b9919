import { registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enums';

/** POL-FND-8: every fund and disbursement records its source. */
export const FUND_SOURCES = [
  'FISCAL',
  'WELFARE_LOTTERY',
  'CHARITY_DONATION',
  'MASS_ORGANISATION',
  'ENTERPRISE',
] as const;
export type FundSource = (typeof FUND_SOURCES)[number];
export const FundSourceEnum = enumOf(FUND_SOURCES);
registerEnumType(FundSourceEnum, {
  name: 'FundSource',
  description: 'Where a fund’s money comes from (资金来源, POL-FND-8).',
  valuesConfig: {
    FISCAL: { description: '财政 public budget (district or street).' },
    WELFARE_LOTTERY: { description: '福彩金 welfare-lottery fund (POL-FND-5, POL-FND-6).' },
    CHARITY_DONATION: { description: '慈善募捐 charitable donations.' },
    MASS_ORGANISATION: { description: '群团 mass organisations (总工会, 妇联, 团委, 残联, 红十字会).' },
    ENTERPRISE: { description: '企业 enterprise project funding.' },
  },
});

/** What a fund may pay for (专款专用, POL-FND-3). */
export const FUND_PURPOSES = [
  'SMALL_AMOUNT_AID',
  'CASE_HELP',
  'PROJECT_HELP',
  'SPECIAL_HELP',
  'SERVICE_PURCHASE',
] as const;
export type FundPurpose = (typeof FUND_PURPOSES)[number];
export const FundPurposeEnum = enumOf(FUND_PURPOSES);
registerEnumType(FundPurposeEnum, {
  name: 'FundPurpose',
  description: 'A purpose a fund pays (资金用途); a fund pays only its own purposes (专款专用, POL-FND-3).',
  valuesConfig: {
    SMALL_AMOUNT_AID: {
      description:
        '小金额救助 small-amount emergency aid: at most 500 yuan per household member per emergency (POL-EMG-2); paid at ' +
        'once, no second person.',
    },
    CASE_HELP: { description: '个案帮扶 case help of 市民综合帮扶 (POL-CH-1); a second person approves by default.' },
    PROJECT_HELP: { description: '项目帮扶 project help (一类一策).' },
    SPECIAL_HELP: { description: '特定帮扶 special-purpose help set by a department.' },
    SERVICE_PURCHASE: { description: '购买服务 government purchase of services.' },
  },
});

export const FUND_LEVELS = ['DISTRICT', 'STREET'] as const;
export type FundLevel = (typeof FUND_LEVELS)[number];
export const FundLevelEnum = enumOf(FUND_LEVELS);
registerEnumType(FundLevelEnum, {
  name: 'FundLevel',
  description: 'Who manages a fund (POL-FND-3): the district (区) or a street/town (街镇).',
  valuesConfig: {
    DISTRICT: { description: '区级 a district fund: pays households of every street of the district.' },
    STREET: { description: '街镇级 a street fund: pays households of that street only.' },
  },
});

export const PAYMENT_METHODS = ['BANK_TRANSFER', 'CASH', 'HELD_CARD'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PaymentMethodEnum = enumOf(PAYMENT_METHODS);
registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'How the money reaches the household (发放方式).',
  valuesConfig: {
    BANK_TRANSFER: { description: '银行转账 to the household’s own account.' },
    CASH: { description: '现金 cash; the only method of a payment entered afterwards (POL-FND-7).' },
    HELD_CARD: {
      description: '代管卡折 to a card or passbook held on the household’s behalf: needs a custody filing (POL-INT-4).',
    },
  },
});

export const PAYMENT_STATUSES = ['PENDING_APPROVAL', 'PAID', 'REJECTED'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];
export const PaymentStatusEnum = enumOf(PAYMENT_STATUSES);
registerEnumType(PaymentStatusEnum, {
  name: 'FundPaymentStatus',
  description: 'Where a payment stands (发放状态).',
  valuesConfig: {
    PENDING_APPROVAL: { description: '待审批 committed from the fund, waiting for a second person (four eyes).' },
    PAID: { description: '已发放 paid.' },
    REJECTED: { description: '未批准 refused by the approver; the commitment went back to the fund.' },
  },
});

export const CUSTODY_HOLDERS = ['RESIDENTS_COMMITTEE', 'GUARDIAN', 'RELATIVE', 'INSTITUTION', 'OTHER'] as const;
export type CustodyHolder = (typeof CUSTODY_HOLDERS)[number];
export const CustodyHolderEnum = enumOf(CUSTODY_HOLDERS);
registerEnumType(CustodyHolderEnum, {
  name: 'CardCustodyHolder',
  description: 'Who holds an assistance card or passbook on the household’s behalf (卡折代管人, POL-INT-4).',
  valuesConfig: {
    RESIDENTS_COMMITTEE: { description: '居(村)委会 the residents’ or villagers’ committee.' },
    GUARDIAN: { description: '监护人 a guardian.' },
    RELATIVE: { description: '亲属 a relative.' },
    INSTITUTION: { description: '机构 a care institution.' },
    OTHER: { description: '其他 someone else (say who in the reason).' },
  },
});

export const FUND_ENTRY_KINDS = ['DEPOSIT', 'COMMIT', 'RELEASE', 'PAY'] as const;
export type FundEntryKind = (typeof FUND_ENTRY_KINDS)[number];
