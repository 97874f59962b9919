// The visit schedule and reassessment due over HTTP on awkward days (issue 12): month-ends, 29
// February, a visit just before Shanghai midnight. Expected dates come from the rules' words — POL-CAD-6
// cadence by level, POL-CAD-9 exit follow-up (within a month, then every 3 months), INDICATOR-MODEL.md
// §6 reassessment intervals (HIGH 3, MODERATE 6, LOW and WATCH 12 months), POL-MON-3 (half of it for
// 人户分离), POL-WRN-2 (a warning: reassess at once) — and month arithmetic as PostgreSQL clamps it.
import {
  AssessHouseholdDocument,
  AssignAdviserDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
  DueReassessmentsDocument,
  HouseholdWorkDocument,
  IngestWarningsDocument,
  RecordServiceDocument,
  UpdateHouseholdDocument,
} from '../__generated__/graphql';
import { CHANGNING, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

const REASSESS_MONTHS = { HIGH: 3, MODERATE: 6, LOW: 12, WATCH: 12 } as const; // INDICATOR-MODEL.md §6
const CADENCE = { HIGH: 1, MODERATE: 3, LOW: 6, WATCH: 12 } as const; // POL-CAD-6, §6
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]; // 2028
/** n months later, clamped to the month's length (2028, 2029 only). */
function monthsLater(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const index = m - 1 + n;
  const year = y + Math.floor(index / 12);
  const month = (index % 12) + 1;
  const length = year === 2028 ? DAYS[month - 1] : month === 2 ? 28 : DAYS[month - 1];
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, length)).padStart(2, '0')}`;
}

describe('visit schedule and reassessment on awkward days (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  let adviserId: string;
  beforeAll(async () => {
    api.clock.set('2028-01-31');
    const { data } = await admin().exec(CreateAdviserDocument, {
      input: { name: '顾问日历', streetCode: CHANGNING.huayang, roleType: 'SOCIAL_WORKER', caseloadMax: 40 },
    });
    if (data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(data));
    adviserId = data.createAdviser.id;
  });
  async function household(overrides: Record<string, unknown> = {}) {
    const input = householdInput({ address: `日历路${Math.random()}`, ...overrides });
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    await admin().exec(AssignAdviserDocument, { input: { householdId: data.createHousehold.id, adviserId } });
    return data.createHousehold.id;
  }
  async function assess(id: string) {
    const { data } = await admin().exec(AssessHouseholdDocument, { householdId: id });
    if (data?.assessHousehold.__typename !== 'Assessment') throw new Error(JSON.stringify(data));
    return data.assessHousehold as { id: string; level: keyof typeof CADENCE; asOf: string };
  }
  const schedule = async (id: string) =>
    (await admin().exec(HouseholdWorkDocument, { id })).data!.household!.visitSchedule!;
  const visit = (householdId: string, occurredAt: string, serviceCode = 'ADV-VISIT') =>
    admin().exec(RecordServiceDocument, {
      input: { householdId, adviserId, serviceCode, mode: 'HOME_VISIT', occurredAt, findings: '走访' },
    });

  it('a visit at 23:30 on 29 February counts on that day, and the cadence runs from it', async () => {
    api.clock.set('2028-01-31');
    const id = await household();
    const assessed = await assess(id);
    expect(assessed.asOf).toBe('2028-01-31');
    expect(await schedule(id)).toMatchObject({
      nextDue: '2028-01-31', // never visited: at once
      reason: 'LEVEL',
      reassessOn: monthsLater('2028-01-31', REASSESS_MONTHS[assessed.level]),
      reassessReason: 'INTERVAL',
      reassessmentDue: false,
    });
    api.clock.set('2028-03-01T00:10:00+08:00');
    expect((await visit(id, '2028-02-29T23:30:00+08:00')).data?.recordService.__typename).toBe('ServiceRecord');
    expect(await schedule(id)).toMatchObject({
      nextDue: monthsLater('2028-02-29', CADENCE[assessed.level]),
      reason: 'LEVEL',
    });
  });

  // A household leaving 低保 with pensions of 4 × the standard each and savings: a lower level, visited less often.
  const COMFORTABLE = {
    incomeWages: 0,
    incomePensions: 12000,
    incomeBenefits: 0,
    incomeMaintenance: 0,
    incomeOther: 0,
    liquidAssets: 400000,
  };
  /** The earliest of the follow-up and the level's cadence after the last visit (a tie: EXIT_FOLLOW_UP). */
  const expectedNext = (followDue: string, lastVisit: string, level: keyof typeof CADENCE) => {
    const levelDue = monthsLater(lastVisit, CADENCE[level]);
    return levelDue < followDue
      ? { nextDue: levelDue, reason: 'LEVEL' }
      : { nextDue: followDue, reason: 'EXIT_FOLLOW_UP' };
  };

  it('an exit on 31 March is followed up by 30 April, then 3 months after each visit', async () => {
    api.clock.set('2028-03-31');
    const id = await household({
      categories: [{ category: 'DB', since: '2023-07-01', until: '2028-03-31' }],
      economics: COMFORTABLE,
    });
    const { level } = await assess(id);
    expect(CADENCE[level]).toBeGreaterThan(3); // so the follow-up, not the level, sets the next visit
    await visit(id, '2028-03-30T10:00:00+08:00'); // before the exit: the first follow-up still comes
    expect(await schedule(id)).toMatchObject({
      exitOn: '2028-03-31',
      ...expectedNext('2028-04-30', '2028-03-30', level),
    });
    api.clock.set('2028-05-31');
    await visit(id, '2028-05-31T09:00:00+08:00', 'ADV-FOLLOW');
    expect(await schedule(id)).toMatchObject({
      exitOn: '2028-03-31',
      ...expectedNext('2028-08-31', '2028-05-31', level),
    });
  });

  it('schedules the follow-up ahead for an end date recorded for a later day', async () => {
    api.clock.set('2028-12-15');
    const id = await household({
      categories: [{ category: 'DB', since: '2023-07-01', until: '2028-12-31' }],
      economics: COMFORTABLE,
    });
    const { level } = await assess(id);
    expect(CADENCE[level]).toBeGreaterThan(1);
    await visit(id, '2028-12-15T10:00:00+08:00');
    expect(await schedule(id)).toMatchObject({
      exitOn: '2028-12-31',
      ...expectedNext('2029-01-31', '2028-12-15', level),
    });
  });

  it('POL-MON-3: a household registered elsewhere (人户分离) is reviewed at half the interval', async () => {
    api.clock.set('2028-08-31');
    const id = await household({ registeredElsewhere: true });
    const { level } = await assess(id);
    const months = Math.ceil(REASSESS_MONTHS[level] / 2);
    expect(await schedule(id)).toMatchObject({
      reassessOn: monthsLater('2028-08-31', months),
      reassessReason: 'SHORTER_REVIEW',
    });
    const listed = await admin().exec(DueReassessmentsDocument, {
      until: monthsLater('2028-08-31', months),
      adviserId,
    });
    expect(listed.data!.dueReassessments.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ householdId: id, reassessReason: 'SHORTER_REVIEW' })]),
    );
  });

  it('a warning: reassessment due now; reassessing that day, facts unchanged, records one and clears it', async () => {
    api.clock.set('2028-02-29T09:00:00+08:00');
    const idNumber = householdInput().members[0].idNumber;
    const id = await household({
      members: [{ name: '日历甲', idNumber, relation: 'HEAD', hukou: 'LOCAL' }],
    });
    const first = await assess(id);
    api.clock.advanceMinutes(60);
    await admin().exec(IngestWarningsDocument, {
      input: {
        source: '医保局',
        events: [{ eventId: `CAL-${idNumber}`, type: 'HOSPITALISATION', idNumber, date: '2028-02-28', detail: '住院' }],
      },
    });
    expect(await schedule(id)).toMatchObject({
      reassessOn: '2028-02-29',
      reassessReason: 'WARNING',
      reassessmentDue: true,
    });
    expect(
      (
        await admin().exec(DueReassessmentsDocument, { until: '2028-02-29', streetCode: CHANGNING.huayang })
      ).data!.dueReassessments.items.map((s) => s.householdId),
    ).toContain(id);
    api.clock.advanceMinutes(60);
    const again = await assess(id);
    expect(again.id).not.toBe(first.id);
    expect(await schedule(id)).toMatchObject({ reassessReason: 'INTERVAL', reassessmentDue: false });
    // and a second reassessment the same day, nothing new, returns the one just made
    expect((await assess(id)).id).toBe(again.id);
  });

  it('a category ending makes reassessment due on its end date (INDICATOR-MODEL.md §9)', async () => {
    api.clock.set('2028-06-30');
    const id = await household();
    await assess(id);
    api.clock.set('2028-07-31');
    await admin().exec(UpdateHouseholdDocument, {
      input: { id, categories: [{ category: 'DB', since: '2023-07-01', until: '2028-07-31' }] },
    });
    expect(await schedule(id)).toMatchObject({ reassessOn: '2028-07-31', reassessReason: 'CATEGORY_CHANGE' });
  });
});
