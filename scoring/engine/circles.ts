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
      const held = f.categories.find((h) => (CATEGORY_BIT[h.category] & rule.mask & c.heldMask) !== 0)!;
      return held.since === null ? held.category : `${held.category} since ${held.since}`;
    }
    case 'categoryEnded': {
      const from = addMonthsPacked(c.asOf, -rule.months);
      // A category that ended but is held again (a renewed holding) has not ended.
      const ended = f.categories.find((h) => {
        const bit = CATEGORY_BIT[h.category];
        if ((bit & rule.mask) === 0 || (bit & c.heldMask) !== 0 || h.until === null) return false;
        const until = packIsoDate(h.until);
        return until >= from && until <= c.asOf;
      });
      return ended === undefined ? null : `${ended.category} ended ${ended.until}`;
    }
    case 'event': {
      const from = addMonthsPacked(c.asOf, -rule.months);
      const event = f.assistanceEvents.find((e) => {
        if (!rule.eventKinds.has(e.kind)) return false;
        const date = packIsoDate(e.date);
        return date >= from && date <= c.asOf;
      });
      return event === undefined ? null : `${event.kind} ${event.scheme} ${event.date}`;
    }
    case 'flag':
      return f[rule.flag!] === true ? rule.flag : null;
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
