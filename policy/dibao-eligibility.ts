// 低保-eligible (符合最低生活保障条件), the one definition that R01 applies and that the gateway
// certifications R04 (低保边缘) and R05 (刚性支出) exclude: POLICY.md §3.2 defines 低保边缘 as "not
// 低保-eligible", not "does not hold DB". A household already holding 低保 is eligible; otherwise:
// a Shanghai-hukou household (its head, 户主, holds local hukou — POLICY.md §2.2 counts
// non-Shanghai-hukou spouses and step-children inside 低保 families, so not every member must),
// per-capita income under the standard (r < 1) and per-capita liquid assets within the limit.
// Three-valued: an unknown fact that could decide it leaves it unknown (policy/truth.ts).
import { allOf, type Truth } from './truth';

/**
 * The asset limit in months of the 低保 standard per person. POLICY.md §3.2 names the limit
 * (《上海市社会救助家庭经济状况认定标准》) without a figure [U]; 24 months is a placeholder [P] that
 * matches INDICATOR-MODEL.md E3's top band ("≥ 24 months of liquid assets" = no hardship).
 */
export const DIBAO_ASSET_LIMIT_MONTHS = 24;

export interface DibaoEligibilityFacts {
  holdsDibao: boolean;
  /** The head's hukou is LOCAL: null when no head is recorded or the head's hukou is unknown. */
  headLocalHukou: Truth;
  /** r = per-capita income ÷ standard; null = unknown. */
  incomeRatio: number | null;
  /** Per-capita liquid assets in months of the standard; null = unknown. */
  assetMonths: number | null;
}

export const assetsWithinDibaoLimit = (assetMonths: number | null): Truth =>
  assetMonths === null ? null : assetMonths <= DIBAO_ASSET_LIMIT_MONTHS;

export function dibaoEligible(f: DibaoEligibilityFacts): Truth {
  if (f.holdsDibao) return true;
  return allOf(
    f.headLocalHukou,
    f.incomeRatio === null ? null : f.incomeRatio < 1,
    assetsWithinDibaoLimit(f.assetMonths),
  );
}
