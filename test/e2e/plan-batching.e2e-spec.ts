// Plans with items, resources and referrals for a page of households cost a constant number of
// SQL statements (per-request DataLoaders), whatever the number of households.
import {
  ApprovePlanDocument,
  AssessHouseholdDocument,
  CreateHouseholdDocument,
  GeneratePlanDocument,
  HouseholdsPlansNestedDocument,
} from '../__generated__/graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('plan reads batch (e2e)', () => {
  const api = useTestApi();
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.jiangsu] });
  // Four eyes (policy/four-eyes.ts): the street office's SUPERVISOR approves what the adviser drafted.
  const supervisor = () => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.jiangsu], sub: 'test-supervisor' });

  async function plannedHousehold(i: number) {
    const input = householdInput({
      streetCode: CHANGNING.jiangsu,
      address: `批量方案路${i}号`,
      consents: { charityReferral: true, charityReferralDate: '2026-01-05' },
      members: [
        {
          name: `批量${i}`,
          idNumber: freshIdNumber('1941-03-03'),
          relation: 'HEAD',
          hukou: 'LOCAL',
          careNeedsGrade: 4,
          mobilityImpaired: true,
        },
      ],
    });
    const { data } = await adviser().exec(CreateHouseholdDocument, { input: input as never });
    const id = (data!.createHousehold as { id: string }).id;
    await adviser().exec(AssessHouseholdDocument, { householdId: id });
    const plan = (await adviser().exec(GeneratePlanDocument, { householdId: id })).data!.generatePlan as { id: string };
    const approved = await supervisor().exec(ApprovePlanDocument, { planId: plan.id });
    if (approved.data?.approvePlan.__typename !== 'Plan') throw new Error(JSON.stringify(approved));
  }

  async function statementsFor(households: number) {
    api.queries.reset();
    const { data, errors } = await adviser().exec(HouseholdsPlansNestedDocument, {
      filter: { streetCode: CHANGNING.jiangsu },
      page: { take: households },
    });
    expect(errors).toBeUndefined();
    expect(data!.households.items).toHaveLength(households);
    expect(
      data!.households.items.every(
        (h) => h.plan!.items.length > 0 && h.plan!.referrals.length === h.plan!.items.length,
      ),
    ).toBe(true);
    return api.queries.count;
  }

  it('costs the same number of statements for 2 and for 8 households', async () => {
    for (let i = 0; i < 8; i++) await plannedHousehold(i);
    const few = await statementsFor(2);
    const fewStatements = [...api.queries.statements];
    const many = await statementsFor(8);
    if (many !== few) console.log(fewStatements.join('\n---\n'), '\n=====\n', api.queries.statements.join('\n---\n'));
    expect(many).toBe(few);
    expect(few).toBeLessThanOrEqual(12);
    console.log(`nested plan query: ${few} statements for 2 households, ${many} for 8`);
  });
});
