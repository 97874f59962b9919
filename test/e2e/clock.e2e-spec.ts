// One injected clock (issue 12): every "today" a request sees — input dates judged "not in the
// future", the categories held today, a member's age — comes from the clock the service was built
// with, never from the system clock. Each test sets the clock and moves it.
import { CreateHouseholdDocument, HouseholdDocument } from '../__generated__/graphql';
import { freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('the request clock (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });

  it('judges "not in the future" against the clock, and lists every problem of the input at once', async () => {
    api.clock.set('2025-03-01');
    const input = householdInput({
      address: '时钟路1号',
      categories: [{ category: 'DB', since: '2025-03-02' }],
      economics: { incomeWages: -5 },
    });
    const refused = await admin().exec(CreateHouseholdDocument, { input: input as never });
    expect(refused.data?.createHousehold).toMatchObject({ __typename: 'InputValidationError' });
    const fields = (refused.data?.createHousehold as { fieldErrors: Array<{ field: string; reason: string }> })
      .fieldErrors;
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'input.categories.0.since', reason: 'DATE_IN_FUTURE' }),
        expect.objectContaining({ field: 'input.economics.incomeWages', reason: 'BELOW_MINIMUM' }),
      ]),
    );
    api.clock.advanceDays(1); // the same date is today now, so it is accepted
    const accepted = await admin().exec(CreateHouseholdDocument, {
      input: { ...input, economics: { incomeWages: 0 } } as never,
    });
    expect(accepted.data?.createHousehold.__typename).toBe('Household');
  });

  it("reads categories held today and members' ages on the clock's date (Asia/Shanghai)", async () => {
    api.clock.set('2026-05-31T15:59:00Z'); // 23:59 in Shanghai, 31 May
    const input = householdInput({
      address: '时钟路2号',
      categories: [{ category: 'DB', since: '2023-07-01', until: '2026-06-01' }],
      members: [{ name: '时钟甲', idNumber: freshIdNumber('1966-06-01'), relation: 'HEAD', hukou: 'LOCAL' }],
    });
    const created = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (created.data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(created.data));
    const id = created.data.createHousehold.id;
    const read = async () => (await admin().exec(HouseholdDocument, { id })).data!.household!;
    expect(await read()).toMatchObject({ currentCategories: ['DB'], members: [{ age: 59 }] });
    api.clock.advanceMinutes(1); // midnight in Shanghai: 1 June, the end date (the first day no longer held)
    expect(await read()).toMatchObject({ currentCategories: [], members: [{ age: 60 }] });
  });
});
