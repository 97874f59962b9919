// The checks of one candidate resource for one household's need, in the order the matcher applies
// them: first what does not depend on the need (published, valid, in area, not received or referred,
// group free, consent, capacity, its rule — once per resource per household), then what does (form
// of help, the emergency route, gateways, statutory first). Pure; read by planner.ts.
import type { EligibilityFacts, Verdict } from '../eligibility';
import type { RuleLines } from '../eligibility/rule.lines';
import { CATEGORY_VALUES, valuesInMask } from '../eligibility/fact-values';
import { RECEIVED_BY_CATEGORY } from '../../../policy/duplicate-assistance';
import type { GeoScope } from '../catalogue/catalogue.entity';
import type { CandidateReason } from './plan.enums';
import type { PlannerCatalogue, PlannerInput, PlannerNeed, PlannerResource, TraceLine } from './planner';
import { ELIGIBLE_TEXT, Text } from './planner-texts';
import { formMeets } from '../../../policy/need-forms';
import { GATEWAYS, gatewayBlockedBy } from '../../../policy/order-of-help';
import { SMALL_AMOUNT_AID_CODE } from '../../../policy/emergency-route';

export interface Judged {
  resource: PlannerResource;
  reason: CandidateReason | null;
  text: Text;
  verdict: Verdict | null;
  /** For INELIGIBLE and UNKNOWN_FACTS: the conditions that fail or lack facts. */
  failed: TraceLine[];
}

/** What the checks of one household share: its held groups and per-resource results, computed once. */
export interface HouseholdView {
  input: PlannerInput;
  activeIds: Set<string>;
  /** Exclusive group → code of the resource holding it (received, referred, or in the plan being edited). */
  heldGroups: Map<string, string>;
  /** Need-independent checks by the resource's place in the catalogue's code order (codeRank). */
  base: Array<Judged | undefined>;
  /** Each resource's full eligibility trace, built once (for the items), by the same place. */
  traced: Array<RuleLines | undefined>;
  /** How a gateway's higher scheme stands for this household, by its code (computed once). */
  standing: Map<string, Standing>;
}

type Standing = 'ABSENT' | 'RECEIVED' | Verdict;

export function householdView(input: PlannerInput, planned: readonly string[] = [], except?: string): HouseholdView {
  const view: HouseholdView = {
    input,
    activeIds: new Set(input.activeReferrals.map((r) => r.resourceId)),
    heldGroups: new Map(),
    base: [],
    traced: [],
    standing: new Map(),
  };
  const hold = (id: string) => {
    const r = input.catalogue.byId.get(id);
    if (r?.exclusiveGroup && r.id !== except) view.heldGroups.set(r.exclusiveGroup, r.code);
  };
  for (const id of input.received.keys()) hold(id);
  for (const id of view.activeIds) hold(id);
  for (const id of planned) hold(id);
  return view;
}

/** The resource's place in the catalogue's code order, or -1 when it is not in the catalogue. */
const placeOf = (view: HouseholdView, r: PlannerResource) => view.input.catalogue.codeRank.get(r) ?? -1;

export function traced(view: HouseholdView, r: PlannerResource, at = placeOf(view, r)): RuleLines {
  if (at < 0) return r.rule.lines(view.input.facts);
  let t = view.traced[at];
  if (!t) {
    t = r.rule.lines(view.input.facts);
    view.traced[at] = t;
  }
  return t;
}

/** No failing conditions: one frozen empty list shared by every verdict that has none. */
const NO_LINES = Object.freeze([]) as unknown as TraceLine[];

const no = (r: PlannerResource, reason: CandidateReason, text: Text, verdict: Verdict | null = null) => ({
  resource: r,
  reason,
  text,
  verdict,
  failed: NO_LINES,
});

/** The need-independent checks, cached per resource (`at`: its place in the catalogue's code order). */
export function judgeResource(view: HouseholdView, r: PlannerResource, at = placeOf(view, r)): Judged {
  if (at < 0) return judgeOnce(view, r);
  let j = view.base[at];
  if (!j) {
    j = judgeOnce(view, r);
    view.base[at] = j;
  }
  return j;
}

function judgeOnce(view: HouseholdView, r: PlannerResource): Judged {
  const { input } = view;
  if (r.status !== 'PUBLISHED')
    return no(r, 'NOT_PUBLISHED', {
      zh: `资源状态为${r.status}，不可匹配`,
      en: `the resource is ${r.status}, not published`,
    });
  if (r.validFrom && r.validFrom > input.asOf)
    return no(r, 'NOT_YET_VALID', { zh: `${r.validFrom}起生效`, en: `valid from ${r.validFrom}` });
  if (r.validTo && r.validTo < input.asOf)
    return no(r, 'EXPIRED', { zh: `已于${r.validTo}到期`, en: `expired on ${r.validTo}` });
  if (!inScope(r.geoScope, input.household.streetCode))
    return no(r, 'OUT_OF_AREA', {
      zh: '家庭不在其服务范围内',
      en: `the household (street ${input.household.streetCode}) is outside its ${r.geoScope.level.toLowerCase()} scope`,
    });
  if (input.received.has(r.id))
    return no(r, 'ALREADY_RECEIVING', { zh: '家庭已享受该项救助', en: 'the household already receives it' });
  if (view.activeIds.has(r.id))
    return no(r, 'ACTIVE_REFERRAL', { zh: '已有该资源的转介在办理', en: 'an active referral to it exists' });
  const holder = r.exclusiveGroup ? view.heldGroups.get(r.exclusiveGroup) : undefined;
  if (holder && holder !== r.code)
    return no(r, 'EXCLUSIVE_GROUP', {
      zh: `与${holder}互斥（${r.exclusiveGroup}）`,
      en: `exclusive with ${holder} (group ${r.exclusiveGroup}), which is received, referred or planned`,
    });
  if (!r.providerIsGovernment && input.household.charityReferralConsent !== true)
    return no(r, 'NO_REFERRAL_CONSENT', {
      zh: '家庭未授权向社会组织转介',
      en: 'the household has not consented to referral to non-government organisations',
    });
  if (r.capacityKind === 'QUOTA' && r.remaining !== null && r.remaining <= 0)
    return no(r, 'NO_CAPACITY', { zh: '名额已满', en: 'no places left' });
  const { result: verdict, failed } = r.rule.check(input.facts);
  if (verdict === 'ELIGIBLE') return { resource: r, reason: null, text: ELIGIBLE_TEXT, verdict, failed: NO_LINES };
  return verdict === 'INELIGIBLE'
    ? { resource: r, reason: 'INELIGIBLE', text: INELIGIBLE_TEXT, verdict, failed }
    : { resource: r, reason: 'UNKNOWN_FACTS', text: UNKNOWN_TEXT, verdict, failed };
}

const INELIGIBLE_TEXT: Text = { zh: '不符合资格条件', en: 'a condition of its rule fails' };
const UNKNOWN_TEXT: Text = { zh: '缺少判断所需的信息', en: 'a fact its rule needs is unknown' };
const FORM_TEXT: Text = {
  zh: '服务类需求须由提供服务的资源满足，现金或实物不能代替',
  en: 'a service need is met by a resource that gives a service, not by cash or goods alone',
};
const NOT_EMERGENCY_TEXT: Text = {
  zh: '小金额救助仅用于紧急需求（POL-EMG-2）',
  en: 'small-amount aid is only for an emergency need (POL-EMG-2)',
};
const STATUTORY_UNDECIDED_TEXT: Text = {
  zh: '需先用尽法定救助，尚有法定救助待核实',
  en: 'offered only after statutory schemes; one is still undecided (facts missing)',
};

/** Everything a need adds to its candidates' checks. */
export interface NeedContext {
  need: PlannerNeed;
  /** A statutory candidate of this need is still UNKNOWN: statutory-first resources wait (CATALOGUE.md conventions). */
  statutoryUndecided: boolean;
}

export function judgeForNeed(
  view: HouseholdView,
  ctx: NeedContext,
  r: PlannerResource,
  at = placeOf(view, r),
  formOk = formMeets(ctx.need.code, r.form),
): Judged {
  const base = judgeResource(view, r, at);
  if (base.reason) return base;
  const { need } = ctx;
  if (!formOk) return no(r, 'FORM_MISMATCH', FORM_TEXT, base.verdict);
  if (r.code === SMALL_AMOUNT_AID_CODE && need.urgency !== 'EMERGENCY')
    return no(r, 'NOT_AN_EMERGENCY', NOT_EMERGENCY_TEXT, base.verdict);
  const gate = GATEWAYS[r.code] ? gatewayBlockedBy(r.code, (code) => higherStanding(view, code)) : null;
  if (gate) return no(r, 'GATEWAY_HIGHER_FIRST', gateText(gate.higher, gate.verdict), base.verdict);
  if (r.statutoryFirst && ctx.statutoryUndecided) return no(r, 'STATUTORY_NOT_RULED_OUT', STATUTORY_UNDECIDED_TEXT);
  return base;
}

/** A gateway's words, once per higher scheme and how it stands. */
const GATE_TEXTS = new Map<string, Text>();
function gateText(higher: string, verdict: keyof typeof GATE_WORDS): Text {
  const key = `${verdict} ${higher}`;
  let t = GATE_TEXTS.get(key);
  if (!t) {
    t = Object.freeze({
      zh: `认定类资源，须先排除${higher}（${GATE_WORDS[verdict].zh}）`,
      en: `a gateway certification, offered only once ${higher} is ruled out (it is ${GATE_WORDS[verdict].en})`,
    });
    if (GATE_TEXTS.size < 1024) GATE_TEXTS.set(key, t);
  }
  return t;
}

const GATE_WORDS = {
  ELIGIBLE: { zh: '符合条件', en: 'eligible' },
  UNKNOWN: { zh: '待核实', en: 'undecided' },
  RECEIVED: { zh: '已享受', en: 'received' },
} as const;

function higherStanding(view: HouseholdView, code: string): Standing {
  let s = view.standing.get(code);
  if (s === undefined) {
    const r = view.input.catalogue.byCode.get(code);
    s = !r ? 'ABSENT' : view.input.received.has(r.id) ? 'RECEIVED' : r.rule.evaluate(view.input.facts);
    view.standing.set(code, s);
  }
  return s;
}

function inScope(scope: GeoScope, streetCode: string): boolean {
  if (scope.level === 'CITY') return true;
  if (scope.level === 'DISTRICT') return scope.codes.includes(streetCode.slice(0, 6));
  return scope.codes.includes(streetCode);
}

/**
 * Statutory schemes the household receives now, from the categories it holds
 * (policy/duplicate-assistance.ts), with the needs each meets.
 */
export function receivedResources(
  facts: EligibilityFacts,
  catalogue: PlannerCatalogue,
): Map<string, readonly string[]> {
  const received = new Map<string, readonly string[]>();
  for (const category of valuesInMask(CATEGORY_VALUES, facts.categories)) {
    const entry = RECEIVED_BY_CATEGORY[category];
    const resource = entry && catalogue.byCode.get(entry.resourceCode);
    if (resource) received.set(resource.id, [...new Set([...(received.get(resource.id) ?? []), ...entry.meets])]);
  }
  return received;
}
