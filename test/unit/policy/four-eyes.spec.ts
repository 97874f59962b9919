import { FOUR_EYES_DEFAULTS, judgeFourEyes } from '../../../policy/four-eyes';

// The four-eyes rule of issue 18 ("the person who drafted a plan or case cannot approve it; ADMIN
// can, and that is recorded"), on POL-INT-5 (no 人情保/关系保) and POL-INT-9 (a different person for
// the step). Small-amount aid is paid by the 街镇 at once (POL-EMG-2), so it is not a four-eyes decision.
describe('four eyes (四眼原则)', () => {
  const adviser = { id: 'adviser-1', role: 'ADVISER' };
  const supervisor = { id: 'supervisor-1', role: 'SUPERVISOR' };
  const admin = { id: 'admin-1', role: 'ADMIN' };

  it('by default, plan approval and case payments need a second person', () => {
    expect(FOUR_EYES_DEFAULTS).toEqual({ PLAN_APPROVAL: true, CASE_PAYMENT: true, CASE_DECISION: true });
  });

  it('refuses the drafter, even a supervisor who drafted', () => {
    expect(judgeFourEyes(true, supervisor, ['supervisor-1'])).toEqual({
      allowed: false,
      reason: 'DRAFTER_CANNOT_APPROVE',
    });
  });

  it('lets a supervisor approve what someone else drafted', () => {
    expect(judgeFourEyes(true, supervisor, ['adviser-1', null])).toEqual({ allowed: true, override: false });
  });

  it('refuses an adviser where a second person is required, whoever drafted', () => {
    expect(judgeFourEyes(true, adviser, ['adviser-1'])).toEqual({ allowed: false, reason: 'SUPERVISOR_REQUIRED' });
    expect(judgeFourEyes(true, adviser, ['adviser-2'])).toEqual({ allowed: false, reason: 'SUPERVISOR_REQUIRED' });
  });

  it('lets ADMIN approve its own draft, as an override to record', () => {
    expect(judgeFourEyes(true, admin, ['admin-1'])).toEqual({ allowed: true, override: true });
    expect(judgeFourEyes(true, admin, ['adviser-1'])).toEqual({ allowed: true, override: false });
  });

  it('without four eyes (a district that turned it off) the drafter decides, and nothing is an override', () => {
    expect(judgeFourEyes(false, adviser, ['adviser-1'])).toEqual({ allowed: true, override: false });
    expect(judgeFourEyes(false, admin, ['admin-1'])).toEqual({ allowed: true, override: false });
  });
});
