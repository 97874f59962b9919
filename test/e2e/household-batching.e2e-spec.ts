// No N+1: a page of households with members, streets, districts and categories costs the same
// number of SQL statements whether it holds 5 households or 50.
import { CreateHouseholdDocument, HouseholdsWithMembersDocument } from '../__generated__/graphql';
import { householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('household list batching (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });

  beforeAll(async () => {
    for (let i = 0; i < 50; i++) {
      const { data } = await admin().exec(CreateHouseholdDocument, {
        input: householdInput({ address: `批量路${i}号` }) as never,
      });
      expect(data?.createHousehold.__typename).toBe('Household');
    }
  });

  async function statementsFor(take: number) {
    api.queries.reset();
    const { data, errors } = await admin().exec(HouseholdsWithMembersDocument, { page: { skip: 0, take } });
    expect(errors).toBeUndefined();
    expect(data!.households.items).toHaveLength(take);
    expect(data!.households.items.every((h) => h.members.length === 2 && h.district.nameZh === '长宁区')).toBe(true);
    return api.queries.count;
  }

  it('costs the same number of statements for 5 and for 50 households', async () => {
    const five = await statementsFor(5);
    const fifty = await statementsFor(50);
    // count + page + members + street + district + categories
    expect(five).toBe(6);
    expect(fifty).toBe(five);
  });
});
