// 回访反馈 (POL-CH-1) with the visit machinery: a case disbursed (CaseFollowUpDue) puts its follow-up on
// the household's visit schedule (reason CASE_FOLLOW_UP), and an in-person visit recorded afterwards
// (ServiceRecorded, countsAsVisit) follows the case up and closes it unless help-first still owes a step.
// Both run inside the publishing write's transaction; the schedule refresh of ServiceRecorded runs after.
import { shanghaiDate, type Clock } from '../../common/clock';
import type { EventBus } from '../../common/events';
import { recordCaseFollowUps } from '../case-help/case-help.service';
import '../case-help/case-help.events';
import { ServiceRecord } from '../service-record/service-record.entity';
import { refreshVisitSchedules } from './visit-schedule.refresh';

export function subscribeCaseFollowUp(events: EventBus, clock: Clock): void {
  events
    .on('CaseFollowUpDue', 'visit: schedule the case follow-up visit', (em, e) =>
      refreshVisitSchedules(em, [e.householdId], clock),
    )
    .on('ServiceRecorded', 'visit: a visit follows up the case', async (em, e) => {
      if (!e.countsAsVisit) return;
      const record = await em.findOneByOrFail(ServiceRecord, { id: e.serviceRecordId });
      await recordCaseFollowUps(
        em,
        {
          householdId: e.householdId,
          serviceRecordId: e.serviceRecordId,
          recordedBy: record.recordedBy,
          occurredOn: shanghaiDate(record.occurredAt),
        },
        clock,
      );
    });
}
