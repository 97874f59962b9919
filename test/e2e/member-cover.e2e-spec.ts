// Insurance cover and union membership through GraphQL (issue 11, registry facts): set on create and
// update, read back, unknown stays null, bad values are rejected naming the field and change
// nothing, and an eligibility result follows them — R26 困难职工帮扶 is for a poor worker who is a
// union member (CATALOGUE.md R26); R14 长期护理保险 needs the elder to be insured (CATALOGUE.md R14).
import {
  CatalogueCheckEligibilityDocument,
  CatalogueResourcesDocument,
  CreateHouseholdDocument,
  HouseholdDocument,
  UpdateMemberDocument,
} from '../__generated__/graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('member insurance cover and union membership (参保与工会会员)', () => {
  const api = useTestApi();
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });
  const admin = () => api.as({ role: 'ADMIN' });

  async function resourceId(code: string) {
    const { data } = await admin().exec(CatalogueResourcesDocument, { filter: {}, page: { skip: 0, take: 100 } });
    return data!.resources.items.find((r) => r.code === code)!.id;
  }
  async function check(householdId: string, code: string) {
    const { data, errors } = await adviser().exec(CatalogueCheckEligibilityDocument, {
      householdId,
      resourceId: await resourceId(code),
    });
    expect(errors).toBeUndefined();
    const c = data!.checkEligibility;
    if (c.__typename !== 'EligibilityCheck') throw new Error(JSON.stringify(c));
    return c.result;
  }

  // One employed worker on 2,000 yuan a month, no category: per-capita income under the 低保-edge
  // line (2 × any standard in the table from 2012 on, POLICY.md §3.4), so R26 turns on membership.
  async function worker(extra: Record<string, unknown> = {}) {
    const { data } = await adviser().exec(CreateHouseholdDocument, {
      input: householdInput({
        categories: [],
        economics: {
          incomeWages: 2000,
          incomePensions: 0,
          incomeBenefits: 0,
          incomeMaintenance: 0,
          incomeOther: 0,
          liquidAssets: 1000,
        },
        members: [
          {
            name: '职工甲',
            idNumber: freshIdNumber('1980-01-01'),
            relation: 'HEAD',
            hukou: 'LOCAL',
            employmentStatus: 'EMPLOYED_FORMAL',
            ...extra,
          },
        ],
      }) as never,
    });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    return data.createHousehold;
  }

  it('unknown by default; set on update, read back; R26 goes UNKNOWN → ELIGIBLE → INELIGIBLE', async () => {
    const h = await worker();
    const m = h.members[0];
    expect(m).toMatchObject({
      socialInsured: null,
      medicalInsured: null,
      unemploymentInsured: null,
      unionMember: null,
    });
    expect(await check(h.id, 'R26')).toBe('UNKNOWN');

    const set = await adviser().exec(UpdateMemberDocument, {
      input: { id: m.id, unionMember: true, socialInsured: true, medicalInsured: true, unemploymentInsured: false },
    });
    expect(set.data!.updateMember).toMatchObject({
      __typename: 'Member',
      unionMember: true,
      socialInsured: true,
      medicalInsured: true,
      unemploymentInsured: false,
    });
    const read = await adviser().exec(HouseholdDocument, { id: h.id });
    expect(read.data!.household!.members[0]).toMatchObject({ unionMember: true, unemploymentInsured: false });
    expect(await check(h.id, 'R26')).toBe('ELIGIBLE');

    await adviser().exec(UpdateMemberDocument, { input: { id: m.id, unionMember: false } });
    expect(await check(h.id, 'R26')).toBe('INELIGIBLE');
    await adviser().exec(UpdateMemberDocument, { input: { id: m.id, unionMember: null } });
    expect(await check(h.id, 'R26')).toBe('UNKNOWN');
  });

  it('set on create: an insured elder with care grade 3 gets R14, an uninsured one does not', async () => {
    const elder = (medicalInsured: boolean) =>
      worker({
        idNumber: freshIdNumber('1950-01-01'),
        employmentStatus: 'RETIRED',
        careNeedsGrade: 3,
        medicalInsured,
      });
    const insured = await elder(true);
    expect(insured.members[0].medicalInsured).toBe(true);
    expect(await check(insured.id, 'R14')).toBe('ELIGIBLE');
    expect(await check((await elder(false)).id, 'R14')).toBe('INELIGIBLE');
  });

  it('a bad value is a structured error naming the field, and changes nothing', async () => {
    const h = await worker({ unionMember: true });
    const { errors, data } = await adviser().exec(UpdateMemberDocument, {
      input: { id: h.members[0].id, unionMember: 'yes' } as never,
    });
    expect(data ?? null).toBeNull();
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0].message).toContain('unionMember');
    const read = await adviser().exec(HouseholdDocument, { id: h.id });
    expect(read.data!.household!.members[0].unionMember).toBe(true);
  });
});
