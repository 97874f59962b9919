// The four 政策找人 target groups of POLICY.md §2.2 (沪民救发〔2023〕3号 §一), one household at a time.
// Expected values are read off the document: group numbers from §2.2's list, the 24-month window from
// POL-CIR-3 (rolling, back from the evaluation date), terminations from POL-CIR-5, scheme codes and the
// categories they grant from CATALOGUE.md (R01 低保 → DB …), levels from INDICATOR-MODEL.md §6.
import { leadFactsKey, outreachLeads, type OutreachFacts, type SchemeCheck } from '../../../policy/outreach-groups';

const AS_OF = '2026-06-15';
const base = (over: Partial<OutreachFacts> = {}): OutreachFacts => ({
  asOf: AS_OF,
  categories: [],
  assistanceEvents: [],
  level: null,
  needs: [],
  schemes: [],
  registeredElsewhere: false,
  members: [{ hukou: 'LOCAL', relation: 'HEAD', specialStatuses: [] }],
  income: [1000, null, null, null, null],
  lifeEvents: [],
  ...over,
});
const scheme = (code: string, verdict: SchemeCheck['verdict'], factsToAsk: string[] = []): SchemeCheck => ({
  code,
  nameZh: `方案${code}`,
  nameEn: `scheme ${code}`,
  verdict,
  factsToAsk,
});
const groups = (f: OutreachFacts) => outreachLeads(f).map((l) => l.group);
const ruleIds = (f: OutreachFacts, group: number) =>
  outreachLeads(f)
    .find((l) => l.group === group)
    ?.reasons.map((r) => r.ruleIds[0]);

describe('policy/outreach-groups (POLICY.md §2.2)', () => {
  describe('group 1: potentially eligible, not applying', () => {
    it('an ELIGIBLE scheme whose category is not held is a lead; one whose category is held is not', () => {
      // R01 grants DB (CATALOGUE.md R01 最低生活保障金); R09 grants ZX_MEDICAL.
      const f = base({ schemes: [scheme('R01', 'ELIGIBLE'), scheme('R09', 'ELIGIBLE')] });
      const [lead] = outreachLeads(f);
      expect(lead).toMatchObject({ group: 1, eligibility: 'ELIGIBLE' });
      expect(lead.reasons.map((r) => r.ruleIds)).toEqual([
        ['OUT-G1-ELIGIBLE', 'R01'],
        ['OUT-G1-ELIGIBLE', 'R09'],
      ]);
      const holdsDb = base({
        categories: [{ category: 'DB', since: '2025-01-01', until: null }],
        schemes: [scheme('R01', 'ELIGIBLE')],
      });
      expect(groups(holdsDb)).toEqual([]);
    });

    it('a DB holding that ended (until ≤ asOf) no longer counts as held (held-categories convention)', () => {
      const ended = base({
        categories: [{ category: 'DB', since: '2020-01-01', until: '2026-06-15' }],
        schemes: [scheme('R01', 'ELIGIBLE')],
      });
      expect(ruleIds(ended, 1)).toEqual(['OUT-G1-ELIGIBLE']);
    });

    it('keeps ELIGIBLE apart from UNKNOWN: ELIGIBLE schemes when one holds, else UNKNOWN with facts to ask', () => {
      const mixed = base({
        level: 'HIGH',
        schemes: [scheme('R04', 'ELIGIBLE'), scheme('R01', 'UNKNOWN', ['household.incomeRatio'])],
      });
      const [lead] = outreachLeads(mixed);
      expect(lead.eligibility).toBe('ELIGIBLE');
      expect(lead.reasons.map((r) => r.evidence)).toEqual(['R04:ELIGIBLE']);
      const unknown = base({ level: 'MODERATE', schemes: [scheme('R01', 'UNKNOWN', ['household.incomeRatio'])] });
      const [asked] = outreachLeads(unknown);
      expect(asked).toMatchObject({ group: 1, eligibility: 'UNKNOWN' });
      expect(asked.reasons[0]).toMatchObject({
        ruleIds: ['OUT-G1-UNKNOWN', 'R01'],
        factsToAsk: ['household.incomeRatio'],
      });
    });

    it('UNKNOWN alone is a lead only for a household in hardship by its latest level (not WATCH, unassessed)', () => {
      const ask = [scheme('R01', 'UNKNOWN', ['household.incomeRatio'])];
      expect(groups(base({ level: 'WATCH', schemes: ask }))).toEqual([]);
      expect(groups(base({ level: null, schemes: ask }))).toEqual([]);
      expect(groups(base({ level: 'LOW', schemes: ask }))).toEqual([1]);
    });

    it('a household covered by basic-living assistance is looked for only under the basic schemes it lacks', () => {
      // DB held: R09 (medical, special) follows from it; R02 (特困, basic) is a lead. Not covered: R09 counts.
      const db = [{ category: 'DB', since: '2024-01-01', until: null }];
      const both = [scheme('R02', 'ELIGIBLE'), scheme('R09', 'ELIGIBLE')];
      expect(outreachLeads(base({ categories: db, schemes: both }))[0].reasons.map((r) => r.ruleIds[1])).toEqual([
        'R02',
      ]);
      expect(groups(base({ categories: db, schemes: [scheme('R09', 'ELIGIBLE')] }))).toEqual([]);
      const zx = [{ category: 'ZX_HOUSING', since: '2024-01-01', until: null }]; // special only: not covered
      expect(ruleIds(base({ categories: zx, schemes: [scheme('R09', 'ELIGIBLE')] }), 1)).toEqual(['OUT-G1-ELIGIBLE']);
    });

    it('INELIGIBLE verdicts raise nothing', () => {
      expect(groups(base({ level: 'HIGH', schemes: [scheme('R01', 'INELIGIBLE')] }))).toEqual([]);
    });
  });

  describe('group 2: refused or terminated within 24 months (POL-CIR-3, POL-CIR-5), still in hardship', () => {
    it('a refusal inside the rolling window with a hardship level is a lead; the window starts 24 months back', () => {
      // asOf 2026-06-15 → window from 2024-06-15 (POL-CIR-3), inclusive.
      const refused = (date: string, level: OutreachFacts['level'] = 'MODERATE') =>
        base({ level, assistanceEvents: [{ kind: 'APPLICATION_REFUSED', scheme: 'DB', date }] });
      expect(ruleIds(refused('2024-06-15'), 2)).toEqual(['OUT-G2-REFUSED']);
      expect(groups(refused('2024-06-14'))).toEqual([]); // aged out (POL-CIR-3)
      expect(groups(refused('2026-01-10', 'WATCH'))).toEqual([]); // no longer in hardship
      expect(groups(refused('2026-01-10', null))).toEqual([]); // never assessed: unknown, not raised
    });

    it('a termination event and a category that ended in the window both count (POL-CIR-5), once each', () => {
      const f = base({
        level: 'HIGH',
        assistanceEvents: [{ kind: 'ASSISTANCE_TERMINATED', scheme: 'DB', date: '2026-02-01' }],
        categories: [
          { category: 'DB', since: '2020-01-01', until: '2026-02-01' }, // the same termination: not twice
          { category: 'BY', since: '2021-01-01', until: '2025-03-01' },
        ],
      });
      const lead = outreachLeads(f).find((l) => l.group === 2)!;
      expect(lead.reasons.map((r) => r.evidence)).toEqual(['TERMINATED:DB:2026-02-01', 'TERMINATED:BY:2025-03-01']);
      expect(lead.reasons[0].ruleIds).toEqual(['OUT-G2-TERMINATED', 'POL-CIR-3', 'POL-CIR-5']);
    });

    it('temporary assistance received is not a refusal', () => {
      const f = base({
        level: 'HIGH',
        assistanceEvents: [{ kind: 'TEMPORARY_ASSISTANCE', scheme: 'TEMPORARY', date: '2026-05-01' }],
      });
      expect(groups(f)).toEqual([]);
    });
  });

  describe('group 3: covered, still MODERATE or HIGH, needs beyond basic living not met', () => {
    const covered = (level: OutreachFacts['level'], needs: OutreachFacts['needs']) =>
      base({ level, needs, categories: [{ category: 'DB', since: '2024-01-01', until: null }] });

    it('a DB household at HIGH with an open N12 is a lead; N01 (basic living) and closed needs do not count', () => {
      const f = covered('HIGH', [
        { code: 'N12', status: 'OPEN' },
        { code: 'N01', status: 'OPEN' },
        { code: 'N19', status: 'MET' },
      ]);
      const lead = outreachLeads(f).find((l) => l.group === 3)!;
      expect(lead.reasons[0]).toMatchObject({ ruleIds: ['OUT-G3-UNMET'], evidence: 'UNMET:HIGH:N12' });
      expect(groups(covered('HIGH', [{ code: 'N01', status: 'OPEN' }]))).toEqual([]);
      expect(groups(covered('MODERATE', [{ code: 'N19', status: 'NO_RESOURCE' }]))).toEqual([3]);
    });

    it('LOW, WATCH, or no category held: not group 3', () => {
      expect(groups(covered('LOW', [{ code: 'N12', status: 'OPEN' }]))).toEqual([]);
      expect(groups(base({ level: 'HIGH', needs: [{ code: 'N12', status: 'OPEN' }] }))).toEqual([]);
    });
  });

  describe('group 4: others needing attention', () => {
    it('a 低保-edge (BY) household living away from its registration (人户分离)', () => {
      const by = [{ category: 'BY', since: '2025-01-01', until: null }];
      expect(ruleIds(base({ categories: by, registeredElsewhere: true }), 4)).toEqual(['OUT-G4-EDGE-SEPARATED']);
      expect(groups(base({ categories: by, registeredElsewhere: null }))).toEqual([]); // unknown is not yes
    });

    it('residence-permit holders with no means of living: every income source recorded as 0', () => {
      const permit = [{ hukou: 'RESIDENCE_PERMIT', relation: 'HEAD', specialStatuses: [] }];
      expect(ruleIds(base({ members: permit, income: [0, 0, 0, 0, 0] }), 4)).toEqual(['OUT-G4-PERMIT-NO-INCOME']);
      expect(groups(base({ members: permit, income: [0, null, 0, 0, 0] }))).toEqual([]); // one source unknown
    });

    it('a member serving a sentence or in drug rehabilitation; community correction is not named', () => {
      const member = (s: string) => [{ hukou: 'LOCAL', relation: 'SPOUSE', specialStatuses: [s] }];
      expect(ruleIds(base({ members: member('SERVING_SENTENCE') }), 4)).toEqual(['OUT-G4-SENTENCE-OR-REHAB']);
      expect(ruleIds(base({ members: member('DRUG_REHABILITATION') }), 4)).toEqual(['OUT-G4-SENTENCE-OR-REHAB']);
      expect(groups(base({ members: member('COMMUNITY_CORRECTION') }))).toEqual([]);
    });

    it('a non-Shanghai-hukou spouse or child in a 低保 family', () => {
      const f = base({
        categories: [{ category: 'DB', since: '2025-01-01', until: null }],
        members: [
          { hukou: 'LOCAL', relation: 'HEAD', specialStatuses: [] },
          { hukou: 'OTHER', relation: 'SPOUSE', specialStatuses: [] },
        ],
      });
      expect(ruleIds(f, 4)).toEqual(['OUT-G4-NONLOCAL-DB-MEMBER']);
    });

    it('an emergency within the last 30 days (the crisis window); an older one is not', () => {
      const hit = (date: string) => base({ lifeEvents: [{ kind: 'FIRE_OR_DISASTER', date }] });
      expect(ruleIds(hit('2026-05-16'), 4)).toEqual(['OUT-G4-EMERGENCY']); // 30 days before 2026-06-15
      expect(groups(hit('2026-05-15'))).toEqual([]);
      expect(groups(base({ lifeEvents: [{ kind: 'DIVORCE', date: '2026-06-01' }] }))).toEqual([]);
    });
  });

  it('a household can be in several groups, each its own lead (POL-CIR-2: all matches kept)', () => {
    const f = base({
      level: 'HIGH',
      categories: [{ category: 'BY', since: '2025-01-01', until: null }],
      registeredElsewhere: true,
      needs: [{ code: 'N12', status: 'OPEN' }],
      schemes: [scheme('R01', 'ELIGIBLE')], // BY held: 低保 (basic) is still a lead
    });
    expect(groups(f)).toEqual([1, 3, 4]);
  });

  it('the facts key changes with the evidence and not with the order of reasons', () => {
    const a = outreachLeads(base({ schemes: [scheme('R01', 'ELIGIBLE'), scheme('R09', 'ELIGIBLE')] }))[0];
    const b = outreachLeads(base({ schemes: [scheme('R09', 'ELIGIBLE'), scheme('R01', 'ELIGIBLE')] }))[0];
    const c = outreachLeads(base({ schemes: [scheme('R01', 'ELIGIBLE')] }))[0];
    expect(leadFactsKey(a)).toBe(leadFactsKey(b));
    expect(leadFactsKey(a)).not.toBe(leadFactsKey(c));
  });
});
