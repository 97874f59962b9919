// 政策找人 (policy finds the person): the four target groups of POLICY.md §2.2 (沪民救发〔2023〕3号 §一),
// decided for one household from its recorded facts. Pure: the eligibility verdicts come in already
// evaluated (the service runs the catalogue's rules, src/modules/eligibility), dates as arguments.
//
// POLICY.md §2.2 gives the groups no rule ids; the OUT-… ids below are this project's [P] labels, each
// reason also citing the POLICY ids it applies (POL-CIR-3's rolling 24 months, POL-CIR-5's terminations).
import { HARDSHIP_LEVEL_LABELS } from '../scoring/types';
import { addDays, addMonths, type IsoDate } from './calendar';
import { heldCategories, heldOn, type DatedHolding } from './held-categories';

export type OutreachGroup = 1 | 2 | 3 | 4;
export type SchemeVerdict = 'ELIGIBLE' | 'INELIGIBLE' | 'UNKNOWN';
export type OutreachLevel = 'HIGH' | 'MODERATE' | 'LOW' | 'WATCH';

/**
 * The basic-living (基本生活救助) and special (专项救助) schemes of CATALOGUE.md whose rules group 1 runs,
 * with the categories that holding them means (POL-CIR-4: configuration data, not code paths).
 */
export const OUTREACH_SCHEMES: ReadonlyArray<{ code: string; kind: 'BASIC' | 'SPECIAL'; grants: readonly string[] }> = [
  { code: 'R01', kind: 'BASIC', grants: ['DB'] },
  { code: 'R02', kind: 'BASIC', grants: ['TK_DISPERSED', 'TK_CENTRAL'] },
  { code: 'R03', kind: 'BASIC', grants: ['ZC'] },
  { code: 'R04', kind: 'BASIC', grants: ['BY'] },
  { code: 'R05', kind: 'BASIC', grants: ['GX'] },
  { code: 'R06', kind: 'BASIC', grants: ['KJ'] },
  { code: 'R09', kind: 'SPECIAL', grants: ['ZX_MEDICAL'] },
  { code: 'R10', kind: 'SPECIAL', grants: ['ZX_EDUCATION'] },
  { code: 'R11', kind: 'SPECIAL', grants: ['ZX_HOUSING'] },
  { code: 'R12', kind: 'SPECIAL', grants: ['ZX_EMPLOYMENT'] },
  { code: 'R13', kind: 'SPECIAL', grants: ['ZX_DISASTER'] },
];

/** Life events that make a household "hit by an emergency or accident" (§2.2 group 4). */
export const EMERGENCY_EVENTS: readonly string[] = [
  'DEATH_OF_MAIN_EARNER',
  'FIRE_OR_DISASTER',
  'SERIOUS_ACCIDENT',
  'SUDDEN_CRITICAL_ILLNESS',
  'ACCIDENT',
];
/** An emergency counts for this many days back from the sweep (the crisis red flag's 30 days, INDICATOR-MODEL). */
export const EMERGENCY_WINDOW_DAYS = 30;
/** Needs closed in these statuses are not "not met" (MET, DECLINED by the household, RESOLVED). */
const CLOSED_NEEDS = new Set(['MET', 'DECLINED', 'RESOLVED']);
const IN_HARDSHIP: ReadonlySet<string> = new Set(['HIGH', 'MODERATE', 'LOW']);

export interface SchemeCheck {
  code: string;
  nameZh: string;
  nameEn: string;
  verdict: SchemeVerdict;
  /** For UNKNOWN: the facts whose recording would decide the rule (fact names of the rule language). */
  factsToAsk: readonly string[];
  /** The same facts in words, for the reason an adviser reads (the rule language's labels); the names when absent. */
  factLabels?: { zh: readonly string[]; en: readonly string[] };
}

export interface OutreachFacts {
  asOf: IsoDate;
  categories: readonly DatedHolding[];
  assistanceEvents: ReadonlyArray<{ kind: string; scheme: string; date: IsoDate }>;
  /** Level of the latest assessment; null when never assessed. */
  level: OutreachLevel | null;
  needs: ReadonlyArray<{ code: string; status: string }>;
  schemes: readonly SchemeCheck[];
  registeredElsewhere: boolean | null;
  members: ReadonlyArray<{ hukou: string | null; relation: string | null; specialStatuses: readonly string[] | null }>;
  /** Monthly income by source; null = unknown. */
  income: readonly (number | null)[];
  lifeEvents: ReadonlyArray<{ kind: string; date: IsoDate }>;
}

export interface OutreachReason {
  /** The OUT-… id first, then the POLICY ids it applies. */
  ruleIds: string[];
  zh: string;
  en: string;
  /** What raised it, as a stable key (no date of the sweep): the lead's facts hash is built from these. */
  evidence: string;
  /** Group 1, UNKNOWN: the facts to ask the household. */
  factsToAsk?: string[];
}

export interface OutreachLeadDraft {
  group: OutreachGroup;
  /** Group 1 only: ELIGIBLE (some scheme's rule holds) or UNKNOWN (none holds, some lack facts); else null. */
  eligibility: 'ELIGIBLE' | 'UNKNOWN' | null;
  reasons: OutreachReason[];
}

const G = '§2.2';

/** The leads of one household, group by group (at most one per group), each with its reasons. */
export function outreachLeads(f: OutreachFacts): OutreachLeadDraft[] {
  const held = heldCategories(f.categories, f.asOf);
  const leads: OutreachLeadDraft[] = [];
  const add = (
    group: OutreachGroup,
    reasons: OutreachReason[],
    eligibility: OutreachLeadDraft['eligibility'] = null,
  ) => {
    if (reasons.length > 0) leads.push({ group, eligibility, reasons });
  };
  const g1 = groupOne(f, held);
  add(1, g1.reasons, g1.eligibility);
  add(2, groupTwo(f, held));
  add(3, groupThree(f, held));
  add(4, groupFour(f, held));
  return leads;
}

/** Categories of basic-living assistance (circle 1, POLICY.md §2): a household holding one is covered. */
export const BASIC_CATEGORIES: readonly string[] = OUTREACH_SCHEMES.filter((s) => s.kind === 'BASIC')
  .flatMap((s) => s.grants)
  .concat(['GE']);

function groupOne(
  f: OutreachFacts,
  held: string[],
): { reasons: OutreachReason[]; eligibility: 'ELIGIBLE' | 'UNKNOWN' } {
  // A household already covered by basic-living assistance is looked for only under the basic schemes it
  // lacks (e.g. 低保 → 特困); the special schemes follow from the category it holds, and its further needs
  // are group 3's [P]. A household holding none is looked for under every scheme.
  const covered = held.some((c) => BASIC_CATEGORIES.includes(c));
  const notHeld = f.schemes.filter((s) => {
    const scheme = OUTREACH_SCHEMES.find((x) => x.code === s.code);
    if (scheme === undefined || (covered && scheme.kind === 'SPECIAL')) return false;
    return !scheme.grants.some((c) => held.includes(c));
  });
  const eligible = notHeld.filter((s) => s.verdict === 'ELIGIBLE');
  if (eligible.length > 0) {
    const reasons = eligible.map((s) => ({
      ruleIds: ['OUT-G1-ELIGIBLE', s.code],
      zh: `可能符合${s.nameZh}（${s.code}）的条件但未享受`,
      en: `likely eligible for ${s.nameEn} (${s.code}) and not receiving it`,
      evidence: `${s.code}:ELIGIBLE`,
    }));
    return { reasons, eligibility: 'ELIGIBLE' };
  }
  // UNKNOWN verdicts are worth a visit only for a household in hardship by its latest profile [P].
  if (f.level === null || !IN_HARDSHIP.has(f.level)) return { reasons: [], eligibility: 'UNKNOWN' };
  const reasons = notHeld
    .filter((s) => s.verdict === 'UNKNOWN')
    .map((s) => ({
      ruleIds: ['OUT-G1-UNKNOWN', s.code],
      zh: `${s.nameZh}（${s.code}）的条件尚不能判断：需核实${(s.factLabels?.zh ?? s.factsToAsk).join('、')}`,
      en: `${s.nameEn} (${s.code}) cannot be decided yet: ask about ${(s.factLabels?.en ?? s.factsToAsk).join(', ')}`,
      evidence: `${s.code}:UNKNOWN:${[...s.factsToAsk].sort().join(',')}`,
      factsToAsk: [...s.factsToAsk],
    }));
  return { reasons, eligibility: 'UNKNOWN' };
}

/** Refused (未通过) or terminated (终止救助) within the rolling 24 months, and still in hardship. */
function groupTwo(f: OutreachFacts, held: string[]): OutreachReason[] {
  if (f.level === null || !IN_HARDSHIP.has(f.level)) return [];
  const from = addMonths(f.asOf, -24); // POL-CIR-3: 24 months back from the evaluation date, inclusive
  const within = (d: string) => d >= from && d <= f.asOf;
  const reasons: OutreachReason[] = [];
  for (const e of f.assistanceEvents) {
    if (!within(e.date)) continue;
    if (e.kind === 'APPLICATION_REFUSED')
      reasons.push({
        ruleIds: ['OUT-G2-REFUSED', 'POL-CIR-3'],
        zh: `${e.date} 申请 ${e.scheme} 未通过，最新画像仍为困难（${f.level}）`,
        en: `application for ${e.scheme} refused on ${e.date}; latest profile still in hardship (${f.level})`,
        evidence: `REFUSED:${e.scheme}:${e.date}`,
      });
    else if (e.kind === 'ASSISTANCE_TERMINATED') reasons.push(terminated(e.scheme, e.date, f.level));
  }
  // A category that ended in the window and is not held again counts as a termination (POL-CIR-5).
  for (const c of f.categories)
    if (c.until !== null && within(c.until) && !held.includes(c.category) && !heldOn(c, f.asOf)) {
      if (!reasons.some((r) => r.evidence === `TERMINATED:${c.category}:${c.until}`))
        reasons.push(terminated(c.category, c.until, f.level));
    }
  return reasons;
}

const terminated = (scheme: string, date: string, level: string): OutreachReason => ({
  ruleIds: ['OUT-G2-TERMINATED', 'POL-CIR-3', 'POL-CIR-5'],
  zh: `${date} 终止 ${scheme} 救助，最新画像仍为困难（${level}）`,
  en: `${scheme} terminated on ${date}; latest profile still in hardship (${level})`,
  evidence: `TERMINATED:${scheme}:${date}`,
});

/** Covered (holds a category) and still MODERATE or HIGH, with needs beyond basic living (N01) not met. */
function groupThree(f: OutreachFacts, held: string[]): OutreachReason[] {
  if (held.length === 0 || (f.level !== 'HIGH' && f.level !== 'MODERATE')) return [];
  const unmet = [...new Set(f.needs.filter((n) => n.code !== 'N01' && !CLOSED_NEEDS.has(n.status)).map((n) => n.code))];
  if (unmet.length === 0) return [];
  unmet.sort();
  return [
    {
      ruleIds: ['OUT-G3-UNMET'],
      zh:
        `已享受 ${held.join('、')}，困难程度${HARDSHIP_LEVEL_LABELS[f.level].zh}（${f.level}），` +
        `基本生活以外的需求未满足：${unmet.join('、')}`,
      en:
        `receives ${held.join(', ')}, ${HARDSHIP_LEVEL_LABELS[f.level].en.toLowerCase()} (${f.level}), ` +
        `needs beyond basic living not met: ${unmet.join(', ')}`,
      evidence: `UNMET:${f.level}:${unmet.join(',')}`,
    },
  ];
}

function groupFour(f: OutreachFacts, held: string[]): OutreachReason[] {
  const reasons: OutreachReason[] = [];
  if (held.includes('BY') && f.registeredElsewhere === true)
    reasons.push({
      ruleIds: ['OUT-G4-EDGE-SEPARATED'],
      zh: '低保边缘家庭，人户分离',
      en: 'dibao-edge household living away from its registered address (人户分离)',
      evidence: 'EDGE_SEPARATED',
    });
  const noIncome = f.income.length > 0 && f.income.every((v) => v === 0); // every source known and zero
  if (noIncome && f.members.some((m) => m.hukou === 'RESIDENCE_PERMIT'))
    reasons.push({
      ruleIds: ['OUT-G4-PERMIT-NO-INCOME'],
      zh: '持居住证的外来人员，无生活来源（各项收入均为 0）',
      en: 'residence-permit holders with no means of living (every income source recorded as 0)',
      evidence: 'PERMIT_NO_INCOME',
    });
  const statuses = new Set(f.members.flatMap((m) => m.specialStatuses ?? []));
  const special = ['SERVING_SENTENCE', 'DRUG_REHABILITATION'].filter((s) => statuses.has(s));
  if (special.length > 0)
    reasons.push({
      ruleIds: ['OUT-G4-SENTENCE-OR-REHAB'],
      zh: `家庭成员${special.map((s) => (s === 'SERVING_SENTENCE' ? '服刑' : '戒毒')).join('、')}`,
      en: `a member is ${special.map((s) => SPECIAL_EN[s]).join(' and ')}`,
      evidence: `SPECIAL:${special.join(',')}`,
    });
  if (held.includes('DB') && f.members.some((m) => m.hukou !== null && m.hukou !== 'LOCAL' && isSpouseOrChild(m)))
    reasons.push({
      ruleIds: ['OUT-G4-NONLOCAL-DB-MEMBER'],
      zh: '低保家庭中的非本市户籍配偶或子女',
      en: 'a spouse or child without Shanghai hukou in a dibao household',
      evidence: 'NONLOCAL_DB_MEMBER',
    });
  const since = addDays(f.asOf, -EMERGENCY_WINDOW_DAYS);
  const hits = f.lifeEvents.filter((e) => EMERGENCY_EVENTS.includes(e.kind) && e.date >= since && e.date <= f.asOf);
  for (const e of hits)
    reasons.push({
      ruleIds: ['OUT-G4-EMERGENCY'],
      zh: `${e.date} 遭遇突发事件（${e.kind}）`,
      en: `hit by an emergency or accident (${e.kind}) on ${e.date}`,
      evidence: `EMERGENCY:${e.kind}:${e.date}`,
    });
  return reasons;
}

const SPECIAL_EN: Record<string, string> = {
  SERVING_SENTENCE: 'serving a sentence',
  DRUG_REHABILITATION: 'in drug rehabilitation',
};
const isSpouseOrChild = (m: { relation: string | null }) => m.relation === 'SPOUSE' || m.relation === 'CHILD';

/** The stable text the lead's facts hash is taken of: its group, eligibility and the evidence of its reasons. */
export function leadFactsKey(lead: OutreachLeadDraft): string {
  const evidence = lead.reasons.map((r) => r.evidence).sort();
  return `${lead.group}|${lead.eligibility ?? ''}|${evidence.join(';')}`;
}
