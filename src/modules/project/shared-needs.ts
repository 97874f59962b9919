// Shared unmet needs (共性需求, 一类一策): the households behind one need code in a street or district,
// described by what they have in common, never by who they are. Pure: the service reads one fact row
// per household and need (no name, ID number or address is read at all) and this file bands and counts
// them. A VIEWER gets every count through src/common/small-cells.ts: a group of fewer than 5
// households is withheld whole; inside a group, a cell under 5 is withheld and the others rounded to 5.
import { heldCategories, type DatedHolding } from '../../../policy/held-categories';
import { smallCell } from '../../common/small-cells';
import type { Viewer } from '../../common/viewer';

/** The facts of one household with one unmet need, as the service reads them (no identifying field). */
export interface UnmetNeedRow {
  householdId: string;
  needCode: string;
  /** OPEN or NO_RESOURCE. */
  status: string;
  /** Level of the latest assessment; null when never assessed. */
  level: string | null;
  /** Primary circle 1–4 of the latest assessment; null when in none (or never assessed: see `assessed`). */
  circle: number | null;
  assessed: boolean;
  charityReferralConsent: boolean | null;
  holdings: ReadonlyArray<DatedHolding>;
  members: ReadonlyArray<{ birthDate: string | null; hasDisability: boolean | null; disabilityGrade: number | null }>;
}

/** One cell of a breakdown: a value and the households having it (a household may be in several age bands). */
export interface FactCell {
  key: string;
  households: number | null;
  suppressed: boolean;
}

export interface SharedNeedGroup {
  needCode: string;
  households: number | null;
  open: number | null;
  noResource: number | null;
  suppressed: boolean;
  byLevel: FactCell[];
  byCircle: FactCell[];
  byCategory: FactCell[];
  byAgeBand: FactCell[];
  byDisability: FactCell[];
  bySizeBand: FactCell[];
  byConsent: FactCell[];
}

/** Age bands of members (years on `today`): children, working age, younger and older elders. */
export const AGE_BANDS = ['0-17', '18-59', '60-79', '80+', 'UNKNOWN'] as const;
export const SIZE_BANDS = ['1', '2', '3-4', '5+'] as const;
export const LEVEL_KEYS = ['HIGH', 'MODERATE', 'LOW', 'WATCH', 'NOT_ASSESSED'] as const;
export const CIRCLE_KEYS = ['1', '2', '3', '4', 'NONE', 'NOT_ASSESSED'] as const;
export const YES_NO = ['YES', 'NO', 'UNKNOWN'] as const;

/** Whole years from an ISO birth date to an ISO day (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return today.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export function ageBand(birthDate: string | null, today: string): (typeof AGE_BANDS)[number] {
  if (!birthDate) return 'UNKNOWN';
  const age = ageOn(birthDate, today);
  return age < 18 ? '0-17' : age < 60 ? '18-59' : age < 80 ? '60-79' : '80+';
}

export function sizeBand(members: number): (typeof SIZE_BANDS)[number] {
  return members <= 1 ? '1' : members === 2 ? '2' : members <= 4 ? '3-4' : '5+';
}

/** YES when a member holds a disability certificate (or a grade); NO when every member is known not to. */
export function disabilityPresent(members: UnmetNeedRow['members']): (typeof YES_NO)[number] {
  if (members.some((m) => m.hasDisability === true || m.disabilityGrade != null)) return 'YES';
  return members.length > 0 && members.every((m) => m.hasDisability === false) ? 'NO' : 'UNKNOWN';
}

const yesNo = (b: boolean | null) => (b === true ? 'YES' : b === false ? 'NO' : 'UNKNOWN');

/** The keys one household contributes to each breakdown (a set: a household counts once per key). */
export function householdKeys(row: UnmetNeedRow, today: string) {
  const categories = heldCategories(row.holdings, today);
  return {
    level: [row.assessed ? (row.level ?? 'NOT_ASSESSED') : 'NOT_ASSESSED'],
    circle: [row.assessed ? (row.circle == null ? 'NONE' : String(row.circle)) : 'NOT_ASSESSED'],
    category: categories.length ? categories : ['NONE'],
    ageBand: [...new Set(row.members.map((m) => ageBand(m.birthDate, today)))],
    disability: [disabilityPresent(row.members)],
    sizeBand: [sizeBand(row.members.length)],
    consent: [yesNo(row.charityReferralConsent)],
  };
}

type Breakdown = keyof ReturnType<typeof householdKeys>;
const ORDER: Record<Breakdown, readonly string[]> = {
  level: LEVEL_KEYS,
  circle: CIRCLE_KEYS,
  category: [],
  ageBand: AGE_BANDS,
  disability: YES_NO,
  sizeBand: SIZE_BANDS,
  consent: YES_NO,
};

/** Exact counts per need code and breakdown, then published as this viewer may see them. */
export function aggregateSharedNeeds(viewer: Viewer, rows: readonly UnmetNeedRow[], today: string): SharedNeedGroup[] {
  const groups = new Map<string, { households: Set<string>; open: number; noResource: number; cells: Counts }>();
  for (const row of rows) {
    const g = groups.get(row.needCode) ?? { households: new Set(), open: 0, noResource: 0, cells: emptyCounts() };
    groups.set(row.needCode, g);
    if (g.households.has(row.householdId)) continue; // one active need per household and code (NEED-6)
    g.households.add(row.householdId);
    if (row.status === 'NO_RESOURCE') g.noResource += 1;
    else g.open += 1;
    const keys = householdKeys(row, today);
    for (const b of Object.keys(keys) as Breakdown[])
      for (const k of keys[b]) g.cells[b].set(k, (g.cells[b].get(k) ?? 0) + 1);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([needCode, g]) => {
      const group = smallCell(viewer, g.households.size);
      const cells = (b: Breakdown): FactCell[] => {
        const keys = [...g.cells[b].keys()].sort((x, y) => rank(b, x) - rank(b, y) || (x < y ? -1 : x > y ? 1 : 0));
        return keys.map((key) => {
          const count = g.cells[b].get(key)!;
          const cell = smallCell(viewer, group.suppressed ? 0 : count);
          return { key, households: group.suppressed ? null : cell.hide(count), suppressed: cell.suppressed };
        });
      };
      return {
        needCode,
        households: group.hide(g.households.size),
        // The split by status is two cells of the group: each withheld from a VIEWER under 5 as well.
        open: group.suppressed ? null : smallCell(viewer, g.open).hide(g.open),
        noResource: group.suppressed ? null : smallCell(viewer, g.noResource).hide(g.noResource),
        suppressed: group.suppressed,
        byLevel: cells('level'),
        byCircle: cells('circle'),
        byCategory: cells('category'),
        byAgeBand: cells('ageBand'),
        byDisability: cells('disability'),
        bySizeBand: cells('sizeBand'),
        byConsent: cells('consent'),
      };
    });
}

type Counts = Record<Breakdown, Map<string, number>>;
const emptyCounts = (): Counts => ({
  level: new Map(),
  circle: new Map(),
  category: new Map(),
  ageBand: new Map(),
  disability: new Map(),
  sizeBand: new Map(),
  consent: new Map(),
});
const rank = (b: Breakdown, key: string) => {
  const i = ORDER[b].indexOf(key);
  return i < 0 ? ORDER[b].length : i;
};
