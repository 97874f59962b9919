// HSDS 3.0 interchange over GraphQL: hsdsExport and importHsds. The conformance part reads the
// official schemas and examples from ../shared/hsds-3.0 (beside the repository); without that
// folder it is skipped, saying so. Expected field lists come from reading the official examples
// against the mapping table in README ("HSDS 3.0").
import {
  CataloguePublishResourceDocument,
  CatalogueSubmitResourceDocument,
  CatalogueSuspendResourceDocument,
  HsdsCreateResourceDocument,
  HsdsExportDocument,
  HsdsImportedResourceDocument,
  HsdsResourceCountDocument,
  HsdsSaveProviderDocument,
  ImportHsdsDocument,
  ImportHsdsMutation,
} from '../__generated__/graphql';
import { readHsds, schemaErrors, withHsds } from '../support/hsds-schemas';
import { useTestApi } from '../support/test-api';

type Report = Extract<ImportHsdsMutation['importHsds'], { __typename: 'HsdsImportReport' }>;
const partner = (providerId: string) => ({ role: 'PARTNER' as const, providerId, sub: `partner-${providerId}` });
const ADMIN = { role: 'ADMIN' as const };
const PARTNER = partner('P-CN-MZJ');

// README "HSDS 3.0": the service and organization fields the import maps; any other field with data is reported.
const MAPPED_SERVICE_FIELDS = [
  'id',
  'organization_id',
  'organization',
  'name',
  'alternate_name',
  'description',
  'url',
  'email',
  'status',
  'application_process',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'last_modified',
  'phones',
  'contacts',
  'languages',
  'schedules',
  'cost_options',
  'required_documents',
  'attributes',
];
const MAPPED_ORGANIZATION_FIELDS = ['id', 'name', 'alternate_name', 'email', 'website', 'phones', 'contacts'];
const MAPPED_ORGANIZATION_PARTS = ['locations', 'services', 'organization_identifiers'];

describe('HSDS 3.0 interchange (e2e)', () => {
  const api = useTestApi();
  const count = async (status: 'DRAFT' | 'PUBLISHED' | 'SUSPENDED') =>
    (await api.as(ADMIN).exec(HsdsResourceCountDocument, { filter: { status } })).data!.resources.totalItems;
  const importAs = async (who: Parameters<typeof api.as>[0], dataset: unknown, providerId?: string) => {
    const { data, errors } = await api.as(who).exec(ImportHsdsDocument, { dataset, providerId });
    expect(errors).toBeUndefined();
    return data!.importHsds;
  };
  const imported = async (who: Parameters<typeof api.as>[0], dataset: unknown, providerId?: string) => {
    const result = await importAs(who, dataset, providerId);
    if (result.__typename !== 'HsdsImportReport') throw new Error(JSON.stringify(result));
    return result;
  };
  const refused = async (who: Parameters<typeof api.as>[0], dataset: unknown, providerId?: string) => {
    const result = await importAs(who, dataset, providerId);
    if (result.__typename !== 'InputValidationError') throw new Error(`imported: ${JSON.stringify(result)}`);
    return result.fieldErrors.map((e) => `${e.field} ${e.reason}`);
  };
  const resource = async (id: string) =>
    (await api.as(ADMIN).exec(HsdsImportedResourceDocument, { id })).data!.resource!;
  const exported = async () => (await api.as({ role: 'VIEWER' }).exec(HsdsExportDocument)).data!.hsdsExport as any[];

  it('exports the published catalogue: organizations with services, need codes as four-lists-needs terms', async () => {
    const orgs = await exported();
    const services = orgs.flatMap((o) => o.services);
    expect(services).toHaveLength((await count('PUBLISHED')) + (await count('SUSPENDED')));
    expect((await exported()).map((o) => o.id)).toEqual(orgs.map((o) => o.id)); // ids are stable
    for (const s of services) {
      expect(s.eligibility_description).toBeTruthy();
      const needs = s.attributes.filter((a: any) => a.taxonomy_term.taxonomy === 'four-lists-needs');
      expect(needs.length).toBeGreaterThan(0);
      for (const a of needs) expect(a.taxonomy_term.code).toMatch(/^N\d\d$/);
    }
  });

  it('refuses the export to anonymous callers', async () => {
    const { errors } = await api.anonymous().exec(HsdsExportDocument);
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('exports a suspended resource as temporarily closed, with the reason as its alert', async () => {
    const r30 = (await exported()).flatMap((o) => o.services).find((s: any) => s.name === '残联康复 / 辅具 / 无障碍');
    const cl = partner('P-CN-CL');
    const { data } = await api
      .as(cl)
      .exec(CatalogueSuspendResourceDocument, { input: { id: r30.id, note: '年度名额已满 quota used up' } });
    expect(data!.suspendResource.__typename).toBe('Resource');
    const after = (await exported()).flatMap((o) => o.services).find((s: any) => s.id === r30.id);
    expect(after).toMatchObject({ status: 'temporarily closed', alert: '暂停 Suspended: 年度名额已满 quota used up' });
    // from the new history entry
    expect(Date.parse(after.last_modified)).toBeGreaterThan(Date.parse(r30.last_modified));
  });

  it('refuses an invalid file with the JSON path of each problem, and imports nothing', async () => {
    const before = await count('DRAFT');
    const dataset = {
      contents: [
        { id: 'a', name: 'ok', status: 'active' },
        { id: 'b', status: 'open', minimum_age: 'twelve' },
        { id: 3, name: '', status: 'active', attributes: {} },
        {
          id: 'c',
          name: 'x',
          status: 'active',
          email: 'nobody',
          schedules: [{ id: 's', byday: 'MO', opens_at: '9am' }],
        },
      ],
    };
    expect((await refused(PARTNER, dataset)).sort()).toEqual([
      'dataset.contents.1.minimum_age NOT_A_NUMBER',
      'dataset.contents.1.name REQUIRED',
      'dataset.contents.1.status NOT_ALLOWED',
      'dataset.contents.2.attributes NOT_AN_ARRAY',
      'dataset.contents.2.id NOT_A_STRING',
      'dataset.contents.2.name EMPTY',
      'dataset.contents.3.email INVALID_EMAIL',
      'dataset.contents.3.schedules.0.opens_at INVALID_TIME',
    ]);
    expect(await count('DRAFT')).toBe(before);
  });

  it('refuses a four-lists extension that does not hold valid catalogue data, at the attribute value', async () => {
    const extension = (code: string, value: string) => ({
      id: `a-${code}`,
      value,
      taxonomy_term: { id: `t-${code}`, code, name: code, taxonomy: 'four-lists-extensions' },
    });
    const dataset = {
      id: 'e',
      name: 'ext',
      status: 'active',
      attributes: [
        extension('eligibility_rule', '{"fact":"household.colour","op":"eq","value":1}'),
        extension('geo_scope', '{"level":"STREET","codes":["999999999"]}'),
        extension('benefit', 'not json'),
      ],
    };
    expect((await refused(PARTNER, dataset)).map((f) => f.replace(/ .*/, '')).sort()).toEqual([
      'dataset.attributes.0.value.fact',
      'dataset.attributes.1.value.codes.0',
      'dataset.attributes.2.value',
    ]);
  });

  it('refuses a dataset with no organizations or services', async () => {
    expect(await refused(PARTNER, { total_items: 0, contents: [] })).toEqual(['dataset NO_SERVICES']);
  });

  it('lets a partner import into its own provider only; ADMIN names the provider for bare services', async () => {
    const dataset = { id: 'x', name: 'Food pantry', status: 'active' };
    const { errors } = await api.as(PARTNER).exec(ImportHsdsDocument, { providerId: 'P-CN-CSH', dataset });
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    const viewer = await api.as({ role: 'VIEWER' }).exec(ImportHsdsDocument, { dataset });
    expect(viewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    expect(await refused(ADMIN, dataset)).toEqual(['providerId REQUIRED']);
    expect(await refused(ADMIN, dataset, 'P-NOPE')).toEqual(['providerId UNKNOWN_PROVIDER']);
  });

  it('maps exact N-codes and common terms to need codes; the rest is listed and N25 is a placeholder', async () => {
    const term = (code: string | null, name: string) => ({
      id: `a-${name}`,
      taxonomy_term: { id: `t-${name}`, code, name, description: name },
    });
    const dataset = [
      {
        id: 's1',
        name: '助餐点',
        alternate_name: 'Meal point',
        status: 'active',
        minimum_age: 60,
        attributes: [term('N08', 'daily care'), term(null, 'Food'), term('X1', 'Knitting')],
      },
      { id: 's2', name: 'Something', status: 'active', description: 'no terms' },
    ];
    const report = await imported(ADMIN, dataset, 'P-CN-MZJ');
    expect(report.services.map((c) => [c.needCodes, c.unmappedTerms, c.placeholderNeed])).toEqual([
      [['N06', 'N08'], ['X1: Knitting'], false],
      [['N25'], [], true],
    ]);
    expect(await resource(report.services[0].resourceId)).toMatchObject({
      status: 'DRAFT',
      nameZh: '助餐点',
      nameEn: 'Meal point',
      providerId: 'P-CN-MZJ',
      eligibility: {
        all: [
          { fact: 'household.memberCount', op: 'gte', value: 1 },
          { anyMember: { fact: 'member.age', op: 'gte', value: 60 } },
        ],
      },
    });
  });

  it('re-importing the same HSDS id updates the draft; once submitted, the re-import is refused', async () => {
    const me = partner('P-CN-YBJ');
    const first = await imported(me, { id: 'again', name: '第一版', status: 'active' });
    const drafts = await count('DRAFT');
    const second = await imported(me, { id: 'again', name: '第二版', status: 'active', url: 'https://ybj.example.cn' });
    expect(second.services[0]).toMatchObject({ outcome: 'UPDATED', resourceId: first.services[0].resourceId });
    expect(await count('DRAFT')).toBe(drafts);
    const r = await resource(first.services[0].resourceId);
    expect(r).toMatchObject({ nameZh: '第二版', url: 'https://ybj.example.cn', hsdsId: 'again' });
    expect(r.history.map((h) => h.action)).toEqual(['IMPORTED', 'IMPORTED']);
    expect(r.history[1].changes).toMatchObject({ nameZh: { from: '第一版', to: '第二版' } });
    // Another provider importing the same id gets its own draft.
    const other = await imported(partner('P-CN-JYJ'), { id: 'again', name: '第一版', status: 'active' });
    expect(other.services[0].outcome).toBe('CREATED');

    await api.as(me).exec(CatalogueSubmitResourceDocument, { input: { id: r.id } });
    expect(await refused(me, { id: 'again', name: '第三版', status: 'active' })).toEqual(['dataset.id NOT_A_DRAFT']);
    expect(
      await refused(me, [
        { id: 'twice', name: 'a', status: 'active' },
        { id: 'twice', name: 'b', status: 'active' },
      ]),
    ).toEqual(['dataset.1.id DUPLICATE_ID']);
  });

  it('exports the contact details a provider and a resource hold; unknown stays absent', async () => {
    const saved = await api.as(ADMIN).exec(HsdsSaveProviderDocument, {
      input: {
        id: 'P-CN-TEST',
        nameZh: '测试社会组织',
        nameEn: 'Test NGO',
        type: 'SOCIAL_ORGANISATION',
        phone: '021-60000000',
        email: 'office@ngo.example.cn',
        address: '长宁区华阳路1号',
        postalCode: '200050',
        website: 'https://ngo.example.cn',
        contacts: [{ name: '李老师', title: '项目主管', phones: [{ number: '13800000000', type: 'CELL' }] }],
        serviceArea: { level: 'DISTRICT', codes: ['310105'] },
        verificationStatus: 'VERIFIED',
      },
    });
    expect(saved.data!.saveProvider.__typename).toBe('Provider');
    const bad = await api.as(ADMIN).exec(HsdsSaveProviderDocument, {
      input: {
        id: 'P-CN-BAD',
        nameZh: '坏',
        nameEn: 'Bad',
        type: 'CHARITY',
        email: 'no-at-sign',
        website: 'ftp://x',
        contacts: [{}],
        serviceArea: { level: 'CITY', codes: [] },
        verificationStatus: 'UNVERIFIED',
      },
    });
    expect(bad.data!.saveProvider).toMatchObject({
      fieldErrors: [
        { field: 'input.email', reason: 'INVALID_EMAIL' },
        { field: 'input.website', reason: 'INVALID_URL' },
        { field: 'input.contacts.0', reason: 'EMPTY' },
      ],
    });

    const input = {
      providerId: 'P-CN-TEST',
      nameZh: '长者助餐',
      nameEn: 'Meals for elders',
      form: 'SERVICE' as const,
      needCodes: ['N08'],
      eligibility: { anyMember: { fact: 'member.age', op: 'gte', value: 60 } },
      capacityKind: 'ENTITLEMENT' as const,
      geoScope: { level: 'STREET' as const, codes: ['310105001'] },
      benefit: { descriptionZh: '每餐补贴5元', descriptionEn: '5 yuan off each meal' },
      url: 'https://ngo.example.cn/meals',
      email: 'meals@ngo.example.cn',
      phones: [{ number: '021-60000001', extension: 8, type: 'VOICE' as const, description: '工作日' }],
      languages: ['zh', 'wuu'],
      schedules: [{ days: ['MO' as const, 'TU' as const], opensAt: '11:00', closesAt: '13:00' }],
      feesDescription: '每餐自付10元',
      costOptions: [{ option: '60岁以上', amount: 10, currency: 'CNY', amountDescription: '每餐' }],
    };
    const wrong = await api.as(ADMIN).exec(HsdsCreateResourceDocument, {
      input: {
        ...input,
        email: 'x',
        languages: ['Chinese'],
        schedules: [{ days: [], opensAt: '13:00', closesAt: '11:00' }],
      },
    });
    expect(wrong.data!.createResource).toMatchObject({
      fieldErrors: [
        { field: 'input.email', reason: 'INVALID_EMAIL' },
        { field: 'input.languages.0', reason: 'INVALID_LANGUAGE' },
        { field: 'input.schedules.0.days', reason: 'EMPTY' },
        { field: 'input.schedules.0.closesAt', reason: 'INVALID_RANGE' },
      ],
    });
    const created = (await api.as(ADMIN).exec(HsdsCreateResourceDocument, { input })).data!.createResource;
    if (created.__typename !== 'Resource') throw new Error(JSON.stringify(created));
    expect(created.phones).toEqual([{ number: '021-60000001', extension: 8, type: 'VOICE', description: '工作日' }]);
    await api.as(ADMIN).exec(CatalogueSubmitResourceDocument, { input: { id: created.id } });
    await api.as(ADMIN).exec(CataloguePublishResourceDocument, { input: { id: created.id } });

    const org = (await exported()).find((o) => o.organization_identifiers[0].identifier === 'P-CN-TEST');
    expect(org).toMatchObject({
      email: 'office@ngo.example.cn',
      website: 'https://ngo.example.cn',
      phones: [{ number: '021-60000000' }],
      contacts: [{ name: '李老师', title: '项目主管', phones: [{ number: '13800000000', type: 'cell' }] }],
      locations: [{ location_type: 'physical', addresses: [{ address_1: '长宁区华阳路1号', postal_code: '200050' }] }],
    });
    const s = org.services[0];
    expect(s).toMatchObject({
      url: 'https://ngo.example.cn/meals',
      email: 'meals@ngo.example.cn',
      fees_description: '每餐自付10元',
      phones: [{ number: '021-60000001', extension: 8, type: 'voice', description: '工作日' }],
      contacts: [{ name: '李老师' }], // the provider's, as the resource names none
      languages: [{ code: 'zh' }, { code: 'wuu' }],
      schedules: [{ freq: 'WEEKLY', byday: 'MO,TU', opens_at: '11:00', closes_at: '13:00' }],
      cost_options: [{ option: '60岁以上', amount: 10, currency: 'CNY', amount_description: '每餐' }],
    });
    expect(s.description).toContain('待遇 Benefit: 每餐补贴5元 / 5 yuan off each meal');
    const history = (await resource(created.id)).history;
    expect(s.last_modified).toBe(new Date(history.at(-1)!.at).toISOString());
    // Seeded resources know none of this: nothing is invented.
    const r01 = (await exported()).flatMap((o) => o.services).find((x: any) => x.name === '最低生活保障金');
    for (const key of ['url', 'email', 'phones', 'schedules', 'languages', 'fees_description', 'cost_options'])
      expect(r01).not.toHaveProperty(key);
  });

  withHsds('conformance with the official HSDS 3.0 schemas and examples', () => {
    it('exports validate: organizations by compiled/organization.json, services by compiled/service.json', async () => {
      const orgs = await exported();
      for (const o of orgs)
        expect({ id: o.id, errors: schemaErrors('schema/compiled/organization.json', o) }).toEqual({
          id: o.id,
          errors: null,
        });
      for (const s of orgs.flatMap((o) => o.services))
        expect({ id: s.id, errors: schemaErrors('schema/compiled/service.json', s) }).toEqual({
          id: s.id,
          errors: null,
        });
      expect(schemaErrors('schema/compiled/organization_package.json', orgs)).toBeNull();
    });

    it.each([
      ['examples/base.json', 'dataset NOT_IMPORTABLE', /API meta information/],
      ['examples/location.json', 'dataset NOT_IMPORTABLE', /an HSDS location/],
      ['examples/taxonomy.json', 'dataset NOT_IMPORTABLE', /an HSDS taxonomy:/],
      ['examples/taxonomy_term.json', 'dataset NOT_IMPORTABLE', /an HSDS taxonomy term/],
    ])('refuses %s, which holds no organization or service, saying what it is', async (file, problem, why) => {
      for (const who of [PARTNER, ADMIN]) {
        const result = await importAs(who, readHsds(file));
        expect(result).toMatchObject({ __typename: 'InputValidationError', message: expect.stringMatching(why) });
        expect(await refused(who, readHsds(file))).toEqual([problem]);
      }
    });

    it('reads organization_list.json as organizations: ADMIN gets a provider, a PARTNER the reason not', async () => {
      const dataset = readHsds('examples/organization_list.json');
      expect(await refused(PARTNER, dataset)).toEqual(['dataset NO_SERVICES']);
      const report = await imported(ADMIN, dataset);
      expect(report.services).toEqual([]);
      expect(report.organizations).toEqual([
        expect.objectContaining({
          path: 'dataset.contents.0',
          name: 'Example Organization Inc.',
          outcome: 'CREATED',
          providerId: expect.stringMatching(/^P-HSDS-/),
          unmappedFields: [
            'description',
            'tax_status',
            'year_incorporated',
            'legal_status',
            'logo',
            'uri',
            'parent_organization_id',
          ],
        }),
      ]);
      expect(report.organizations[0].warnings[0]).toMatch(/type set to SOCIAL_ORGANISATION/);
      expect((await imported(ADMIN, dataset)).organizations[0].outcome).toBe('UPDATED'); // idempotent by HSDS id
    });

    it('imports service_full.json field by field: fees stay fees, no benefit, every other field named', async () => {
      const report = await imported(partner('P-CN-FGJ'), readHsds('examples/service_full.json'));
      const [s] = report.services;
      expect(s).toMatchObject({
        path: 'dataset',
        outcome: 'CREATED',
        hsdsServiceId: 'ac148810-d857-441c-9679-408f346de14b',
      });
      expect(s.unmappedFields).toEqual([
        'interpretation_services',
        'wait_time',
        'fees',
        'accreditations',
        'assurer_email',
        'licenses',
        'alert',
        'phones.0.languages',
        'schedules.0.dtstart',
        'schedules.0.timezone',
        'schedules.0.until',
        'schedules.0.count',
        'schedules.0.byweekno',
        'schedules.0.bymonthday',
        'schedules.0.byyearday',
        'schedules.0.schedule_link',
        'schedules.0.attending_type',
        'schedules.0.notes',
        'service_areas',
        'service_at_locations',
        'languages.0.note',
        'funding',
        'program',
        'required_documents.0.uri',
        'contacts.0.phones.0.languages',
        'attributes.0.value',
        'metadata',
      ]);
      expect(s.unmappedTerms).toEqual(['code: name']); // the example's term is a placeholder
      expect(report.organizations).toMatchObject([{ path: 'dataset.organization', outcome: 'NOT_APPLIED' }]);
      const r = await resource(s.resourceId);
      expect(r).toMatchObject({
        status: 'DRAFT',
        providerId: 'P-CN-FGJ',
        nameZh: 'Community Counselling',
        nameEn: 'MyCity Counselling Services',
        url: 'http://example.com/counselling',
        email: 'email@example.com',
        lastVerified: '2005-01-01',
        feesDescription: expect.stringMatching(/^Non-NHS patients are expected to pay/),
        costOptions: [
          {
            option: 'Under 18s and Over 60s',
            amount: 35,
            currency: 'gbp',
            amountDescription: 'per 1 hour session',
            validFrom: '2020-01-01',
            validTo: '2022-12-31',
          },
        ],
        benefit: { amount: null, descriptionZh: null, descriptionEn: null },
        phones: [{ number: '"+44 1234 234567"', extension: 100, type: 'VOICE' }],
        contacts: [
          { name: 'Ann Persona', title: 'Reception Manager', department: 'Reception', email: 'email@example.com' },
        ],
        languages: ['ur'],
        schedules: [
          { days: ['TH', 'FR'], opensAt: '10:00', closesAt: '18:00', validFrom: '2005-01-01', validTo: '2005-01-01' },
        ],
        requiredMaterials: [expect.stringMatching(/^Any official identification document/)],
        history: [{ action: 'IMPORTED', toStatus: 'DRAFT', actorRole: 'PARTNER' }],
      });
      expect(r.descriptionEn).toMatch(/^Counselling Services provided[\s\S]*Eligibility: This service is intended/);
      expect(r.history[0].note).toMatch(/last modified 2023-03-15T10:30:45.123Z/);
    });

    it.each([
      'examples/service_full.json',
      'examples/service_list.json',
      'examples/organization_full.json',
      'examples/service_at_location_full.json',
    ])('imports %s and names every field it does not import', async (file) => {
      const dataset = readHsds(file);
      const who = partner('P-CN-RSJ');
      const report = await imported(who, dataset);
      expect(report.services.length).toBeGreaterThan(0);
      for (const s of report.services) {
        const record = s.path
          .split('.')
          .slice(1)
          .reduce((o: any, k) => o[k], dataset);
        for (const key of Object.keys(record).filter((k) => !MAPPED_SERVICE_FIELDS.includes(k)))
          expect({ key, named: s.unmappedFields.some((f) => f === key || f.startsWith(`${key}.`)) }).toEqual({
            key,
            named: true,
          });
      }
      for (const o of report.organizations) {
        const record = o.path
          .split('.')
          .slice(1)
          .reduce((x: any, k) => x[k], dataset);
        const applied =
          o.outcome === 'NOT_APPLIED'
            ? ['id', 'services']
            : [...MAPPED_ORGANIZATION_FIELDS, ...MAPPED_ORGANIZATION_PARTS];
        for (const key of Object.keys(record).filter((k) => !applied.includes(k)))
          expect({ key, named: o.unmappedFields.some((f) => f === key || f.startsWith(`${key}.`)) }).toEqual({
            key,
            named: true,
          });
      }
      if (file.includes('service_at_location'))
        expect(report.unmappedFields).toEqual([
          'dataset.description',
          'dataset.contacts',
          'dataset.phones',
          'dataset.schedules',
          'dataset.location',
        ]);
    });

    it('ADMIN imports organization_full.json as a provider with its services', async () => {
      const report = await imported(ADMIN, readHsds('examples/organization_full.json'));
      const [org] = report.organizations;
      expect(org).toMatchObject({
        outcome: expect.stringMatching(/CREATED|UPDATED/),
        providerId: expect.stringMatching(/^P-HSDS-/),
      });
      expect(report.services).toMatchObject([{ providerId: org.providerId, path: 'dataset.services.0' }]);
      expect(org.unmappedFields).toEqual(
        expect.arrayContaining(['description', 'phones.0.extension', 'locations.0.addresses.0.city', 'programs']),
      );
    });

    it('round-trips its own export: eligibility rules, areas, benefits and catalogue fields survive', async () => {
      const before = (await exported()).find((o) => o.organization_identifiers[0].identifier === 'P-CN-CL');
      const report = await imported(ADMIN, [before]); // ADMIN, no provider named: the identifier finds P-CN-CL
      expect(report.organizations).toMatchObject([{ providerId: 'P-CN-CL', outcome: 'MATCHED' }]);
      expect(report.services).toHaveLength(before.services.length);
      for (const s of report.services) {
        expect([s.unmappedTerms, s.placeholderNeed, s.unmappedFields]).toEqual([
          [],
          false,
          s.unmappedFields.filter((f) => f === 'alert'),
        ]);
        const copy = await resource(s.resourceId);
        const original = await resource(s.hsdsServiceId);
        // Need codes are a set (the import lists them in code order); ids, status and history are the copy's own.
        const same = ({ id, code, status, hsdsId, history, needCodes, ...rest }: typeof copy) => ({
          ...rest,
          needCodes: [...needCodes].sort(),
        });
        expect(same(copy)).toEqual(same(original));
      }
      // The issue's case: R30's "at least one member has a disability" stays that rule, in Changning.
      const r30 = report.services.find((s) => s.name === '残联康复 / 辅具 / 无障碍')!;
      expect(await resource(r30.resourceId)).toMatchObject({
        eligibility: { anyMember: { fact: 'member.hasDisability', op: 'eq', value: true } },
        geoScope: { level: 'DISTRICT', codes: ['310105'] },
      });
    });
  });
});
