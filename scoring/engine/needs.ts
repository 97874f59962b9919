// Need codes raised by indicator scores (NEEDS.md §2), with NEED-1..4: triggers may name the level
// (NEED-1) or a predicate (NEED-2); red flags raise their needs as EMERGENCY (NEED-3, NEED-4).
import type { Atom, CompiledModel, CompiledWhen } from '../model/compiled';
import { AtomKind } from '../model/compiled';
import { HARDSHIP_LEVELS, type NeedResult } from '../types';
import { firstHolding, type RuleState } from './aggregate';

/** A red flag that fired, with the alternative of its `when` that held. */
export interface FiredRedFlag { flag: number; alternative: number }

function describe(m: CompiledModel, a: Atom): string {
  switch (a.kind) {
    case AtomKind.Predicate: return m.predicates[a.index].name;
    case AtomKind.Level: return `level=${HARDSHIP_LEVELS[a.index]}`;
    case AtomKind.DeprivedAtLeast: return `k>=${a.value}`;
    default: return m.indicators[a.index].code;
  }
}

function collect(m: CompiledModel, atoms: Atom[], indicators: string[], conditions: string[]): void {
  for (const a of atoms) {
    const list = a.kind === AtomKind.ScoreAtLeast || a.kind === AtomKind.ScoreEquals ? indicators : conditions;
    const text = describe(m, a);
    if (!list.includes(text)) list.push(text);
  }
}

function holdingAlternatives(when: CompiledWhen, scores: Int8Array, predicates: Uint8Array, state: RuleState): number[] | null {
  let found: number[] | null = null;
  for (let a = firstHolding(when, scores, predicates, state); a >= 0; a = firstHolding(when, scores, predicates, state, a + 1)) {
    (found ??= []).push(a);
  }
  return found;
}

export function deriveNeeds(m: CompiledModel, scores: Int8Array, predicates: Uint8Array, state: RuleState, fired: FiredRedFlag[]): NeedResult[] {
  const needs: NeedResult[] = [];
  for (let n = 0; n < m.needs.length; n++) {
    const need = m.needs[n];
    const alternatives = holdingAlternatives(need.when, scores, predicates, state);
    let flags: FiredRedFlag[] | null = null;
    for (const f of fired) if (m.redFlags[f.flag].raises.includes(n)) (flags ??= []).push(f);
    if (alternatives === null && flags === null) continue;
    const result: NeedResult = {
      code: need.code, zh: need.zh, en: need.en, category: need.category, form: need.form,
      urgency: flags === null ? 'ORDINARY' : 'EMERGENCY', indicators: [], redFlags: [], conditions: [],
    };
    if (alternatives !== null) for (const a of alternatives) collect(m, need.when[a], result.indicators, result.conditions);
    if (flags !== null) {
      for (const f of flags) {
        const flag = m.redFlags[f.flag];
        result.redFlags.push(flag.code);
        collect(m, flag.when[f.alternative], result.indicators, result.conditions);
      }
    }
    needs.push(result);
  }
  return needs;
}
