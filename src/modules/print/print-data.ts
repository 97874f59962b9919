// What a printed plan (一户一策方案) shows, loaded in a fixed number of queries for one plan: the
// plan, its household and members, the assessment it was based on, its items with their resources,
// the street and the roster entries of who generated and approved it. Authorized like GraphQL `plan`.
import { In, IsNull, type DataSource } from 'typeorm';
import { maskIdNumber } from '../../common/id-number';
import type { Viewer } from '../../common/viewer';
import { Adviser } from '../adviser/adviser.entity';
import type { HardshipProfile } from '../../../scoring';
import { Assessment } from '../assessment/assessment.entity';
import { profilesOf } from '../assessment/derived-profile';
import { Resource } from '../catalogue/catalogue.entity';
import { Street } from '../geo/geo.entity';
import { Household } from '../household/household.entity';
import { Member } from '../household/member.entity';
import { Plan, PlanItem } from '../plan/plan.entity';
import type { PlanService } from '../plan/plan.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface PrintItem {
  item: PlanItem;
  resource: Resource | null;
}

export interface PrintData {
  plan: Plan;
  household: Household;
  /** Name and masked ID number only: nothing else about a member is printed. */
  members: Array<{ name: string; maskedId: string; relation: string | null }>;
  streetName: string | null;
  assessment: Assessment | null;
  /** The assessment's profile, derived from its facts and model (assessment/derived-profile.ts). */
  profile: HardshipProfile | null;
  items: PrintItem[];
  adviser: Adviser | null;
  approver: Adviser | null;
}

export type PrintOutcome = { data: PrintData } | { refused: 'FORBIDDEN' | 'NOT_FOUND' };

export class PrintService {
  constructor(
    private readonly db: DataSource,
    private readonly plans: PlanService,
  ) {}

  async load(viewer: Viewer, planId: string): Promise<PrintOutcome> {
    if (viewer.role !== 'ADMIN' && viewer.role !== 'ADVISER') return { refused: 'FORBIDDEN' };
    if (!UUID.test(planId)) return { refused: 'NOT_FOUND' };
    const plan = await this.plans.findVisible(viewer, planId);
    if (!plan) return { refused: 'NOT_FOUND' };
    const m = this.db.manager;
    const [household, members, assessment, items] = await Promise.all([
      m.findOneByOrFail(Household, { id: plan.householdId }),
      m.find(Member, { where: { householdId: plan.householdId }, order: { position: 'ASC' } }),
      plan.assessmentId ? m.findOneBy(Assessment, { id: plan.assessmentId }) : null,
      m.find(PlanItem, { where: { planId: plan.id, removedAt: IsNull() }, order: { position: 'ASC' } }),
    ]);
    const rosterIds = [plan.generatedBy, plan.approvedBy].filter((id): id is string => !!id && UUID.test(id));
    const [resources, street, roster, profiles] = await Promise.all([
      items.length ? m.findBy(Resource, { id: In(items.map((i) => i.resourceId)) }) : [],
      m.findOneBy(Street, { code: household.streetCode }),
      rosterIds.length ? m.findBy(Adviser, { id: In(rosterIds) }) : [],
      assessment ? profilesOf(m, [assessment]) : [],
    ]);
    const byId = new Map(resources.map((r) => [r.id, r]));
    const adviserOf = (id: string | null) => roster.find((a) => a.id === id) ?? null;
    return {
      data: {
        plan,
        household,
        members: members.map((x) => ({ name: x.name, maskedId: maskIdNumber(x.idNumber), relation: x.relation })),
        streetName: street?.nameZh ?? null,
        assessment,
        profile: profiles[0] ?? null,
        items: items.map((item) => ({ item, resource: byId.get(item.resourceId) ?? null })),
        adviser: adviserOf(plan.generatedBy),
        approver: adviserOf(plan.approvedBy),
      },
    };
  }
}
