// The aggregation and masking rules of shared unmet needs (项目帮扶, 一类一策): bands, one household per
// need code, categories held today, and a VIEWER's small cells. Expected values are worked by hand.
import type { Viewer } from '../../../src/common/viewer';
import {
  ageBand,
  aggregateSharedNeeds,
  disabilityPresent,
  sizeBand,
  type UnmetNeedRow,
} from '../../../src/modules/project/shared-needs';

const TODAY = '2026-11-20';
const admin: Viewer = { id: 'a', role: 'ADMIN', name: null, streetCodes: [], providerId: null };
const viewer: Viewer = { id: 'v', role: 'VIEWER', name: null, streetCodes: [], providerId: null };

let n = 0;
function row(overrides: Partial<UnmetNeedRow> = {}): UnmetNeedRow {
  n += 1;
  return {
    householdId: `h-${n}`,
    needCode: 'N13',
    status: 'OPEN',
    level: 'HIGH',
    circle: 1,
    assessed: true,
    charityReferralConsent: true,
    holdings: [{ category: 'DB', since: '2023-07-01', until: null }],
    members: [{ birthDate: '1940-05-05', hasDisability: false, disabilityGrade: null }],
    ...overrides,
  };
}
const cell = (cells: Array<{ key: string; households: number | null }>) =>
  Object.fromEntries(cells.map((c) => [c.key, c.households]));

describe('bands', () => {
  it('age in whole years on the day: the birthday itself counts (18 on the 18th birthday)', () => {
    expect(ageBand('1940-05-05', TODAY)).toBe('80+'); // 86
    expect(ageBand('2008-11-21', TODAY)).toBe('0-17'); // 17: the birthday is tomorrow
    expect(ageBand('2008-11-20', TODAY)).toBe('18-59'); // 18 today
    expect(ageBand('1966-11-20', TODAY)).toBe('60-79'); // 60 today
    expect(ageBand('1946-11-21', TODAY)).toBe('60-79'); // 79, 80 tomorrow
    expect(ageBand(null, TODAY)).toBe('UNKNOWN'); // unknown is never read as a number
  });

  it('household size 1, 2, 3-4, 5+', () => {
    expect([1, 2, 3, 4, 5, 9].map(sizeBand)).toEqual(['1', '2', '3-4', '3-4', '5+', '5+']);
  });

  it('disability: a grade counts without the flag; NO only when every member is known not to', () => {
    expect(disabilityPresent([{ birthDate: null, hasDisability: null, disabilityGrade: 2 }])).toBe('YES');
    expect(
      disabilityPresent([
        { birthDate: null, hasDisability: false, disabilityGrade: null },
        { birthDate: null, hasDisability: false, disabilityGrade: null },
      ]),
    ).toBe('NO');
    expect(
      disabilityPresent([
        { birthDate: null, hasDisability: false, disabilityGrade: null },
        { birthDate: null, hasDisability: null, disabilityGrade: null },
      ]),
    ).toBe('UNKNOWN');
    expect(disabilityPresent([])).toBe('UNKNOWN');
  });
});

describe('aggregateSharedNeeds', () => {
  it('ADMIN: exact counts per need code and fact, a household counted once per code and once per key', () => {
    const a = row({ status: 'NO_RESOURCE' });
    const rows = [
      a,
      { ...a }, // the same household and code again (NEED-6: one active need per household and code)
      row({
        level: 'MODERATE',
        circle: null,
        charityReferralConsent: false,
        // 低保 ended today: `until` is the first day no longer held (policy/held-categories.ts) → NONE
        holdings: [{ category: 'DB', since: '2020-01-01', until: TODAY }],
        members: [
          { birthDate: '1980-01-01', hasDisability: true, disabilityGrade: 1 },
          { birthDate: '2015-06-01', hasDisability: false, disabilityGrade: null },
          { birthDate: '2017-06-01', hasDisability: false, disabilityGrade: null },
        ],
      }),
      row({ assessed: false, level: null, circle: null, charityReferralConsent: null, holdings: [] }),
      row({ needCode: 'N06' }),
    ];
    const [n06, n13] = aggregateSharedNeeds(admin, rows, TODAY);
    expect(n06).toMatchObject({ needCode: 'N06', households: 1, open: 1, noResource: 0, suppressed: false });
    expect(n13).toMatchObject({ needCode: 'N13', households: 3, open: 2, noResource: 1, suppressed: false });
    expect(cell(n13.byLevel)).toEqual({ HIGH: 1, MODERATE: 1, NOT_ASSESSED: 1 });
    expect(cell(n13.byCircle)).toEqual({ '1': 1, NONE: 1, NOT_ASSESSED: 1 });
    expect(cell(n13.byCategory)).toEqual({ DB: 1, NONE: 2 });
    // The family: one adult 46, two children (one household in two bands, counted once in 0-17).
    expect(cell(n13.byAgeBand)).toEqual({ '0-17': 1, '18-59': 1, '80+': 2 });
    expect(cell(n13.byDisability)).toEqual({ YES: 1, NO: 2 });
    expect(cell(n13.bySizeBand)).toEqual({ '1': 2, '3-4': 1 });
    expect(cell(n13.byConsent)).toEqual({ YES: 1, NO: 1, UNKNOWN: 1 });
    // Bands come in their natural order, not by count.
    expect(n13.byLevel.map((c) => c.key)).toEqual(['HIGH', 'MODERATE', 'NOT_ASSESSED']);
  });

  it('VIEWER: counts rounded to 5, a cell under 5 withheld, a need code under 5 households withheld whole', () => {
    // N13: 7 households, 6 consented and 1 not; 2 NO_RESOURCE. N06: 3 households.
    const rows = [
      ...Array.from({ length: 6 }, (_, i) => row({ status: i < 2 ? 'NO_RESOURCE' : 'OPEN' })),
      row({ charityReferralConsent: false }),
      ...Array.from({ length: 3 }, () => row({ needCode: 'N06' })),
    ];
    const [n06, n13] = aggregateSharedNeeds(viewer, rows, TODAY);
    // Small cells (README "Small cells"): 7 → 5, 5 → 5, 6 → 5; 2 and 1 are under 5 → null.
    expect(n13).toMatchObject({ households: 5, open: 5, noResource: null, suppressed: false });
    expect(n13.byConsent).toEqual([
      { key: 'YES', households: 5, suppressed: false },
      { key: 'NO', households: null, suppressed: true },
    ]);
    expect(cell(n13.byLevel)).toEqual({ HIGH: 5 });
    // N06: 3 households, under 5: nothing of it is published, not even its facts.
    expect(n06).toMatchObject({ needCode: 'N06', households: null, open: null, noResource: null, suppressed: true });
    for (const c of [...n06.byLevel, ...n06.byConsent, ...n06.byAgeBand])
      expect(c).toMatchObject({ households: null, suppressed: true });
    // Every number a VIEWER gets is a multiple of 5 (so no difference of two queries gives 1–4).
    const numbers = JSON.stringify([n06, n13]).match(/"(households|open|noResource)":\d+/g) ?? [];
    for (const m of numbers) expect(Number(m.split(':')[1]) % 5).toBe(0);
  });

  it('names no household: the output holds no household id', () => {
    const rows = [row(), row(), row()];
    const out = JSON.stringify(aggregateSharedNeeds(admin, rows, TODAY));
    for (const r of rows) expect(out).not.toContain(r.householdId);
  });
});
