// The case-help state machine and its conditions (policy/case-help.ts), from POLICY.md §9.3 and §10.
import {
  CASE_STEPS,
  isCaseMove,
  judgeAssessment,
  judgeClose,
  judgeDisbursementAmount,
  judgeFastTrack,
  judgeHelpFirst,
  judgePanel,
  helpFirstTasks,
  type CaseStep,
} from '../../../policy/case-help';
import { nextVisit } from '../../../policy/visit-schedule';

describe('case help state machine (POL-CH-1, POL-CH-8)', () => {
  it('has the five steps of POL-CH-1 in order, then CLOSED', () => {
    // POL-CH-1: 个人申请 → 评估审核 → 民主评议 → 资金发放 → 回访反馈
    expect(CASE_STEPS).toEqual(['APPLICATION', 'ASSESSMENT', 'PANEL_REVIEW', 'DISBURSEMENT', 'FOLLOW_UP', 'CLOSED']);
  });

  it('moves one step at a time along POL-CH-1', () => {
    const path: CaseStep[] = ['APPLICATION', 'ASSESSMENT', 'PANEL_REVIEW', 'DISBURSEMENT', 'FOLLOW_UP', 'CLOSED'];
    for (let i = 0; i + 1 < path.length; i++) expect(isCaseMove(path[i], path[i + 1])).toBe(true);
  });

  it('refuses skipping, going back and reopening', () => {
    expect(isCaseMove('ASSESSMENT', 'DISBURSEMENT')).toBe(false); // the panel is not skipped
    expect(isCaseMove('PANEL_REVIEW', 'FOLLOW_UP')).toBe(false); // no follow-up without payment
    expect(isCaseMove('DISBURSEMENT', 'ASSESSMENT')).toBe(false);
    for (const to of CASE_STEPS) expect(isCaseMove('CLOSED', to)).toBe(false);
  });

  it('lets help-first go from the application straight to disbursement (POL-CH-4, POL-CH-8)', () => {
    expect(isCaseMove('APPLICATION', 'DISBURSEMENT')).toBe(true);
    // POL-CH-8: the missing steps are tracked as open tasks
    expect(helpFirstTasks()).toEqual(['ASSESSMENT', 'PANEL_REVIEW']);
  });

  it('closes a case the panel refused', () => {
    expect(isCaseMove('PANEL_REVIEW', 'CLOSED')).toBe(true);
  });
});

describe('fast track (POL-CH-5)', () => {
  it('is for 低保 (DB), 低保边缘 (BY) and 刚性支出 (GX) households', () => {
    for (const c of ['DB', 'BY', 'GX']) expect(judgeFastTrack([c])).toEqual({ allowed: true });
    expect(judgeFastTrack(['TK_DISPERSED', 'DB'])).toEqual({ allowed: true });
  });

  it('is refused to a household holding none of them (特困 TK_DISPERSED, 重残无业 ZC, nothing)', () => {
    for (const held of [[], ['TK_DISPERSED'], ['ZC'], ['GE']])
      expect(judgeFastTrack(held)).toMatchObject({ allowed: false, reason: 'FAST_TRACK_NOT_ALLOWED' });
  });

  it('skips only the home visit: an assessment without fast track needs it', () => {
    expect(judgeAssessment({ fastTrack: true, homeVisitOn: null, heldCategories: ['BY'] })).toEqual({ allowed: true });
    expect(judgeAssessment({ fastTrack: false, homeVisitOn: null, heldCategories: ['BY'] })).toMatchObject({
      allowed: false,
      reason: 'HOME_VISIT_REQUIRED',
    });
    expect(judgeAssessment({ fastTrack: false, homeVisitOn: '2026-03-01', heldCategories: [] })).toEqual({
      allowed: true,
    });
    expect(judgeAssessment({ fastTrack: true, homeVisitOn: null, heldCategories: [] })).toMatchObject({
      allowed: false,
      reason: 'FAST_TRACK_NOT_ALLOWED',
    });
  });
});

describe('help first (POL-CH-4)', () => {
  it('needs both an acute difficulty the family cannot solve and no policy that covers it', () => {
    expect(judgeHelpFirst({ acuteDifficulty: true, notCoveredByPolicy: true })).toEqual({ allowed: true });
    expect(judgeHelpFirst({ acuteDifficulty: true, notCoveredByPolicy: false }).allowed).toBe(false);
    expect(judgeHelpFirst({ acuteDifficulty: false, notCoveredByPolicy: true }).allowed).toBe(false);
  });
});

describe('review panel (POL-CH-3)', () => {
  const member = (role: string, chair = false) => ({ role: role as never, chair });

  it('is chaired by a district or street cadre', () => {
    expect(judgePanel([member('STREET_CADRE', true), member('BUILDING_HEAD'), member('VOLUNTEER')])).toEqual({
      allowed: true,
    });
    expect(
      judgePanel([member('DISTRICT_CADRE', true), member('RESIDENT_REPRESENTATIVE'), member('VOLUNTEER')]),
    ).toEqual({ allowed: true });
  });

  it('refuses a panel without a cadre chair: a 居村 cadre or a building head does not lead it', () => {
    const led = (role: string) => judgePanel([member(role, true), member('VOLUNTEER'), member('VOLUNTEER')]);
    expect(led('NEIGHBOURHOOD_CADRE')).toMatchObject({ allowed: false, reason: 'NO_CADRE_CHAIR' });
    expect(led('BUILDING_HEAD')).toMatchObject({ allowed: false, reason: 'NO_CADRE_CHAIR' });
    expect(judgePanel([member('STREET_CADRE'), member('VOLUNTEER'), member('VOLUNTEER')])).toMatchObject({
      reason: 'NO_CADRE_CHAIR',
    });
  });

  it('has one chair and at least three members [P]', () => {
    expect(
      judgePanel([member('STREET_CADRE', true), member('DISTRICT_CADRE', true), member('VOLUNTEER')]),
    ).toMatchObject({ reason: 'ONE_CHAIR' });
    expect(judgePanel([member('STREET_CADRE', true), member('VOLUNTEER')])).toMatchObject({
      reason: 'PANEL_TOO_SMALL',
    });
  });
});

describe('closing (POL-CH-4, POL-CH-8)', () => {
  it('closes a followed-up case with nothing owed', () => {
    expect(judgeClose({ step: 'FOLLOW_UP', followUpDone: true, openTasks: [] })).toEqual({ allowed: true });
  });

  it('refuses while help-first still owes a step, even after the follow-up visit', () => {
    expect(judgeClose({ step: 'FOLLOW_UP', followUpDone: true, openTasks: ['PANEL_REVIEW'] })).toMatchObject({
      allowed: false,
      reason: 'OPEN_TASKS',
    });
  });

  it('refuses before the follow-up visit (POL-CH-1 回访反馈) and outside FOLLOW_UP', () => {
    expect(judgeClose({ step: 'FOLLOW_UP', followUpDone: false, openTasks: [] })).toMatchObject({
      reason: 'FOLLOW_UP_NOT_RECORDED',
    });
    expect(judgeClose({ step: 'DISBURSEMENT', followUpDone: false, openTasks: [] })).toMatchObject({
      reason: 'NOT_IN_FOLLOW_UP',
    });
  });
});

describe('disbursement amount', () => {
  it('pays at most what the panel approved; help-first pays before any panel', () => {
    expect(judgeDisbursementAmount(2000, 2000)).toEqual({ allowed: true });
    expect(judgeDisbursementAmount(2000.01, 2000)).toMatchObject({ reason: 'ABOVE_APPROVED_AMOUNT' });
    expect(judgeDisbursementAmount(800, null)).toEqual({ allowed: true });
  });
});

describe('case follow-up on the visit schedule (POL-CH-1)', () => {
  const base = { assessment: null, lastVisitOn: null, exitOn: null, followUpEndedOn: null, warningSinceVisitOn: null };

  it('is the next visit when it comes first', () => {
    expect(nextVisit({ ...base, caseFollowUpDueOn: '2026-04-01' })).toMatchObject({
      nextDue: '2026-04-01',
      reason: 'CASE_FOLLOW_UP',
    });
  });

  it('gives way to an earlier LEVEL visit (monthly for HIGH, POL-CAD-6)', () => {
    const plan = nextVisit({
      ...base,
      assessment: { on: '2026-03-01', cadence: 'MONTHLY' },
      lastVisitOn: '2026-03-01',
      caseFollowUpDueOn: '2026-05-01',
    });
    expect(plan).toMatchObject({ nextDue: '2026-04-01', reason: 'LEVEL' });
  });
});
