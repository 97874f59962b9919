// The seed rules corrected in issue 11 (part A), each case derived by hand from CATALOGUE.md and
// POLICY.md. Fixture defaults (fixtures.ts): one LOCAL-hukou head aged 40, employed, standard 1,510,
// liquid assets 10,000 (≈ 6.6 months per person, within the 24-month placeholder limit).
import catalogue from '../../../seeds/data/catalogue.json';
import { compileRule, type EligibilityFacts, type Rule } from '../../../src/modules/eligibility';
import { dibaoEligible, DIBAO_ASSET_LIMIT_MONTHS } from '../../../policy/dibao-eligibility';
import { child, facts, member } from './fixtures';

const byCode = new Map(catalogue.resources.map((r) => [r.code, r]));
const verdict = (code: string, f: EligibilityFacts) => compileRule(byCode.get(code)!.eligibility as Rule).evaluate(f);
const ASSETS_OVER_LIMIT = 1510 * (DIBAO_ASSET_LIMIT_MONTHS + 1); // one person, 25 months of the standard

describe('policy/dibao-eligibility.ts (POLICY.md §3.2 最低生活保障)', () => {
  it('holding DB is eligible; else head local hukou, r < 1 and assets within the limit', () => {
    expect(dibaoEligible({ holdsDibao: true, headLocalHukou: false, incomeRatio: 5, assetMonths: 100 })).toBe(true);
    expect(dibaoEligible({ holdsDibao: false, headLocalHukou: true, incomeRatio: 0.5, assetMonths: 3 })).toBe(true);
    expect(dibaoEligible({ holdsDibao: false, headLocalHukou: true, incomeRatio: 0.5, assetMonths: 30 })).toBe(false);
    expect(dibaoEligible({ holdsDibao: false, headLocalHukou: false, incomeRatio: 0.5, assetMonths: 3 })).toBe(false);
    expect(dibaoEligible({ holdsDibao: false, headLocalHukou: true, incomeRatio: 0.5, assetMonths: null })).toBe(null);
    expect(dibaoEligible({ holdsDibao: false, headLocalHukou: null, incomeRatio: 1.2, assetMonths: 3 })).toBe(false);
  });
});

describe('R01 最低生活保障金: Shanghai hukou household; r < 1.0; assets within limits (CATALOGUE.md R01)', () => {
  it('eligible: local head, r = 0.6, assets 6.6 months', () => {
    expect(verdict('R01', facts({}, {}, 0.6))).toBe('ELIGIBLE');
  });
  it('ineligible: assets over the limit (the asset test was missing)', () => {
    expect(verdict('R01', facts({ liquidAssets: ASSETS_OVER_LIMIT }, {}, 0.6))).toBe('INELIGIBLE');
  });
  it('unknown: assets unknown', () => {
    expect(verdict('R01', facts({ liquidAssets: null }, {}, 0.6))).toBe('UNKNOWN');
  });
  it('ineligible: only a child has local hukou, the head holds a residence permit (was "any member")', () => {
    const members = [member({ hukou: 'RESIDENCE_PERMIT' }), child(8, { hukou: 'LOCAL' })];
    expect(verdict('R01', facts({ members }, {}, 0.6))).toBe('INELIGIBLE');
  });
  it('eligible: local head with a non-Shanghai-hukou spouse (POLICY.md §2.2 group 4)', () => {
    const members = [member(), member({ relation: 'SPOUSE', hukou: 'OTHER' })];
    expect(verdict('R01', facts({ members }, {}, 0.6))).toBe('ELIGIBLE');
  });
});

describe('R04 低保边缘认定: r < 2.0; assets within limits; not 低保-eligible (POLICY.md §3.2)', () => {
  it('eligible: r = 1.5, not 低保-eligible because r ≥ 1', () => {
    expect(verdict('R04', facts({}, {}, 1.5))).toBe('ELIGIBLE');
  });
  it('ineligible: r = 0.6, local head, assets in limit → 低保-eligible though DB is not held', () => {
    expect(verdict('R04', facts({}, {}, 0.6))).toBe('INELIGIBLE');
  });
  it('eligible: r = 0.6 but the head has no Shanghai hukou, so not 低保-eligible', () => {
    expect(verdict('R04', facts({ members: [member({ hukou: 'RESIDENCE_PERMIT' })] }, {}, 0.6))).toBe('ELIGIBLE');
  });
  it('unknown: r = 0.6 and the head hukou unknown', () => {
    expect(verdict('R04', facts({ members: [member({ hukou: null })] }, {}, 0.6))).toBe('UNKNOWN');
  });
});

describe('R05 刚性支出: rigid spending makes r < 1; assets OK; a gateway only when not 低保-eligible', () => {
  const rigid = { medical: 12 * 1510, education: 0, care: 0, rehab: 0 }; // one standard a month
  it('eligible: r = 1.5, after rigid spending 0.5', () => {
    expect(verdict('R05', facts({ rigidSpending12m: rigid }, {}, 1.5))).toBe('ELIGIBLE');
  });
  it('ineligible: r = 0.6 is 低保-eligible (POL-ORD-1: basic living first)', () => {
    expect(verdict('R05', facts({ rigidSpending12m: rigid }, {}, 0.6))).toBe('INELIGIBLE');
  });
  it('ineligible: assets over the limit', () => {
    expect(verdict('R05', facts({ rigidSpending12m: rigid, liquidAssets: ASSETS_OVER_LIMIT }, {}, 1.5))).toBe(
      'INELIGIBLE',
    );
  });
});

describe('R07 临时救助 migrant branch: 居住证, 3 months without income, no unemployment insurance cover (POL-TMP-1)', () => {
  const migrant = (unemploymentInsured: boolean | null) =>
    member({
      hukou: 'RESIDENCE_PERMIT',
      employmentStatus: 'UNEMPLOYED_UNREGISTERED',
      monthsUnemployed: 4,
      unemploymentInsured,
    });
  it('eligible: not insured', () => {
    expect(verdict('R07', facts({ members: [migrant(false)] }, {}, 0))).toBe('ELIGIBLE');
  });
  it('ineligible: insured against unemployment', () => {
    expect(verdict('R07', facts({ members: [migrant(true)] }, {}, 0))).toBe('INELIGIBLE');
  });
  it('unknown: cover unknown', () => {
    expect(verdict('R07', facts({ members: [migrant(null)] }, {}, 0))).toBe('UNKNOWN');
  });
});

describe('R10 教育救助: students in compulsory education (POLICY.md §3.5)', () => {
  it('eligible: a DB family with a junior-secondary pupil', () => {
    const members = [member(), child(13)];
    expect(verdict('R10', facts({ members, categories: dbHeld() }, {}, 0.5))).toBe('ELIGIBLE');
  });
  it('ineligible: a DB family whose only student is at senior secondary (not compulsory)', () => {
    const members = [member(), child(16, { studentStage: 'SENIOR_SECONDARY' })];
    expect(verdict('R10', facts({ members, categories: dbHeld() }, {}, 0.5))).toBe('INELIGIBLE');
  });
});

describe('R14 长期护理保险: age ≥ 60, insured, assessed care grade (CATALOGUE.md R14)', () => {
  const elder = (medicalInsured: boolean | null) =>
    member({ birthDate: '1950-01-01', careNeedsGrade: 3, employmentStatus: 'RETIRED', medicalInsured });
  it('eligible: insured, grade 3', () => expect(verdict('R14', facts({ members: [elder(true)] }))).toBe('ELIGIBLE'));
  it('ineligible: not insured', () => expect(verdict('R14', facts({ members: [elder(false)] }))).toBe('INELIGIBLE'));
  it('unknown: cover unknown', () => expect(verdict('R14', facts({ members: [elder(null)] }))).toBe('UNKNOWN'));
});

describe('R26 困难职工帮扶: a poor worker who is a union member (CATALOGUE.md R26)', () => {
  const worker = (unionMember: boolean | null) => member({ unionMember });
  it('eligible: union member, r = 1.5', () =>
    expect(verdict('R26', facts({ members: [worker(true)] }, {}, 1.5))).toBe('ELIGIBLE'));
  it('ineligible: not a union member', () =>
    expect(verdict('R26', facts({ members: [worker(false)] }, {}, 1.5))).toBe('INELIGIBLE'));
  it('unknown: membership unknown', () =>
    expect(verdict('R26', facts({ members: [worker(null)] }, {}, 1.5))).toBe('UNKNOWN'));
});

function dbHeld() {
  return [{ category: 'DB' as const, since: '2023-01-01', until: null }];
}
