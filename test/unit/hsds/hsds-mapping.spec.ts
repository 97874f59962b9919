import { exportService, stableUuid } from '../../../src/modules/hsds/hsds-export';
import { checkService, findServices, importedRule, mapTerms } from '../../../src/modules/hsds/hsds-import';
import type { Resource } from '../../../src/modules/catalogue/catalogue.entity';

const KNOWN = new Set(Array.from({ length: 28 }, (_, i) => `N${String(i + 1).padStart(2, '0')}`));

describe('HSDS mapping', () => {
  it('derives stable RFC 4122 version-5-shaped ids', () => {
    expect(stableUuid('organization', 'P-CN-MZJ')).toBe(stableUuid('organization', 'P-CN-MZJ'));
    expect(stableUuid('organization', 'P-CN-MZJ')).not.toBe(stableUuid('organization', 'P-CN-YBJ'));
    expect(stableUuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('finds services in every accepted shape, with their JSON paths', () => {
    const s = { id: 's', name: 'n', status: 'active' };
    expect(findServices(s).services.map((f) => f.path)).toEqual(['dataset']);
    expect(findServices({ contents: [s, s] }).services.map((f) => f.path)).toEqual([
      'dataset.contents.0',
      'dataset.contents.1',
    ]);
    expect(findServices([{ id: 'o', name: 'org', services: [s] }]).services.map((f) => f.path)).toEqual([
      'dataset.0.services.0',
    ]);
    expect(findServices({ id: 'sal', service: s }).services.map((f) => f.path)).toEqual(['dataset.service']);
    expect(findServices('nope').problems[0]).toMatchObject({ field: 'dataset', reason: 'NOT_AN_OBJECT' });
    expect(findServices([]).problems[0]).toMatchObject({ field: 'dataset', reason: 'NO_SERVICES' });
  });

  it('checks the fields the import reads', () => {
    const problems = checkService({
      path: 'dataset',
      service: {
        id: 1,
        status: 'open',
        maximum_age: 5,
        minimum_age: 10,
        attributes: [{ id: 'a', taxonomy_term: { id: 't' } }],
      },
    });
    expect(problems.map((p) => `${p.field} ${p.reason}`)).toEqual([
      'dataset.id NOT_A_STRING',
      'dataset.name REQUIRED',
      'dataset.status NOT_ALLOWED',
      'dataset.maximum_age INVALID_RANGE',
      'dataset.attributes.0.taxonomy_term.name REQUIRED',
    ]);
  });

  it('maps exact codes and keywords, lists the rest', () => {
    const t = (code: string | null, name: string) => ({ taxonomy_term: { id: name, code, name } });
    expect(
      mapTerms({ attributes: [t('n12', 'x'), t(null, 'Legal aid'), t('Z', 'Housing'), t('Q', 'Knitting')] }, KNOWN),
    ).toEqual({ needCodes: ['N04', 'N12', 'N26'], unmappedTerms: ['Q: Knitting'] });
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

  it('exports need codes as four-lists-needs terms and ages from the rule', () => {
    const r = {
      id: '6f1c1f5e-0000-4000-8000-000000000001',
      nameZh: '助餐',
      nameEn: 'Meals',
      descriptionZh: '',
      descriptionEn: 'd',
      needCodes: ['N08'],
      eligibility: { anyMember: { fact: 'member.age', op: 'gte', value: 60 } },
      benefit: {},
      geoScope: { level: 'CITY', codes: [] },
      applicationChannel: '',
      requiredMaterials: [],
    } as unknown as Resource;
    const s = exportService(r, 'org', new Map()) as any;
    expect(s).toMatchObject({
      id: r.id,
      organization_id: 'org',
      name: '助餐',
      alternate_name: 'Meals',
      status: 'active',
      minimum_age: 60,
    });
    expect(s.attributes[0].taxonomy_term).toMatchObject({ code: 'N08', taxonomy: 'four-lists-needs' });
    expect(s.eligibility_description).toBeTruthy();
  });
});
