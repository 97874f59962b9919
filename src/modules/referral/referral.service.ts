// Working referrals: the provider accepts (taking a place of the current quota period atomically,
// allocation/places.ts), declines, starts and completes; the adviser withdraws. Every transition is
// one transaction with its history row, and every need it works on follows in the same transaction:
// ReferralMoved carries where they should stand (referral-needs.ts) and the need module moves them.
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import type { Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { isUuid } from '../../common/text';
import { canSeeStreet, Viewer } from '../../common/viewer';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Resource } from '../catalogue/catalogue.entity';
import { returnPlace, takePlace } from '../allocation/places';
import { needMovesFromReferrals } from './referral-needs';
import { Referral, ReferralChange } from './referral.entity';
import { CLOSED_REFERRAL_STATUSES } from './referral.enums';
import {
  GOVERNMENT_TYPES_SQL,
  PARTNER_CONSENT_SQL,
  REFERRAL_TRANSITIONS,
  ReferralAction,
  returnsPlace,
} from './referral-rules';
import {
  CompleteReferralInput,
  ReferralFilter,
  ReferralReasonInput,
  ReferralStepInput,
  WithdrawReferralInput,
} from './referral.inputs';
import { ResourceAtCapacityError } from './referral.types';
import { ListOrder, PageRequest, readPage } from '../../db/keyset';

type ActionInput = ReferralStepInput | ReferralReasonInput | WithdrawReferralInput | CompleteReferralInput;
export type ReferralResult =
  Referral | InputValidationError | NotFoundError | InvalidTransitionError | ResourceAtCapacityError;

/** Newest first, the id breaking ties in the same direction, so the (…, issued_at, id) indexes serve it backwards. */
export const REFERRAL_ORDER: ListOrder = {
  list: 'referrals',
  keys: [
    { column: 'r.issued_at', direction: 'DESC', type: 'timestamptz' },
    { column: 'r.id', direction: 'DESC', type: 'uuid' },
  ],
};
/** A referrals list not limited to streets or an organisation counts this many matches and no more (then AT_LEAST). */
export const REFERRAL_COUNT_CAP = 1_000;
/**
 * PARTNER_CONSENT_SQL for the list, per referral row: scalar subqueries read the provider and the household
 * by primary key for each row of the page or the count. A join would make the page go by DISTINCT ids,
 * and an EXISTS becomes a hash semi-join whose count reads every household.
 */
const PARTNER_LIST_CONSENT_SQL = `(coalesce((SELECT p.type IN (${GOVERNMENT_TYPES_SQL})
    FROM provider p WHERE p.id = r.provider_id), false)
  OR coalesce((SELECT h.consents_charity_referral FROM household h WHERE h.id = r.household_id), false))`;

export class ReferralService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventBus,
    private readonly clock: Clock,
  ) {}

  async findVisible(
    viewer: Viewer,
    id: string,
    em: EntityManager = this.db.manager,
    lock = false,
  ): Promise<Referral | null> {
    if (!isUuid(id)) return null;
    const qb = em.getRepository(Referral).createQueryBuilder('r').where('r.id = :id', { id });
    if (lock) qb.setLock('pessimistic_write');
    const referral = await qb.getOne();
    if (!referral) return null;
    if (viewer.role === 'ADMIN' || (viewer.role === 'ADVISER' && canSeeStreet(viewer, referral.streetCode)))
      return referral;
    if (viewer.role !== 'PARTNER' || viewer.providerId !== referral.providerId) return null;
    const [row] = await em.query(
      `SELECT ${PARTNER_CONSENT_SQL} AS ok FROM household h, provider p WHERE h.id = $1 AND p.id = $2`,
      [referral.householdId, referral.providerId],
    );
    return row?.ok ? referral : null;
  }

  async list(viewer: Viewer, filter: ReferralFilter, page: PageRequest) {
    const qb = this.db.getRepository(Referral).createQueryBuilder('r');
    if (viewer.role === 'ADVISER')
      qb.andWhere('r.street_code IN (:...streets)', { streets: viewer.streetCodes.length ? viewer.streetCodes : [''] });
    if (viewer.role === 'PARTNER') {
      qb.andWhere('r.provider_id = :own', { own: viewer.providerId ?? '' }).andWhere(PARTNER_LIST_CONSENT_SQL);
    }
    if (filter.status) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.providerId) qb.andWhere('r.provider_id = :provider', { provider: filter.providerId });
    if (filter.streetCode) qb.andWhere('r.street_code = :street', { street: filter.streetCode });
    const now = this.clock.now();
    if (filter.overdue === true) qb.andWhere(`r.status = 'PENDING' AND r.answer_due_at < :now`, { now });
    if (filter.overdue === false) qb.andWhere(`NOT (r.status = 'PENDING' AND r.answer_due_at < :now)`, { now });
    // Limited to streets or to an organisation, the count reads an index range; otherwise it stops at the cap.
    const scoped = viewer.role !== 'ADMIN' || Boolean(filter.providerId || filter.streetCode);
    return readPage(qb, REFERRAL_ORDER, page, scoped ? {} : { cap: REFERRAL_COUNT_CAP });
  }

  async act(viewer: Viewer, action: ReferralAction, input: ActionInput): Promise<ReferralResult> {
    const rule = REFERRAL_TRANSITIONS[action];
    if (action === 'COMPLETE') {
      const c = input as CompleteReferralInput;
      if ((c.amountDelivered ?? null) === null && (c.sessionsDelivered ?? null) === null) {
        return new InputValidationError([
          {
            field: 'input.amountDelivered',
            reason: 'REQUIRED',
            message: 'say what was delivered: amountDelivered, sessionsDelivered, or both',
          },
        ]);
      }
    }
    return this.db.transaction(async (em) => {
      const referral = await this.findVisible(viewer, input.id, em, true);
      if (!referral) return new NotFoundError('Referral', input.id);
      const mayAct =
        viewer.role === 'ADMIN' || (rule.by === 'PROVIDER' ? viewer.role === 'PARTNER' : viewer.role === 'ADVISER');
      if (!mayAct)
        throw new DomainError(
          'FORBIDDEN',
          rule.by === 'PROVIDER'
            ? 'Only the provider organisation (or ADMIN) answers a referral'
            : "Only the household's adviser (or ADMIN) withdraws a referral",
        );
      const from = referral.status;
      if (!rule.from.includes(from)) {
        return new InvalidTransitionError(
          from,
          rule.to,
          CLOSED_REFERRAL_STATUSES.includes(from)
            ? 'a closed referral is never reopened'
            : `allowed only from ${rule.from.join(' or ')}`,
        );
      }
      if (action === 'ACCEPT') {
        const taken = await takePlace(em, referral.resourceId, this.clock.today(), this.clock.now());
        if ('full' in taken) return atCapacity(em, referral.resourceId);
        referral.placeTaken = taken.counted;
        referral.placePeriod = taken.counted ? taken.periodKey : null;
      }
      if (referral.placeTaken && returnsPlace(from, rule.to)) {
        await returnPlace(em, referral.resourceId, referral.placePeriod);
        referral.placeTaken = false;
      }
      const now = this.clock.now();
      const reason =
        'reason' in input ? input.reason : ((input as ReferralStepInput | CompleteReferralInput).note ?? null);
      referral.status = rule.to;
      referral.note = reason ?? referral.note;
      if (action === 'ACCEPT' || (action === 'DECLINE' && from === 'PENDING')) referral.answeredAt = now;
      if (CLOSED_REFERRAL_STATUSES.includes(rule.to)) referral.closedAt = now;
      if (action === 'WITHDRAW')
        referral.householdDeclined = (input as WithdrawReferralInput).householdDeclined ?? false;
      if (action === 'COMPLETE') {
        const c = input as CompleteReferralInput;
        Object.assign(referral, {
          outcome: c.outcome,
          amountDelivered: c.amountDelivered ?? null,
          sessionsDelivered: c.sessionsDelivered ?? null,
        });
      }
      const saved = await em.save(referral);
      await em.insert(ReferralChange, {
        referralId: referral.id,
        fromStatus: from,
        toStatus: rule.to,
        reason,
        actorId: viewer.id,
        actorRole: viewer.role,
      });
      const why = `转介${referral.id.slice(0, 8)} ${from}→${rule.to}${reason ? `: ${reason}` : ''}`;
      const moves = await needMovesFromReferrals(em, referral.needIds, why);
      await this.events.publish(em, 'ReferralMoved', {
        referral: saved,
        action,
        from,
        to: rule.to,
        needs: { actorId: viewer.id, at: now, reports: [], moves },
      });
      return saved;
    });
  }
}

/** Why a place could not be taken (places.ts took none): the resource is full, or not published. */
async function atCapacity(em: EntityManager, resourceId: string): Promise<ResourceAtCapacityError> {
  const resource = await em.findOneByOrFail(Resource, { id: resourceId });
  return new ResourceAtCapacityError(
    resource.id,
    resource.code,
    resource.status === 'PUBLISHED' ? 'NO_PLACES_LEFT' : 'NOT_PUBLISHED',
  );
}
