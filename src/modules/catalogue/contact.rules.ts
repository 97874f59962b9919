// Checks of contact details (contact.types.ts), shared by the GraphQL inputs (through
// checkResourceFields and ProviderService) and the HSDS import, so both refuse the same things with
// the same reasons. Pure: returns problems, never throws; `at` is the dotted path of the owner.
import { isIsoDate } from '../../common/dates';
import type { FieldProblem } from '../../common/domain-error';
import type { ContactPerson, CostOption, Phone, WeeklySchedule } from './contact.types';

export interface ContactFields {
  url?: string | null;
  email?: string | null;
  phones?: Phone[] | null;
  contacts?: ContactPerson[] | null;
  languages?: string[] | null;
  schedules?: WeeklySchedule[] | null;
  feesDescription?: string | null;
  costOptions?: CostOption[] | null;
}

/** The resource fields these rules check. */
export const CONTACT_FIELDS = [
  'url',
  'email',
  'phones',
  'contacts',
  'languages',
  'schedules',
  'feesDescription',
  'costOptions',
] as const satisfies ReadonlyArray<keyof ContactFields>;

const MAX_ITEMS = 20;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/;
const LANGUAGE = /^[a-z]{2,3}$/; // ISO 639-1 or 639-3, lower case
const CURRENCY = /^[A-Za-z]{3}$/; // ISO 4217

type Problems = FieldProblem[];
const problem = (out: Problems, field: string, reason: string, message: string) => out.push({ field, reason, message });

export function checkText(out: Problems, field: string, value: unknown, max: number, required = false) {
  if (value === null || value === undefined) {
    if (required) problem(out, field, 'REQUIRED', 'required');
    return;
  }
  if (typeof value !== 'string') return problem(out, field, 'NOT_A_STRING', 'must be a string');
  if (required && !value.trim()) problem(out, field, 'EMPTY', 'must not be empty');
  if (value.length > max) problem(out, field, 'TOO_LONG', `at most ${max} characters`);
}

export function checkEmail(out: Problems, field: string, value: string | null | undefined) {
  checkText(out, field, value, 200);
  if (typeof value === 'string' && !EMAIL.test(value)) problem(out, field, 'INVALID_EMAIL', 'not an email address');
}

export function checkUrl(out: Problems, field: string, value: string | null | undefined) {
  checkText(out, field, value, 300);
  if (typeof value !== 'string') return;
  let scheme = '';
  try {
    scheme = new URL(value).protocol;
  } catch {
    /* reported below */
  }
  if (scheme !== 'http:' && scheme !== 'https:') problem(out, field, 'INVALID_URL', 'not an http(s) URL');
}

function checkList<T>(out: Problems, field: string, list: T[] | null | undefined, each: (item: T, at: string) => void) {
  if (!list) return;
  if (list.length > MAX_ITEMS) problem(out, field, 'TOO_MANY', `at most ${MAX_ITEMS}`);
  list.forEach((item, i) => each(item, `${field}.${i}`));
}

function checkDates(out: Problems, at: string, from: string | null | undefined, to: string | null | undefined) {
  for (const [key, value] of [
    ['validFrom', from],
    ['validTo', to],
  ] as const)
    if (value != null && !isIsoDate(value)) problem(out, `${at}.${key}`, 'INVALID_DATE', 'a date YYYY-MM-DD');
  if (from && to && to < from) problem(out, `${at}.validTo`, 'INVALID_RANGE', `${to} is before ${from}`);
}

export function checkPhone(out: Problems, at: string, p: Phone) {
  checkText(out, `${at}.number`, p.number, 50, true);
  if (p.extension != null && (!Number.isInteger(p.extension) || p.extension < 0))
    problem(out, `${at}.extension`, 'NOT_AN_INTEGER', 'a whole number ≥ 0');
  checkText(out, `${at}.description`, p.description, 500);
}

export function checkContactPerson(out: Problems, at: string, c: ContactPerson) {
  for (const key of ['name', 'title', 'department'] as const) checkText(out, `${at}.${key}`, c[key], 100);
  checkEmail(out, `${at}.email`, c.email);
  checkList(out, `${at}.phones`, c.phones, (p, field) => checkPhone(out, field, p));
  if (!c.name && !c.title && !c.department && !c.email && !c.phones?.length)
    problem(out, at, 'EMPTY', 'a contact needs at least a name, title, department, email or phone');
}

export function checkLanguage(out: Problems, at: string, code: string) {
  if (!LANGUAGE.test(code)) problem(out, at, 'INVALID_LANGUAGE', `"${code}" is not an ISO 639 code such as zh`);
}

export function checkSchedule(out: Problems, at: string, s: WeeklySchedule) {
  if (!s.days?.length) problem(out, `${at}.days`, 'EMPTY', 'at least one day');
  else if (new Set(s.days).size < s.days.length) problem(out, `${at}.days`, 'DUPLICATE', 'each day once');
  for (const key of ['opensAt', 'closesAt'] as const)
    if (s[key] != null && !TIME.test(s[key]!)) problem(out, `${at}.${key}`, 'INVALID_TIME', 'a time HH:MM');
  if (s.opensAt && s.closesAt && TIME.test(s.opensAt) && TIME.test(s.closesAt) && s.closesAt <= s.opensAt)
    problem(out, `${at}.closesAt`, 'INVALID_RANGE', `${s.closesAt} is not after ${s.opensAt}`);
  checkDates(out, at, s.validFrom, s.validTo);
  checkText(out, `${at}.description`, s.description, 500);
}

export function checkCostOption(out: Problems, at: string, c: CostOption) {
  if (c.amount != null && !(c.amount >= 0 && c.amount <= 1e11 && /^\d+(\.\d{1,2})?$/.test(String(c.amount))))
    problem(out, `${at}.amount`, 'INVALID_AMOUNT', 'a non-negative amount with at most two decimals');
  if (c.currency != null && !CURRENCY.test(c.currency))
    problem(out, `${at}.currency`, 'INVALID_CURRENCY', 'a three-letter ISO 4217 code such as CNY');
  checkText(out, `${at}.option`, c.option, 500);
  checkText(out, `${at}.amountDescription`, c.amountDescription, 500);
  checkDates(out, at, c.validFrom, c.validTo);
}

export function checkContactPersons(out: Problems, field: string, contacts: ContactPerson[] | null | undefined) {
  checkList(out, field, contacts, (c, at) => checkContactPerson(out, at, c));
}

/** Every problem of the contact fields present in `r`; `at` is the owner's path (e.g. input). */
export function checkContactFields(r: ContactFields, at: string): FieldProblem[] {
  const out: Problems = [];
  if (r.url != null) checkUrl(out, `${at}.url`, r.url);
  if (r.email != null) checkEmail(out, `${at}.email`, r.email);
  checkList(out, `${at}.phones`, r.phones, (p, field) => checkPhone(out, field, p));
  checkContactPersons(out, `${at}.contacts`, r.contacts);
  checkList(out, `${at}.languages`, r.languages, (code, field) => checkLanguage(out, field, code));
  if (r.languages && new Set(r.languages).size < r.languages.length)
    problem(out, `${at}.languages`, 'DUPLICATE', 'each language once');
  checkList(out, `${at}.schedules`, r.schedules, (s, field) => checkSchedule(out, field, s));
  checkText(out, `${at}.feesDescription`, r.feesDescription, 2000);
  checkList(out, `${at}.costOptions`, r.costOptions, (c, field) => checkCostOption(out, field, c));
  return out;
}

/** An input shape: every key optional and nullable (the GraphQL inputs, HSDS records). */
type Loose<T> = { [K in keyof T]?: T[K] | null };

const phone = (p: Loose<Phone>): Phone => ({
  number: p.number!,
  extension: p.extension ?? null,
  type: p.type ?? null,
  description: p.description ?? null,
});

export const toContactPerson = (c: Loose<Omit<ContactPerson, 'phones'>> & { phones?: Loose<Phone>[] | null }) =>
  ({
    name: c.name ?? null,
    title: c.title ?? null,
    department: c.department ?? null,
    email: c.email ?? null,
    phones: (c.phones ?? []).map(phone),
  }) as ContactPerson;

/** The stored shape of the contact fields present in `r`: every optional key there, null when not given. */
export function normalizeContactFields<T extends ContactFields>(r: T): T {
  const out: ContactFields = { ...r };
  if (r.phones) out.phones = r.phones.map(phone);
  if (r.contacts) out.contacts = r.contacts.map(toContactPerson);
  if (r.schedules)
    out.schedules = r.schedules.map((s) => ({
      days: s.days,
      opensAt: s.opensAt ?? null,
      closesAt: s.closesAt ?? null,
      validFrom: s.validFrom ?? null,
      validTo: s.validTo ?? null,
      description: s.description ?? null,
    }));
  if (r.costOptions)
    out.costOptions = r.costOptions.map((c) => ({
      option: c.option ?? null,
      amount: c.amount ?? null,
      currency: c.currency ?? null,
      amountDescription: c.amountDescription ?? null,
      validFrom: c.validFrom ?? null,
      validTo: c.validTo ?? null,
    }));
  return out as T;
}
