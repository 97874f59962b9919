// Priority within a resource's queue (CATALOGUE.md matching guidance step 4): level (高 > 中 > 低),
// then urgency, then waiting time. The weights are data, chosen so that one place's priority orders
// households lexicographically: waiting days are capped below the urgency step, and the urgency step
// plus the largest waiting term stay below one level step. [P] the numbers; the order is step 4's.
// The allocator maximises the sum of these priorities over the places it gives.

export const ALLOCATION_WEIGHTS = {
  /** 高 > 中 > 低; WATCH (关注) last. Each step exceeds the largest urgency + waiting term. */
  level: { HIGH: 30_000, MODERATE: 20_000, LOW: 10_000, WATCH: 0 },
  /** A need marked EMERGENCY (NEED-3) before an ordinary one of the same level. */
  urgency: { EMERGENCY: 5_000, ORDINARY: 0 },
  /** One point per whole day waited, counted up to this many days (10 years). */
  waitingDayCap: 3_650,
  /** Every place given is worth this much on top, so no place is left empty for want of priority. */
  place: 1,
} as const;

export type AllocationLevel = keyof typeof ALLOCATION_WEIGHTS.level;
export type AllocationUrgency = keyof typeof ALLOCATION_WEIGHTS.urgency;

/** Priority of one household's claim on one place: level, then urgency, then days waited. */
export function placePriority(level: AllocationLevel, urgency: AllocationUrgency, waitingDays: number): number {
  const w = ALLOCATION_WEIGHTS;
  const days = Math.min(Math.max(Math.floor(waitingDays), 0), w.waitingDayCap);
  return w.level[level] + w.urgency[urgency] + days + w.place;
}
