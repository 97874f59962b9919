// Resident identity card numbers (居民身份证号码), GB 11643-1999: 6-digit region, 8-digit birth
// date, 3-digit sequence (odd for men), and an ISO 7064 MOD 11-2 check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';
// First two digits: the province-level codes of GB/T 2260 (plus 71 Taiwan, 81/82 HK/Macau).
const PROVINCES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
]);

export type IdNumberProblem =
  'INVALID_FORMAT' | 'INVALID_REGION' | 'INVALID_BIRTH_DATE' | 'BIRTH_DATE_IN_FUTURE' | 'INVALID_CHECK_DIGIT';

export interface ParsedIdNumber {
  idNumber: string;
  birthDate: string; // YYYY-MM-DD
  sex: 'MALE' | 'FEMALE';
  regionCode: string;
}

export function checkCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** Upper-cases a trailing x; nothing else is changed (no silent coercion of what users typed). */
export function normaliseIdNumber(raw: string): string {
  return raw.endsWith('x') ? raw.slice(0, -1) + 'X' : raw;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseIdNumber(raw: string, today: string): ParsedIdNumber | { problem: IdNumberProblem } {
  const id = normaliseIdNumber(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { problem: 'INVALID_FORMAT' };
  if (!PROVINCES.has(id.slice(0, 2))) return { problem: 'INVALID_REGION' };
  const year = Number(id.slice(6, 10));
  const month = Number(id.slice(10, 12));
  const day = Number(id.slice(12, 14));
  if (year < 1880 || !isRealDate(year, month, day)) return { problem: 'INVALID_BIRTH_DATE' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (birthDate > today) return { problem: 'BIRTH_DATE_IN_FUTURE' };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { problem: 'INVALID_CHECK_DIGIT' };
  return { idNumber: id, birthDate, sex: Number(id[16]) % 2 === 1 ? 'MALE' : 'FEMALE', regionCode: id.slice(0, 6) };
}

export const ID_PROBLEM_MESSAGES: Record<IdNumberProblem, string> = {
  INVALID_FORMAT: 'must be 17 digits followed by a digit or X (身份证号码格式错误)',
  INVALID_REGION: 'does not start with a valid province code (地址码无效)',
  INVALID_BIRTH_DATE: 'contains an impossible birth date (出生日期码无效)',
  BIRTH_DATE_IN_FUTURE: 'contains a birth date in the future (出生日期晚于今天)',
  INVALID_CHECK_DIGIT: 'has a wrong check digit (校验码错误)',
};

/** 3101********1234: the region prefix and last four stay, so staff can still tell records apart. */
export function maskIdNumber(id: string): string {
  if (id.length <= 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** Builds a valid number from region, birth date and sequence: for seeds and tests. */
export function makeIdNumber(regionCode: string, birthDate: string, sequence: number): string {
  const first17 = regionCode + birthDate.replace(/-/g, '') + String(sequence % 1000).padStart(3, '0');
  return first17 + checkCharacter(first17);
}
