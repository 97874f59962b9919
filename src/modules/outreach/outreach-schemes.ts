// Group 1's rules: the published basic-living and special schemes of the catalogue (OUTREACH_SCHEMES),
// compiled once per sweep by the eligibility engine; for an UNKNOWN verdict, the facts to ask are the
// facts of the conditions that lack them (the failing lines' paths resolved in the rule).
import type { EntityManager } from 'typeorm';
import { OUTREACH_SCHEMES, type SchemeCheck } from '../../../policy/outreach-groups';
import { compileRule, type CompiledRule, type EligibilityFacts, type Rule } from '../eligibility';
import { factDef } from '../eligibility/rule-facts';
import { Resource } from '../catalogue/catalogue.entity';

export interface CompiledScheme {
  code: string;
  nameZh: string;
  nameEn: string;
  rule: CompiledRule;
}

export async function loadSchemes(em: EntityManager): Promise<CompiledScheme[]> {
  const codes = OUTREACH_SCHEMES.map((s) => s.code);
  const resources = await em
    .getRepository(Resource)
    .createQueryBuilder('r')
    .where('r.code IN (:...codes) AND r.status = :published', { codes, published: 'PUBLISHED' })
    .orderBy('r.code')
    .getMany();
  return resources.map((r) => ({
    code: r.code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    rule: compileRule(r.eligibility as Rule),
  }));
}

/** Each scheme's verdict for one household, with the facts to ask when UNKNOWN. */
export function checkSchemes(schemes: readonly CompiledScheme[], facts: EligibilityFacts): SchemeCheck[] {
  return schemes.map((s) => {
    const { result, failed } = s.rule.check(facts);
    const factsToAsk =
      result === 'UNKNOWN'
        ? [...new Set(failed.filter((l) => l.result === 'UNKNOWN').flatMap((l) => factsAt(s.rule.rule, l.path)))]
        : [];
    const label = (name: string, lang: 'zh' | 'en') => factDef(name)?.[lang] ?? name;
    const factLabels = {
      zh: factsToAsk.map((n) => label(n, 'zh')),
      en: factsToAsk.map((n) => label(n, 'en')),
    };
    return { code: s.code, nameZh: s.nameZh, nameEn: s.nameEn, verdict: result, factsToAsk, factLabels };
  });
}

/** The fact names under the node at `path` ($.all[1].anyMember…) of a rule; the whole rule's when unreadable. */
export function factsAt(rule: Rule, path: string): string[] {
  let node: unknown = rule;
  for (const m of path.slice(1).matchAll(/\.(all|any)\[(\d+)\]|\.(not|anyMember|everyMember)/g)) {
    const next = m[1]
      ? (node as Record<string, unknown[]>)[m[1]]?.[Number(m[2])]
      : (node as Record<string, unknown>)[m[3]];
    if (next === undefined) break;
    node = next;
  }
  const out: string[] = [];
  const walk = (n: unknown) => {
    if (n === null || typeof n !== 'object') return;
    const o = n as Record<string, unknown>;
    if (typeof o.fact === 'string' && !out.includes(o.fact)) out.push(o.fact);
    for (const key of ['all', 'any']) if (Array.isArray(o[key])) (o[key] as unknown[]).forEach(walk);
    for (const key of ['not', 'anyMember', 'everyMember']) if (key in o) walk(o[key]);
  };
  walk(node);
  return out;
}
