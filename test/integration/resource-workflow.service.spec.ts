// ResourceWorkflowService against a real database: the transition table (every action from every
// status), who may do what, notes, and the ResourceChange rows each change leaves.
import type { Viewer } from '../../src/common/viewer';
import { DomainError } from '../../src/common/domain-error';
import { InputValidationError, InvalidTransitionError, NotFoundError } from '../../src/graphql/errors';
import { Resource, ResourceChange } from '../../src/modules/catalogue/catalogue.entity';
import type { ResourceStatus } from '../../src/modules/catalogue/catalogue.enums';
import {
  CreateResourceInput,
  ResourceTransitionInput,
  UpdateCapacityInput,
  UpdateResourceInput,
} from '../../src/modules/catalogue/catalogue.inputs';
import { ResourceService } from '../../src/modules/catalogue/resource.service';
import { ResourceWorkflowService, TRANSITIONS } from '../../src/modules/catalogue/resource-workflow.service';
import { useTestDatabase } from '../support/test-database';

const OWN = 'P-CN-ZHBF';
const admin: Viewer = { id: 'admin-1', role: 'ADMIN', name: null, streetCodes: [], providerId: null };
const partner: Viewer = { id: 'partner-1', role: 'PARTNER', name: null, streetCodes: [], providerId: OWN };
const otherPartner: Viewer = { id: 'partner-2', role: 'PARTNER', name: null, streetCodes: [], providerId: 'P-CN-JTZC' };

const STATUSES: ResourceStatus[] = ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUSPENDED', 'RETIRED'];
type Action = keyof typeof TRANSITIONS;
const ACTIONS = Object.keys(TRANSITIONS) as Action[];

// The lifecycle as issue 5 states it, written out independently of the service's table.
const EXPECTED: Record<
  Action,
  { from: ResourceStatus[]; to: ResourceStatus; adminOnly: boolean; noteRequired: boolean }
> = {
  SUBMITTED: { from: ['DRAFT'], to: 'SUBMITTED', adminOnly: false, noteRequired: false },
  PUBLISHED: { from: ['SUBMITTED'], to: 'PUBLISHED', adminOnly: true, noteRequired: false },
  RETURNED: { from: ['SUBMITTED'], to: 'DRAFT', adminOnly: true, noteRequired: true },
  SUSPENDED: { from: ['PUBLISHED'], to: 'SUSPENDED', adminOnly: false, noteRequired: true },
  RESUMED: { from: ['SUSPENDED'], to: 'PUBLISHED', adminOnly: false, noteRequired: false },
  RETIRED: {
    from: ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUSPENDED'],
    to: 'RETIRED',
    adminOnly: false,
    noteRequired: true,
  },
};

const input = (overrides: Partial<CreateResourceInput> = {}) =>
  Object.assign(new CreateResourceInput(), {
    nameZh: '集成测试资源',
    nameEn: 'Integration test resource',
    form: 'SERVICE',
    needCodes: ['N08'],
    benefit: { sessions: 4, unit: 'PER_PERSON_YEAR' },
    eligibility: { fact: 'household.incomeRatio', op: 'lt', value: 2 },
    capacityKind: 'QUOTA',
    quota: 10,
    period: 'YEAR',
    geoScope: { level: 'DISTRICT', codes: ['310105'] },
    ...overrides,
  });
const move = (id: string, note?: string) => Object.assign(new ResourceTransitionInput(), { id, note });

describe('ResourceWorkflowService', () => {
  const t = useTestDatabase();
  const service = () => new ResourceWorkflowService(t.db, new ResourceService(t.db), t.clock);
  const changes = (resourceId: string) =>
    t.db.getRepository(ResourceChange).find({ where: { resourceId }, order: { resourceVersion: 'ASC', at: 'ASC' } });

  async function created(viewer: Viewer = partner, overrides: Partial<CreateResourceInput> = {}) {
    const r = await service().create(viewer, input(overrides));
    if (!(r instanceof Resource)) throw new Error(JSON.stringify(r));
    return r;
  }
  /** A partner's resource put straight into a status (the history has only CREATED). */
  async function inStatus(status: ResourceStatus) {
    const r = await created();
    await t.db.getRepository(Resource).update({ id: r.id }, { status });
    return t.db.getRepository(Resource).findOneByOrFail({ id: r.id });
  }

  it('has the documented transition table', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const action of ACTIONS) {
      const rule = TRANSITIONS[action];
      expect({
        from: [...rule.from].sort(),
        to: rule.to,
        adminOnly: !!rule.adminOnly,
        noteRequired: !!rule.noteRequired,
      }).toEqual({ ...EXPECTED[action], from: [...EXPECTED[action].from].sort() });
    }
  });

  describe.each(ACTIONS)('%s', (action) => {
    it.each(STATUSES)(`from %s: allowed exactly when the table says so, with one history row`, async (status) => {
      const r = await inStatus(status);
      const before = await changes(r.id);
      const result = await service().transition(admin, action, move(r.id, '理由'));
      const stored = await t.db.getRepository(Resource).findOneByOrFail({ id: r.id });
      const after = await changes(r.id);
      if (EXPECTED[action].from.includes(status)) {
        expect(result).toBeInstanceOf(Resource);
        expect(stored.status).toBe(EXPECTED[action].to);
        expect(stored.statusNote).toBe('理由');
        expect(stored.version).toBe(r.version + 1);
        expect(after).toHaveLength(before.length + 1);
        expect(after.at(-1)).toMatchObject({
          action,
          actorId: 'admin-1',
          actorRole: 'ADMIN',
          fromStatus: status,
          toStatus: EXPECTED[action].to,
          note: '理由',
          changes: {},
          resourceVersion: stored.version,
        });
      } else {
        expect(result).toBeInstanceOf(InvalidTransitionError);
        expect(result).toMatchObject({ errorCode: 'INVALID_TRANSITION', from: status, to: EXPECTED[action].to });
        expect(stored.status).toBe(status);
        expect(stored.version).toBe(r.version);
        expect(after).toEqual(before);
      }
    });
  });

  it.each(ACTIONS.filter((a) => EXPECTED[a].noteRequired))(
    '%s without a note → InputValidationError on input.note, nothing written',
    async (action) => {
      const r = await inStatus(EXPECTED[action].from[0]);
      for (const note of [undefined, '', '  ']) {
        const result = await service().transition(admin, action, move(r.id, note));
        expect(result).toBeInstanceOf(InputValidationError);
        expect((result as InputValidationError).fieldErrors).toEqual([
          expect.objectContaining({ field: 'input.note', reason: 'REQUIRED' }),
        ]);
      }
      expect((await t.db.getRepository(Resource).findOneByOrFail({ id: r.id })).status).toBe(EXPECTED[action].from[0]);
      expect(await changes(r.id)).toHaveLength(1);
    },
  );

  it.each(ACTIONS.filter((a) => EXPECTED[a].adminOnly))('%s by a PARTNER, even its own → FORBIDDEN', async (action) => {
    const r = await inStatus('SUBMITTED');
    await expect(service().transition(partner, action, move(r.id, 'x'))).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service().transition(partner, action, move(r.id, 'x'))).rejects.toBeInstanceOf(DomainError);
    expect(await changes(r.id)).toHaveLength(1);
  });

  it.each(ACTIONS.filter((a) => !EXPECTED[a].adminOnly))('%s by the owning PARTNER is allowed', async (action) => {
    const r = await inStatus(EXPECTED[action].from[0]);
    const result = await service().transition(partner, action, move(r.id, 'x'));
    expect(result).toMatchObject({ status: EXPECTED[action].to });
    expect((await changes(r.id)).at(-1)).toMatchObject({ action, actorRole: 'PARTNER', actorId: 'partner-1' });
  });

  it('another partner: NotFoundError for a draft, FORBIDDEN for a published resource', async () => {
    const draft = await inStatus('DRAFT');
    expect(await service().transition(otherPartner, 'SUBMITTED', move(draft.id))).toBeInstanceOf(NotFoundError);
    expect(
      await service().update(otherPartner, Object.assign(new UpdateResourceInput(), { id: draft.id, nameZh: 'x' })),
    ).toBeInstanceOf(NotFoundError);
    const published = await inStatus('PUBLISHED');
    await expect(service().transition(otherPartner, 'SUSPENDED', move(published.id, 'x'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      service().update(otherPartner, Object.assign(new UpdateResourceInput(), { id: published.id, nameZh: 'x' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await changes(draft.id)).toHaveLength(1);
    expect(await changes(published.id)).toHaveLength(1);
  });

  it('an unknown id → NotFoundError', async () => {
    expect(await service().transition(admin, 'SUBMITTED', move('00000000-0000-4000-8000-000000000000'))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await service().transition(admin, 'SUBMITTED', move('not-a-uuid'))).toBeInstanceOf(NotFoundError);
  });

  it("create: DRAFT for the partner's own provider, remaining = quota, one CREATED row", async () => {
    const r = await created();
    expect(r).toMatchObject({ status: 'DRAFT', providerId: OWN, quota: 10, remaining: 10, version: 1 });
    expect(await changes(r.id)).toEqual([
      expect.objectContaining({
        action: 'CREATED',
        actorId: 'partner-1',
        actorRole: 'PARTNER',
        fromStatus: null,
        toStatus: 'DRAFT',
        changes: {},
        note: null,
        resourceVersion: 1,
      }),
    ]);
  });

  it('create for another provider by a PARTNER → FORBIDDEN, nothing written', async () => {
    const before = await t.db.getRepository(Resource).count();
    await expect(service().create(partner, input({ providerId: 'P-CN-MZJ' }))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await t.db.getRepository(Resource).count()).toBe(before);
  });

  it('invalid create writes neither a resource nor a history row', async () => {
    const [resources, rows] = [
      await t.db.getRepository(Resource).count(),
      await t.db.getRepository(ResourceChange).count(),
    ];
    const result = await service().create(
      partner,
      input({ needCodes: ['N99'], eligibility: { fact: 'nope', op: 'eq', value: 1 } }),
    );
    expect(result).toBeInstanceOf(InputValidationError);
    const fields = (result as InputValidationError).fieldErrors.map((e) => e.field);
    expect(fields).toContain('input.needCodes.0');
    expect(fields.some((f) => f.startsWith('input.eligibility'))).toBe(true);
    expect(await t.db.getRepository(Resource).count()).toBe(resources);
    expect(await t.db.getRepository(ResourceChange).count()).toBe(rows);
  });

  it('update records only the fields that changed as { field: { from, to } }', async () => {
    const r = await created();
    const result = await service().update(
      partner,
      Object.assign(new UpdateResourceInput(), {
        id: r.id,
        nameZh: '新名',
        nameEn: 'Integration test resource',
        quota: 12,
      }),
    );
    expect(result).toMatchObject({ nameZh: '新名', quota: 12, version: 2 });
    const rows = await changes(r.id);
    expect(rows.map((c) => c.action)).toEqual(['CREATED', 'UPDATED']);
    expect(rows[1]).toMatchObject({
      fromStatus: null,
      toStatus: 'DRAFT',
      resourceVersion: 2,
      changes: { nameZh: { from: '集成测试资源', to: '新名' }, quota: { from: 10, to: 12 } },
    });
  });

  it('switching to ENTITLEMENT clears remaining (and the quota must go too)', async () => {
    const r = await created();
    const refused = await service().update(
      admin,
      Object.assign(new UpdateResourceInput(), { id: r.id, capacityKind: 'ENTITLEMENT' }),
    );
    expect(refused).toBeInstanceOf(InputValidationError);
    expect((refused as InputValidationError).fieldErrors).toEqual([
      expect.objectContaining({ field: 'input.quota', reason: 'NOT_ALLOWED' }),
    ]);
    const ok = await service().update(
      admin,
      Object.assign(new UpdateResourceInput(), { id: r.id, capacityKind: 'ENTITLEMENT', quota: null }),
    );
    expect(ok).toMatchObject({ capacityKind: 'ENTITLEMENT', quota: null, remaining: null });
    expect((await changes(r.id)).at(-1)!.changes).toEqual({
      capacityKind: { from: 'QUOTA', to: 'ENTITLEMENT' },
      quota: { from: 10, to: null },
      remaining: { from: 10, to: null },
    });
  });

  it('capacity: records remaining from → to; above the quota or on a retired resource is refused', async () => {
    const r = await inStatus('PUBLISHED');
    const ok = await service().updateCapacity(
      partner,
      Object.assign(new UpdateCapacityInput(), { id: r.id, remaining: 7 }),
    );
    expect(ok).toMatchObject({ remaining: 7 });
    expect((await changes(r.id)).at(-1)).toMatchObject({
      action: 'CAPACITY_UPDATED',
      fromStatus: null,
      toStatus: 'PUBLISHED',
      changes: { remaining: { from: 10, to: 7 } },
    });
    const above = await service().updateCapacity(
      partner,
      Object.assign(new UpdateCapacityInput(), { id: r.id, remaining: 11 }),
    );
    expect(above).toBeInstanceOf(InputValidationError);
    await t.db.getRepository(Resource).update({ id: r.id }, { status: 'RETIRED' });
    expect(
      await service().updateCapacity(partner, Object.assign(new UpdateCapacityInput(), { id: r.id, remaining: 1 })),
    ).toBeInstanceOf(InvalidTransitionError);
    expect((await t.db.getRepository(Resource).findOneByOrFail({ id: r.id })).remaining).toBe(7);
  });

  it('a partner edits drafts only; ADMIN edits anything not retired', async () => {
    for (const status of ['SUBMITTED', 'PUBLISHED', 'SUSPENDED', 'RETIRED'] as const) {
      const r = await inStatus(status);
      const byPartner = await service().update(
        partner,
        Object.assign(new UpdateResourceInput(), { id: r.id, nameZh: 'x' }),
      );
      expect(byPartner).toBeInstanceOf(InvalidTransitionError);
      const byAdmin = await service().update(
        admin,
        Object.assign(new UpdateResourceInput(), { id: r.id, nameZh: 'y' }),
      );
      if (status === 'RETIRED') expect(byAdmin).toBeInstanceOf(InvalidTransitionError);
      else expect(byAdmin).toMatchObject({ nameZh: 'y', status });
    }
  });

  it('a full run leaves one row per step, versions increasing', async () => {
    const r = await created();
    const s = service();
    await s.transition(partner, 'SUBMITTED', move(r.id));
    await s.transition(admin, 'RETURNED', move(r.id, '缺材料'));
    await s.update(partner, Object.assign(new UpdateResourceInput(), { id: r.id, policyBasis: '某文号' }));
    await s.transition(partner, 'SUBMITTED', move(r.id));
    await s.transition(admin, 'PUBLISHED', move(r.id, '通过'));
    await s.transition(partner, 'SUSPENDED', move(r.id, '暂停'));
    await s.transition(partner, 'RESUMED', move(r.id));
    await s.transition(partner, 'RETIRED', move(r.id, '结束'));
    const rows = await changes(r.id);
    expect(rows.map((c) => [c.action, c.actorRole, c.fromStatus, c.toStatus, c.resourceVersion])).toEqual([
      ['CREATED', 'PARTNER', null, 'DRAFT', 1],
      ['SUBMITTED', 'PARTNER', 'DRAFT', 'SUBMITTED', 2],
      ['RETURNED', 'ADMIN', 'SUBMITTED', 'DRAFT', 3],
      ['UPDATED', 'PARTNER', null, 'DRAFT', 4],
      ['SUBMITTED', 'PARTNER', 'DRAFT', 'SUBMITTED', 5],
      ['PUBLISHED', 'ADMIN', 'SUBMITTED', 'PUBLISHED', 6],
      ['SUSPENDED', 'PARTNER', 'PUBLISHED', 'SUSPENDED', 7],
      ['RESUMED', 'PARTNER', 'SUSPENDED', 'PUBLISHED', 8],
      ['RETIRED', 'PARTNER', 'PUBLISHED', 'RETIRED', 9],
    ]);
    expect(rows[3].changes).toEqual({ policyBasis: { from: null, to: '某文号' } });
  });
});
