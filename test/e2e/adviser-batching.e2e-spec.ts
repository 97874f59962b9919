// No N+1: advisers with their households and due visits cost the same number of SQL statements
// for 3 advisers as for 12.
import {
  AdvisersWithWorkDocument,
  AssessHouseholdDocument,
  AssignAdviserDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
} from '../__generated__/graphql';
import { CHANGNING, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('adviser batching (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });

  beforeAll(async () => {
    for (let i = 0; i < 12; i++) {
      const { data } = await admin().exec(CreateAdviserDocument, {
        input: {
          name: `批量顾问${String(i).padStart(2, '0')}`,
          streetCode: CHANGNING.xinjing,
          roleType: 'VOLUNTEER',
          caseloadMax: 5,
        },
      });
      const adviserId = (data?.createAdviser as { id: string }).id;
      for (let j = 0; j < 2; j++) {
        const created = await admin().exec(CreateHouseholdDocument, {
          input: householdInput({ streetCode: CHANGNING.xinjing, address: `批量${i}-${j}` }) as never,
        });
        const householdId = (created.data?.createHousehold as { id: string }).id;
        await admin().exec(AssessHouseholdDocument, { householdId });
        await admin().exec(AssignAdviserDocument, { input: { householdId, adviserId } });
      }
    }
  }, 120_000);

  async function statementsFor(take: number) {
    api.queries.reset();
    const { data, errors } = await admin().exec(AdvisersWithWorkDocument, {
      until: api.clock.today(),
      page: { skip: 0, take },
    });
    expect(errors).toBeUndefined();
    expect(data!.advisers.items).toHaveLength(take);
    expect(
      data!.advisers.items.every(
        (a) =>
          a.caseload === 2 && a.households.length === 2 && a.dueVisits.length === 2 && a.dueVisits[0].household?.id,
      ),
    ).toBe(true);
    return api.queries.count;
  }

  it('costs the same number of statements for 3 and for 12 advisers', async () => {
    const three = await statementsFor(3);
    const twelve = await statementsFor(12);
    // count + page + current assignments + households + due visits
    expect(three).toBe(5);
    expect(twelve).toBe(three);
  });
});
