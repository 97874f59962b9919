// Approving a draft: the near-relative check (POL-INT-9), then one referral per item (one resource,
// every need it meets) to the resource's provider, all those needs moved to REFERRED and the unmet
// ones to NO_RESOURCE, all in one transaction. It lives in referral/ (plan comes before referral): it
// issues referrals and publishes ReferralsIssued, then PlanApproved, whose NeedUpdates the need module
// applies. No place is taken here: places are taken when a provider accepts.
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { inTurn } from '../../db/in-turn';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { isUuid } from '../../common/text';
import { Viewer } from '../../common/viewer';
import { ConflictError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { callerConflict, filedNearRelatives } from '../adviser/near-relative';
import type { IdHasher } from '../../common/id-hash';
import { Resource } from '../catalogue/catalogue.entity';
import { Need } from '../need/need.entity';
import type { NeedMove } from '../need/need.events';
import { NeedStatus } from '../need/need.enums';
import { Referral, ReferralChange } from './referral.entity';
import { ACTIVE_REFERRAL_STATUSES } from './referral.enums';
import { answerDueAt } from './referral-rules';
import { PlanEditService } from '../plan/plan-edit.service';
import { Plan, PlanItem } from '../plan/plan.entity';
import { DEFAULT_ANSWER_DAYS, emergencyAnswerDueAt } from '../../../policy/emergency-route';
import { ConflictOfInterestError } from '../plan/plan.types';
import { checkFourEyes, SecondPersonRequiredError } from '../auth/four-eyes';

export type ApprovePlanResult =
  Plan | NotFoundError | InvalidTransitionError | ConflictError | ConflictOfInterestError | SecondPersonRequiredError;
const REFERABLE: readonly NeedStatus[] = ['OPEN', 'NO_RESOURCE', 'PARTIALLY_MET', 'REFERRED', 'IN_PROGRESS'];

export class PlanApprovalService {
  constructor(
    private readonly db: DataSource,
    private readonly edits: PlanEditService,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly hasher: IdHasher,
  ) {}

  async approve(viewer: Viewer, planId: string): Promise<ApprovePlanResult> {
    return this.db.transaction(async (em) => {
      const found = await this.edits.draft(em, viewer, planId);
      if (!found) return new NotFoundError('Plan', planId);
      if (found instanceof InvalidTransitionError)
        return new InvalidTransitionError(found.from, 'APPROVED', 'only a draft is approved');
      const { plan, household } = found;
      // Roster ids are UUIDs; a subject that is not one cannot have filings (and would not parse as a uuid).
      if (viewer.role === 'ADVISER' && isUuid(viewer.id)) {
        const filed = await filedNearRelatives(em, viewer.id, plan.householdId);
        if (filed.length > 0) return new ConflictOfInterestError(filed.length);
      } else if (await callerConflict(em, this.hasher, viewer, plan.householdId)) {
        // A SUPERVISOR (or ADMIN) signed in as their register entry: its filings keep them off it (POL-INT-9).
        return new ConflictOfInterestError(1);
      }
      const items = await em.find(PlanItem, { where: { planId: plan.id }, order: { position: 'ASC' } });
      // Four eyes (policy/four-eyes.ts): whoever generated or edited the draft does not approve it.
      const drafters = [
        plan.generatedBy,
        ...items.flatMap((i) => [i.source === 'ADVISER' ? i.addedBy : null, i.removedBy]),
      ];
      const refused = await checkFourEyes(em, viewer, {
        decision: 'PLAN_APPROVAL',
        streetCode: household.streetCode,
        drafters,
        subject: plan,
      });
      if (refused) return refused;
      const active = items.filter((i) => !i.removedAt);
      const needIds = [...new Set([...active.flatMap((i) => i.needIds), ...plan.unmet.map((u) => u.needId)])];
      const [needs, resources, running] = await inTurn([
        () =>
          needIds.length ? em.find(Need, { where: { id: In(needIds) }, lock: { mode: 'pessimistic_write' } }) : [],
        () => (active.length ? em.findBy(Resource, { id: In(active.map((i) => i.resourceId)) }) : []),
        () =>
          em.find(Referral, {
            select: { resourceId: true },
            where: { householdId: plan.householdId, status: In([...ACTIVE_REFERRAL_STATUSES]) },
          }),
      ]);
      const needById = new Map(needs.map((n) => [n.id, n]));
      const resourceById = new Map(resources.map((r) => [r.id, r]));
      const busy = new Set(running.map((r) => r.resourceId));
      for (const item of active) {
        for (const [i, id] of item.needIds.entries()) {
          const need = needById.get(id);
          if (!need || !REFERABLE.includes(need.status)) {
            return new ConflictError(
              `Need ${item.needCodes[i]} is ${need?.status ?? 'gone'} since the plan was made; generate a new version`,
            );
          }
        }
        if (busy.has(item.resourceId))
          return new ConflictError(
            `An active referral to ${item.resourceCode} exists since the plan was made; generate a new version`,
          );
      }
      const now = this.clock.now();
      const referrals = active.map((item) => {
        const resource = resourceById.get(item.resourceId)!;
        const emergency = item.needIds.some((id) => needById.get(id)!.urgency === 'EMERGENCY');
        return em.create(Referral, {
          id: randomUUID(),
          planId: plan.id,
          planItemId: item.id,
          householdId: plan.householdId,
          streetCode: household.streetCode,
          needId: item.needId,
          needCode: item.needCode,
          needIds: item.needIds,
          needCodes: item.needCodes,
          urgency: emergency ? 'EMERGENCY' : 'ORDINARY',
          resourceId: item.resourceId,
          providerId: resource.providerId,
          status: 'PENDING',
          placeTaken: false,
          householdDeclined: false,
          // The referring adviser stays the one who drafted it when the street office's supervisor approves.
          issuedBy: viewer.role === 'SUPERVISOR' ? plan.generatedBy : viewer.id,
          issuedAt: now,
          // NEED-3: an emergency is answered within 24 calendar hours, weekends included, whatever the
          // resource's processing time; otherwise its processing time in working days.
          answerDueAt: emergency
            ? emergencyAnswerDueAt(now)
            : answerDueAt(now, resource.processingDays ?? DEFAULT_ANSWER_DAYS),
          answeredAt: null,
          closedAt: null,
          outcome: null,
          amountDelivered: null,
          sessionsDelivered: null,
          note: null,
          updatedAt: now,
        });
      });
      if (referrals.length) {
        await em.insert(Referral, referrals);
        await em.insert(
          ReferralChange,
          referrals.map((r) => ({
            referralId: r.id,
            fromStatus: null,
            toStatus: 'PENDING' as const,
            reason: `方案第${plan.version}版审批 issued by plan version ${plan.version}`,
            actorId: viewer.id,
            actorRole: viewer.role,
          })),
        );
        await this.events.publish(em, 'ReferralsIssued', { planId: plan.id, referralIds: referrals.map((r) => r.id) });
      }
      const referred = new Set(active.flatMap((i) => i.needIds));
      const moves: NeedMove[] = [
        ...[...referred].map((id) => ({
          need: needById.get(id)!,
          to: 'REFERRED' as const,
          reason: `方案第${plan.version}版已转介 referred by plan version ${plan.version}`,
        })),
        ...plan.unmet
          .map((u) => needById.get(u.needId))
          .filter((n): n is Need => !!n && !referred.has(n.id) && n.status === 'OPEN')
          .map((need) => ({
            need,
            to: 'NO_RESOURCE' as const,
            reason: `方案第${plan.version}版无可用资源 no resource in plan version ${plan.version}`,
          })),
      ]
        .filter((m) => m.need.status !== 'IN_PROGRESS' && m.need.status !== m.to)
        .map(({ need, to, reason }) => ({ needId: need.id, to, reason }));
      await this.events.publish(em, 'PlanApproved', {
        planId: plan.id,
        householdId: plan.householdId,
        needs: { actorId: viewer.id, at: now, reports: [], moves },
      });
      Object.assign(plan, {
        status: 'APPROVED',
        approvedBy: viewer.id,
        approvedRole: viewer.role,
        approvedAt: now,
        updatedAt: now,
      });
      await em.update(
        Plan,
        { id: plan.id },
        { status: 'APPROVED', approvedBy: viewer.id, approvedRole: viewer.role, approvedAt: now, updatedAt: now },
      );
      return plan;
    });
  }
}
