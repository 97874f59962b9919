// The needs list (低收入人口需求清单): one active row per household and code (NEED-6), raised by
// assessments or by advisers, every status change kept as history. Later modules (referral, plan
// approval, service records) move needs by their events (need.handlers.ts → applyUpdates); the needs
// list publishes NeedRaised and NeedClosed in the same transaction.
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import type { HardshipProfile } from '../../../scoring';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { Viewer } from '../../common/viewer';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { isUuid } from '../../common/text';
import { HouseholdService } from '../household/household.service';
import { NeedCode } from '../reference/reference.entity';
import { Need, NeedChange } from './need.entity';
import { CLOSED_NEED_STATUSES, NeedStatus } from './need.enums';
import { applyNeedStatus } from './need-status';
import { AddNeedInput, ChangeNeedStatusInput } from './need.inputs';
import type { NeedEventItem, NeedMove, NeedReport, NeedUpdates } from './need.events';

const ACTOR_ASSESSMENT = 'assessment';
// A reassessment closes a need it no longer triggers only while nobody is working on it yet.
const CLOSABLE_BY_REASSESSMENT: readonly NeedStatus[] = ['OPEN', 'NO_RESOURCE'];

export interface ProfileForNeeds {
  householdId: string;
  assessmentId: string;
  profile: HardshipProfile;
}

export class NeedService {
  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  /** Upserts derived needs (source ASSESSMENT) and closes those no longer triggered, for many households at once. */
  async refreshFromProfiles(em: EntityManager, items: ProfileForNeeds[]): Promise<void> {
    if (items.length === 0) return;
    const active = await em.find(Need, {
      where: { householdId: In(items.map((i) => i.householdId)), status: Not(In([...CLOSED_NEED_STATUSES])) },
    });
    const byHousehold = new Map<string, Map<string, Need>>();
    for (const need of active) {
      const codes = byHousehold.get(need.householdId) ?? new Map<string, Need>();
      codes.set(need.code, need);
      byHousehold.set(need.householdId, codes);
    }
    const inserts: Partial<Need>[] = [];
    const updates: Need[] = [];
    const closed: Need[] = [];
    const changes: Partial<NeedChange>[] = [];
    /** Applies new values to an active need; one that changes goes into the bulk update (none: no write). */
    const change = (need: Need, to: Partial<Pick<Need, UpdatedField>>) => {
      const differs = (Object.keys(to) as UpdatedField[]).some((k) =>
        k === 'indicators' ? to.indicators!.join() !== need.indicators.join() : to[k] !== need[k],
      );
      Object.assign(need, to);
      if (differs) updates.push(need);
    };
    for (const { householdId, assessmentId, profile } of items) {
      const current = byHousehold.get(householdId) ?? new Map<string, Need>();
      const derived = new Set(profile.needs.map((n) => n.code));
      for (const n of profile.needs) {
        const existing = current.get(n.code);
        if (!existing) {
          inserts.push({
            householdId,
            code: n.code,
            status: 'OPEN',
            source: 'ASSESSMENT',
            urgency: n.urgency,
            indicators: [...n.indicators],
            assessmentId,
            stillTriggered: true,
            note: null,
          });
        } else {
          change(existing, {
            assessmentId,
            stillTriggered: true,
            indicators: [...new Set([...existing.indicators, ...n.indicators])],
            urgency: n.urgency === 'EMERGENCY' ? 'EMERGENCY' : existing.urgency,
          });
        }
      }
      for (const need of current.values()) {
        if (need.source !== 'ASSESSMENT' || derived.has(need.code)) continue;
        if (CLOSABLE_BY_REASSESSMENT.includes(need.status)) {
          changes.push({
            needId: need.id,
            fromStatus: need.status,
            toStatus: 'RESOLVED',
            reason: '重新评估不再触发 no longer triggered by reassessment',
            actorId: ACTOR_ASSESSMENT,
          });
          change(need, { status: 'RESOLVED', closedAt: this.clock.now(), stillTriggered: false, assessmentId });
          closed.push(need);
        } else {
          change(need, { stillTriggered: false });
        }
      }
    }
    let raised: Need[] = [];
    if (inserts.length > 0) {
      raised = await em.getRepository(Need).save(
        inserts.map((n) => em.create(Need, n)),
        { chunk: 500 },
      );
      for (const need of raised)
        changes.push({
          needId: need.id,
          fromStatus: null,
          toStatus: 'OPEN',
          reason: '评估发现 raised by assessment',
          actorId: ACTOR_ASSESSMENT,
        });
    }
    // One statement for all of them (a save per entity was most of a forced reassessment's time: bench:batch).
    if (updates.length > 0) await em.query(UPDATE_NEEDS, [JSON.stringify(updates.map(updateRow))]);
    if (changes.length > 0) await em.getRepository(NeedChange).insert(changes);
    if (raised.length > 0) await this.events.publish(em, 'NeedRaised', { needs: raised.map(eventItem) });
    if (closed.length > 0) await this.events.publish(em, 'NeedClosed', { needs: closed.map(eventItem) });
  }

  async add(viewer: Viewer, input: AddNeedInput): Promise<Need | InputValidationError | NotFoundError> {
    return this.db.transaction((em) => this.addWithin(em, viewer, input));
  }

  /** add() on the caller's transaction. */
  private async addWithin(
    em: EntityManager,
    viewer: Viewer,
    input: AddNeedInput,
    field = 'input',
  ): Promise<Need | InputValidationError | NotFoundError> {
    const household = await this.households.findVisible(viewer, input.householdId, em);
    if (!household) return new NotFoundError('Household', input.householdId);
    return this.raise(em, { ...input, householdId: household.id }, viewer.id, field);
  }

  /** Raises a need by hand on a household already authorized; `actorId` goes into the history. */
  private async raise(
    em: EntityManager,
    input: AddNeedInput,
    actorId: string,
    field = 'input',
  ): Promise<Need | InputValidationError> {
    const unknown = await this.checkCode(em, input.code, field);
    if (unknown) return unknown;
    const existing = await em.findOneBy(Need, {
      householdId: input.householdId,
      code: input.code,
      status: Not(In([...CLOSED_NEED_STATUSES])),
    });
    const report: NeedReport = {
      needId: existing?.id ?? randomUUID(),
      householdId: input.householdId,
      code: input.code,
      source: input.source,
      urgency: input.urgency ?? 'ORDINARY',
      note: input.note,
    };
    return this.writeReport(em, existing, report, actorId);
  }

  /** UNKNOWN_NEED_CODE at `${field}.code` unless `code` is a need code (N01–N28); a read, no write. */
  async checkCode(em: EntityManager, code: string, field = 'input'): Promise<InputValidationError | null> {
    if (await em.findOneBy(NeedCode, { code })) return null;
    return new InputValidationError([
      { field: `${field}.code`, reason: 'UNKNOWN_NEED_CODE', message: `"${code}" is not a need code (N01–N28)` },
    ]);
  }

  /**
   * The id each reported code will have (NEED-6): the household's active row of that code, else a new
   * id, the same for a code reported twice. A read for a later module building its NeedReports.
   */
  async needIdsForReports(em: EntityManager, householdId: string, codes: readonly string[]) {
    const ids = new Map<string, string>();
    if (codes.length === 0) return ids;
    const active = await em.find(Need, {
      select: { id: true, code: true },
      where: { householdId, code: In([...new Set(codes)]), status: Not(In([...CLOSED_NEED_STATUSES])) },
    });
    for (const need of active) ids.set(need.code, need.id);
    for (const code of codes) if (!ids.has(code)) ids.set(code, randomUUID());
    return ids;
  }

  /** What a later module's event asks of the needs list, on its transaction: the reports, then the moves. */
  async applyUpdates(em: EntityManager, updates: NeedUpdates): Promise<void> {
    for (const report of updates.reports) {
      const existing = await em.findOneBy(Need, { id: report.needId });
      await this.writeReport(em, existing, report, updates.actorId);
    }
    await this.move(em, updates.moves, updates.actorId, updates.at);
  }

  /**
   * Moves each need that is not already at its target (in list order), with its history row; needs
   * at their target are skipped. Locks the needs in id order; a need that does not exist is a bug of
   * the publisher, which read the needs it names, and fails the write.
   */
  private async move(em: EntityManager, moves: readonly NeedMove[], actorId: string, at: Date): Promise<void> {
    if (moves.length === 0) return;
    const ids = [...new Set(moves.map((m) => m.needId))].sort();
    const needs = await em.find(Need, {
      where: { id: In(ids) },
      order: { id: 'ASC' },
      lock: { mode: 'pessimistic_write' },
    });
    const byId = new Map(needs.map((n) => [n.id, n]));
    const moved = new Map<string, Need>();
    const changes: Partial<NeedChange>[] = [];
    for (const { needId, to, reason } of moves) {
      const need = byId.get(needId);
      if (!need) throw new Error(`need ${needId} to move does not exist`);
      if (need.status === to) continue;
      changes.push(applyNeedStatus(need, to, reason, actorId, at));
      moved.set(need.id, need);
    }
    if (changes.length === 0) return;
    for (const need of moved.values())
      await em.update(Need, { id: need.id }, { status: need.status, closedAt: need.closedAt });
    await em.insert(NeedChange, changes);
    const closed = [...moved.values()].filter((n) => CLOSED_NEED_STATUSES.includes(n.status));
    if (closed.length > 0) await this.events.publish(em, 'NeedClosed', { needs: closed.map(eventItem) });
  }

  /** A report by hand: added to the active row of its code (NEED-6), or a new OPEN row with its id. */
  private async writeReport(em: EntityManager, existing: Need | null, r: NeedReport, actorId: string) {
    if (existing) {
      // NEED-6: the same need reported again updates the row instead of adding a second one.
      existing.note = [existing.note, `[${r.source}] ${r.note}`].filter(Boolean).join('\n');
      if (r.urgency === 'EMERGENCY') existing.urgency = 'EMERGENCY';
      const saved = await em.save(existing);
      await em.insert(NeedChange, {
        needId: saved.id,
        fromStatus: saved.status,
        toStatus: saved.status,
        reason: `reported again (${r.source}): ${r.note}`,
        actorId,
      });
      return saved;
    }
    const need = em.create(Need, {
      id: r.needId,
      householdId: r.householdId,
      code: r.code,
      status: 'OPEN',
      source: r.source,
      urgency: r.urgency,
      indicators: [],
      note: r.note,
      assessmentId: null,
      stillTriggered: true,
    });
    await em.insert(Need, need);
    await em.insert(NeedChange, { needId: need.id, fromStatus: null, toStatus: 'OPEN', reason: r.note, actorId });
    await this.events.publish(em, 'NeedRaised', { needs: [eventItem(need)] });
    return need;
  }

  async changeStatus(
    viewer: Viewer,
    input: ChangeNeedStatusInput,
  ): Promise<Need | InputValidationError | NotFoundError> {
    return this.db.transaction((em) => this.changeStatusWithin(em, viewer, input));
  }

  /** changeStatus() on the caller's transaction. */
  async changeStatusWithin(
    em: EntityManager,
    viewer: Viewer,
    input: ChangeNeedStatusInput,
    field = 'input',
  ): Promise<Need | InputValidationError | NotFoundError> {
    const need = isUuid(input.id) ? await em.findOneBy(Need, { id: input.id }) : null;
    if (!need || !(await this.households.findVisible(viewer, need.householdId, em)))
      return new NotFoundError('Need', input.id);
    if (input.status === need.status) {
      return new InputValidationError([
        { field: `${field}.status`, reason: 'UNCHANGED', message: `the need is already ${need.status}` },
      ]);
    }
    const change = applyNeedStatus(need, input.status, input.reason, viewer.id, this.clock.now());
    const saved = await em.save(need);
    await em.insert(NeedChange, change);
    if (CLOSED_NEED_STATUSES.includes(saved.status))
      await this.events.publish(em, 'NeedClosed', { needs: [eventItem(saved)] });
    return saved;
  }
}

type UpdatedField = 'assessmentId' | 'stillTriggered' | 'indicators' | 'urgency' | 'status' | 'closedAt';
const updateRow = (n: Need) => ({
  id: n.id,
  assessment_id: n.assessmentId,
  still_triggered: n.stillTriggered,
  indicators: n.indicators,
  urgency: n.urgency,
  status: n.status,
  closed_at: n.closedAt,
});
const UPDATE_NEEDS = `UPDATE need n SET assessment_id = r.assessment_id, still_triggered = r.still_triggered,
  indicators = r.indicators, urgency = r.urgency, status = r.status, closed_at = r.closed_at, updated_at = now()
FROM json_to_recordset($1::json) AS r(id uuid, assessment_id uuid, still_triggered boolean, indicators text[],
  urgency text, status text, closed_at timestamptz)
WHERE n.id = r.id`;

const eventItem = (n: Need): NeedEventItem => ({
  needId: n.id,
  householdId: n.householdId,
  code: n.code,
  status: n.status,
});
