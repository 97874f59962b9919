// generatePlan reads each thing it needs once (issue 11: p95 ≤ 50 ms over HTTP is mostly round
// trips): no SELECT is issued twice in one call, and the new draft's items are answered from what
// was written, not read back. The README's household (a 低保 elder living alone) is planned.
import { AssessHouseholdDocument, CreateHouseholdDocument, GeneratePlanDocument } from '../__generated__/graphql';
import { CHANGNING, elderAloneInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('generatePlan statements (e2e)', () => {
  const api = useTestApi();
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });

  it('issues no SELECT twice and does not read back the items it wrote', async () => {
    const created = await adviser().exec(CreateHouseholdDocument, { input: elderAloneInput() as never });
    const id = (created.data!.createHousehold as { id: string }).id;
    await adviser().exec(AssessHouseholdDocument, { householdId: id });
    for (const round of [1, 2]) {
      // Round 2 re-plans: the previous draft is read (to diff) and superseded.
      api.queries.reset();
      const { data, errors } = await adviser().exec(GeneratePlanDocument, { householdId: id });
      expect(errors).toBeUndefined();
      const plan = data!.generatePlan as { __typename: string; version: number; items: unknown[] };
      expect(plan.__typename).toBe('Plan');
      expect(plan.version).toBe(round);
      expect(plan.items.length).toBeGreaterThan(0);
      const selects = api.queries.statements.filter((s) => /^SELECT/.test(s)).map((s) => s.replace(/\$\d+/g, '?'));
      const repeated = selects.filter((s, i) => selects.indexOf(s) !== i);
      expect(repeated).toEqual([]);
      // The items of the new version are not selected again after they are inserted.
      const insertAt = api.queries.statements.findIndex((s) => /^INSERT INTO "plan_item"/.test(s));
      expect(insertAt).toBeGreaterThan(0);
      expect(api.queries.statements.slice(insertAt).some((s) => /FROM "plan_item"/.test(s))).toBe(false);
    }
  });
});
