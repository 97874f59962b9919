// Events the assessment module publishes (src/common/events.ts).
import type { HardshipProfile } from '../../../scoring';

/** One new assessment: its household and the profile it stored. */
export interface AssessmentMadeItem {
  householdId: string;
  assessmentId: string;
  profile: HardshipProfile;
}

declare module '../../common/events' {
  interface DomainEventMap {
    /** New assessments were stored (a skipped, unchanged household is not in the list). */
    AssessmentMade: { assessments: AssessmentMadeItem[] };
  }
}
