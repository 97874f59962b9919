// 个案帮扶 (case help of 市民综合帮扶) as a state machine (POL-CH-1, POL-CH-8 [P]). Pure: the case-help
// module (src/modules/case-help) stores what these functions decide and nothing about the rules lives
// in SQL or in the resolvers.
//
// Steps (POL-CH-1): APPLICATION 个人申请 → ASSESSMENT 评估审核 → PANEL_REVIEW 民主评议 →
// DISBURSEMENT 资金发放 → FOLLOW_UP 回访反馈 → CLOSED. A case is "in" a step until that step's work is
// recorded, which moves it on. Two departures, each allowed only where its condition holds:
// - fast track (POL-CH-5): the home-visit part of 评估审核 is skipped, for households holding 低保 (DB),
//   低保边缘 (BY) or 刚性支出困难 (GX) still in difficulty after policy aid; help follows the panel;
// - help first (POL-CH-4): 资金发放 before 评估审核, for families policy cannot yet cover and who cannot
//   solve an acute difficulty on their own; the skipped steps stay open tasks that block closing.

export const CASE_STEPS = ['APPLICATION', 'ASSESSMENT', 'PANEL_REVIEW', 'DISBURSEMENT', 'FOLLOW_UP', 'CLOSED'] as const;
export type CaseStep = (typeof CASE_STEPS)[number];

/** Work a help-first case still owes (POL-CH-4, POL-CH-8): recorded afterwards, it blocks closing until done. */
export const CASE_TASKS = ['ASSESSMENT', 'PANEL_REVIEW'] as const;
export type CaseTask = (typeof CASE_TASKS)[number];

/** The categories of POL-CH-5's fast track: 低保, 低保边缘, 刚性支出困难 (the household module's codes). */
export const FAST_TRACK_CATEGORIES = ['DB', 'BY', 'GX'] as const;

/** Who may chair a review panel (POL-CH-3: "led by district or 街(镇) assistance cadres"). */
export const PANEL_ROLES = [
  'DISTRICT_CADRE',
  'STREET_CADRE',
  'NEIGHBOURHOOD_CADRE',
  'BUILDING_HEAD',
  'VOLUNTEER',
  'RESIDENT_REPRESENTATIVE',
] as const;
export type PanelRole = (typeof PANEL_ROLES)[number];
export const CHAIR_ROLES: readonly PanelRole[] = ['DISTRICT_CADRE', 'STREET_CADRE'];

/** Days after the payment by which the follow-up visit (回访) is due. [P]: POL-CH-1 sets no interval. */
export const FOLLOW_UP_DAYS = 30;

export type Verdict<R extends string> = { allowed: true } | { allowed: false; reason: R; why: string };
const ok = { allowed: true } as const;
const no = <R extends string>(reason: R, why: string): Verdict<R> => ({ allowed: false, reason, why });

/** The one path of POL-CH-1, each step to the next (CLOSED also from PANEL_REVIEW when the panel refuses). */
const NEXT: Readonly<Record<CaseStep, readonly CaseStep[]>> = {
  APPLICATION: ['ASSESSMENT', 'DISBURSEMENT'], // DISBURSEMENT only by help-first (judgeHelpFirst)
  ASSESSMENT: ['PANEL_REVIEW'],
  PANEL_REVIEW: ['DISBURSEMENT', 'CLOSED'], // CLOSED: the panel's outcome is REJECTED
  DISBURSEMENT: ['FOLLOW_UP'],
  FOLLOW_UP: ['CLOSED'],
  CLOSED: [],
};

/** Whether `from → to` is a move of the state machine at all (the conditions are judged separately). */
export function isCaseMove(from: CaseStep, to: CaseStep): boolean {
  return NEXT[from].includes(to);
}

/**
 * POL-CH-5: may the assessment skip its home visit? Only for a household holding DB, BY or GX on the
 * day, still in difficulty (an open case of help is that difficulty; the caller passes the categories).
 */
export function judgeFastTrack(heldCategories: readonly string[]): Verdict<'FAST_TRACK_NOT_ALLOWED'> {
  return heldCategories.some((c) => (FAST_TRACK_CATEGORIES as readonly string[]).includes(c))
    ? ok
    : no(
        'FAST_TRACK_NOT_ALLOWED',
        '快速通道仅限低保、低保边缘、刚性支出困难家庭 the fast track is for households holding DB, BY or GX (POL-CH-5)',
      );
}

/** The facts an assessment records: a home visit (入户核查) unless the fast track applies. */
export function judgeAssessment(a: {
  fastTrack: boolean;
  homeVisitOn: string | null;
  heldCategories: readonly string[];
}): Verdict<'FAST_TRACK_NOT_ALLOWED' | 'HOME_VISIT_REQUIRED'> {
  if (a.fastTrack) return judgeFastTrack(a.heldCategories);
  return a.homeVisitOn !== null
    ? ok
    : no(
        'HOME_VISIT_REQUIRED',
        '评估审核须入户核查 the assessment needs its home visit unless fast-tracked (POL-CH-5)',
      );
}

/**
 * POL-CH-4: help first, paperwork later, for families policy cannot yet cover (POL-ORD-3: the statutory
 * schemes tried or ruled out) who cannot solve an acute difficulty on their own. Both are attested by the
 * adviser with a reason; either missing refuses.
 */
export function judgeHelpFirst(f: {
  acuteDifficulty: boolean;
  notCoveredByPolicy: boolean;
}): Verdict<'HELP_FIRST_NOT_ALLOWED'> {
  if (f.acuteDifficulty && f.notCoveredByPolicy) return ok;
  return no(
    'HELP_FIRST_NOT_ALLOWED',
    '先帮扶后补办手续仅限政策暂无法覆盖且自身无法解决急难的家庭 help first needs an acute difficulty the family cannot ' +
      'solve alone and no policy that covers it (POL-CH-4)',
  );
}

export interface PanelMemberFacts {
  role: PanelRole;
  chair: boolean;
}

/** POL-CH-3: a panel led by a district or street cadre: exactly one chair, of those roles; at least 3 people. */
export function judgePanel(
  members: readonly PanelMemberFacts[],
): Verdict<'NO_CADRE_CHAIR' | 'ONE_CHAIR' | 'PANEL_TOO_SMALL'> {
  const chairs = members.filter((m) => m.chair);
  if (chairs.length > 1) return no('ONE_CHAIR', '评议小组只设一名组长 a panel has one chair');
  if (chairs.length === 0 || !CHAIR_ROLES.includes(chairs[0].role))
    return no(
      'NO_CADRE_CHAIR',
      '评议小组须由区或街镇救助干部牵头 the panel must be chaired by a district or street cadre (POL-CH-3)',
    );
  // [P] a hearing of one person is no democratic review; three is the smallest panel with a majority.
  if (members.length < 3) return no('PANEL_TOO_SMALL', '评议小组至少3人 a panel has at least 3 members');
  return ok;
}

/** The open tasks a help-first case starts with: every step skipped before its payment. */
export function helpFirstTasks(): CaseTask[] {
  return [...CASE_TASKS];
}

/** FOLLOW_UP → CLOSED: the follow-up visit recorded and no open task left (POL-CH-4, POL-CH-8). */
export function judgeClose(c: {
  step: CaseStep;
  followUpDone: boolean;
  openTasks: readonly CaseTask[];
}): Verdict<'NOT_IN_FOLLOW_UP' | 'FOLLOW_UP_NOT_RECORDED' | 'OPEN_TASKS'> {
  if (c.step !== 'FOLLOW_UP') return no('NOT_IN_FOLLOW_UP', 'only a case in follow-up (回访反馈) closes');
  if (c.openTasks.length > 0)
    return no(
      'OPEN_TASKS',
      `先帮扶后补办: the steps skipped are still open (${c.openTasks.join(', ')}); record them first (POL-CH-4)`,
    );
  if (!c.followUpDone) return no('FOLLOW_UP_NOT_RECORDED', '回访反馈: record the follow-up visit first (POL-CH-1)');
  return ok;
}

/** The amount a case may disburse: what the panel approved, when it sat; help-first pays before it sits. */
export function judgeDisbursementAmount(
  amount: number,
  approvedAmount: number | null,
): Verdict<'ABOVE_APPROVED_AMOUNT'> {
  if (approvedAmount === null || amount <= approvedAmount) return ok;
  return no('ABOVE_APPROVED_AMOUNT', `the panel approved at most ${approvedAmount} yuan`);
}
