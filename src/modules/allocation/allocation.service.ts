// allocate (issue 15 §2): reads who claims the places of some QUOTA resources in their periods, runs
// the pure allocator and explains the queue. It proposes; it writes nothing and issues no referral.
// A claim is an item of a household's current plan (its highest version, DRAFT or APPROVED, the item
// not removed) for the resource, with an open need, from a household that holds no place of that
// resource in the period and is not being served by it now (an accepted referral still open). The
// competition is the resource's whole queue whoever asks; what a viewer sees of it is scoped: ADMIN
// everything, ADVISER households of its streets by id and address (the others by street, priority and
// place only), VIEWER the counts, cells under 5 suppressed.
import type { DataSource } from 'typeorm';
import { daysBetween } from '../../../policy/calendar';
import { placePriority, type AllocationLevel, type AllocationUrgency } from '../../../policy/allocation-priority';
import { isQuotaPeriodKind, quotaPeriodOf } from '../../../policy/quota-period';
import { shanghaiDate, type Clock } from '../../common/clock';
import { DomainError, type FieldProblem } from '../../common/domain-error';
import { smallCell } from '../../common/small-cells';
import { isUuid } from '../../common/text';
import { canSeeStreet, type Viewer } from '../../common/viewer';
import { allocate, type AllocationResult } from './allocator';
import { placesOpen } from './places';
import { Allocation, AllocationClaim, ResourceAllocation } from './allocation.types';

/** At most this many resources in one proposal (the catalogue has 40). */
export const MAX_ALLOCATION_RESOURCES = 40;

interface ResourceRow {
  id: string;
  code: string;
  status: string;
  capacityKind: string;
  quota: number | null;
  remaining: number | null;
  remainingPeriod: string | null;
  period: string | null;
  exclusiveGroup: string | null;
}

interface ClaimRow {
  householdId: string;
  streetCode: string;
  address: string;
  resourceId: string;
  level: string | null;
  urgency: string;
  waitingSince: Date;
}

type Claim = Omit<ClaimRow, 'waitingSince'> & { level: string; waitingSince: string; waitingDays: number };

const LEVELS = ['HIGH', 'MODERATE', 'LOW', 'WATCH'];

export class AllocationService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
  ) {}

  async allocate(viewer: Viewer, resourceIds: string[], on: string | null): Promise<Allocation> {
    const today = this.clock.today();
    const day = on ?? today;
    const resources = await this.resources(resourceIds, day, today);
    const periods = resources.map((r) => quotaPeriodOf(r.period, day));
    const places = resources.map((r, i) => placesOpen(r, periods[i].key, quotaPeriodOf(r.period, today).key) ?? 0);
    const rows: ClaimRow[] = await this.db.query(CLAIMS_SQL, [resources.map((r) => r.id), periods.map((p) => p.key)]);
    const claims = rows.map((c) => {
      const waitingSince = shanghaiDate(new Date(c.waitingSince));
      const level = (c.level && LEVELS.includes(c.level) ? c.level : 'WATCH') as AllocationLevel;
      const urgency = (c.urgency === 'EMERGENCY' ? 'EMERGENCY' : 'ORDINARY') as AllocationUrgency;
      const waitingDays = Math.max(daysBetween(waitingSince, today), 0);
      return { ...c, level, urgency, waitingSince, waitingDays, priority: placePriority(level, urgency, waitingDays) };
    });
    const result = allocate(
      resources.map((r, i) => ({ id: r.id, places: places[i], exclusiveGroup: r.exclusiveGroup })),
      claims,
    );
    return this.view(viewer, day, resources, periods, result, claims);
  }

  /** The requested resources, each checked; every problem is reported at once. */
  private async resources(ids: string[], day: string, today: string): Promise<ResourceRow[]> {
    const problems: FieldProblem[] = [];
    if (ids.length === 0)
      problems.push({ field: 'resourceIds', reason: 'REQUIRED', message: 'name at least one resource' });
    if (ids.length > MAX_ALLOCATION_RESOURCES)
      problems.push({ field: 'resourceIds', reason: 'TOO_MANY', message: `at most ${MAX_ALLOCATION_RESOURCES}` });
    const valid = ids.slice(0, MAX_ALLOCATION_RESOURCES);
    const rows: ResourceRow[] = valid.some(isUuid)
      ? await this.db.query(
          `SELECT id, code, status, capacity_kind AS "capacityKind", quota, remaining,
            remaining_period AS "remainingPeriod", period, exclusive_group AS "exclusiveGroup"
            FROM resource WHERE id = ANY($1::uuid[])`,
          [valid.filter(isUuid)],
        )
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    const seen = new Set<string>();
    valid.forEach((id, i) => {
      const field = `resourceIds.${i}`;
      const r = byId.get(id);
      const problem = (reason: string, message: string) => problems.push({ field, reason, message });
      if (seen.has(id)) return problem('DUPLICATE', 'named twice');
      seen.add(id);
      if (!isUuid(id) || !r || r.status !== 'PUBLISHED')
        return problem('NOT_FOUND', 'no published resource has this id');
      if (r.capacityKind !== 'QUOTA')
        return problem('NOT_A_QUOTA', `${r.code} is an entitlement: everyone eligible gets it`);
      if (r.quota === null) return problem('QUOTA_UNKNOWN', `${r.code} has no published number of places to share`);
      if (r.period !== null && !isQuotaPeriodKind(r.period))
        return problem('UNKNOWN_PERIOD', `${r.code} has a period this service does not count in`);
      const period = quotaPeriodOf(r.period, day);
      if (period.endsOn !== null && period.endsOn < today)
        problems.push({ field: 'on', reason: 'PERIOD_ENDED', message: `${r.code}'s period ${period.key} has ended` });
    });
    if (problems.length > 0)
      throw new DomainError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    return valid.map((id) => byId.get(id)!);
  }

  private view(
    viewer: Viewer,
    on: string,
    resources: ResourceRow[],
    periods: ReturnType<typeof quotaPeriodOf>[],
    result: AllocationResult,
    claims: Claim[],
  ): Allocation {
    const codeOf = new Map(resources.map((r) => [r.id, r.code]));
    const claimOf = new Map(claims.map((c) => [`${c.householdId}/${c.resourceId}`, c]));
    const entry = (
      resourceId: string,
      householdId: string,
      priority: number,
      queued?: AllocationResult['resources'][0]['queue'][0],
    ) => {
      const c = claimOf.get(`${householdId}/${resourceId}`)!;
      const visible = canSeeStreet(viewer, c.streetCode);
      const claim: Omit<AllocationClaim, 'householdId'> & { householdId?: string } = {
        address: visible ? c.address : null,
        streetCode: c.streetCode,
        level: c.level,
        urgency: c.urgency,
        waitingSince: c.waitingSince,
        waitingDays: c.waitingDays,
        priority,
        position: queued?.position ?? null,
        reason: queued?.reason ?? null,
        givenInstead: queued?.givenInstead ? (codeOf.get(queued.givenInstead) ?? null) : null,
      };
      // A claim carries its householdId only when visible: object-scope.ts then checks it again on
      // every field; a household of another street is shown without one (street, priority, place).
      if (visible) claim.householdId = c.householdId;
      return claim as AllocationClaim;
    };
    const allowed = viewer.role === 'ADMIN' || viewer.role === 'ADVISER';
    return Object.assign(new Allocation(), {
      on,
      method: result.method,
      objective: viewer.role === 'VIEWER' ? null : result.objective,
      resources: result.resources.map((r, i) => {
        const placed = smallCell(viewer, r.placed.length);
        const queued = smallCell(viewer, r.queue.length);
        return Object.assign(new ResourceAllocation(), {
          resourceId: r.resourceId,
          resourceCode: resources[i].code,
          exclusiveGroup: resources[i].exclusiveGroup,
          periodKey: periods[i].key,
          periodStartsOn: periods[i].startsOn,
          periodEndsOn: periods[i].endsOn,
          places: r.places,
          placedCount: placed.hide(r.placed.length),
          queueLength: queued.hide(r.queue.length),
          placed: allowed ? r.placed.map((p) => entry(r.resourceId, p.householdId, p.priority)) : [],
          queue: allowed ? r.queue.map((q) => entry(r.resourceId, q.householdId, q.priority, q)) : [],
        });
      }),
    });
  }
}

// One row per household and resource: the latest assessment's level, the most urgent of the item's
// open needs and the earliest opening among them. $1 resource ids, $2 each one's period key.
const CLAIMS_SQL = `
  WITH wanted AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS w(resource_id, period_key))
  SELECT DISTINCT ON (p.household_id, i.resource_id)
    p.household_id AS "householdId", h.street_code AS "streetCode", h.address, i.resource_id AS "resourceId",
    (SELECT a.level FROM assessment a WHERE a.household_id = h.id ORDER BY a.assessed_at DESC LIMIT 1) AS level,
    CASE WHEN bool_or(n.urgency = 'EMERGENCY') THEN 'EMERGENCY' ELSE 'ORDINARY' END AS urgency,
    min(n.opened_at) AS "waitingSince"
  FROM wanted w
  JOIN plan_item i ON i.resource_id = w.resource_id AND i.removed_at IS NULL
  JOIN plan p ON p.id = i.plan_id AND p.status IN ('DRAFT', 'APPROVED')
  JOIN household h ON h.id = p.household_id AND h.status = 'ACTIVE'
  JOIN need n ON n.id = ANY(i.need_ids) AND n.status NOT IN ('MET', 'DECLINED', 'RESOLVED')
  WHERE p.version = (SELECT max(q.version) FROM plan q WHERE q.household_id = p.household_id)
    AND NOT EXISTS (SELECT 1 FROM referral r WHERE r.household_id = p.household_id AND r.resource_id = w.resource_id
      AND r.place_taken AND (r.place_period = w.period_key OR r.place_period IS NULL
        OR r.status NOT IN ('DECLINED', 'COMPLETED', 'WITHDRAWN')))
  GROUP BY p.household_id, h.id, h.street_code, h.address, i.resource_id
  ORDER BY p.household_id, i.resource_id`;
