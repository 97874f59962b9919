// The needs list (低收入人口需求清单): one active row per household and code (NEED-6), raised by
// assessments or by advisers, every status change kept as history.
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
    const changes: Partial<NeedChange>[] = [];
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
          existing.assessmentId = assessmentId;
          existing.stillTriggered = true;
          existing.indicators = [...new Set([...existing.indicators, ...n.indicators])];
          if (n.urgency === 'EMERGENCY') existing.urgency = 'EMERGENCY';
          updates.push(existing);
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
          Object.assign(need, { status: 'RESOLVED', closedAt: this.clock.now(), stillTriggered: false, assessmentId });
        } else {
          need.stillTriggered = false;
        }
        updates.push(need);
      }
    }
    if (inserts.length > 0) {
      const saved = await em.getRepository(Need).save(
        inserts.map((n) => em.create(Need, n)),
        { chunk: 500 },
      );
      for (const need of saved)
        changes.push({
          needId: need.id,
          fromStatus: null,
          toStatus: 'OPEN',
          reason: '评估发现 raised by assessment',
          actorId: ACTOR_ASSESSMENT,
        });
    }
    if (updates.length > 0) await em.getRepository(Need).save(updates, { chunk: 500 });
    if (changes.length > 0) await em.getRepository(NeedChange).insert(changes);
  }

  async add(viewer: Viewer, input: AddNeedInput): Promise<Need | InputValidationError | NotFoundError> {
    return this.db.transaction((em) => this.addWithin(em, viewer, input));
  }

  /** add() on the caller's transaction (a service record adds needs as part of its own write). */
  async addWithin(
    em: EntityManager,
    viewer: Viewer,
    input: AddNeedInput,
    field = 'input',
  ): Promise<Need | InputValidationError | NotFoundError> {
    const household = await this.households.findVisible(viewer, input.householdId, em);
    if (!household) return new NotFoundError('Household', input.householdId);
    return this.raiseWithin(em, { ...input, householdId: household.id }, viewer.id, field);
  }

  /**
   * add() for a system path with no viewer to authorize: the caller found the household itself (a
   * warning batch matched it by ID number) and names the actor recorded in the history (who ran it).
   */
  async raiseWithin(
    em: EntityManager,
    input: AddNeedInput,
    actorId: string,
    field = 'input',
  ): Promise<Need | InputValidationError> {
    const household = { id: input.householdId };
    if (!(await em.findOneBy(NeedCode, { code: input.code }))) {
      return new InputValidationError([
        {
          field: `${field}.code`,
          reason: 'UNKNOWN_NEED_CODE',
          message: `"${input.code}" is not a need code (N01–N28)`,
        },
      ]);
    }
    const existing = await em.findOneBy(Need, {
      householdId: household.id,
      code: input.code,
      status: Not(In([...CLOSED_NEED_STATUSES])),
    });
    if (existing) {
      // NEED-6: the same need reported again updates the row instead of adding a second one.
      existing.note = [existing.note, `[${input.source}] ${input.note}`].filter(Boolean).join('\n');
      if (input.urgency === 'EMERGENCY') existing.urgency = 'EMERGENCY';
      const saved = await em.save(existing);
      await em.insert(NeedChange, {
        needId: saved.id,
        fromStatus: saved.status,
        toStatus: saved.status,
        reason: `reported again (${input.source}): ${input.note}`,
        actorId,
      });
      return saved;
    }
    const need = await em.save(
      em.create(Need, {
        householdId: household.id,
        code: input.code,
        status: 'OPEN',
        source: input.source,
        urgency: input.urgency ?? 'ORDINARY',
        indicators: [],
        note: input.note,
        assessmentId: null,
        stillTriggered: true,
      }),
    );
    await em.insert(NeedChange, {
      needId: need.id,
      fromStatus: null,
      toStatus: 'OPEN',
      reason: input.note,
      actorId,
    });
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
    return saved;
  }
}

/** The needs list's subscription: a new assessment raises the needs it triggers and closes those it no longer does. */
export function subscribeNeeds(events: EventBus, needs: NeedService): void {
  events.on('AssessmentMade', 'need: refresh needs from the profiles', (em, e) =>
    needs.refreshFromProfiles(em, e.assessments),
  );
}
