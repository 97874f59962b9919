// Events the warning module publishes (src/common/events.ts).
import type { NeedUpdates } from '../need/need.events';

declare module '../../common/events' {
  interface DomainEventMap {
    /**
     * Warnings (预警) were matched to households: each is due for reassessment and a visit (POL-WRN-2);
     * `needs` reports the DATA_WARNING need a warning type names, for the needs list.
     */
    WarningMatched: { householdIds: string[]; warningIds: string[]; needs: NeedUpdates };
  }
}
