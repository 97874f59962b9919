// Reading HSDS phones, contacts, schedules, languages and cost options into the catalogue's
// contact shapes (catalogue/contact.types.ts), checked at their dataset paths with the same rules
// as the GraphQL inputs. What a shape cannot hold stays unmarked and is reported by the ledger.
import {
  checkContactPerson,
  checkCostOption,
  checkLanguage,
  checkPhone,
  checkSchedule,
} from '../catalogue/contact.rules';
import { ContactPerson, CostOption, Phone, PhoneType, WeeklySchedule, Weekday } from '../catalogue/contact.types';
import type { Reader } from './hsds-reader';

/** Links between HSDS tables: understood as the nesting itself, so never reported. */
export const LINK_IDS = [
  'id',
  'service_id',
  'organization_id',
  'location_id',
  'contact_id',
  'phone_id',
  'service_at_location_id',
  'link_id',
];
/** HSDS schedule times are local; the catalogue's are Shanghai's (UTC+8). */
const SHANGHAI_UTC_OFFSET = 8;

export function readPhone(p: Reader): Phone {
  p.use(...LINK_IDS);
  const type = p.string('type');
  const upper = type?.toUpperCase();
  if (type !== null && !(upper! in PhoneType))
    p.problem('type', 'NOT_ALLOWED', `type is one of ${Object.keys(PhoneType).join(', ').toLowerCase()}`);
  const phone: Phone = {
    number: p.string('number') as string,
    extension: p.number('extension'),
    type: type !== null && upper! in PhoneType ? (upper as PhoneType) : null,
    description: p.string('description'),
  };
  checkPhone(p.problems, p.path, phone);
  return phone;
}

/** null when the field is absent or empty, so that a re-import leaves the draft's value alone. */
const listOrNull = <T>(items: T[]) => (items.length ? items : null);

export function readPhones(r: Reader, key = 'phones'): Phone[] | null {
  return listOrNull(r.list(key).map(readPhone));
}

export function readContacts(r: Reader): ContactPerson[] | null {
  return listOrNull(
    r.list('contacts').map((c) => {
      c.use(...LINK_IDS);
      const contact: ContactPerson = {
        name: c.string('name'),
        title: c.string('title'),
        department: c.string('department'),
        email: c.string('email'),
        phones: c.list('phones').map(readPhone),
      };
      checkContactPerson(c.problems, c.path, contact);
      return contact;
    }),
  );
}

export function readLanguages(r: Reader): string[] | null {
  return listOrNull(
    r.list('languages').flatMap((l) => {
      l.use(...LINK_IDS);
      const code = l.string('code');
      if (code === null) {
        l.problem('code', 'REQUIRED', 'an ISO 639 language code, e.g. zh');
        return [];
      }
      checkLanguage(l.problems, l.at('code'), code);
      if (l.string('name') !== null) l.use('name'); // the name follows from the code
      return [code];
    }),
  );
}

/** Weekly schedules only: any other frequency is left unmarked (reported) with a warning. */
export function readSchedules(r: Reader, warnings: string[]): WeeklySchedule[] | null {
  return listOrNull(
    r.list('schedules').flatMap((s) => {
      const freq = s.record.freq;
      if (freq !== undefined && freq !== null && freq !== 'WEEKLY') {
        warnings.push(`${s.rel}: only weekly opening hours are imported; this ${String(freq)} schedule was not`);
        return [];
      }
      s.use(...LINK_IDS, 'freq', 'wkst');
      if (s.record.interval === 1) s.use('interval');
      if (s.record.timezone === SHANGHAI_UTC_OFFSET) s.use('timezone');
      const days = s.string('byday');
      const schedule: WeeklySchedule = {
        days: days ? (days.split(',').map((d) => d.trim().toUpperCase()) as Weekday[]) : [],
        opensAt: time(s, 'opens_at'),
        closesAt: time(s, 'closes_at'),
        validFrom: s.string('valid_from'),
        validTo: s.string('valid_to'),
        description: s.string('description'),
      };
      schedule.days.forEach((d, i) => {
        if (!(d in Weekday)) s.problem('byday', 'NOT_ALLOWED', `day ${i + 1} "${d}" is not one of MO, TU, … SU`);
      });
      checkSchedule(s.problems, s.path, schedule);
      return [schedule];
    }),
  );
}

/** HH:MM, or HH:MM:00 as HSDS examples write it (the same time); other seconds are refused by the check. */
function time(s: Reader, key: string): string | null {
  const v = s.string(key);
  return v && /^\d\d:\d\d:00$/.test(v) ? v.slice(0, 5) : v;
}

export function readCostOptions(r: Reader): CostOption[] | null {
  return listOrNull(
    r.list('cost_options').map((c) => {
      c.use(...LINK_IDS);
      const option: CostOption = {
        option: c.string('option'),
        amount: c.number('amount'),
        currency: c.string('currency'),
        amountDescription: c.string('amount_description'),
        validFrom: c.string('valid_from'),
        validTo: c.string('valid_to'),
      };
      checkCostOption(c.problems, c.path, option);
      return option;
    }),
  );
}
