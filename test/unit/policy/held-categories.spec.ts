// One definition of holding a category (POL-CIR-1, POL-CIR-3): `until` is the first day no longer
// held, so the exit date of POL-CAD-9's follow-up is `until` itself.
import { categoryExitDate, heldCategories, heldOn } from '../../../policy/held-categories';

describe('heldOn (until = first day no longer held)', () => {
  const db = { category: 'DB', since: '2023-07-01', until: '2026-06-01' };
  it.each([
    ['the day before it starts', '2023-06-30', false],
    ['its first day', '2023-07-01', true],
    ['its last day', '2026-05-31', true],
    ['the end date itself', '2026-06-01', false],
  ])('%s (%s) → %s', (_what, date, held) => expect(heldOn(db, date)).toBe(held));

  it('an unknown start counts as held; no end date means still held', () => {
    expect(heldOn({ since: null, until: null }, '1990-01-01')).toBe(true);
  });
});

describe('heldCategories and categoryExitDate', () => {
  const holdings = [
    { category: 'DB', since: '2020-01-01', until: '2025-03-01' },
    { category: 'BY', since: '2025-03-01', until: '2026-01-01' },
    { category: 'DB', since: '2019-01-01', until: '2019-06-01' },
  ];
  it('lists each category once, only those in force', () => {
    expect(heldCategories(holdings, '2025-02-28')).toEqual(['DB']);
    expect(heldCategories(holdings, '2025-03-01')).toEqual(['BY']);
    expect(heldCategories(holdings, '2026-01-01')).toEqual([]);
  });
  it('exits on the latest end date once nothing is held (POL-CAD-9 counts from it)', () => {
    expect(categoryExitDate(holdings, '2025-12-31')).toBeNull();
    expect(categoryExitDate(holdings, '2026-01-01')).toBe('2026-01-01');
    expect(categoryExitDate(holdings, '2027-05-01')).toBe('2026-01-01');
    expect(categoryExitDate([], '2027-05-01')).toBeNull();
  });
});
