// Issue 11 (plan items per resource) migration on data that existed before it: one plan with two
// items for one resource (two needs), each with a referral that took a place and has its history,
// becomes one item listing both needs and one referral — the most advanced one — holding the whole
// history, one place, and a row recording the merge; the place taken twice goes back. Nothing else
// in the plan changes but positions, and down() drops the columns.
import { randomUUID } from 'node:crypto';
import { MIGRATIONS } from '../../src/db/entities';
import { CHANGNING } from '../support/factories';
import { useTestDatabase } from '../support/test-database';

const LATER = MIGRATIONS.filter((m) => Number(/\d{13}/.exec(m.name)![0]) >= 1769000000000).length;

describe('issue 11 items-per-resource migration on existing data', () => {
  const t = useTestDatabase();
  const q = (sql: string, params: unknown[] = []) => t.db.query(sql, params);
  const one = async <T = Record<string, unknown>>(sql: string, params: unknown[] = []) =>
    (await q(sql, params))[0] as T;
  const columns = async (table: string) =>
    (
      await q(
        `SELECT column_name FROM information_schema.columns WHERE table_name = $1 AND column_name LIKE 'need_%'`,
        [table],
      )
    )
      .map((r: { column_name: string }) => r.column_name)
      .sort();

  async function oldShapePlan() {
    const resourceId = randomUUID();
    const otherId = randomUUID();
    for (const [id, code] of [
      [resourceId, 'R-MIG-A'],
      [otherId, 'R-MIG-B'],
    ])
      await q(
        `INSERT INTO resource (id, code, provider_id, name_zh, name_en, form, need_codes, eligibility, benefit,
          capacity_kind, quota, remaining, geo_scope, status, version)
         VALUES ($1, $2, 'P-CN-SQJJH', '迁移资源', 'Migration resource', 'SERVICE', '{N07,N09}',
           '{"fact":"household.memberCount","op":"gte","value":1}',
         '{}', 'QUOTA', 10, 8, '{"level":"CITY","codes":[]}', 'PUBLISHED', 1)`,
        [id, code],
      );
    const { id: householdId } = await one<{ id: string }>(
      `INSERT INTO household (street_code, address, version) VALUES ($1, '迁移测试路11号', 1) RETURNING id`,
      [CHANGNING.huayang],
    );
    const need = async (code: string, urgency: string, status: string) =>
      (
        await one<{ id: string }>(
          `INSERT INTO need (household_id, code, status, source, urgency) VALUES ($1, $2, $3, 'VISIT', $4)
            RETURNING id`,
          [householdId, code, status, urgency],
        )
      ).id;
    const needA = await need('N07', 'EMERGENCY', 'REFERRED');
    const needB = await need('N09', 'ORDINARY', 'IN_PROGRESS');
    const needC = await need('N10', 'ORDINARY', 'REFERRED');
    const { id: planId } = await one<{ id: string }>(
      `INSERT INTO plan (household_id, version, status, catalogue_state, generated_by)
        VALUES ($1, 1, 'APPROVED', '[]', 'test') RETURNING id`,
      [householdId],
    );
    const reason = (criterion: string, value: string) => ({ criterion, value, zh: value, en: value });
    const alt = (resourceCode: string, needCode: string) => ({ resourceId: resourceCode, resourceCode, needCode });
    const item = async (
      position: number,
      needId: string,
      needCode: string,
      resource: string,
      extra: { rationale: unknown[]; alternatives: unknown[]; removed?: boolean },
    ) =>
      (
        await one<{ id: string }>(
          `INSERT INTO plan_item (plan_id, position, kind, source, need_id, need_code, resource_id, resource_code,
            tier, eligibility_result,
             expected_benefit, added_by, rationale, alternatives, removed_at, removed_by, removed_reason)
           VALUES ($1, $2, 'REFERRAL', 'PLANNER', $3, $4, $5, 'R-MIG', 'CHARITY_COMMUNITY', 'ELIGIBLE',
             '{"zh":"探访","en":"visits"}', 'test',
             $6::jsonb, $7::jsonb, $8, $9, $10) RETURNING id`,
          [
            planId,
            position,
            needId,
            needCode,
            resource,
            JSON.stringify(extra.rationale),
            JSON.stringify(extra.alternatives),
            extra.removed ? new Date('2026-01-02T00:00:00Z') : null,
            extra.removed ? 'adviser-1' : null,
            extra.removed ? 'not wanted' : null,
          ],
        )
      ).id;
    // Position 1 was removed from the draft (kept for the record, not merged); 2 and 4 share a resource.
    const removed = await item(1, needC, 'N10', resourceId, { rationale: [], alternatives: [], removed: true });
    const first = await item(2, needA, 'N07', resourceId, {
      rationale: [reason('TIER', 'first'), reason('LOCALITY', 'same street')],
      alternatives: [alt('R-X', 'N07'), alt('R-Y', 'N07')],
    });
    const other = await item(3, needC, 'N10', otherId, { rationale: [reason('TIER', 'other')], alternatives: [] });
    const second = await item(4, needB, 'N09', resourceId, {
      rationale: [reason('LOCALITY', 'same street'), reason('TIER', 'second')],
      alternatives: [alt('R-X', 'N09'), alt('R-Y', 'N07')],
    });
    const referral = async (
      itemId: string,
      needId: string,
      needCode: string,
      urgency: string,
      status: string,
      at: string,
    ) =>
      (
        await one<{ id: string }>(
          `INSERT INTO referral (plan_id, plan_item_id, household_id, street_code, need_id, need_code, urgency,
            resource_id, provider_id,
             status, place_taken, issued_by, issued_at, answer_due_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'P-CN-SQJJH', $9, true, 'test', $10,
             $10::timestamptz + interval '1 day') RETURNING id`,
          [planId, itemId, householdId, CHANGNING.huayang, needId, needCode, urgency, resourceId, status, at],
        )
      ).id;
    const accepted = await referral(first, needA, 'N07', 'EMERGENCY', 'ACCEPTED', '2026-01-05T02:00:00Z');
    const started = await referral(second, needB, 'N09', 'ORDINARY', 'IN_PROGRESS', '2026-01-05T03:00:00Z');
    const history = async (referralId: string, steps: Array<[string | null, string]>) => {
      for (const [i, [from, to]] of steps.entries())
        await q(
          `INSERT INTO referral_change (referral_id, from_status, to_status, reason, actor_id, actor_role, at)
           VALUES ($1, $2, $3, 'step', 'someone', 'PARTNER', $4)`,
          [referralId, from, to, new Date(Date.UTC(2026, 0, 6, i))],
        );
    };
    await history(accepted, [
      [null, 'PENDING'],
      ['PENDING', 'ACCEPTED'],
    ]);
    await history(started, [
      [null, 'PENDING'],
      ['PENDING', 'ACCEPTED'],
      ['ACCEPTED', 'IN_PROGRESS'],
    ]);
    return { resourceId, planId, needA, needB, removed, first, other, second, accepted, started };
  }

  it('merges the items and referrals of one resource into one, keeps the history, returns the place', async () => {
    for (let i = 0; i < LATER; i++) await t.db.undoLastMigration();
    expect(await columns('plan_item')).toEqual(['need_code', 'need_id']);
    const p = await oldShapePlan();

    await t.db.runMigrations();
    expect(await t.db.showMigrations()).toBe(false);

    const items = await q(
      `SELECT id, position, need_ids, need_codes, need_id, need_code, rationale, alternatives,
        removed_at IS NOT NULL AS removed
       FROM plan_item WHERE plan_id = $1 ORDER BY position`,
      [p.planId],
    );
    expect(items.map((i: { id: string; position: number }) => [i.id, i.position])).toEqual([
      [p.removed, 1],
      [p.first, 2],
      [p.other, 3],
    ]);
    const [removed, merged, other] = items;
    expect(removed).toMatchObject({ need_codes: ['N10'], removed: true }); // a removed item is history: untouched
    expect(merged).toMatchObject({
      need_ids: [p.needA, p.needB],
      need_codes: ['N07', 'N09'],
      need_id: p.needA,
      need_code: 'N07',
    });
    expect(merged.rationale.map((r: { value: string }) => r.value)).toEqual(['first', 'same street', 'second']);
    expect(
      merged.alternatives.map((a: { resourceCode: string; needCode: string }) => `${a.resourceCode}/${a.needCode}`),
    ).toEqual(['R-X/N07', 'R-Y/N07', 'R-X/N09']);
    expect(other).toMatchObject({ need_codes: ['N10'], rationale: [expect.objectContaining({ value: 'other' })] });

    // One referral: the IN_PROGRESS one (more advanced than ACCEPTED), on the surviving item, listing both needs.
    const referrals = await q(
      `SELECT id, plan_item_id, status, need_ids, need_codes, need_id, urgency, place_taken FROM referral
        WHERE plan_id = $1`,
      [p.planId],
    );
    expect(referrals).toEqual([
      {
        id: p.started,
        plan_item_id: p.first,
        status: 'IN_PROGRESS',
        need_ids: [p.needA, p.needB],
        need_codes: ['N07', 'N09'],
        need_id: p.needA,
        urgency: 'EMERGENCY',
        place_taken: true,
      },
    ]);
    const history = await q(
      `SELECT from_status, to_status, reason, actor_id, actor_role FROM referral_change WHERE referral_id = $1
        ORDER BY at, to_status`,
      [p.started],
    );
    expect(history).toHaveLength(6); // 2 + 3 moved or kept, and the merge
    expect(history.filter((h: { actor_id: string }) => h.actor_id === 'someone')).toHaveLength(5);
    const merge = history.find((h: { actor_id: string }) => h.actor_id === 'migration:1769000000000');
    expect(merge).toMatchObject({ from_status: 'IN_PROGRESS', to_status: 'IN_PROGRESS', actor_role: 'SYSTEM' });
    expect(merge.reason).toContain(`${p.accepted} (ACCEPTED, place taken)`);
    expect(merge.reason).toContain(`kept ${p.started}, merged ${p.accepted} (ACCEPTED, place taken)`);
    expect(await one(`SELECT count(*)::int AS n FROM referral_change WHERE referral_id = $1`, [p.accepted])).toEqual({
      n: 0,
    });
    // Two places were taken for one household and one resource: one goes back (8 → 9).
    expect(await one(`SELECT remaining FROM resource WHERE id = $1`, [p.resourceId])).toEqual({ remaining: 9 });
    // Needs keep their status and history.
    expect(
      (await q(`SELECT id, status FROM need WHERE id IN ($1, $2) ORDER BY code`, [p.needA, p.needB])).map(
        (n: { status: string }) => n.status,
      ),
    ).toEqual(['REFERRED', 'IN_PROGRESS']);

    // One item per resource from now on.
    await expect(
      q(
        `INSERT INTO plan_item (plan_id, position, kind, source, need_id, need_code, need_ids, need_codes,
          resource_id, resource_code, tier,
           eligibility_result, expected_benefit, added_by)
         VALUES ($1, 9, 'REFERRAL', 'ADVISER', $2, 'N07', ARRAY[$2::uuid], '{N07}', $3, 'R-MIG',
           'CHARITY_COMMUNITY', 'ELIGIBLE', '{}', 'test')`,
        [p.planId, p.needA, p.resourceId],
      ),
    ).rejects.toThrow(/IDX_plan_item_plan_resource/);

    for (let i = 0; i < LATER; i++) await t.db.undoLastMigration();
    expect(await columns('plan_item')).toEqual(['need_code', 'need_id']);
    expect(await columns('referral')).toEqual(['need_code', 'need_id']);
    await t.db.runMigrations();
    expect(await one(`SELECT need_ids FROM referral WHERE id = $1`, [p.started])).toEqual({ need_ids: [p.needA] });
  });
});
