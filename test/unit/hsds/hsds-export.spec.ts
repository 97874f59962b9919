// The pure export: each catalogue field in its HSDS place (HSDS 3.0 schema/service.json and
// organization.json), fees apart from benefits, suspended as "temporarily closed".
import 'reflect-metadata';
import type { Provider, Resource } from '../../../src/modules/catalogue/catalogue.entity';
import { ExportContext, organizationRecord, serviceRecord } from '../../../src/modules/hsds/hsds-export';
import { organizationUuid } from '../../../src/modules/hsds/hsds-ids';

const provider = {
  id: 'P-CN-MZJ',
  nameZh: '长宁区民政局',
  nameEn: 'Changning District Civil Affairs Bureau',
  parentDepartment: null,
  contact: {
    phone: '021-62222222',
    email: 'mzj@example.cn',
    address: '长宁路1号',
    postalCode: '200050',
    website: null,
  },
  contacts: [{ name: '王老师', title: '科长', department: null, email: null, phones: [] }],
} as unknown as Provider;

const resource = (over: Partial<Resource> = {}) =>
  ({
    id: '6f1c1f5e-0000-4000-8000-000000000001',
    providerId: 'P-CN-MZJ',
    status: 'PUBLISHED',
    statusNote: null,
    nameZh: '助餐',
    nameEn: 'Meals',
    descriptionZh: '老年助餐',
    descriptionEn: 'Meals for elders',
    needCodes: ['N08'],
    eligibility: { anyMember: { fact: 'member.age', op: 'gte', value: 60 } },
    benefit: { descriptionZh: '每餐补贴5元', descriptionEn: '5 yuan off each meal' },
    geoScope: { level: 'STREET', codes: ['310105001'] },
    applicationChannel: '',
    requiredMaterials: [],
    lastVerified: '2026-01-05',
    url: null,
    email: null,
    phones: null,
    contacts: null,
    languages: ['zh', 'wuu'],
    schedules: [
      { days: ['MO', 'FR'], opensAt: '11:00', closesAt: '13:00', validFrom: null, validTo: null, description: null },
    ],
    feesDescription: '每餐自付10元',
    costOptions: [
      { option: '60岁以上', amount: 10, currency: 'CNY', amountDescription: '每餐', validFrom: null, validTo: null },
    ],
    updatedAt: new Date('2026-01-01T00:00:00Z'),
    ...over,
  }) as unknown as Resource;

const ctx: ExportContext = {
  needs: new Map(),
  lastModified: new Map([['6f1c1f5e-0000-4000-8000-000000000001', new Date('2026-02-03T04:05:06Z')]]),
  areas: new Map([['310105001', { nameZh: '华阳路街道', nameEn: 'Huayang Road Subdistrict' }]]),
};

describe('HSDS export', () => {
  it('puts fees in fees_description and cost_options, and the benefit in the description, never in fees', () => {
    const s = serviceRecord(resource(), provider, ctx, false) as any;
    expect(s.fees_description).toBe('每餐自付10元');
    expect(s.cost_options).toEqual([expect.objectContaining({ option: '60岁以上', amount: 10, currency: 'CNY' })]);
    expect(s.description).toContain('待遇 Benefit: 每餐补贴5元 / 5 yuan off each meal');
    expect(s.fees_description).not.toContain('5元');
  });

  it('fills status, dates, ages, schedules, languages and areas', () => {
    const s = serviceRecord(resource(), provider, ctx, true) as any;
    expect(s).toMatchObject({
      status: 'active',
      last_modified: '2026-02-03T04:05:06.000Z', // the latest history entry, not updatedAt
      assured_date: '2026-01-05',
      minimum_age: 60,
      organization: { id: organizationUuid('P-CN-MZJ'), name: '长宁区民政局' },
    });
    expect(s.schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,FR', opens_at: '11:00', closes_at: '13:00', timezone: 8 }),
    ]);
    expect(s.languages.map((l: any) => [l.code, l.name])).toEqual([
      ['zh', '中文 Chinese'],
      ['wuu', '吴语 Wu Chinese'],
    ]);
    expect(s.service_areas.map((a: any) => [a.name, a.extent])).toEqual([
      ['华阳路街道 Huayang Road Subdistrict', '310105001'],
    ]);
  });

  it('gives a service without phones or contacts of its own those of its provider', () => {
    const s = serviceRecord(resource(), provider, ctx, false) as any;
    expect(s.phones.map((p: any) => p.number)).toEqual(['021-62222222']);
    expect(s.contacts.map((c: any) => c.name)).toEqual(['王老师']);
    const own = serviceRecord(
      resource({ phones: [{ number: '021-1', extension: 8, type: 'CELL', description: null }] }),
      provider,
      ctx,
      false,
    ) as any;
    expect(own.phones).toEqual([expect.objectContaining({ number: '021-1', extension: 8, type: 'cell' })]);
  });

  it('shows a suspended resource as temporarily closed, with the reason as its alert; retired as defunct', () => {
    const suspended = serviceRecord(resource({ status: 'SUSPENDED', statusNote: '名额已满' }), provider, ctx, false);
    expect(suspended).toMatchObject({ status: 'temporarily closed', alert: '暂停 Suspended: 名额已满' });
    expect(serviceRecord(resource({ status: 'RETIRED' }), provider, ctx, false)).toMatchObject({ status: 'defunct' });
  });

  it('writes the provider as an organization with its phone, contacts, address and provider code', () => {
    const o = organizationRecord(provider, [resource()], ctx, false) as any;
    expect(o.phones.map((p: any) => p.number)).toEqual(['021-62222222']);
    expect(o.email).toBe('mzj@example.cn');
    expect(o.locations[0].addresses[0]).toMatchObject({ address_1: '长宁路1号', postal_code: '200050', country: 'CN' });
    expect(o.organization_identifiers[0]).toMatchObject({
      identifier_type: 'four-lists-provider-code',
      identifier: 'P-CN-MZJ',
    });
    expect(Object.keys(o.services[0])).not.toContain('attributes'); // one-to-one fields only
  });
});
