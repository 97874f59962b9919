// The adviser service catalogue (社区救助顾问服务清单, POLICY.md §12.4): nine services with their
// standard text. Upserted by code, so running twice changes nothing.
import type { DataSource } from 'typeorm';
import { AdviserServiceType } from '../src/modules/service-record/service-record.entity';

export const ADVISER_SERVICES: Array<Omit<AdviserServiceType, 'position'>> = [
  {
    code: 'ADV-BRIEF',
    nameZh: '政策宣讲',
    nameEn: 'Policy briefing',
    standard: 'Group or individual; at every visit.',
    basis: 'POLICY.md §12.4 [P]',
  },
  {
    code: 'ADV-CONSULT',
    nameZh: '业务咨询',
    nameEn: 'Enquiries',
    standard: 'At the station, by phone or online; reply within 1 working day.',
    basis: 'POLICY.md §12.4 [P]',
  },
  {
    code: 'ADV-APPLY',
    nameZh: '协助申请 / 帮办',
    nameEn: 'Help applying / applying for them',
    standard: 'For people unable to apply themselves (the elderly, the disabled).',
    basis: '沪民救发〔2023〕3号',
  },
  {
    code: 'ADV-REFER',
    nameZh: '资源对接 / 转介',
    nameEn: 'Resource linking / referral',
    standard: 'A referral ticket with an outcome by the due date.',
    basis: 'POLICY.md §12.4 [P]',
  },
  {
    code: 'ADV-VISIT',
    nameZh: '探访关爱',
    nameEn: 'Visit and care',
    standard: 'Cadence by hardship level: monthly, quarterly or half-yearly (yearly contact for watch).',
    basis: '长社救联办〔2024〕2号',
  },
  {
    code: 'ADV-CASE',
    nameZh: '个案管理 / 一户一策',
    nameEn: 'Case management / household plan',
    standard: 'For high-hardship households or multi-need families.',
    basis: '长社救联办〔2024〕2号',
  },
  {
    code: 'ADV-REVIEW',
    nameZh: '民主评议组织',
    nameEn: 'Organise community review',
    standard: 'For citizen comprehensive help (市民综合帮扶).',
    basis: '沪民救发〔2025〕1号',
  },
  {
    code: 'ADV-FOLLOW',
    nameZh: '退出回访',
    nameEn: 'Exit follow-up',
    standard: 'Within the first month after exit, then every 3–6 months until out over a year with a stable income.',
    basis: '沪民救发〔2023〕3号',
  },
  {
    code: 'ADV-EMERG',
    nameZh: '急难响应',
    nameEn: 'Emergency response',
    standard: 'Same day; small-amount aid of at most 500 yuan per person.',
    basis: '长社救联办〔2024〕2号',
  },
];

export async function seedAdviserServices(db: DataSource) {
  await db.getRepository(AdviserServiceType).upsert(
    ADVISER_SERVICES.map((s, position) => ({ ...s, position })),
    ['code'],
  );
  return { adviserServices: ADVISER_SERVICES.length };
}
