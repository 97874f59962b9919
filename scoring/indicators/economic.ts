// D1 经济状况 — economic situation (INDICATOR-MODEL.md §4, E1–E4).
import { sumIfAllKnown } from '../household/context';
import type { FactFunction } from './fact-function';
import { ordinalTable } from './ordinal';

const ARREARS_ORDINAL = ordinalTable({
  NONE: 0,
  UNDER_1_MONTH: 1,
  OVERDUE_1_3_MONTHS: 2,
  OVERDUE_OVER_3_MONTHS: 3,
  CUTOFF_OR_EVICTION_THREATENED: 4,
});

export const ECONOMIC_FACTS: readonly FactFunction[] = [
  {
    name: 'incomeRatio',
    doc:
      'r = household monthly income ÷ members ÷ 低保 standard. Decision: every income source must be known (0 for ' +
      '"none"); an unknown source makes r unknown.',
    reads: ['incomeMonthly.*', 'members', 'reference.dibaoStandard'],
    compute: (_f, c) => (Number.isNaN(c.incomeRatio) ? null : c.incomeRatio),
    // The known sources alone give r's lower bound: income 2 × the standard per head from wages
    // already decides E1 = 0 whatever the unrecorded pension is.
    bounds: (f, c, out) => {
      if (c.size === 0 || !(f.reference.dibaoStandard > 0)) return;
      out.low = c.incomeRatioAtLeast;
      out.mayBeNotApplicable = false;
    },
  },
  {
    name: 'rigidSpendingBurden',
    doc:
      '12-month out-of-pocket medical + education + care + rehab ÷ (12 × monthly income). Decision: monthly income ' +
      '× 12 stands in for annual disposable income; spending with no income is Infinity (worst band), no spending ' +
      'is 0.',
    reads: ['rigidSpending12m.*', 'incomeMonthly.*'],
    compute: (f, c) => {
      const s = f.rigidSpending12m;
      const spending = sumIfAllKnown(s.medical, s.education, s.care, s.rehab);
      if (Number.isNaN(spending) || Number.isNaN(c.monthlyIncome)) return null;
      if (spending <= 0) return 0;
      return c.monthlyIncome > 0 ? spending / (12 * c.monthlyIncome) : Infinity;
    },
    // Known spending over the most the income can be, and all spending over the least it is.
    bounds: (f, c, out) => {
      const s = f.rigidSpending12m;
      const knownSpending = (s.medical ?? 0) + (s.education ?? 0) + (s.care ?? 0) + (s.rehab ?? 0);
      const allSpending = sumIfAllKnown(s.medical, s.education, s.care, s.rehab);
      const incomeAtMost = Number.isNaN(c.monthlyIncome) ? Infinity : c.monthlyIncome;
      out.low = knownSpending <= 0 ? 0 : knownSpending / (12 * incomeAtMost);
      out.high = Number.isNaN(allSpending)
        ? Infinity
        : allSpending <= 0
          ? 0
          : c.knownIncome > 0
            ? allSpending / (12 * c.knownIncome)
            : Infinity;
      out.mayBeNotApplicable = false;
    },
  },
  {
    name: 'liquidAssetMonths',
    doc: 'Per-capita liquid assets ÷ 低保 standard: how many months of the standard the savings cover.',
    reads: ['liquidAssets', 'members', 'reference.dibaoStandard'],
    compute: (f, c) => {
      if (f.liquidAssets === null || c.size === 0 || !(f.reference.dibaoStandard > 0)) return null;
      return f.liquidAssets / c.size / f.reference.dibaoStandard;
    },
  },
  {
    name: 'arrearsLevel',
    doc:
      'Ordinal: 0 none, 1 small (< 1 month), 2 overdue 1–3 months, 3 overdue > 3 months, 4 cut-off or eviction ' +
      'threatened.',
    reads: ['arrears'],
    compute: (f) => (f.arrears === null ? null : ARREARS_ORDINAL(f.arrears)),
  },
];
