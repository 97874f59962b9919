// Calendar arithmetic on ISO dates (YYYY-MM-DD strings), the form every policy date takes. Policy
// dates are Shanghai dates, so no time zone enters here: the arithmetic runs on UTC midnights, which
// have no daylight saving. Month arithmetic clamps to the end of the month, as PostgreSQL's
// `date + interval 'n months'` does (01-31 + 1 month = 02-28, or 02-29 in a leap year).

/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: IsoDate): [number, number, number] {
  const match = ISO.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

const text = (date: Date): IsoDate => date.toISOString().slice(0, 10);

/** True for a real calendar date written YYYY-MM-DD (2026-02-29 is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  const [y, m, d] = parts(iso);
  return text(new Date(Date.UTC(y, m - 1, d + days)));
}

/** iso plus (or minus) whole months, the day clamped to the target month's length. */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(iso);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return text(new Date(Date.UTC(year, month - 1, Math.min(d, daysInMonth(year, month)))));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  const [a, b] = [parts(from), parts(to)];
  return (Date.UTC(b[0], b[1] - 1, b[2]) - Date.UTC(a[0], a[1] - 1, a[2])) / 86_400_000;
}

/** The later of two optional dates. */
export function laterOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}

/** The earlier of two optional dates. */
export function earlierOf(a: IsoDate | null, b: IsoDate | null): IsoDate | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
