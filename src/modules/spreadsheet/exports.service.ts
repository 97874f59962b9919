// Row-level exports (导出) of the four lists as tables, scoped by the same rules as GraphQL: ADVISER
// only their streets (through each area's own service where it has a list), ADMIN everything;
// PARTNER and VIEWER get none (VIEWER sees aggregates only). ID numbers are always masked, as in
// every GraphQL list (Member.idNumberMasked); the full number is read one member at a time, audited.
import { DataSource, In } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { maskIdNumber } from '../../common/id-number';
import { Viewer } from '../../common/viewer';
import type { AdviserService } from '../adviser/adviser.service';
import { Household } from '../household/household.entity';
import { Member } from '../household/member.entity';
import { Need } from '../need/need.entity';
import { planLoaders } from '../plan/plan.loaders';
import { Plan, PlanItem } from '../plan/plan.entity';
import type { ReferralService } from '../referral/referral.service';
import { VisitSchedule } from '../visit/visit-schedule.entity';
import type { VisitService } from '../visit/visit.service';
import type { CellValue, SheetTable } from './sheet-write';

export const EXPORTS = ['needs', 'visits', 'referrals', 'plans', 'advisers'] as const;
export type ExportName = (typeof EXPORTS)[number];

const PAGE = 500;
const MAX_ROWS = 100_000;

/** All pages of a paged list, up to MAX_ROWS. */
async function allPages<T>(list: (page: { skip: number; take: number }) => Promise<{ items: T[] }>): Promise<T[]> {
  const rows: T[] = [];
  for (let skip = 0; skip < MAX_ROWS; skip += PAGE) {
    const { items } = await list({ skip, take: PAGE });
    rows.push(...items);
    if (items.length < PAGE) break;
  }
  return rows;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export class ExportService {
  constructor(
    private readonly db: DataSource,
    private readonly visits: VisitService,
    private readonly referrals: ReferralService,
    private readonly advisers: AdviserService,
    private readonly clock: Clock,
  ) {}

  async table(viewer: Viewer, name: ExportName): Promise<SheetTable> {
    if (viewer.role !== 'ADMIN' && viewer.role !== 'ADVISER')
      throw new DomainError('FORBIDDEN', 'Row-level exports are for ADMIN and ADVISER only');
    switch (name) {
      case 'needs':
        return this.needs(viewer);
      case 'visits':
        return this.visitsDue(viewer);
      case 'referrals':
        return this.referralList(viewer);
      case 'plans':
        return this.plans(viewer);
      case 'advisers':
        return this.roster(viewer);
    }
  }

  /** Households the viewer may see among these ids, with their heads (one query each). */
  private async households(viewer: Viewer, ids: string[]) {
    const unique = [...new Set(ids)];
    const households = new Map<string, Household>();
    const heads = new Map<string, Member>();
    for (let i = 0; i < unique.length; i += 1000) {
      const chunk = unique.slice(i, i + 1000);
      const where = viewer.role === 'ADMIN' ? { id: In(chunk) } : { id: In(chunk), streetCode: In(viewer.streetCodes) };
      for (const h of await this.db.getRepository(Household).findBy(where)) households.set(h.id, h);
      const members = await this.db
        .getRepository(Member)
        .find({ where: { householdId: In(chunk) }, order: { position: 'ASC' } });
      for (const m of members) {
        const current = heads.get(m.householdId);
        if (!current || (m.relation === 'HEAD' && current.relation !== 'HEAD')) heads.set(m.householdId, m);
      }
    }
    return { households, heads };
  }

  private headCells(head: Member | undefined): CellValue[] {
    return [head?.name ?? null, head ? maskIdNumber(head.idNumber) : null];
  }

  private async needs(viewer: Viewer): Promise<SheetTable> {
    const qb = this.db
      .getRepository(Need)
      .createQueryBuilder('n')
      .innerJoin(Household, 'h', 'h.id = n.household_id')
      .where(`h.status = 'ACTIVE'`);
    if (viewer.role === 'ADVISER')
      qb.andWhere('h.street_code IN (:...streets)', { streets: [...viewer.streetCodes, ''] });
    const needs = await qb
      .orderBy('h.street_code')
      .addOrderBy('n.household_id')
      .addOrderBy('n.code')
      .limit(MAX_ROWS)
      .getMany();
    const { households, heads } = await this.households(
      viewer,
      needs.map((n) => n.householdId),
    );
    const rows = needs
      .filter((n) => households.has(n.householdId))
      .map((n) => {
        const h = households.get(n.householdId)!;
        return [
          h.id,
          h.streetCode,
          h.address,
          ...this.headCells(heads.get(h.id)),
          n.code,
          n.status,
          n.urgency,
          n.source,
          n.indicators.join(' '),
          iso(n.openedAt),
          iso(n.closedAt),
        ];
      });
    return {
      name: '需求清单 needs',
      header: [
        '家庭编号 household id',
        '街镇代码 street',
        '居住地址 address',
        '户主姓名 head',
        '户主身份证号码(脱敏) head ID (masked)',
        '需求编码 need code',
        '状态 status',
        '紧急程度 urgency',
        '来源 source',
        '触发指标 indicators',
        '登记时间 opened',
        '关闭时间 closed',
      ],
      rows,
      textColumns: [1, 4],
    };
  }

  private async visitsDue(viewer: Viewer): Promise<SheetTable> {
    // VisitService lists one street (or one adviser) at a time; an ADMIN's export covers every street with a schedule.
    const streets =
      viewer.role === 'ADVISER'
        ? viewer.streetCodes
        : (
            await this.db
              .getRepository(VisitSchedule)
              .createQueryBuilder('s')
              .select('DISTINCT s.street_code', 'code')
              .where('s.next_due IS NOT NULL')
              .orderBy('code')
              .getRawMany<{ code: string }>()
          ).map((r) => r.code);
    const today = this.clock.today();
    const schedules: VisitSchedule[] = [];
    for (const streetCode of streets)
      schedules.push(...(await allPages((page) => this.visits.due(viewer, { streetCode }, today, page))));
    const { households, heads } = await this.households(
      viewer,
      schedules.map((s) => s.householdId),
    );
    const rows = schedules
      .filter((s) => households.has(s.householdId))
      .map((s) => {
        const h = households.get(s.householdId)!;
        return [
          h.id,
          s.streetCode,
          h.address,
          ...this.headCells(heads.get(h.id)),
          s.level,
          s.nextDue,
          s.nextDue! < today ? '逾期 overdue' : '到期 due',
          s.reason,
          s.visitFlagged ? '是' : '否',
          iso(s.lastVisitAt),
          s.adviserId,
        ];
      });
    return {
      name: '走访到期 visits due',
      header: [
        '家庭编号 household id',
        '街镇代码 street',
        '居住地址 address',
        '户主姓名 head',
        '户主身份证号码(脱敏) head ID (masked)',
        '困难等级 level',
        '应走访日期 due on',
        '状态 state',
        '原因 reason',
        '预警待访 flagged',
        '上次走访 last visit',
        '责任顾问 adviser id',
      ],
      rows,
      textColumns: [1, 4],
    };
  }

  private async referralList(viewer: Viewer): Promise<SheetTable> {
    const referrals = await allPages((page) => this.referrals.list(viewer, {}, page));
    const now = this.clock.now();
    const rows = referrals.map((r) => [
      r.id,
      r.streetCode,
      r.householdId,
      r.needCode,
      r.resourceId,
      r.providerId,
      r.status,
      iso(r.issuedAt),
      iso(r.answerDueAt),
      r.status === 'PENDING' && r.answerDueAt < now ? '是' : '否',
    ]);
    return {
      name: '转介 referrals',
      header: [
        '转介编号 referral id',
        '街镇代码 street',
        '家庭编号 household id',
        '需求编码 need code',
        '资源编号 resource id',
        '服务机构 provider id',
        '状态 status',
        '发出时间 issued',
        '答复期限 answer due',
        '逾期未答复 overdue',
      ],
      rows,
      textColumns: [1],
    };
  }

  private async plans(viewer: Viewer): Promise<SheetTable> {
    const qb = this.db.getRepository(Plan).createQueryBuilder('p').innerJoin(Household, 'h', 'h.id = p.household_id');
    if (viewer.role === 'ADVISER') qb.where('h.street_code IN (:...streets)', { streets: [...viewer.streetCodes, ''] });
    const plans = await qb.orderBy('p.household_id').addOrderBy('p.version').limit(MAX_ROWS).getMany();
    const { households } = await this.households(
      viewer,
      plans.map((p) => p.householdId),
    );
    // Items through the plan module's loader (one query for all plans).
    const itemsByPlan = await planLoaders(this.db).planItemsByPlanId.loadMany(plans.map((p) => p.id));
    const rows: CellValue[][] = [];
    plans.forEach((plan, i) => {
      const household = households.get(plan.householdId);
      const items = itemsByPlan[i];
      if (!household || items instanceof Error) return;
      for (const item of items.filter((it) => !it.removedAt))
        rows.push([
          plan.id,
          household.streetCode,
          plan.householdId,
          plan.version,
          plan.status,
          item.position + 1,
          item.resourceCode,
          needCodes(item).join(' '),
          item.kind,
          item.tier,
          item.eligibilityResult,
        ]);
    });
    return {
      name: '一户一策 plans',
      header: [
        '方案编号 plan id',
        '街镇代码 street',
        '家庭编号 household id',
        '版本 version',
        '方案状态 status',
        '序号 item',
        '资源编码 resource code',
        '需求编码 need codes',
        '形式 kind',
        '层级 tier',
        '资格 eligibility',
      ],
      rows,
      textColumns: [1],
    };
  }

  private async roster(viewer: Viewer): Promise<SheetTable> {
    const advisers = await allPages((page) => this.advisers.list(viewer, { active: true }, page));
    const rows = advisers.map((a) => [
      a.id,
      a.name,
      a.gender,
      a.phone,
      a.streetCode,
      a.community,
      a.station,
      a.roleType,
      a.specialties.join(' '),
      a.languages.join(' '),
      a.filedOn,
      a.caseloadMax,
    ]);
    return {
      name: '顾问名册 advisers',
      header: [
        '顾问编号 adviser id',
        '姓名 name',
        '性别 gender',
        '联系电话 work phone',
        '街镇代码 street',
        '居村 community',
        '服务站点 station',
        '人员类型 role type',
        '专长 specialties',
        '语言 languages',
        '备案日期 filed on',
        '最大服务户数 caseload',
      ],
      rows,
      textColumns: [3, 4],
    };
  }
}

/** The needs a plan item meets: a list when the item carries one, else its one need code. */
export function needCodes(item: PlanItem): string[] {
  const list = (item as PlanItem & { needCodes?: unknown }).needCodes;
  return Array.isArray(list) && list.every((c) => typeof c === 'string') ? list : [item.needCode];
}
