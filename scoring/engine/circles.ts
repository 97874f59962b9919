// The four circles (POLICY.md §2): every matching rule with its evidence, and the primary circle
// (the lowest-numbered match, POL-CIR-2). 近两年 is the rolling 24 months back from asOf, boundary
// day included, events after asOf ignored (POL-CIR-3).
import { addMonthsPacked, packIsoDate } from '../dates';
import type { HouseholdFacts } from '../facts';
import { CATEGORY_BIT, type HouseholdContext } from '../household/context';
import type { CompiledCircleRule, CompiledModel } from '../model/compiled';
import type { CircleMatch, CircleResult } from '../types';

/** The result for a household no rule matches: one frozen object, as most batches have many. */
const NO_CIRCLE: CircleResult = Object.freeze({
  primary: null,
  rule: null,
  matched: Object.freeze([]) as unknown as CircleMatch[],
});

function categoryHeldEvidence(rule: CompiledCircleRule, f: HouseholdFacts, c: HouseholdContext): string | null {
  if ((c.heldMask & rule.mask) === 0) return null;
  for (const h of f.categories) {
    if ((CATEGORY_BIT[h.category] & rule.mask & c.heldMask) !== 0)
      return h.since === null ? h.category : `${h.category} since ${h.since}`;
  }
  return null;
}

function categoryEndedEvidence(rule: CompiledCircleRule, f: HouseholdFacts, c: HouseholdContext): string | null {
  let from = NaN;
  for (const h of f.categories) {
    if (h.until === null) continue;
    const bit = CATEGORY_BIT[h.category];
    // A category that ended but is held again (a renewed holding) has not ended.
    if ((bit & rule.mask) === 0 || (bit & c.heldMask) !== 0) continue;
    if (Number.isNaN(from)) from = addMonthsPacked(c.asOf, -rule.months);
    const until = packIsoDate(h.until);
    if (until >= from && until <= c.asOf) return `${h.category} ended ${h.until}`;
  }
  return null;
}

function eventEvidence(rule: CompiledCircleRule, f: HouseholdFacts, c: HouseholdContext): string | null {
  let from = NaN;
  for (const e of f.assistanceEvents) {
    if (!rule.eventKinds.has(e.kind)) continue;
    if (Number.isNaN(from)) from = addMonthsPacked(c.asOf, -rule.months);
    const date = packIsoDate(e.date);
    if (date >= from && date <= c.asOf) return `${e.kind} ${e.scheme} ${e.date}`;
  }
  return null;
}

function flagEvidence(rule: CompiledCircleRule, f: HouseholdFacts): string | null {
  // A comparison, not f[rule.flag]: a property read by a varying name is slow on the hot path.
  const set =
    rule.flag === 'massOrganisationBeneficiary'
      ? f.massOrganisationBeneficiary
      : rule.flag === 'charityPriority'
        ? f.charityPriority
        : f.foundByVisit;
  return set === true ? rule.flag : null;
}

function evidenceFor(rule: CompiledCircleRule, f: HouseholdFacts, c: HouseholdContext): string | null {
  switch (rule.kind) {
    case 'categoryHeld':
      return categoryHeldEvidence(rule, f, c);
    case 'categoryEnded':
      return f.categories.length === 0 ? null : categoryEndedEvidence(rule, f, c);
    case 'event':
      return f.assistanceEvents.length === 0 ? null : eventEvidence(rule, f, c);
    case 'flag':
      return flagEvidence(rule, f);
  }
}

export function evaluateCircles(m: CompiledModel, f: HouseholdFacts, c: HouseholdContext): CircleResult {
  const rules = m.circleRules;
  let matched: CircleMatch[] | null = null;
  let primary: CircleMatch | null = null;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    const evidence = evidenceFor(rule, f, c);
    if (evidence === null) continue;
    const match: CircleMatch = { circle: rule.circle, ruleId: rule.id, zh: rule.zh, en: rule.en, evidence };
    (matched ??= []).push(match);
    if (primary === null || match.circle < primary.circle) primary = match;
  }
  return matched === null ? NO_CIRCLE : { primary: primary!.circle, rule: primary, matched };
}
