// The pure import: where a dataset's organizations and services are, what each field becomes,
// and that every field that is not imported is named.
import 'reflect-metadata';
import type { FieldProblem } from '../../../src/common/domain-error';
import { kindOf, readDataset } from '../../../src/modules/hsds/hsds-dataset';
import { extensionAttributes, readExtension } from '../../../src/modules/hsds/hsds-extensions';
import { importedProviderCode, stableUuid } from '../../../src/modules/hsds/hsds-ids';
import { importedRule, mapService } from '../../../src/modules/hsds/hsds-import';
import { mapOrganization } from '../../../src/modules/hsds/hsds-organization';
import { Ledger } from '../../../src/modules/hsds/hsds-reader';
import type { Resource } from '../../../src/modules/catalogue/catalogue.entity';

const KNOWN = new Set(Array.from({ length: 28 }, (_, i) => `N${String(i + 1).padStart(2, '0')}`));
const problemsOf = (ps: FieldProblem[]) => ps.map((p) => `${p.field} ${p.reason}`);

describe('HSDS ids', () => {
  it('derives stable RFC 4122 version-5-shaped ids, and provider codes from organization ids', () => {
    expect(stableUuid('organization', 'P-CN-MZJ')).toBe(stableUuid('organization', 'P-CN-MZJ'));
    expect(stableUuid('organization', 'P-CN-MZJ')).not.toBe(stableUuid('organization', 'P-CN-YBJ'));
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(importedProviderCode('d9d5e0f5')).toMatch(/^P-HSDS-[0-9A-F]{12}$/); // fits ProviderInput's ^[A-Z0-9-]{2,40}$
    expect(importedProviderCode('d9d5e0f5')).toBe(importedProviderCode('d9d5e0f5'));
  });
});

describe('HSDS dataset shapes', () => {
  const s = { id: 's', name: 'n', status: 'active' };
  const org = { id: 'o', name: 'org', description: 'd' };

  it.each([
    [{ version: '3.0', profile: 'p', openapi_url: 'u' }, 'api_meta'],
    [{ id: 'l', location_type: 'physical', name: 'Civic Center' }, 'location'],
    [{ id: 't', name: 'n', description: 'd', uri: 'http://x', version: '1' }, 'taxonomy'],
    [{ id: 't', code: 'c', name: 'n', description: 'd', taxonomy: 'x', taxonomy_detail: {} }, 'taxonomy_term'],
    [{ id: 'sal', description: 'd', service: s }, 'service_at_location'],
    [s, 'service'],
    [{ id: 's', name: 'n' }, 'service'], // read as a service so that its missing status is named
    [org, 'organization'],
    [{ id: 'o', name: 'org', website: 'http://x' }, 'organization'],
    [{ id: 'x' }, 'unknown'],
  ] as const)('%j is a %s', (record, kind) => {
    expect(kindOf(record)).toBe(kind);
  });

  it('finds organizations and services in every accepted shape, with their JSON paths', () => {
    const paths = (d: unknown) => {
      const read = readDataset(d);
      return [read.organizations.map((o) => o.path), read.services.map((x) => x.path)];
    };
    expect(paths(s)).toEqual([[], ['dataset']]);
    expect(paths({ total_items: 2, contents: [s, s] })).toEqual([[], ['dataset.contents.0', 'dataset.contents.1']]);
    expect(paths([{ ...org, services: [s] }])).toEqual([['dataset.0'], ['dataset.0.services.0']]);
    expect(paths({ contents: [org] })).toEqual([['dataset.contents.0'], []]); // organization_list.json
    expect(paths({ id: 'sal', service: s })).toEqual([[], ['dataset.service']]);
    expect(paths({ ...s, organization: org })).toEqual([['dataset.organization'], ['dataset']]);
  });

  it('links a service to its organization: enclosing, nested, or named by organization_id', () => {
    const read = readDataset([
      org,
      { ...s, organization_id: 'o' },
      { ...s, id: 's2', organization: { ...org, id: 'p' } },
    ]);
    expect(read.services.map((x) => x.organization?.path)).toEqual(['dataset.0', 'dataset.2.organization']);
  });

  it('refuses what holds no organization or service with the exact reason', () => {
    const refusal = (d: unknown) => readDataset(d).problems.map((p) => `${p.field} ${p.reason}: ${p.message}`);
    expect(refusal({ version: '3.0', openapi_url: 'u' })).toEqual([
      'dataset NOT_IMPORTABLE: this is HSDS API meta information (version, profile, openapi_url): it holds no ' +
        'organizations or services',
    ]);
    expect(refusal([s, { id: 'l', location_type: 'virtual' }])[0]).toMatch(
      /^dataset.1 NOT_IMPORTABLE: this is an HSDS location/,
    );
    expect(refusal({ contents: [] })).toEqual([
      'dataset NO_SERVICES: the dataset holds no HSDS organizations or services',
    ]);
    expect(refusal('nope')).toEqual(['dataset NOT_AN_OBJECT: expected an HSDS organization or service']);
    expect(refusal({ id: 'x' })[0]).toMatch(/^dataset UNKNOWN_RECORD: this is neither an HSDS service/);
  });

  it('names the fields of a page and of a service_at_location that are not imported', () => {
    expect(readDataset({ total_items: 1, contents: [s], next: 'x' }).unmapped).toEqual(['dataset.next']);
    expect(readDataset({ id: 'sal', description: 'here', phones: [{ id: 'p' }], service: s }).unmapped).toEqual([
      'dataset.description',
      'dataset.phones',
    ]);
  });
});

describe('Ledger', () => {
  it('reports each unused subtree once at its top, skips empty values and what sits under a used path', () => {
    const ledger = new Ledger();
    ledger.use('a', 'b.0.x', 'c.y');
    const record = {
      a: { deep: 1 },
      b: [{ x: 1, y: 2 }, { x: 3 }],
      c: { y: 1, z: { q: 1 } },
      d: null,
      e: [],
      f: ' ',
    };
    expect(ledger.unused(record)).toEqual(['b.0.y', 'b.1', 'c.z']);
  });
});

describe('mapService', () => {
  const map = (record: Record<string, unknown>) => {
    const problems: FieldProblem[] = [];
    return { ...mapService('dataset', record, KNOWN, problems), problems };
  };

  it('checks the fields it reads, with their dataset paths', () => {
    const m = map({
      id: 1,
      status: 'open',
      maximum_age: 5,
      minimum_age: 10,
      attributes: [{ id: 'a', taxonomy_term: { id: 't' } }],
    });
    expect(problemsOf(m.problems)).toEqual([
      'dataset.id NOT_A_STRING',
      'dataset.name REQUIRED',
      'dataset.status NOT_ALLOWED',
      'dataset.attributes.0.taxonomy_term.name REQUIRED',
      'dataset.maximum_age INVALID_RANGE',
    ]);
  });

  it('maps exact N-codes and keywords to needs, and lists the terms that map to none', () => {
    const t = (code: string | null, name: string) => ({ id: name, taxonomy_term: { id: name, code, name } });
    const attributes = [t('n12', 'x'), t(null, 'Legal aid'), t('Z', 'Housing'), t('Q', 'Knitting')];
    const m = map({ id: 's', name: 'n', status: 'active', attributes });
    expect([m.needCodes, m.unmappedTerms]).toEqual([['N04', 'N12', 'N26'], ['Q: Knitting']]);
  });

  it('keeps fees as fees (收费) and never turns them into a benefit', () => {
    const m = map({
      id: 's',
      name: 'n',
      status: 'active',
      fees_description: '£50 per hour',
      cost_options: [{ id: 'c', amount: 35, currency: 'gbp', option: 'Under 18s' }],
    });
    expect(m.fields.feesDescription).toBe('£50 per hour');
    expect(m.fields.costOptions).toEqual([
      { option: 'Under 18s', amount: 35, currency: 'gbp', amountDescription: null, validFrom: null, validTo: null },
    ]);
    expect(m.fields).not.toHaveProperty('benefit');
  });

  it('reads weekly schedules (HH:MM:00 is HH:MM), reports what one cannot hold, refuses bad times', () => {
    const schedules = [
      {
        id: 'x',
        freq: 'WEEKLY',
        byday: 'MO,TU',
        opens_at: '09:00:00',
        closes_at: '17:30',
        timezone: 8,
        byweekno: '41',
      },
      { id: 'y', freq: 'MONTHLY', bymonthday: '1' },
      { id: 'z', byday: 'XX', opens_at: '25:00' },
    ];
    const m = map({ id: 's', name: 'n', status: 'active', schedules });
    expect(m.fields.schedules![0]).toEqual({
      days: ['MO', 'TU'],
      opensAt: '09:00',
      closesAt: '17:30',
      validFrom: null,
      validTo: null,
      description: null,
    });
    expect(m.ledger.unused({ schedules })).toEqual(['schedules.0.byweekno', 'schedules.1']);
    expect(m.warnings).toContain('schedules.1: only weekly opening hours are imported; this MONTHLY schedule was not');
    expect(problemsOf(m.problems)).toEqual([
      'dataset.schedules.2.byday NOT_ALLOWED',
      'dataset.schedules.2.opensAt INVALID_TIME',
    ]);
  });

  it('gives imported resources an always-decidable rule with the HSDS ages', () => {
    expect(importedRule({})).toEqual({ fact: 'household.memberCount', op: 'gte', value: 1 });
    expect(importedRule({ minimum_age: 12, maximum_age: 100 })).toEqual({
      all: [
        { fact: 'household.memberCount', op: 'gte', value: 1 },
        {
          anyMember: {
            all: [
              { fact: 'member.age', op: 'gte', value: 12 },
              { fact: 'member.age', op: 'lte', value: 100 },
            ],
          },
        },
      ],
    });
  });
});

describe('four-lists-extensions attributes', () => {
  const catalogueFields = {
    form: 'CASH',
    descriptionZh: '中文',
    descriptionEn: 'English',
    capacityKind: 'QUOTA',
    quota: 20,
    period: 'YEAR',
    processingDays: 20,
    policyBasis: '长社救联办〔2024〕2号',
    exclusiveGroup: 'BASIC_LIVING',
    statutoryFirst: true,
    tierOverride: null,
    validFrom: '2024-01-01',
    validTo: null,
    figuresVerified: false,
  };
  const resource = {
    id: '6f1c1f5e-0000-4000-8000-000000000001',
    eligibility: { anyMember: { fact: 'member.hasDisability', op: 'eq', value: true } },
    geoScope: { level: 'DISTRICT', codes: ['310105'] },
    benefit: {
      amount: 410,
      unit: 'PER_PERSON_MONTH',
      cap: null,
      sessions: null,
      hours: null,
      descriptionZh: '补贴',
      descriptionEn: 'allowance',
    },
    ...catalogueFields,
  } as unknown as Resource;

  it('carry the rule, the scope, the benefit and the catalogue fields as data, and read back the same values', () => {
    const read = Object.assign(
      {},
      ...extensionAttributes(resource).map((a) => {
        const got = readExtension((a.taxonomy_term as { code: 'benefit' }).code, a.value, 'at', 'rel');
        expect([got.problems, got.unknownKeys]).toEqual([[], []]);
        return got.fields;
      }),
    );
    expect(read).toEqual({
      eligibility: resource.eligibility,
      geoScope: resource.geoScope,
      benefit: resource.benefit,
      ...catalogueFields,
    });
  });

  it('refuse what is not valid, and name keys they do not know', () => {
    expect(problemsOf(readExtension('eligibility_rule', '{not json', 'v', 'r').problems)).toEqual(['v INVALID_JSON']);
    expect(problemsOf(readExtension('geo_scope', '{"level":"PLANET","codes":[]}', 'v', 'r').problems)).toEqual([
      'v.level NOT_ALLOWED',
    ]);
    const bad = JSON.stringify({ form: 'GOLD', quota: -1, statutoryFirst: 'yes', colour: 'red' });
    const fields = readExtension('catalogue_fields', bad, 'v', 'r');
    expect(problemsOf(fields.problems).sort()).toEqual([
      'v.form NOT_ALLOWED',
      'v.quota BELOW_MINIMUM',
      'v.statutoryFirst NOT_A_BOOLEAN',
    ]);
    expect(fields.unknownKeys).toEqual(['r.colour']);
    expect(problemsOf(readExtension('benefit', '{"amount":1.234}', 'v', 'r').problems)).toEqual([
      'v.amount NOT_A_NUMBER',
    ]);
  });
});

describe('mapOrganization', () => {
  it('takes the names, email, website, first phone, contacts and a Shanghai address; the rest is named', () => {
    const problems: FieldProblem[] = [];
    const address = {
      id: 'a',
      address_1: '华阳路1号',
      city: '上海市',
      state_province: '上海市',
      postal_code: '200050',
      country: 'CN',
      address_type: 'physical',
    };
    const record = {
      id: 'o',
      name: '某社会组织',
      alternate_name: 'Some NGO',
      description: 'd',
      email: 'a@b.cn',
      website: 'https://ngo.example.cn',
      phones: [
        { id: 'p', number: '021-1234', type: 'voice' },
        { id: 'q', number: '021-5678' },
      ],
      contacts: [{ id: 'c', name: '张三', phones: [{ id: 'cp', number: '139' }] }],
      locations: [{ id: 'l', location_type: 'physical', name: '某社会组织', addresses: [address] }],
      organization_identifiers: [{ id: 'i', identifier_type: 'four-lists-provider-code', identifier: 'P-CN-MZJ' }],
    };
    const m = mapOrganization('dataset', record, problems);
    expect(problems).toEqual([]);
    expect(m.providerCode).toBe('P-CN-MZJ');
    expect(m.fields).toEqual({
      nameZh: '某社会组织',
      nameEn: 'Some NGO',
      contact: {
        phone: '021-1234',
        email: 'a@b.cn',
        address: '华阳路1号',
        postalCode: '200050',
        website: 'https://ngo.example.cn',
      },
      contacts: [
        {
          name: '张三',
          title: null,
          department: null,
          email: null,
          phones: [{ number: '139', extension: null, type: null, description: null }],
        },
      ],
    });
    expect(m.ledger.unused(record)).toEqual(['description', 'phones.0.type', 'phones.1']);
  });
});
