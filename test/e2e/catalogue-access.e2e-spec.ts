// Role rules of the catalogue: drafts belong to their organisation, partners change only their own
// resources, only ADMIN reviews, everyone signed in reads the published list, anonymous is refused.
import {
  CatalogueCheckEligibilityDocument,
  CatalogueCreateResourceDocument,
  CatalogueDibaoStandardsDocument,
  CatalogueNeedCodesDocument,
  CatalogueProviderDocument,
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
} from '../__generated__/graphql';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

const A = 'P-CN-ZHBF';
const B = 'P-CN-JTZC';

function resourceInput(overrides: Partial<CreateResourceInput> = {}): CreateResourceInput {
  return {
    nameZh: '权限测试资源',
    nameEn: 'Access test resource',
    form: 'SERVICE',
    needCodes: ['N08'],
    benefit: { sessions: 4, unit: 'PER_PERSON_YEAR' },
    eligibility: { fact: 'household.incomeRatio', op: 'lt', value: 2 },
    capacityKind: 'QUOTA',
    quota: 10,
    period: 'YEAR',
    geoScope: { level: 'DISTRICT', codes: ['310105'] },
    ...overrides,
  };
}

describe('catalogue access rules (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  const partnerA = () => api.as({ role: 'PARTNER', providerId: A });
  const partnerB = () => api.as({ role: 'PARTNER', providerId: B });
  const adviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] });
  const otherAdviser = () => api.as({ role: 'ADVISER', streets: [CHANGNING.jiangsu] });
  const viewer = () => api.as({ role: 'VIEWER' });
  let draftId: string;
  let submittedId: string;
  let publishedId: string;
  let r01: string;

  async function create(caller: ReturnType<typeof partnerA>, overrides: Partial<CreateResourceInput> = {}) {
    const { data, errors } = await caller.exec(CatalogueCreateResourceDocument, { input: resourceInput(overrides) });
    expect(errors).toBeUndefined();
    if (data?.createResource.__typename !== 'Resource') throw new Error(JSON.stringify(data));
    return data.createResource.id;
  }
  async function snapshot(id: string) {
    const { data } = await admin().exec(CatalogueResourceHistoryDocument, { id });
    const full = await admin().exec(CatalogueResourceDocument, { id });
    return { history: data!.resource!.history, resource: full.data!.resource };
  }
  async function countAll() {
    let total = 0;
    for (const status of ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUSPENDED', 'RETIRED'] as const) {
      const { data } = await admin().exec(CatalogueResourcesDocument, { filter: { status }, page: { take: 100 } });
      total += data!.resources.totalItems;
    }
    return total;
  }

  beforeAll(async () => {
    draftId = await create(partnerA(), { nameZh: 'A的草稿' });
    submittedId = await create(partnerA(), { nameZh: 'A的待审' });
    await partnerA().exec(CatalogueSubmitResourceDocument, { input: { id: submittedId } });
    publishedId = await create(partnerA(), { nameZh: 'A的已发布' });
    await partnerA().exec(CatalogueSubmitResourceDocument, { input: { id: publishedId } });
    const pub = await admin().exec(CataloguePublishResourceDocument, { input: { id: publishedId, note: 'ok' } });
    expect(pub.data!.publishResource).toMatchObject({ __typename: 'Resource', status: 'PUBLISHED' });
    const { data } = await adviser().exec(CatalogueResourcesDocument, { filter: { text: '最低生活保障金' } });
    r01 = data!.resources.items.find((r) => r.code === 'R01')!.id;
  });

  describe('anonymous callers', () => {
    it.each([
      ['resources', () => api.anonymous().exec(CatalogueResourcesDocument, {})],
      ['resource', () => api.anonymous().exec(CatalogueResourceDocument, { id: r01 })],
      ['needCodes', () => api.anonymous().exec(CatalogueNeedCodesDocument)],
      ['dibaoStandards', () => api.anonymous().exec(CatalogueDibaoStandardsDocument)],
      ['providers', () => api.anonymous().exec(CatalogueProvidersDocument)],
      [
        'createResource',
        () => api.anonymous().exec(CatalogueCreateResourceDocument, { input: resourceInput({ providerId: A }) }),
      ],
      ['submitResource', () => api.anonymous().exec(CatalogueSubmitResourceDocument, { input: { id: draftId } })],
      [
        'checkEligibility',
        () => api.anonymous().exec(CatalogueCheckEligibilityDocument, { householdId: r01, resourceId: r01 }),
      ],
    ])('are refused %s with UNAUTHENTICATED', async (_name, attempt) => {
      const { errors, data } = await attempt();
      expect(errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(Object.values(data ?? {}).every((v) => v === null)).toBe(true);
    });
  });

  describe("partner B and partner A's resources", () => {
    it("cannot read A's draft or submission (NOT_FOUND, as for one that does not exist)", async () => {
      for (const id of [draftId, submittedId]) {
        const theirs = await partnerB().exec(CatalogueResourceDocument, { id });
        expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
        expect(theirs.data?.resource ?? null).toBeNull();
      }
      const none = await partnerB().exec(CatalogueResourceDocument, { id: '00000000-0000-4000-8000-000000000000' });
      expect(none.errors?.[0].extensions).toEqual(
        (await partnerB().exec(CatalogueResourceDocument, { id: draftId })).errors?.[0].extensions,
      );
    });

    it("does not see A's drafts or submissions in lists, even filtering by A", async () => {
      for (const status of ['DRAFT', 'SUBMITTED'] as const) {
        const { data } = await partnerB().exec(CatalogueResourcesDocument, { filter: { status }, page: { take: 100 } });
        expect(data!.resources.items.map((r) => r.id)).not.toContain(draftId);
        expect(data!.resources.items.map((r) => r.id)).not.toContain(submittedId);
        const byA = await partnerB().exec(CatalogueResourcesDocument, { filter: { status, providerId: A } });
        expect(byA.data!.resources).toEqual({ totalItems: 0, items: [] });
      }
    });

    it('A sees its own draft, in lists and by id', async () => {
      const { data } = await partnerA().exec(CatalogueResourcesDocument, { filter: { status: 'DRAFT' } });
      expect(data!.resources.items.map((r) => r.id)).toContain(draftId);
      const one = await partnerA().exec(CatalogueResourceDocument, { id: draftId });
      expect(one.data!.resource).toMatchObject({ status: 'DRAFT', providerId: A });
    });

    it("cannot edit, submit, suspend, retire or count A's draft (NotFoundError) and nothing changes", async () => {
      const before = await snapshot(draftId);
      const results = [
        (await partnerB().exec(CatalogueUpdateResourceDocument, { input: { id: draftId, nameZh: 'hacked' } })).data!
          .updateResource,
        (await partnerB().exec(CatalogueSubmitResourceDocument, { input: { id: draftId } })).data!.submitResource,
        (await partnerB().exec(CatalogueSuspendResourceDocument, { input: { id: draftId, note: 'x' } })).data!
          .suspendResource,
        (await partnerB().exec(CatalogueRetireResourceDocument, { input: { id: draftId, note: 'x' } })).data!
          .retireResource,
        (await partnerB().exec(CatalogueUpdateResourceCapacityDocument, { input: { id: draftId, remaining: 1 } })).data!
          .updateResourceCapacity,
      ];
      for (const result of results)
        expect(result).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
      expect(await snapshot(draftId)).toEqual(before);
    });

    it("can read A's published resource but not change it (FORBIDDEN) and nothing changes", async () => {
      const read = await partnerB().exec(CatalogueResourceDocument, { id: publishedId });
      expect(read.data!.resource).toMatchObject({ status: 'PUBLISHED', providerId: A });
      const before = await snapshot(publishedId);
      const attempts = [
        await partnerB().exec(CatalogueUpdateResourceDocument, { input: { id: publishedId, nameZh: 'hacked' } }),
        await partnerB().exec(CatalogueSuspendResourceDocument, { input: { id: publishedId, note: 'x' } }),
        await partnerB().exec(CatalogueRetireResourceDocument, { input: { id: publishedId, note: 'x' } }),
        await partnerB().exec(CatalogueUpdateResourceCapacityDocument, { input: { id: publishedId, remaining: 0 } }),
        await partnerB().exec(CatalogueSubmitResourceDocument, { input: { id: publishedId } }),
      ];
      for (const { errors } of attempts) expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot(publishedId)).toEqual(before);
    });

    it('cannot change a seeded resource of another organisation (FORBIDDEN)', async () => {
      const { errors } = await partnerB().exec(CatalogueSuspendResourceDocument, { input: { id: r01, note: 'x' } });
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('cannot create a resource for another provider (FORBIDDEN), and nothing is written', async () => {
      const before = await countAll();
      const { errors } = await partnerB().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ providerId: A }),
      });
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await countAll()).toBe(before);
    });

    it('may name its own provider explicitly', async () => {
      const { data } = await partnerB().exec(CatalogueCreateResourceDocument, {
        input: resourceInput({ providerId: B, nameZh: 'B的资源' }),
      });
      expect(data!.createResource).toMatchObject({ __typename: 'Resource', providerId: B, status: 'DRAFT' });
    });
  });

  describe('reviewing is ADMIN only', () => {
    it('a PARTNER cannot publish or return, even its own submission (FORBIDDEN)', async () => {
      const before = await snapshot(submittedId);
      const publish = await partnerA().exec(CataloguePublishResourceDocument, { input: { id: submittedId } });
      expect(publish.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const ret = await partnerA().exec(CatalogueReturnResourceDocument, { input: { id: submittedId, note: 'x' } });
      expect(ret.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await snapshot(submittedId)).toEqual(before);
    });

    it.each([
      ['ADVISER', adviser],
      ['VIEWER', viewer],
    ] as const)('%s cannot publish or return (FORBIDDEN)', async (_role, caller) => {
      const publish = await caller().exec(CataloguePublishResourceDocument, { input: { id: submittedId } });
      expect(publish.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const ret = await caller().exec(CatalogueReturnResourceDocument, { input: { id: submittedId, note: 'x' } });
      expect(ret.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it("ADMIN sees every organisation's drafts and submissions", async () => {
      const { data } = await admin().exec(CatalogueResourcesDocument, { filter: { status: 'SUBMITTED' } });
      expect(data!.resources.items.map((r) => r.id)).toContain(submittedId);
      const one = await admin().exec(CatalogueResourceDocument, { id: draftId });
      expect(one.data!.resource).toMatchObject({ status: 'DRAFT' });
    });
  });

  describe.each([
    ['ADVISER', adviser],
    ['VIEWER', viewer],
  ] as const)('%s', (_role, caller) => {
    it('reads the published catalogue, providers and reference data', async () => {
      const list = await caller().exec(CatalogueResourcesDocument, { page: { take: 100 } });
      expect(list.data!.resources.totalItems).toBe(41);
      expect(list.data!.resources.items.map((r) => r.id)).toContain(publishedId);
      const one = await caller().exec(CatalogueResourceDocument, { id: publishedId });
      expect(one.data!.resource).toMatchObject({ status: 'PUBLISHED' });
      expect((await caller().exec(CatalogueProvidersDocument)).data!.providers).toHaveLength(20);
      expect((await caller().exec(CatalogueProviderDocument, { id: 'P-CN-MZJ' })).data!.provider).toMatchObject({
        id: 'P-CN-MZJ',
      });
      expect((await caller().exec(CatalogueNeedCodesDocument)).data!.needCodes).toHaveLength(28);
    });

    it('does not see drafts (NOT_FOUND; empty DRAFT list)', async () => {
      const one = await caller().exec(CatalogueResourceDocument, { id: draftId });
      expect(one.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const { data } = await caller().exec(CatalogueResourcesDocument, { filter: { status: 'DRAFT' } });
      expect(data!.resources).toEqual({ totalItems: 0, items: [] });
    });

    it('cannot create or change resources (FORBIDDEN), and nothing is written', async () => {
      const before = await countAll();
      const pubBefore = await snapshot(publishedId);
      const attempts = [
        await caller().exec(CatalogueCreateResourceDocument, { input: resourceInput({ providerId: A }) }),
        await caller().exec(CatalogueUpdateResourceDocument, { input: { id: publishedId, nameZh: 'x' } }),
        await caller().exec(CatalogueSubmitResourceDocument, { input: { id: draftId } }),
        await caller().exec(CatalogueSuspendResourceDocument, { input: { id: publishedId, note: 'x' } }),
        await caller().exec(CatalogueResumeResourceDocument, { input: { id: publishedId } }),
        await caller().exec(CatalogueRetireResourceDocument, { input: { id: publishedId, note: 'x' } }),
        await caller().exec(CatalogueUpdateResourceCapacityDocument, { input: { id: publishedId, remaining: 1 } }),
      ];
      for (const { errors } of attempts) expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(await countAll()).toBe(before);
      expect(await snapshot(publishedId)).toEqual(pubBefore);
    });
  });

  it('a provider that does not exist is NOT_FOUND', async () => {
    const { errors } = await viewer().exec(CatalogueProviderDocument, { id: 'P-NOPE' });
    expect(errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  describe('checkEligibility', () => {
    let householdId: string;

    beforeAll(async () => {
      const { data } = await adviser().exec(CreateHouseholdDocument, {
        input: householdInput({
          economics: {
            incomeWages: 3000,
            incomePensions: 0,
            incomeBenefits: 0,
            incomeMaintenance: 0,
            incomeOther: 0,
            liquidAssets: 1000,
          },
          members: [{ name: '核查甲', idNumber: freshIdNumber('1960-05-05'), relation: 'HEAD', hukou: 'LOCAL' }],
        }) as never,
      });
      if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
      householdId = data.createHousehold.id;
    });

    it('an ADVISER of the street gets a result with a bilingual trace', async () => {
      const { data } = await adviser().exec(CatalogueCheckEligibilityDocument, { householdId, resourceId: r01 });
      const check = data!.checkEligibility;
      if (check.__typename !== 'EligibilityCheck') throw new Error(JSON.stringify(check));
      // one LOCAL member earning 3,000 a month: above the dibao standard
      expect(check.result).toBe('INELIGIBLE');
      expect(check.trace.length).toBeGreaterThan(0);
      for (const line of check.trace) expect(line.zh && line.en).toBeTruthy();
    });

    it('ADMIN may check too', async () => {
      const { data } = await admin().exec(CatalogueCheckEligibilityDocument, { householdId, resourceId: r01 });
      expect(data!.checkEligibility).toMatchObject({ __typename: 'EligibilityCheck', result: 'INELIGIBLE' });
    });

    it('an ADVISER of another street gets NotFoundError', async () => {
      const { data } = await otherAdviser().exec(CatalogueCheckEligibilityDocument, { householdId, resourceId: r01 });
      expect(data!.checkEligibility).toMatchObject({ __typename: 'NotFoundError', errorCode: 'NOT_FOUND' });
    });

    it("another organisation's draft is NotFoundError for an ADVISER", async () => {
      const { data } = await adviser().exec(CatalogueCheckEligibilityDocument, { householdId, resourceId: draftId });
      expect(data!.checkEligibility).toMatchObject({ __typename: 'NotFoundError' });
    });

    it.each([
      ['PARTNER', partnerA],
      ['VIEWER', viewer],
    ] as const)('%s is refused (FORBIDDEN)', async (_role, caller) => {
      const { errors } = await caller().exec(CatalogueCheckEligibilityDocument, { householdId, resourceId: r01 });
      expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });
  });
});
