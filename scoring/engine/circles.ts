// The four circles (POLICY.md §2): every matching rule with its evidence, and the primary circle
// (the lowest-numbered match, POL-CIR-2). 近两年 is the rolling 24 months back from asOf, boundary
// day included, events after asOf ignored (POL-CIR-3).
import { addMonthsPacked, packIsoDate } from '../dates';
import type { HouseholdFacts } from '../facts';
import { CATEGORY_BIT, type HouseholdContext } from '../household/context';
import type { CompiledCircleRule, CompiledModel } from '../model/compiled';
import type { CircleMatch, CircleResult } from '../types';

function evidenceFor(rule: CompiledCircleRule, f: HouseholdFacts, c: HouseholdContext): string | null {
  switch (rule.kind) {
    case 'categoryHeld': {
      if ((c.heldMask & rule.mask) === 0) return null;
      for (const h of f.categories) {
        if ((CATEGORY_BIT[h.category] & rule.mask & c.heldMask) !== 0) return h.since === null ? h.category : `${h.category} since ${h.since}`;
      }
      return null;
    }
    case 'categoryEnded': {
      const from = addMonthsPacked(c.asOf, -rule.months);
      for (const h of f.categories) {
        const bit = CATEGORY_BIT[h.category];
        // A category that ended but is held again (a renewed holding) has not ended.
        if ((bit & rule.mask) === 0 || (bit & c.heldMask) !== 0 || h.until === null) continue;
        const until = packIsoDate(h.until);
        if (until >= from && until <= c.asOf) return `${h.category} ended ${h.until}`;
      }
      return null;
    }
    case 'event': {
      const from = addMonthsPacked(c.asOf, -rule.months);
      for (const e of f.assistanceEvents) {
        if (!rule.eventKinds.has(e.kind)) continue;
        const date = packIsoDate(e.date);
        if (date >= from && date <= c.asOf) return `${e.kind} ${e.scheme} ${e.date}`;
      }
      return null;
    }
    case 'flag': {
      // A switch, not f[rule.flag]: a property read by a varying name is slow on the hot path.
      const set = rule.flag === 'massOrganisationBeneficiary' ? f.massOrganisationBeneficiary
        : rule.flag === 'charityPriority' ? f.charityPriority : f.foundByVisit;
      return set === true ? rule.flag : null;
    }
  }
}

export function evaluateCircles(m: CompiledModel, f: HouseholdFacts, c: HouseholdContext): CircleResult {
  const matched: CircleMatch[] = [];
  let primary: CircleMatch | null = null;
  for (const rule of m.circleRules) {
    const evidence = evidenceFor(rule, f, c);
    if (evidence === null) continue;
    const match: CircleMatch = { circle: rule.circle, ruleId: rule.id, zh: rule.zh, en: rule.en, evidence };
    matched.push(match);
    if (primary === null || match.circle < primary.circle) primary = match;
  }
  return { primary: primary === null ? null : primary.circle, rule: primary, matched };
}
