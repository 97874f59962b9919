// Group 1's verdicts come from the eligibility engine over the catalogue's own rules; an UNKNOWN verdict
// names the facts to ask: those of the conditions that lack a value, read from the rule at their paths.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileRule, type Rule } from '../../../src/modules/eligibility';
import { checkSchemes, factsAt, type CompiledScheme } from '../../../src/modules/outreach/outreach-schemes';
import { facts, member } from '../eligibility/fixtures';

const catalogue = JSON.parse(readFileSync(path.resolve(__dirname, '../../../seeds/data/catalogue.json'), 'utf8'));
const resource = (code: string) => (catalogue.resources ?? catalogue).find((r: { code: string }) => r.code === code);
const scheme = (code: string): CompiledScheme => ({
  code,
  nameZh: resource(code).nameZh,
  nameEn: resource(code).nameEn,
  rule: compileRule(resource(code).eligibility as Rule),
});

describe('outreach schemes: verdicts and the facts to ask', () => {
  it('R01 (head LOCAL, r < 1, assets within limit) with the wages unknown: UNKNOWN, ask for the income ratio', () => {
    // CATALOGUE.md R01: the only condition without a value is household.incomeRatio ($.all[1]).
    const f = facts({
      members: [member({ relation: 'HEAD', hukou: 'LOCAL' })],
      incomeMonthly: { wages: null, pensions: 0, benefits: 0, maintenance: 0, other: 0 },
      liquidAssets: 0,
    });
    expect(checkSchemes([scheme('R01')], f)).toEqual([
      expect.objectContaining({ code: 'R01', verdict: 'UNKNOWN', factsToAsk: ['household.incomeRatio'] }),
    ]);
    // The adviser reads the fact in the rule language's words (rule-facts.ts: incomeRatio is 人均收入).
    expect(checkSchemes([scheme('R01')], f)[0].factLabels).toEqual({ zh: ['人均收入'], en: ['per-capita income'] });
  });

  it('R01 with r = 0.5 and no assets: ELIGIBLE, nothing to ask; r = 3: INELIGIBLE', () => {
    const poor = facts({ members: [member({ relation: 'HEAD', hukou: 'LOCAL' })], liquidAssets: 0 }, {}, 0.5);
    expect(checkSchemes([scheme('R01')], poor)[0]).toMatchObject({ verdict: 'ELIGIBLE', factsToAsk: [] });
    const rich = facts({ members: [member({ relation: 'HEAD', hukou: 'LOCAL' })] }, {}, 3);
    expect(checkSchemes([scheme('R01')], rich)[0]).toMatchObject({ verdict: 'INELIGIBLE', factsToAsk: [] });
  });

  it('factsAt reads the node at a path, under quantifiers and negations, and the whole rule when unreadable', () => {
    const rule: Rule = {
      all: [
        { fact: 'household.incomeRatio', op: 'lt', value: 1 },
        {
          anyMember: {
            all: [
              { fact: 'member.age', op: 'gte', value: 60 },
              { fact: 'member.hukou', op: 'eq', value: 'LOCAL' },
            ],
          },
        },
        { not: { fact: 'household.categories', op: 'includes', value: 'DB' } },
      ],
    } as Rule;
    expect(factsAt(rule, '$.all[0]')).toEqual(['household.incomeRatio']);
    expect(factsAt(rule, '$.all[1].anyMember.all[1]')).toEqual(['member.hukou']);
    expect(factsAt(rule, '$.all[1].anyMember')).toEqual(['member.age', 'member.hukou']);
    expect(factsAt(rule, '$.all[2]')).toEqual(['household.categories']);
    expect(factsAt(rule, '$.all[9]')).toEqual([
      'household.incomeRatio',
      'member.age',
      'member.hukou',
      'household.categories',
    ]);
  });
});
