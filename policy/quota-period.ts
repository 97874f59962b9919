// The period a QUOTA resource counts its places in (CATALOGUE.md "capacity": annual quota, waiting
// list, season; POLICY.md §12.3 "capacity"). Places are counted per period and reopen when a new one
// starts: the period of a date is pure calendar arithmetic on Shanghai dates, the date itself comes
// from the injected clock. [P] where the catalogue is silent: YEAR is the calendar year, QUARTER and
// MONTH calendar quarters and months, TERM the school term (autumn 1 Sep – 31 Jan, spring 1 Feb –
// 31 Aug, as Shanghai's school calendar runs); a quota with no period is one period that never reopens.
import { addDays, addMonths, type IsoDate } from './calendar';

export const QUOTA_PERIODS = ['YEAR', 'QUARTER', 'MONTH', 'TERM'] as const;
export type QuotaPeriodKind = (typeof QUOTA_PERIODS)[number];

export interface QuotaPeriod {
  /** Stable key, e.g. 2026, 2026-Q4, 2026-12, 2026-AUTUMN (Sep 2026 – Jan 2027); ALL without a period. */
  key: string;
  startsOn: IsoDate | null;
  /** Last day of the period (inclusive); null for ALL. */
  endsOn: IsoDate | null;
}

export const isQuotaPeriodKind = (value: string | null): value is QuotaPeriodKind =>
  (QUOTA_PERIODS as readonly string[]).includes(value ?? '');

const pad = (n: number) => String(n).padStart(2, '0');
const span = (key: string, startsOn: IsoDate, months: number): QuotaPeriod => ({
  key,
  startsOn,
  endsOn: addDays(addMonths(startsOn, months), -1),
});

/** The period of `kind` that contains `date`; ALL for a quota without (or with an unknown) period. */
export function quotaPeriodOf(kind: string | null, date: IsoDate): QuotaPeriod {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  switch (kind) {
    case 'YEAR':
      return span(String(year), `${year}-01-01`, 12);
    case 'QUARTER': {
      const q = Math.floor((month - 1) / 3);
      return span(`${year}-Q${q + 1}`, `${year}-${pad(q * 3 + 1)}-01`, 3);
    }
    case 'MONTH':
      return span(`${year}-${pad(month)}`, `${year}-${pad(month)}-01`, 1);
    case 'TERM':
      if (month >= 9) return span(`${year}-AUTUMN`, `${year}-09-01`, 5);
      if (month === 1) return span(`${year - 1}-AUTUMN`, `${year - 1}-09-01`, 5);
      return span(`${year}-SPRING`, `${year}-02-01`, 7);
    default:
      return { key: 'ALL', startsOn: null, endsOn: null };
  }
}
