// The one source of time. Services receive a Clock when they are built (createServices); the edge
// (main.ts, the CLIs, the test harness) decides which: the system clock in production, a TestClock
// in tests and for batch runs that must see one date. Policy dates are Shanghai dates (UTC+8 all
// year, no daylight saving), so "today" is the calendar date in Asia/Shanghai.

export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's date in Asia/Shanghai, YYYY-MM-DD. */
  today(): string;
}

const SHANGHAI_OFFSET_MS = 8 * 3600_000;

/** The Asia/Shanghai calendar date of an instant. */
export function shanghaiDate(instant: Date): string {
  return new Date(instant.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

export const systemClock: Clock = {
  now: () => new Date(),
  today: () => shanghaiDate(new Date()),
};

/** A clock that stands still until moved: `new TestClock('2026-02-28')` is noon in Shanghai that day. */
export class TestClock implements Clock {
  private instant: Date;

  constructor(at: string | Date) {
    this.instant = TestClock.parse(at);
  }

  now(): Date {
    return new Date(this.instant.getTime());
  }

  today(): string {
    return shanghaiDate(this.instant);
  }

  set(at: string | Date): void {
    this.instant = TestClock.parse(at);
  }

  advanceDays(days: number): void {
    this.instant = new Date(this.instant.getTime() + days * 86_400_000);
  }

  /** Moves on within the day: a later write then has a later timestamp than an earlier one. */
  advanceMinutes(minutes: number): void {
    this.instant = new Date(this.instant.getTime() + minutes * 60_000);
  }

  private static parse(at: string | Date): Date {
    if (at instanceof Date) return new Date(at.getTime());
    const instant = new Date(/^\d{4}-\d{2}-\d{2}$/.test(at) ? `${at}T12:00:00+08:00` : at);
    if (Number.isNaN(instant.getTime())) throw new Error(`TestClock: not a date or instant: ${at}`);
    return instant;
  }
}
