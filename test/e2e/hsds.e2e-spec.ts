// HSDS 3.0 interchange over HTTP. The conformance part reads the official schemas and examples from
// ../shared/hsds-3.0 (beside the repository); without that folder it is skipped, saying so.
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  HsdsExportDocument,
  HsdsImportedResourceDocument,
  HsdsResourceCountDocument,
  ImportHsdsDocument,
} from '../__generated__/graphql';
import { useTestApi } from '../support/test-api';

const HSDS_DIR = path.resolve(__dirname, '../../../shared/hsds-3.0');
const haveShared = existsSync(path.join(HSDS_DIR, 'schema/compiled/service.json'));
if (!haveShared) console.warn(`HSDS conformance tests skipped: ${HSDS_DIR} (../shared/hsds-3.0) is missing`);
const conformance = haveShared ? describe : describe.skip;

const read = (file: string) => JSON.parse(readFileSync(path.join(HSDS_DIR, file), 'utf8'));
const PARTNER = { role: 'PARTNER' as const, providerId: 'P-CN-MZJ', sub: 'partner-mzj' };
const SERVICE_EXAMPLES = [
  'examples/service_full.json',
  'examples/service_list.json',
  'examples/organization_full.json',
  'examples/service_at_location_full.json',
];

function compile(file: string): ValidateFunction {
  // HSDS uses non-standard keywords (name, datapackage_type, …): non-strict mode, as its README says.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(read(file));
}

describe('HSDS 3.0 interchange (e2e)', () => {
  const api = useTestApi();
  const count = async (status: 'DRAFT' | 'PUBLISHED') =>
    (await api.as({ role: 'ADMIN' }).exec(HsdsResourceCountDocument, { filter: { status } })).data!.resources
      .totalItems;

  it('exports the published catalogue: organizations with services, need codes as four-lists-needs terms, ages from the rule', async () => {
    const { data, errors } = await api.as({ role: 'VIEWER' }).exec(HsdsExportDocument);
    expect(errors).toBeUndefined();
    const orgs = data!.hsdsExport as any[];
    const services = orgs.flatMap((o) => o.services);
    expect(services).toHaveLength(await count('PUBLISHED'));
    const again = (await api.as(PARTNER).exec(HsdsExportDocument)).data!.hsdsExport as any[];
    expect(again.map((o) => o.id)).toEqual(orgs.map((o) => o.id)); // ids are stable
    for (const s of services) {
      expect(s.status).toBe('active');
      expect(s.eligibility_description).toBeTruthy();
      expect(s.attributes.length).toBeGreaterThan(0);
      for (const a of s.attributes)
        expect(a.taxonomy_term).toMatchObject({ taxonomy: 'four-lists-needs', code: expect.stringMatching(/^N\d\d$/) });
    }
    expect(services.some((s) => typeof s.minimum_age === 'number' || typeof s.maximum_age === 'number')).toBe(true);
  });

  it('refuses the export to anonymous callers', async () => {
    const { errors } = await api.anonymous().exec(HsdsExportDocument);
    expect(errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('refuses an invalid file with the JSON path of each problem, and imports nothing', async () => {
    const before = await count('DRAFT');
    const dataset = {
      contents: [
        { id: 'a', name: 'ok', status: 'active' },
        { id: 'b', status: 'open', minimum_age: 'twelve' },
        { id: 3, name: '', status: 'active', attributes: {} },
      ],
    };
    const { data } = await api.as(PARTNER).exec(ImportHsdsDocument, { dataset });
    const result = data!.importHsds;
    if (result.__typename !== 'InputValidationError')
      throw new Error(`expected InputValidationError, got ${result.__typename}`);
    expect(result.fieldErrors.map((e) => `${e.field} ${e.reason}`).sort()).toEqual([
      'dataset.contents.1.minimum_age NOT_A_NUMBER',
      'dataset.contents.1.name REQUIRED',
      'dataset.contents.1.status NOT_ALLOWED',
      'dataset.contents.2.attributes NOT_AN_ARRAY',
      'dataset.contents.2.id NOT_A_STRING',
      'dataset.contents.2.name EMPTY',
    ]);
    expect(await count('DRAFT')).toBe(before);
  });

  it('refuses a dataset with no services', async () => {
    const { data } = await api.as(PARTNER).exec(ImportHsdsDocument, { dataset: { total_items: 0, contents: [] } });
    expect(data!.importHsds).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'dataset', reason: 'NO_SERVICES' }],
    });
  });

  it('lets a partner import into its own provider only', async () => {
    const dataset = { id: 'x', name: 'Food pantry', status: 'active' };
    const { errors } = await api.as(PARTNER).exec(ImportHsdsDocument, { providerId: 'P-CN-CSH', dataset });
    expect(errors![0].extensions!.code).toBe('FORBIDDEN');
    const viewer = await api.as({ role: 'VIEWER' }).exec(ImportHsdsDocument, { dataset });
    expect(viewer.errors![0].extensions!.code).toBe('FORBIDDEN');
    const admin = await api.as({ role: 'ADMIN' }).exec(ImportHsdsDocument, { dataset });
    expect(admin.data!.importHsds).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'providerId', reason: 'REQUIRED' }],
    });
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
    const { data } = await api.as({ role: 'ADMIN' }).exec(ImportHsdsDocument, { providerId: 'P-CN-MZJ', dataset });
    const result = data!.importHsds;
    if (result.__typename !== 'HsdsImportReport') throw new Error(JSON.stringify(result));
    expect(result.created.map((c) => [c.needCodes, c.unmappedTerms, c.placeholderNeed])).toEqual([
      [['N06', 'N08'], ['X1: Knitting'], false],
      [['N25'], [], true],
    ]);
    const { data: r } = await api
      .as({ role: 'ADMIN' })
      .exec(HsdsImportedResourceDocument, { id: result.created[0].resourceId });
    expect(r!.resource).toMatchObject({
      status: 'DRAFT',
      nameZh: '助餐点',
      nameEn: 'Meal point',
      providerId: 'P-CN-MZJ',
    });
    expect(r!.resource!.eligibility).toEqual({
      all: [
        { fact: 'household.memberCount', op: 'gte', value: 1 },
        { anyMember: { fact: 'member.age', op: 'gte', value: 60 } },
      ],
    });
  });

  conformance('conformance with the official HSDS 3.0 schemas and examples', () => {
    it('every exported organization validates against compiled/organization.json, every service against compiled/service.json', async () => {
      const orgs = (await api.as({ role: 'VIEWER' }).exec(HsdsExportDocument)).data!.hsdsExport as any[];
      const organization = compile('schema/compiled/organization.json');
      const service = compile('schema/compiled/service.json');
      const pkg = compile('schema/compiled/organization_package.json');
      for (const o of orgs)
        expect({ id: o.id, errors: organization(o) ? null : organization.errors }).toEqual({ id: o.id, errors: null });
      for (const s of orgs.flatMap((o) => o.services))
        expect({ id: s.id, errors: service(s) ? null : service.errors }).toEqual({ id: s.id, errors: null });
      expect(pkg(orgs) ? null : pkg.errors).toBeNull();
    });

    it('our export imports back', async () => {
      const orgs = (await api.as({ role: 'VIEWER' }).exec(HsdsExportDocument)).data!.hsdsExport as any[];
      const mine = orgs.filter((o) => o.organization_identifiers[0].identifier === 'P-CN-MZJ');
      const { data } = await api.as(PARTNER).exec(ImportHsdsDocument, { dataset: mine });
      const result = data!.importHsds;
      if (result.__typename !== 'HsdsImportReport') throw new Error(JSON.stringify(result));
      expect(result.created).toHaveLength(mine[0].services.length);
      expect(result.created.every((c) => !c.placeholderNeed && c.unmappedTerms.length === 0)).toBe(true);
    });

    it.each(SERVICE_EXAMPLES)(
      'imports the official example %s as DRAFT resources with an IMPORTED history, listing unmapped terms',
      async (file) => {
        const dataset = read(file);
        const before = await count('DRAFT');
        const { data, errors } = await api.as(PARTNER).exec(ImportHsdsDocument, { dataset });
        expect(errors).toBeUndefined();
        const result = data!.importHsds;
        if (result.__typename !== 'HsdsImportReport') throw new Error(JSON.stringify(result));
        expect(result.providerId).toBe('P-CN-MZJ');
        expect(result.created.length).toBeGreaterThan(0);
        expect(await count('DRAFT')).toBe(before + result.created.length);
        for (const c of result.created) {
          const { data: r } = await api.as(PARTNER).exec(HsdsImportedResourceDocument, { id: c.resourceId });
          expect(r!.resource).toMatchObject({
            status: 'DRAFT',
            providerId: 'P-CN-MZJ',
            history: [{ action: 'IMPORTED', toStatus: 'DRAFT', actorRole: 'PARTNER' }],
          });
        }
        if (JSON.stringify(dataset).includes('"taxonomy_term"')) {
          // The examples' term is a placeholder ("code: name"): nothing maps, so it is listed.
          expect(result.created[0].unmappedTerms).toEqual(['code: name']);
          expect(result.created[0].needCodes).toEqual(['N25']);
        }
      },
    );

    it('accepts every example it imports as valid under the official schema too', () => {
      const service = compile('schema/compiled/service.json');
      expect(service(read('examples/service_full.json')) ? null : service.errors).toBeNull();
    });
  });
});
