import { shanghaiDate, TestClock } from '../../../src/common/clock';

describe('clock', () => {
  it('dates an instant in Asia/Shanghai (UTC+8): 16:00 UTC is already the next day there', () => {
    expect(shanghaiDate(new Date('2026-02-28T15:59:59Z'))).toBe('2026-02-28');
    expect(shanghaiDate(new Date('2026-02-28T16:00:00Z'))).toBe('2026-03-01');
  });
  it('a TestClock stands still until moved', () => {
    const clock = new TestClock('2028-02-28');
    expect(clock.today()).toBe('2028-02-28');
    clock.advanceDays(1);
    expect(clock.today()).toBe('2028-02-29');
    clock.set('2028-12-31T23:30:00+08:00');
    expect(clock.today()).toBe('2028-12-31');
    expect(() => new TestClock('yesterday')).toThrow('not a date');
  });
});
