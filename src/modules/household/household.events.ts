// Events the registry publishes (src/common/events.ts): a household written, moved or archived.
import type { HouseholdChange } from './household.service';

declare module '../../common/events' {
  interface DomainEventMap {
    /** Households created, updated (maybe to another street) or archived, after their rows are written. */
    HouseholdChanged: { changes: HouseholdChange[] };
  }
}
