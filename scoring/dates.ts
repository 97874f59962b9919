// Calendar arithmetic on ISO dates without Date objects: the hot path parses each date once into a
// packed integer yyyymmdd, which orders like the date and gives whole-year ages by subtraction.
import type { IsoDate } from './facts';

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : NaN;
}

/** YYYY-MM-DD → yyyymmdd (e.g. 20240615); NaN when not an ISO calendar date. */
export function packIsoDate(iso: string | null): number {
  if (iso === null || iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return NaN;
  const y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return y * 10000 + m * 100 + d;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole years from birth to asOf (both packed); NaN if either is unknown. */
export function ageInYears(birthPacked: number, asOfPacked: number): number {
  return Math.floor((asOfPacked - birthPacked) / 10000);
}

/** Days since 1970-01-01 of a packed date (Howard Hinnant's days_from_civil). */
export function dayNumber(packed: number): number {
  let y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Packed date plus (or minus) whole months; the day is clamped to the month's length (02-29 − 24 months → 02-28). */
export function addMonthsPacked(packed: number, months: number): number {
  const y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return ny * 10000 + nm * 100 + Math.min(d, daysInMonth(ny, nm));
}

export function unpackIsoDate(packed: number): IsoDate {
  const y = Math.floor(packed / 10000);
  const m = Math.floor(packed / 100) % 100;
  const d = packed % 100;
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function addMonths(iso: IsoDate, months: number): IsoDate {
  const packed = packIsoDate(iso);
  if (Number.isNaN(packed)) throw new RangeError(`not an ISO date: ${iso}`);
  return unpackIsoDate(addMonthsPacked(packed, months));
}
