// Stable income (稳定收入), the second condition for ending exit follow-up (POL-CAD-9: "until the
// person has been out for more than one year and has a stable income"). The documents give no
// test, so this is a design choice [P], deliberately strict because it decides when visits stop:
// the household's income from steady sources — pensions, and wages while a member is in formal
// employment (正式就业, contract and social insurance: J3's "formal") — reaches the 低保 standard per
// person on its own. Benefits, maintenance, informal or part-time work and other income do not
// count: they are what a household leaving assistance cannot yet rely on. Unknown facts leave it
// unknown, and unknown never ends follow-up.
import type { Truth } from './truth';

export interface StableIncomeFacts {
  /** Monthly wages of all members, yuan; null = unknown. */
  wages: number | null;
  /** Monthly pensions, yuan; null = unknown. */
  pensions: number | null;
  /** Each member's employment status (scoring/facts.ts vocabulary); null = unknown. */
  employment: readonly (string | null)[];
  dibaoStandard: number;
}

export interface StableIncomeVerdict {
  stable: Truth;
  /** Steady monthly income per person ÷ the 低保 standard, when the facts decide it. */
  ratio: number | null;
  /** Facts to record when `stable` is unknown (economics.incomePensions, members[i].employmentStatus …). */
  missingFacts: string[];
}

const FORMAL = 'EMPLOYED_FORMAL';

export function stableIncome(f: StableIncomeFacts): StableIncomeVerdict {
  const members = f.employment.length;
  const missingFacts: string[] = [];
  if (members === 0 || !(f.dibaoStandard > 0)) return { stable: false, ratio: null, missingFacts };
  const formal = f.employment.includes(FORMAL);
  const statusUnknown = f.employment.flatMap((s, i) => (s === null ? [`members[${i}].employmentStatus`] : []));
  // Steady income lies in [low, high]: an unknown amount or an unknown status widens it upwards.
  let low = f.pensions ?? 0;
  let high = f.pensions ?? Infinity;
  if (f.pensions === null) missingFacts.push('economics.incomePensions');
  if (formal || statusUnknown.length > 0) {
    if (f.wages === null) missingFacts.push('economics.incomeWages');
    if (formal) low += f.wages ?? 0;
    high += f.wages ?? Infinity;
    if (!formal) missingFacts.push(...statusUnknown);
  }
  const per = (x: number) => x / members / f.dibaoStandard;
  if (per(low) >= 1) return { stable: true, ratio: high === low ? per(low) : null, missingFacts: [] };
  if (per(high) < 1) return { stable: false, ratio: per(high), missingFacts: [] };
  return { stable: null, ratio: null, missingFacts };
}
