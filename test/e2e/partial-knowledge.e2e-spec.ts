// Issue 12 "Done when", tried as a new user would: a household entered with one member's facts left
// unknown still shows the needs its known facts raise, plus the possible ones with the questions to
// ask; a child in plight is recognised from each parent's situation before the 困境儿童 category is
// recorded; R06 and R27 say the same. Expected values are derived in the comments from the documents.
import {
  AddMemberDocument,
  AssessHouseholdDocument,
  CatalogueCheckEligibilityDocument,
  CatalogueResourcesDocument,
  CreateHouseholdDocument,
  HouseholdDocument,
} from '../__generated__/graphql';
import { freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('partial knowledge and children in plight over HTTP (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  async function create(overrides: Record<string, unknown>) {
    const input = householdInput({ address: `部分已知路${Math.random()}`, ...overrides });
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return data.createHousehold.id;
  }
  async function assess(id: string) {
    const { data } = await admin().exec(AssessHouseholdDocument, { householdId: id });
    if (data?.assessHousehold.__typename !== 'Assessment') throw new Error(JSON.stringify(data));
    return data.assessHousehold.profile;
  }
  // Wages of 4 × the standard (1,510 in force, POLICY.md §3.3) per head: nobody is low-income (§3.4).
  const comfortable = {
    incomeWages: 12080,
    incomePensions: 0,
    incomeBenefits: 0,
    incomeMaintenance: 0,
    incomeOther: 0,
  };

  it('a cancer patient, the main earner’s illness unrecorded: N02 is raised, the questions are listed', async () => {
    // INDICATOR-MODEL.md §4 H1: one member seriously ill = 2 → NEEDS.md N02 (H1 ≥ 2), whatever the
    // head's record says; the head could make it 4 (both ill, one the earner).
    const id = await create({
      economics: comfortable,
      members: [
        { name: '部分甲', idNumber: freshIdNumber(), relation: 'HEAD', hukou: 'LOCAL', isMainEarner: true },
        { name: '部分乙', idNumber: freshIdNumber(), relation: 'SPOUSE', hukou: 'LOCAL', seriousIllness: true },
      ],
    });
    const p = await assess(id);
    expect(p.indicators.find((i) => i.code === 'H1')).toMatchObject({
      score: null,
      missing: true,
      scoreMin: 2,
      scoreMax: 4,
      factsToAsk: expect.arrayContaining(['members[0].seriousIllness']),
    });
    expect(p.needs.map((n) => n.code)).toContain('N02');
    expect(p.composite).toBeGreaterThan(0);
    expect(p.possibleNeeds!.length).toBeGreaterThan(0);
    expect(p.possibleNeeds!.every((n) => n.factsToAsk.length + n.conditions.length > 0)).toBe(true);
    expect(p.completeness.byDimension).toHaveLength(8);
    expect(p.range!.compositeMax).toBeGreaterThanOrEqual(p.composite);
  });

  it('a father in prison makes a child in plight before 困境儿童 is recorded: N17, N16, N26 and R06, R27', async () => {
    // POLICY.md §3.2: a guardian serving a sentence. C4 anchor "a parent serving a sentence" = 3 →
    // N16 (C4 ≥ 2), N26 (C4 ≥ 3); an unsafe room (U5 = 4) → N17 (U5 ≥ 3 and child in plight).
    const id = await create({
      economics: comfortable,
      categories: [],
      housing: { floor: 2, hasElevator: false, tenure: 'OWNED', livingAreaSqm: 40, studySpace: 'UNSAFE' },
      members: [{ name: '部分丙', idNumber: freshIdNumber('1988-03-01'), relation: 'HEAD', hukou: 'LOCAL' }],
    });
    const added = await admin().exec(AddMemberDocument, {
      input: {
        householdId: id,
        member: {
          name: '部分丁',
          idNumber: freshIdNumber('2016-05-01'),
          relation: 'CHILD',
          hukou: 'LOCAL',
          studentStage: 'PRIMARY',
          fatherSituation: 'IMPRISONED',
          motherSituation: 'CARING',
        },
      },
    });
    expect(added.data?.addMember).toMatchObject({ fatherSituation: 'IMPRISONED', motherSituation: 'CARING' });
    const household = (await admin().exec(HouseholdDocument, { id })).data!.household!;
    expect(household.currentCategories).toEqual([]);
    const p = await assess(id);
    expect(p.indicators.find((i) => i.code === 'C4')).toMatchObject({ score: 3, missing: false });
    expect(p.needs.map((n) => n.code)).toEqual(expect.arrayContaining(['N16', 'N17', 'N26']));
    const resources = (await admin().exec(CatalogueResourcesDocument, { page: { skip: 0, take: 100 } })).data!.resources
      .items;
    for (const code of ['R06', 'R27']) {
      const resourceId = resources.find((r) => r.code === code)!.id;
      const check = await admin().exec(CatalogueCheckEligibilityDocument, { householdId: id, resourceId });
      expect(check.data?.checkEligibility).toMatchObject({ result: 'ELIGIBLE' });
    }
  });
});
