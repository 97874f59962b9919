// The resource catalogue over HTTP: the seeded list and its filters, reference data, the partner
// registration workflow with its history, invalid transitions, bad input, and eligibility checks.
import {
  CatalogueCheckEligibilityDocument,
  CatalogueCreateResourceDocument,
  CatalogueDibaoStandardsDocument,
  CatalogueNeedCodesDocument,
  CatalogueProvidersDocument,
  CataloguePublishResourceDocument,
  CatalogueResourceDocument,
  CatalogueResourceHistoryDocument,
  CatalogueResourcesDocument,
  CatalogueResumeResourceDocument,
  CatalogueRetireResourceDocument,
  CatalogueReturnResourceDocument,
  CatalogueSubmitResourceDocument,
  CatalogueSuspendResourceDocument,
  CatalogueUpdateResourceCapacityDocument,
  CatalogueUpdateResourceDocument,
  CreateHouseholdDocument,
  CreateResourceInput,
  ResourceFilter,
} from '../__generated__/graphql';
import seed from '../../seeds/data/catalogue.json';
import { CHANGNING, freshIdNumber, householdInput, XUHUI_STREET } from '../support/factories';
import { useTestApi } from '../support/test-api';

const OWN_PROVIDER = 'P-CN-ZHBF';

export function resourceInput(overrides: Partial<CreateResourceInput> = {}): CreateResourceInput {
  return {
    nameZh: '测试助餐服务',
    nameEn: 'Test meal service',
    descriptionZh: '为困难老人提供助餐',
    descriptionEn: 'Meals for elders in hardship',
    form: 'SERVICE',
    benefit: { sessions: 12, unit: 'PER_PERSON_YEAR', descriptionZh: '每年12次助餐' },
    needCodes: ['N08'],
    eligibility: { fact: 'household.incomeRatio', op: 'lt', value: 2 },
    capacityKind: 'QUOTA',
    quota: 10,
    period: 'YEAR',
    geoScope: { level: 'DISTRICT', codes: ['310105'] },
    validFrom: '2026-01-01',
    ...overrides,
  };
}

describe('resource catalogue (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  const partner = () => api.as({ role: 'PARTNER', providerId: OWN_PROVIDER });
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });

  async function list(filter: ResourceFilter = {}, caller = adviser()) {
    const { data, errors } = await caller.exec(CatalogueResourcesDocument, { filter, page: { skip: 0, take: 100 } });
    expect(errors).toBeUndefined();
    return data!.resources;
  }
  async function byCode(code: string) {
    const { items } = await list({ text: undefined }, admin());
    const found = items.find((r) => r.code === code);
    if (!found) throw new Error(`no ${code}`);
    return found;
  }
  async function publishedCount() {
    return (await list({}, admin())).totalItems;
  }
  async function allCount() {
    let total = 0;
    for (const status of ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUSPENDED', 'RETIRED'] as const)
      total += (await list({ status }, admin())).totalItems;
    return total;
  }

  describe('the seeded catalogue', () => {
    it('lists the 40 published resources by code by default', async () => {
      const { totalItems, items } = await list();
      expect(totalItems).toBe(40);
      expect(items.map((r) => r.code)).toEqual(seed.resources.map((r) => r.code).sort());
      expect(items.every((r) => r.status === 'PUBLISHED')).toBe(true);
    });

    it('defaults to a page of 20', async () => {
      const { data } = await adviser().exec(CatalogueResourcesDocument, {});
      expect(data!.resources.totalItems).toBe(40);
      expect(data!.resources.items).toHaveLength(20);
    });

    it('has the 28 need codes, N01–N28', async () => {
      const { data } = await adviser().exec(CatalogueNeedCodesDocument);
      expect(data!.needCodes).toHaveLength(28);
      expect(data!.needCodes[0]).toMatchObject({ code: 'N01' });
      expect(data!.needCodes[27]).toMatchObject({ code: 'N28' });
      for (const n of data!.needCodes) expect(n.nameZh && n.nameEn && n.key).toBeTruthy();
    });

    it('has the dibao standards oldest first, unverified rows flagged', async () => {
      const { data } = await adviser().exec(CatalogueDibaoStandardsDocument);
      const rows = data!.dibaoStandards;
      expect(rows.length).toBeGreaterThan(1);
      const dates = rows.map((r) => r.effectiveFrom);
      expect(dates).toEqual([...dates].sort());
      expect(rows.find((r) => r.effectiveFrom === '2008-04-01')).toMatchObject({ dibaoStandard: 400, verified: true });
      expect(rows.find((r) => r.effectiveFrom === '2023-07-01')).toMatchObject({
        dibaoStandard: 1510,
        verified: false,
        edgeMultiplier: 2,
      });
      expect(rows.some((r) => !r.verified)).toBe(true);
    });

    it('has the 20 providers, by code', async () => {
      const { data } = await adviser().exec(CatalogueProvidersDocument);
      expect(data!.providers).toHaveLength(20);
      expect(data!.providers.map((p) => p.id)).toEqual(seed.providers.map((p) => p.code).sort());
      expect(data!.providers.find((p) => p.id === 'P-CN-MZJ')).toMatchObject({
        type: 'GOVERNMENT_STATUTORY',
        serviceArea: { level: 'DISTRICT', codes: ['310105'] },
      });
    });

    it('filters by need code', async () => {
      const expected = seed.resources
        .filter((r) => r.needCodes.includes('N22'))
        .map((r) => r.code)
        .sort();
      const { totalItems, items } = await list({ needCode: 'N22' });
      expect(items.map((r) => r.code)).toEqual(expected);
      expect(expected).toEqual(['R16', 'R21']);
      expect(totalItems).toBe(2);
    });

    it('filters by tier: STATUTORY = resources of GOVERNMENT_STATUTORY providers without an override', async () => {
      const types = new Map(seed.providers.map((p) => [p.code, p.type]));
      const expected = seed.resources
        .filter(
          (r) =>
            (r.tier ?? (types.get(r.providerCode) === 'GOVERNMENT_STATUTORY' ? 'STATUTORY' : 'OTHER')) === 'STATUTORY',
        )
        .map((r) => r.code)
        .sort();
      const { totalItems, items } = await list({ tier: 'STATUTORY' });
      expect(items.map((r) => r.code)).toEqual(expected);
      expect(totalItems).toBe(14);
      expect(items.every((r) => r.tier === 'STATUTORY')).toBe(true);
      // R18 belongs to a statutory provider but is overridden to SPECIAL; R25 is a charity's, overridden to SPECIAL.
      const special = await list({ tier: 'SPECIAL' });
      expect(special.items.map((r) => r.code)).toEqual(expect.arrayContaining(['R15', 'R18', 'R19', 'R25']));
      expect(special.items.map((r) => r.code)).not.toContain('R01');
      const charity = await list({ tier: 'CHARITY_COMMUNITY' });
      expect(charity.items.map((r) => r.code)).toContain('R40');
    });

    it('filters by provider', async () => {
      const expected = seed.resources
        .filter((r) => r.providerCode === 'P-CN-SJLB')
        .map((r) => r.code)
        .sort();
      const { items } = await list({ providerId: 'P-CN-SJLB' });
      expect(items.map((r) => r.code)).toEqual(expected);
      expect(items.every((r) => r.providerId === 'P-CN-SJLB')).toBe(true);
    });

    it('filters by street coverage: a Changning street sees CITY and 310105 resources, Xuhui CITY only', async () => {
      const changning = await list({ streetCode: CHANGNING.huayang });
      const expected = seed.resources
        .filter(
          (r) =>
            r.geoScope.level === 'CITY' ||
            (r.geoScope.level === 'DISTRICT' && (r.geoScope.codes as string[]).includes('310105')) ||
            (r.geoScope.level === 'STREET' && (r.geoScope.codes as string[]).includes(CHANGNING.huayang)),
        )
        .map((r) => r.code)
        .sort();
      expect(changning.items.map((r) => r.code)).toEqual(expected);
      expect(changning.items.map((r) => r.code)).toContain('R18');
      const xuhui = await list({ streetCode: XUHUI_STREET });
      expect(xuhui.items.map((r) => r.code)).not.toContain('R18');
      expect(xuhui.items.map((r) => r.code)).toEqual(
        seed.resources
          .filter((r) => r.geoScope.level === 'CITY')
          .map((r) => r.code)
          .sort(),
      );
      expect(xuhui.items.every((r) => r.geoScope.level === 'CITY')).toBe(true);
    });

    it('filters by text, Chinese or English, in name or description', async () => {
      expect((await list({ text: '艺术护照' })).items.map((r) => r.code)).toEqual(['R18']);
      expect((await list({ text: 'art passport' })).items.map((r) => r.code)).toEqual(['R18']);
      const dibao = (await list({ text: '最低生活保障' })).items.map((r) => r.code);
      expect(dibao).toContain('R01');
      expect((await list({ text: 'zzz-无此资源' })).totalItems).toBe(0);
      // LIKE wildcards are matched literally, not as "anything"
      expect((await list({ text: '%' })).totalItems).toBeLessThan(40);
      expect((await list({ text: '_' })).totalItems).toBeLessThan(40);
    });

    it('combines filters with AND', async () => {
      const { items } = await list({ tier: 'STATUTORY', needCode: 'N01', streetCode: CHANGNING.huayang });
      expect(items.map((r) => r.code)).toEqual(['R01', 'R02', 'R03', 'R05', 'R06']);
    });

    it('reads one resource with its SEEDED history and an eligibility summary', async () => {
      const r01 = await byCode('R01');
      const { data, errors } = await adviser().exec(CatalogueResourceDocument, { id: r01.id });
      expect(errors).toBeUndefined();
      expect(data!.resource).toMatchObject({
        code: 'R01',
        status: 'PUBLISHED',
        providerId: 'P-CN-MZJ',
        tier: 'STATUTORY',
        tierOverride: null,
        form: 'CASH',
        needCodes: ['N01'],
        capacityKind: 'ENTITLEMENT',
        remaining: null,
        geoScope: { level: 'DISTRICT', codes: ['310105'] },
        provider: { id: 'P-CN-MZJ', type: 'GOVERNMENT_STATUTORY' },
        needs: [{ code: 'N01' }],
      });
      expect(data!.resource!.eligibilitySummary.zh.length).toBeGreaterThan(0);
      expect(data!.resource!.eligibilitySummary.en.length).toBeGreaterThan(0);
      const history = await adviser().exec(CatalogueResourceHistoryDocument, { id: r01.id });
      expect(history.data!.resource!.history).toHaveLength(1);
      expect(history.data!.resource!.history[0]).toMatchObject({ action: 'SEEDED', toStatus: 'PUBLISHED' });
    });

    it('flags unverified figures (R21 false, R03 true)', async () => {
      expect((await byCode('R21')).figuresVerified).toBe(false);
      expect((await byCode('R03')).figuresVerified).toBe(true);
      const flags = Object.fromEntries((await list()).items.map((r) => [r.code, r.figuresVerified]));
      expect(flags).toEqual(Object.fromEntries(seed.resources.map((r) => [r.code, r.figuresVerified])));
    });

    it('returns NOT_FOUND for a resource id that does not exist or is not a UUID', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'R01']) {
        const { errors } = await adviser().exec(CatalogueResourceDocument, { id });
        expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
      }
    });
  });

  describe('partner registration workflow', () => {
    let id: string;

    it('runs from draft to retired, leaving a complete history', async () => {
      // create: DRAFT, providerId defaults to the partner's own
      const created = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ code: 'T-FLOW-1' }),
      });
      expect(created.errors).toBeUndefined();
      const c = created.data!.createResource;
      if (c.__typename !== 'Resource') throw new Error(JSON.stringify(c));
      expect(c).toMatchObject({
        status: 'DRAFT',
        providerId: OWN_PROVIDER,
        code: 'T-FLOW-1',
        quota: 10,
        remaining: 10,
        tier: 'CHARITY_COMMUNITY',
        version: 1,
      });
      id = c.id;

      // not in the default (published) list yet
      expect((await list({ text: '测试助餐服务' })).totalItems).toBe(0);
      expect((await list({ status: 'DRAFT' }, partner())).items.map((r) => r.id)).toContain(id);

      // edit the draft
      const edited = await partner().exec(CatalogueUpdateResourceDocument, {
        input: { id, nameEn: 'Test meals for elders', needCodes: ['N08', 'N06'] },
      });
      expect(edited.data!.updateResource).toMatchObject({
        __typename: 'Resource',
        nameEn: 'Test meals for elders',
        needCodes: ['N08', 'N06'],
        status: 'DRAFT',
      });

      // submit
      const submitted = await partner().exec(CatalogueSubmitResourceDocument, { input: { id } });
      expect(submitted.data!.submitResource).toMatchObject({ __typename: 'Resource', status: 'SUBMITTED' });

      // ADMIN returns it: the note is required
      const noNote = await admin().exec(CatalogueReturnResourceDocument, { input: { id } });
      expect(noNote.data!.returnResource).toMatchObject({
        __typename: 'InputValidationError',
        errorCode: 'INVALID_INPUT',
        fieldErrors: [{ field: 'input.note', reason: 'REQUIRED' }],
      });
      const blankNote = await admin().exec(CatalogueReturnResourceDocument, { input: { id, note: '   ' } });
      expect(blankNote.data!.returnResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.note' }],
      });
      const returned = await admin().exec(CatalogueReturnResourceDocument, { input: { id, note: '请补充申请材料' } });
      expect(returned.data!.returnResource).toMatchObject({
        __typename: 'Resource',
        status: 'DRAFT',
        statusNote: '请补充申请材料',
      });

      // partner edits and resubmits
      const fixed = await partner().exec(CatalogueUpdateResourceDocument, {
        input: { id, descriptionZh: '为困难老人提供助餐，需携带身份证' },
      });
      expect(fixed.data!.updateResource).toMatchObject({
        __typename: 'Resource',
        descriptionZh: '为困难老人提供助餐，需携带身份证',
      });
      const resubmitted = await partner().exec(CatalogueSubmitResourceDocument, { input: { id, note: '已补充' } });
      expect(resubmitted.data!.submitResource).toMatchObject({ __typename: 'Resource', status: 'SUBMITTED' });

      // ADMIN publishes with a note
      const published = await admin().exec(CataloguePublishResourceDocument, { input: { id, note: '审核通过' } });
      expect(published.data!.publishResource).toMatchObject({
        __typename: 'Resource',
        status: 'PUBLISHED',
        statusNote: '审核通过',
      });

      // it now appears in the default list, for every role
      const after = await list();
      expect(after.totalItems).toBe(41);
      expect(after.items.map((r) => r.id)).toContain(id);
      expect(
        (await list({ providerId: OWN_PROVIDER, needCode: 'N06', streetCode: CHANGNING.huayang })).items.map(
          (r) => r.id,
        ),
      ).toContain(id);

      // capacity: QUOTA 10 → 7; above the quota is refused
      const capacity = await partner().exec(CatalogueUpdateResourceCapacityDocument, { input: { id, remaining: 7 } });
      expect(capacity.data!.updateResourceCapacity).toMatchObject({ __typename: 'Resource', remaining: 7, quota: 10 });
      const tooMany = await partner().exec(CatalogueUpdateResourceCapacityDocument, { input: { id, remaining: 11 } });
      expect(tooMany.data!.updateResourceCapacity).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.remaining', reason: 'ABOVE_MAXIMUM' }],
      });

      // suspend (note required), resume, retire
      const suspendNoNote = await partner().exec(CatalogueSuspendResourceDocument, { input: { id } });
      expect(suspendNoNote.data!.suspendResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.note', reason: 'REQUIRED' }],
      });
      const suspended = await partner().exec(CatalogueSuspendResourceDocument, { input: { id, note: '厨房装修' } });
      expect(suspended.data!.suspendResource).toMatchObject({
        __typename: 'Resource',
        status: 'SUSPENDED',
        statusNote: '厨房装修',
      });
      expect((await list()).items.map((r) => r.id)).not.toContain(id);
      expect((await list({ status: 'SUSPENDED' })).items.map((r) => r.id)).toContain(id);
      const resumed = await partner().exec(CatalogueResumeResourceDocument, { input: { id } });
      expect(resumed.data!.resumeResource).toMatchObject({ __typename: 'Resource', status: 'PUBLISHED' });
      const retireNoNote = await partner().exec(CatalogueRetireResourceDocument, { input: { id } });
      expect(retireNoNote.data!.retireResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.note' }],
      });
      const retired = await partner().exec(CatalogueRetireResourceDocument, { input: { id, note: '项目结束' } });
      expect(retired.data!.retireResource).toMatchObject({ __typename: 'Resource', status: 'RETIRED' });

      // history: every step, in order, with actor roles and field diffs
      const { data } = await adviser().exec(CatalogueResourceHistoryDocument, { id });
      const history = data!.resource!.history;
      expect(history.map((h) => [h.action, h.actorRole, h.fromStatus, h.toStatus])).toEqual([
        ['CREATED', 'PARTNER', null, 'DRAFT'],
        ['UPDATED', 'PARTNER', null, 'DRAFT'],
        ['SUBMITTED', 'PARTNER', 'DRAFT', 'SUBMITTED'],
        ['RETURNED', 'ADMIN', 'SUBMITTED', 'DRAFT'],
        ['UPDATED', 'PARTNER', null, 'DRAFT'],
        ['SUBMITTED', 'PARTNER', 'DRAFT', 'SUBMITTED'],
        ['PUBLISHED', 'ADMIN', 'SUBMITTED', 'PUBLISHED'],
        ['CAPACITY_UPDATED', 'PARTNER', null, 'PUBLISHED'],
        ['SUSPENDED', 'PARTNER', 'PUBLISHED', 'SUSPENDED'],
        ['RESUMED', 'PARTNER', 'SUSPENDED', 'PUBLISHED'],
        ['RETIRED', 'PARTNER', 'PUBLISHED', 'RETIRED'],
      ]);
      expect(history[1].changes).toEqual({
        nameEn: { from: 'Test meal service', to: 'Test meals for elders' },
        needCodes: { from: ['N08'], to: ['N08', 'N06'] },
      });
      expect(history[4].changes).toEqual({
        descriptionZh: { from: '为困难老人提供助餐', to: '为困难老人提供助餐，需携带身份证' },
      });
      expect(history[7].changes).toEqual({ remaining: { from: 10, to: 7 } });
      expect(history[3].note).toBe('请补充申请材料');
      expect(history[6].note).toBe('审核通过');
      expect(history[8].note).toBe('厨房装修');
      expect(history[10].note).toBe('项目结束');
      const versions = history.map((h) => h.resourceVersion);
      expect(versions).toEqual([...versions].sort((a, b) => a - b));
      expect(new Set(versions).size).toBe(versions.length);
      const ats = history.map((h) => h.at);
      expect(ats).toEqual([...ats].sort());
      expect(history.every((h) => h.actorId.length > 0)).toBe(true);
    });

    it('keeps a retired resource readable but refuses to edit it (InvalidTransitionError)', async () => {
      const read = await adviser().exec(CatalogueResourceDocument, { id });
      expect(read.data!.resource).toMatchObject({ status: 'RETIRED' });
      const edit = await admin().exec(CatalogueUpdateResourceDocument, { input: { id, nameZh: '改名' } });
      expect(edit.data!.updateResource).toMatchObject({
        __typename: 'InvalidTransitionError',
        errorCode: 'INVALID_TRANSITION',
        from: 'RETIRED',
      });
      const capacity = await admin().exec(CatalogueUpdateResourceCapacityDocument, { input: { id, remaining: 1 } });
      expect(capacity.data!.updateResourceCapacity).toMatchObject({
        __typename: 'InvalidTransitionError',
        from: 'RETIRED',
      });
      const resume = await admin().exec(CatalogueResumeResourceDocument, { input: { id } });
      expect(resume.data!.resumeResource).toMatchObject({
        __typename: 'InvalidTransitionError',
        from: 'RETIRED',
        to: 'PUBLISHED',
      });
      const again = await admin().exec(CatalogueRetireResourceDocument, { input: { id, note: 'again' } });
      expect(again.data!.retireResource).toMatchObject({
        __typename: 'InvalidTransitionError',
        from: 'RETIRED',
        to: 'RETIRED',
      });
    });

    it('lets ADMIN create for a named provider, and requires one', async () => {
      const none = await admin().exec(CatalogueCreateResourceDocument, { input: resourceInput() });
      expect(none.data!.createResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.providerId', reason: 'REQUIRED' }],
      });
      const unknown = await admin().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ providerId: 'P-NOPE' }),
      });
      expect(unknown.data!.createResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.providerId', reason: 'UNKNOWN_PROVIDER' }],
      });
      const ok = await admin().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ providerId: 'P-CN-MZJ', capacityKind: 'ENTITLEMENT', quota: null, period: null }),
      });
      expect(ok.data!.createResource).toMatchObject({
        __typename: 'Resource',
        status: 'DRAFT',
        providerId: 'P-CN-MZJ',
        tier: 'STATUTORY',
        remaining: null,
      });
    });
  });

  // Guards a bug found in review: an omitted benefit used to hit the NOT NULL column and return INTERNAL_SERVER_ERROR.
  it('creates a resource when the optional benefit is omitted', async () => {
    const { benefit: _omit, ...input } = resourceInput({ nameZh: '无待遇说明' });
    const { data, errors } = await partner().exec(CatalogueCreateResourceDocument, { input });
    expect(errors).toBeUndefined();
    expect(data!.createResource).toMatchObject({ __typename: 'Resource', status: 'DRAFT' });
  });

  describe('invalid transitions', () => {
    let draftId: string;
    let publishedId: string;

    beforeAll(async () => {
      const draft = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ nameZh: '转换测试草稿' }),
      });
      if (draft.data?.createResource.__typename !== 'Resource') throw new Error('setup failed');
      draftId = draft.data.createResource.id;
      const pub = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ nameZh: '转换测试已发布' }),
      });
      if (pub.data?.createResource.__typename !== 'Resource') throw new Error('setup failed');
      publishedId = pub.data.createResource.id;
      await partner().exec(CatalogueSubmitResourceDocument, { input: { id: publishedId } });
      const done = await admin().exec(CataloguePublishResourceDocument, { input: { id: publishedId } });
      expect(done.data!.publishResource).toMatchObject({ __typename: 'Resource', status: 'PUBLISHED' });
    });

    it.each([
      [
        'publish a DRAFT',
        () =>
          admin()
            .exec(CataloguePublishResourceDocument, { input: { id: draftId } })
            .then((r) => r.data!.publishResource),
        'DRAFT',
        'PUBLISHED',
      ],
      [
        'return a DRAFT',
        () =>
          admin()
            .exec(CatalogueReturnResourceDocument, { input: { id: draftId, note: 'x' } })
            .then((r) => r.data!.returnResource),
        'DRAFT',
        'DRAFT',
      ],
      [
        'suspend a DRAFT',
        () =>
          partner()
            .exec(CatalogueSuspendResourceDocument, { input: { id: draftId, note: 'x' } })
            .then((r) => r.data!.suspendResource),
        'DRAFT',
        'SUSPENDED',
      ],
      [
        'resume a PUBLISHED',
        () =>
          partner()
            .exec(CatalogueResumeResourceDocument, { input: { id: publishedId } })
            .then((r) => r.data!.resumeResource),
        'PUBLISHED',
        'PUBLISHED',
      ],
      [
        'submit a PUBLISHED',
        () =>
          partner()
            .exec(CatalogueSubmitResourceDocument, { input: { id: publishedId } })
            .then((r) => r.data!.submitResource),
        'PUBLISHED',
        'SUBMITTED',
      ],
      [
        'publish a PUBLISHED',
        () =>
          admin()
            .exec(CataloguePublishResourceDocument, { input: { id: publishedId } })
            .then((r) => r.data!.publishResource),
        'PUBLISHED',
        'PUBLISHED',
      ],
    ] as const)('%s → InvalidTransitionError, nothing changes', async (_name, attempt, from, to) => {
      const before = await admin().exec(CatalogueResourceHistoryDocument, {
        id: from === 'DRAFT' ? draftId : publishedId,
      });
      const result = await attempt();
      expect(result).toMatchObject({ __typename: 'InvalidTransitionError', errorCode: 'INVALID_TRANSITION', from, to });
      const after = await admin().exec(CatalogueResourceHistoryDocument, {
        id: from === 'DRAFT' ? draftId : publishedId,
      });
      expect(after.data!.resource).toEqual(before.data!.resource);
    });

    it('a partner editing its PUBLISHED resource → InvalidTransitionError; ADMIN may edit it', async () => {
      const result = await partner().exec(CatalogueUpdateResourceDocument, {
        input: { id: publishedId, nameZh: '改名' },
      });
      expect(result.data!.updateResource).toMatchObject({ __typename: 'InvalidTransitionError', from: 'PUBLISHED' });
      const read = await partner().exec(CatalogueResourceDocument, { id: publishedId });
      expect(read.data!.resource).toMatchObject({ nameZh: '转换测试已发布' });
      const byAdmin = await admin().exec(CatalogueUpdateResourceDocument, {
        input: { id: publishedId, nameZh: '管理员改名' },
      });
      expect(byAdmin.data!.updateResource).toMatchObject({
        __typename: 'Resource',
        nameZh: '管理员改名',
        status: 'PUBLISHED',
      });
    });

    it('a stale expectedVersion → ConflictError', async () => {
      const result = await partner().exec(CatalogueUpdateResourceDocument, {
        input: { id: draftId, nameZh: 'x', expectedVersion: 99 },
      });
      expect(result.data!.updateResource).toMatchObject({ __typename: 'ConflictError', errorCode: 'CONFLICT' });
    });

    it('negative remaining places → InputValidationError on input.remaining, nothing changes', async () => {
      const before = await admin().exec(CatalogueResourceHistoryDocument, { id: publishedId });
      const { data } = await partner().exec(CatalogueUpdateResourceCapacityDocument, {
        input: { id: publishedId, remaining: -1 },
      });
      const result = data!.updateResourceCapacity;
      if (result.__typename !== 'InputValidationError') throw new Error(JSON.stringify(result));
      expect(result.fieldErrors.map((e) => e.field)).toEqual(['input.remaining']);
      expect((await admin().exec(CatalogueResourceHistoryDocument, { id: publishedId })).data).toEqual(before.data);
    });

    it('capacity of an ENTITLEMENT → InputValidationError NOT_A_QUOTA', async () => {
      const r01 = await byCode('R01');
      const result = await admin().exec(CatalogueUpdateResourceCapacityDocument, {
        input: { id: r01.id, remaining: 1 },
      });
      expect(result.data!.updateResourceCapacity).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.remaining', reason: 'NOT_A_QUOTA' }],
      });
    });
  });

  describe('bad input is refused, naming the fields, and nothing is written', () => {
    it.each([
      ['an unknown need code', { needCodes: ['N08', 'N99'] }, 'input.needCodes.1', 'UNKNOWN_NEED_CODE'],
      ['no need codes', { needCodes: [] }, 'input.needCodes', 'EMPTY'],
      [
        'an unknown street in geoScope',
        { geoScope: { level: 'STREET' as const, codes: [CHANGNING.huayang, '310105999'] } },
        'input.geoScope.codes.1',
        'UNKNOWN_STREET',
      ],
      [
        'an unknown district in geoScope',
        { geoScope: { level: 'DISTRICT' as const, codes: ['319999'] } },
        'input.geoScope.codes.0',
        'UNKNOWN_DISTRICT',
      ],
      [
        'codes on a CITY scope',
        { geoScope: { level: 'CITY' as const, codes: ['310105'] } },
        'input.geoScope.codes',
        'NOT_ALLOWED',
      ],
      [
        'validTo before validFrom',
        { validFrom: '2026-06-01', validTo: '2026-05-31' },
        'input.validTo',
        'INVALID_RANGE',
      ],
      ['a quota on an entitlement', { capacityKind: 'ENTITLEMENT' as const, quota: 5 }, 'input.quota', 'NOT_ALLOWED'],
    ])('%s', async (_name, overrides, field, reason) => {
      const before = await allCount();
      const { data } = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput(overrides as Partial<CreateResourceInput>),
      });
      const result = data!.createResource;
      if (result.__typename !== 'InputValidationError') throw new Error(JSON.stringify(result));
      expect(result.errorCode).toBe('INVALID_INPUT');
      expect(result.fieldErrors).toEqual([expect.objectContaining({ field, reason })]);
      expect(await allCount()).toBe(before);
    });

    it('the first need code unknown names input.needCodes.0', async () => {
      const { data } = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ needCodes: ['X1'] }),
      });
      expect(data!.createResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.needCodes.0', reason: 'UNKNOWN_NEED_CODE' }],
      });
    });

    it('an eligibility rule with an unknown fact: INVALID_RULE at its JSON path', async () => {
      const before = await allCount();
      const { data } = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({
          eligibility: {
            all: [
              { fact: 'household.incomeRatio', op: 'lt', value: 2 },
              { fact: 'household.noSuchFact', op: 'eq', value: 1 },
            ],
          },
        }),
      });
      const result = data!.createResource;
      if (result.__typename !== 'InputValidationError') throw new Error(JSON.stringify(result));
      expect(result.fieldErrors.length).toBeGreaterThan(0);
      for (const e of result.fieldErrors) {
        expect(e.field.startsWith('input.eligibility')).toBe(true);
        expect(e.reason).toBe('INVALID_RULE');
      }
      expect(result.fieldErrors[0].message).toContain('$.all[1]');
      expect(await allCount()).toBe(before);
    });

    it('several problems at once are all listed', async () => {
      const { data } = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({
          needCodes: ['N99'],
          geoScope: { level: 'STREET', codes: ['310105999'] },
          validFrom: '2026-02-01',
          validTo: '2026-01-01',
        }),
      });
      const result = data!.createResource;
      if (result.__typename !== 'InputValidationError') throw new Error(JSON.stringify(result));
      expect(result.fieldErrors.map((e) => e.field).sort()).toEqual([
        'input.geoScope.codes.0',
        'input.needCodes.0',
        'input.validTo',
      ]);
    });

    it('a taken code → ALREADY_EXISTS', async () => {
      const { data } = await admin().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ providerId: 'P-CN-MZJ', code: 'R01' }),
      });
      expect(data!.createResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.code', reason: 'ALREADY_EXISTS' }],
      });
    });

    it('updates are checked too, and a refused update changes nothing', async () => {
      const created = await partner().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ nameZh: '更新校验' }),
      });
      if (created.data?.createResource.__typename !== 'Resource') throw new Error('setup failed');
      const id = created.data.createResource.id;
      const bad = await partner().exec(CatalogueUpdateResourceDocument, {
        input: { id, needCodes: ['N77'], validTo: '2025-01-01' },
      });
      expect(bad.data!.updateResource).toMatchObject({ __typename: 'InputValidationError' });
      if (bad.data!.updateResource.__typename !== 'InputValidationError') throw new Error('unreachable');
      expect(bad.data!.updateResource.fieldErrors.map((e) => e.field).sort()).toEqual([
        'input.needCodes.0',
        'input.validTo',
      ]);
      const badRule = await partner().exec(CatalogueUpdateResourceDocument, {
        input: { id, eligibility: { fact: 'nope', op: 'eq', value: 1 } },
      });
      expect(badRule.data!.updateResource).toMatchObject({
        __typename: 'InputValidationError',
        fieldErrors: [expect.objectContaining({ reason: 'INVALID_RULE' })],
      });
      const { data } = await partner().exec(CatalogueResourceHistoryDocument, { id });
      expect(data!.resource!.history.map((h) => h.action)).toEqual(['CREATED']);
      const read = await partner().exec(CatalogueResourceDocument, { id });
      expect(read.data!.resource).toMatchObject({ needCodes: ['N08'], validTo: null, version: 1 });
    });
  });

  describe('checkEligibility', () => {
    let knownIncome: string;
    let unknownIncome: string;
    let r01: string;

    beforeAll(async () => {
      const make = async (economics: Record<string, unknown>) => {
        const { data } = await adviser().exec(CreateHouseholdDocument, {
          input: householdInput({
            economics,
            members: [
              { name: '资格甲', idNumber: freshIdNumber('1950-01-01'), relation: 'HEAD', hukou: 'LOCAL' },
              { name: '资格乙', idNumber: freshIdNumber('1952-01-01'), relation: 'SPOUSE', hukou: 'LOCAL' },
            ],
          }) as never,
        });
        if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
        return data.createHousehold.id;
      };
      knownIncome = await make({
        incomeWages: 0,
        incomePensions: 1000,
        incomeBenefits: 0,
        incomeMaintenance: 0,
        incomeOther: 0,
        liquidAssets: 5000,
      });
      unknownIncome = await make({
        incomeWages: null,
        incomePensions: null,
        incomeBenefits: null,
        incomeMaintenance: null,
        incomeOther: null,
      });
      r01 = (await byCode('R01')).id;
    });

    it('explains the result for a household with known income, in Chinese and English', async () => {
      const { data, errors } = await adviser().exec(CatalogueCheckEligibilityDocument, {
        householdId: knownIncome,
        resourceId: r01,
      });
      expect(errors).toBeUndefined();
      const check = data!.checkEligibility;
      if (check.__typename !== 'EligibilityCheck') throw new Error(JSON.stringify(check));
      expect(check).toMatchObject({ householdId: knownIncome, resourceId: r01 });
      // two LOCAL members on 1,000 yuan a month: 500 per person, below any standard in the table
      expect(check.result).toBe('ELIGIBLE');
      expect(['ELIGIBLE', 'INELIGIBLE']).toContain(check.result);
      expect(check.trace.length).toBeGreaterThan(1);
      expect(check.trace[0]).toMatchObject({ depth: 0, path: '$', result: check.result });
      for (const line of check.trace) {
        expect(line.zh.length).toBeGreaterThan(0);
        expect(line.en.length).toBeGreaterThan(0);
      }
      expect(check.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });

    it('is UNKNOWN when income is not known', async () => {
      const { data } = await adviser().exec(CatalogueCheckEligibilityDocument, {
        householdId: unknownIncome,
        resourceId: r01,
      });
      const check = data!.checkEligibility;
      if (check.__typename !== 'EligibilityCheck') throw new Error(JSON.stringify(check));
      expect(check.result).toBe('UNKNOWN');
      expect(check.trace.some((l) => l.result === 'UNKNOWN' && l.depth > 0)).toBe(true);
    });

    it('gives NotFoundError for an unknown resource or household', async () => {
      const a = await adviser().exec(CatalogueCheckEligibilityDocument, {
        householdId: knownIncome,
        resourceId: '00000000-0000-4000-8000-000000000000',
      });
      expect(a.data!.checkEligibility).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
      const b = await adviser().exec(CatalogueCheckEligibilityDocument, {
        householdId: '00000000-0000-4000-8000-000000000000',
        resourceId: r01,
      });
      expect(b.data!.checkEligibility).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    });
  });
});
