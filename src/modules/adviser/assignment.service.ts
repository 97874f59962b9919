// Who is responsible for a household (责任顾问): street and caseload limits, near-relative
// conflicts (POL-INT-9), history kept, and suggestions by specialty.
import { DataSource, EntityManager, In, IsNull, Not } from 'typeorm';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { Household } from '../household/household.entity';
import { HouseholdChange, HouseholdService } from '../household/household.service';
import { Member } from '../household/member.entity';
import { Need } from '../need/need.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import { Adviser, HouseholdAssignment } from './adviser.entity';
import type { AdviserSpecialty } from './adviser.enums';
import { AssignAdviserInput, UnassignAdviserInput } from './adviser.inputs';
import { AdviserSuggestion } from './adviser.types';
import { advisersWithFiledRelatives, filedNearRelatives } from './near-relative';
import { specialtiesCalledFor } from './specialty-fit';

export class AssignmentService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async assign(
    viewer: Viewer,
    input: AssignAdviserInput,
  ): Promise<HouseholdAssignment | InputValidationError | NotFoundError | ConflictError> {
    return this.db.transaction(async (em) => {
      const household = await this.households.findVisible(viewer, input.householdId, em);
      if (!household || household.status !== 'ACTIVE') return new NotFoundError('Household', input.householdId);
      // The adviser row is locked so that two assignments cannot both take the last place.
      const adviser = isUuid(input.adviserId)
        ? await em.findOne(Adviser, { where: { id: input.adviserId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!adviser) return new NotFoundError('Adviser', input.adviserId);
      const problems = [];
      if (!adviser.active)
        problems.push({ field: 'input.adviserId', reason: 'ADVISER_INACTIVE', message: 'the adviser is deactivated' });
      if (adviser.streetCode !== household.streetCode) {
        problems.push({
          field: 'input.adviserId',
          reason: 'STREET_MISMATCH',
          message: `the adviser serves street ${adviser.streetCode}, the household lives in ${household.streetCode}`,
        });
      }
      if ((await filedNearRelatives(em, adviser.id, household.id)).length > 0) {
        problems.push({
          field: 'input.adviserId',
          reason: 'NEAR_RELATIVE_FILED',
          message:
            'the adviser has filed a member of this household as a near relative (近亲属备案); choose another adviser',
        });
      }
      if (problems.length > 0) return new InputValidationError(problems);
      const current = await em.findOneBy(HouseholdAssignment, { householdId: household.id, assignedUntil: IsNull() });
      if (current?.adviserId === adviser.id) return current; // already responsible: nothing to change
      const caseload = await em.countBy(HouseholdAssignment, { adviserId: adviser.id, assignedUntil: IsNull() });
      if (caseload >= adviser.caseloadMax) {
        return new ConflictError(
          `Adviser ${adviser.name} is at the caseload limit (${caseload}/${adviser.caseloadMax}); raise the ` +
            `limit or choose another adviser`,
        );
      }
      const now = this.clock.now();
      if (current)
        await em.update(HouseholdAssignment, { id: current.id }, { assignedUntil: now, endReason: 'REASSIGNED' });
      const assignment = await em.save(
        em.create(HouseholdAssignment, {
          householdId: household.id,
          adviserId: adviser.id,
          assignedFrom: now,
          assignedUntil: null,
          assignedBy: viewer.id,
          note: input.note ?? null,
          endReason: null,
        }),
      );
      await this.events.publish(em, 'AssignmentChanged', { householdIds: [household.id] });
      return assignment;
    });
  }

  async unassign(
    viewer: Viewer,
    input: UnassignAdviserInput,
  ): Promise<HouseholdAssignment | InputValidationError | NotFoundError> {
    return this.db.transaction(async (em) => {
      const household = await this.households.findVisible(viewer, input.householdId, em);
      if (!household) return new NotFoundError('Household', input.householdId);
      const current = await em.findOneBy(HouseholdAssignment, { householdId: household.id, assignedUntil: IsNull() });
      if (!current)
        return new InputValidationError([
          { field: 'input.householdId', reason: 'NOT_ASSIGNED', message: 'the household has no responsible adviser' },
        ]);
      Object.assign(current, {
        assignedUntil: this.clock.now(),
        endReason: 'UNASSIGNED',
        note: [current.note, input.reason].filter(Boolean).join('\n'),
      });
      await em.save(current);
      await this.events.publish(em, 'AssignmentChanged', { householdIds: [household.id] });
      return current;
    });
  }

  /** Active advisers of the household's street with spare capacity, best specialty fit first. */
  async suggest(viewer: Viewer, householdId: string): Promise<AdviserSuggestion[]> {
    const household = await this.households.findVisible(viewer, householdId);
    if (!household) return [];
    const em = this.db.manager;
    const [members, needs, advisers, current] = await Promise.all([
      em.findBy(Member, { householdId: household.id }),
      em.findBy(Need, { householdId: household.id, status: Not(In([...CLOSED_NEED_STATUSES])) }),
      em.findBy(Adviser, { streetCode: household.streetCode, active: true }),
      em.findOneBy(HouseholdAssignment, { householdId: household.id, assignedUntil: IsNull() }),
    ]);
    const called = specialtiesCalledFor(household, members, needs, this.clock.today());
    const caseloads = await caseloadsOf(
      em,
      advisers.map((a) => a.id),
    );
    const conflicted = await advisersWithFiledRelatives(
      em,
      advisers.map((a) => a.id),
      household.id,
    );
    return advisers
      .filter((a) => !conflicted.has(a.id) && (caseloads.get(a.id) ?? 0) < a.caseloadMax && a.id !== current?.adviserId)
      .map((adviser) => {
        const caseload = caseloads.get(adviser.id) ?? 0;
        const matched = adviser.specialties.filter((s) => called.has(s)) as AdviserSpecialty[];
        const spare = adviser.caseloadMax - caseload;
        return {
          adviser,
          caseload,
          spare,
          matchedSpecialties: matched,
          score: Math.round((2 * matched.length + spare / adviser.caseloadMax) * 100) / 100,
          reasons: [
            ...matched.map((s) => called.get(s)!),
            `空余 ${spare} 户 spare capacity ${spare}/${adviser.caseloadMax}`,
          ],
        };
      })
      .sort((a, b) => b.score - a.score || a.adviser.name.localeCompare(b.adviser.name));
  }

  /** HouseholdChanged handler: a move of street or an archive ends the responsible adviser's assignment. */
  async onHouseholdChanged(em: EntityManager, changes: HouseholdChange[]): Promise<void> {
    for (const change of changes.filter((c) => c.streetChanged || c.archived)) {
      // A responsible adviser must serve the household's street; an archived household has none.
      await em.update(
        HouseholdAssignment,
        { householdId: change.householdId, assignedUntil: IsNull() },
        { assignedUntil: this.clock.now(), endReason: change.archived ? 'HOUSEHOLD_ARCHIVED' : 'HOUSEHOLD_MOVED' },
      );
    }
  }
}

/** The assignments' subscription: a household that moves street or is archived loses its adviser. */
export function subscribeAssignments(events: EventBus, assignments: AssignmentService): void {
  events.on('HouseholdChanged', 'adviser: end assignments on a move or archive', (em, e) =>
    assignments.onHouseholdChanged(em, e.changes),
  );
}

export async function caseloadsOf(em: EntityManager, adviserIds: string[]): Promise<Map<string, number>> {
  if (adviserIds.length === 0) return new Map();
  const rows: Array<{ adviser_id: string; n: number }> = await em.query(
    `SELECT adviser_id, count(*)::int AS n FROM household_assignment WHERE adviser_id = ANY($1::uuid[])
      AND assigned_until IS NULL GROUP BY adviser_id`,
    [adviserIds],
  );
  return new Map(rows.map((r) => [r.adviser_id, r.n]));
}
