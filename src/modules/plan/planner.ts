// The matcher (一户一策): a pure function from a household's needs, eligibility facts and the
// catalogue to plan items, covered needs and unmet needs with reasons. No database, no GraphQL:
// plan.service.ts loads the inputs in batches and stores the result.
//
// Order of help (POL-ORD-1, POL-ORD-6, NEED-7): statutory first (应享尽享), then special schemes, then
// mass organisations, charity and community. Within a tier: needs covered, locality, capacity,
// processing time. No duplicate assistance (POL-ORD-7): received benefits, active referrals,
// exclusive groups, and no non-government cash for a cost a statutory item in the plan meets.
import type { CompiledRule, EligibilityFacts, Explanation, TraceNode, Verdict } from '../eligibility';
import { Tier, TIER_ORDER } from '../catalogue/catalogue.enums';
import type { Benefit, GeoScope } from '../catalogue/catalogue.entity';
import { CandidateReason, CoveredReason, PlanItemKind, RankingCriterion } from './plan.enums';
import {
  CASE_HELP_CODE,
  EMERGENCY_RESPONSE_DAYS,
  SMALL_AMOUNT_AID_CODE,
  SMALL_AMOUNT_PER_PERSON,
} from '../../../policy/emergency-route';
import { LOCALITY_RANK } from '../../../policy/order-of-help';

export interface PlannerResource {
  id: string;
  code: string;
  providerId: string;
  providerIsGovernment: boolean;
  tier: Tier;
  nameZh: string;
  nameEn: string;
  form: string;
  needCodes: readonly string[];
  capacityKind: 'ENTITLEMENT' | 'QUOTA';
  remaining: number | null;
  geoScope: GeoScope;
  processingDays: number | null;
  exclusiveGroup: string | null;
  statutoryFirst: boolean;
  status: string;
  validFrom: string | null;
  validTo: string | null;
  version: number;
  benefit: Partial<Benefit>;
  rule: CompiledRule;
}

export interface PlannerNeed {
  id: string;
  code: string;
  urgency: 'EMERGENCY' | 'ORDINARY';
  status: string;
}

/** The catalogue indexed once, shared by every household planned in a batch. */
export interface PlannerCatalogue {
  resources: readonly PlannerResource[];
  byNeedCode: ReadonlyMap<string, readonly PlannerResource[]>;
  byCode: ReadonlyMap<string, PlannerResource>;
  byId: ReadonlyMap<string, PlannerResource>;
}

export interface PlannerInput {
  asOf: string;
  household: { id: string; streetCode: string; memberCount: number; charityReferralConsent: boolean | null };
  facts: EligibilityFacts;
  /** Active needs (not MET, DECLINED or RESOLVED). */
  needs: readonly PlannerNeed[];
  catalogue: PlannerCatalogue;
  /** Resources the household receives now, and the need codes each meets (policy/duplicate-assistance.ts). */
  received: ReadonlyMap<string, readonly string[]>;
  /** Referrals still working (PENDING, ACCEPTED, IN_PROGRESS). */
  activeReferrals: ReadonlyArray<{ needId: string; resourceId: string }>;
}

export interface TraceLine {
  depth: number;
  path: string;
  member: number | null;
  result: Verdict;
  zh: string;
  en: string;
  kind: string;
}
export interface Text {
  zh: string;
  en: string;
}
export interface RankingReasonData extends Text {
  criterion: RankingCriterion;
  value: string | null;
}
export interface CandidateVerdictData extends Text {
  resourceId: string;
  resourceCode: string;
  nameZh: string;
  nameEn: string;
  tier: Tier;
  reason: CandidateReason;
  rank: number | null;
  failedConditions: TraceLine[];
}
export interface ExpectedBenefitData extends Text {
  amount: number | null;
  cap: number | null;
  unit: string | null;
  sessions: number | null;
  hours: number | null;
}
/** One item = one resource for one household, listing every need it meets (lead need first). */
export interface PlannedItem {
  kind: PlanItemKind;
  /** The lead need: the first of `needIds` (kept for clients of the one-need shape). */
  needId: string;
  needCode: string;
  /** Every need this resource meets in this plan, lead first; same order in both lists. */
  needIds: string[];
  needCodes: string[];
  /** EMERGENCY when any of its needs is. */
  urgency: string;
  resourceId: string;
  resourceCode: string;
  tier: Tier;
  rationale: RankingReasonData[];
  eligibilityResult: Verdict;
  eligibility: TraceLine[];
  alternatives: CandidateVerdictData[];
  expectedBenefit: ExpectedBenefitData;
}
export interface UnmetNeedData extends Text {
  needId: string;
  needCode: string;
  urgency: string;
  candidates: CandidateVerdictData[];
}
export interface CoveredNeedData extends Text {
  needId: string;
  needCode: string;
  reason: CoveredReason;
  resourceCode: string | null;
}
export interface ResourceRef {
  resourceId: string;
  code: string;
  version: number;
}
export interface PlannerOutput {
  items: PlannedItem[];
  unmet: UnmetNeedData[];
  covered: CoveredNeedData[];
  catalogueState: ResourceRef[];
}

/** Indexes resources by need code, code and id; candidates per need come out in tier order. */
export function indexCatalogue(resources: readonly PlannerResource[]): PlannerCatalogue {
  const byNeedCode = new Map<string, PlannerResource[]>();
  for (const r of resources) for (const code of r.needCodes) byNeedCode.set(code, [...(byNeedCode.get(code) ?? []), r]);
  for (const list of byNeedCode.values())
    list.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || a.code.localeCompare(b.code));
  return {
    resources,
    byNeedCode,
    byCode: new Map(resources.map((r) => [r.code, r])),
    byId: new Map(resources.map((r) => [r.id, r])),
  };
}

/** Everything the checks of one household share while its plan is built. */
interface PlanState {
  input: PlannerInput;
  openNeedCodes: Set<string>;
  activeResourceIds: Set<string>;
  takenGroups: Map<string, string>; // exclusive group → code of the resource holding it
  statutoryMeets: Map<string, string>; // need code → code of a statutory item in the plan meeting it
  planned: Set<string>; // resources already items of the plan
  explained: Map<string, Explanation>; // per resource: a rule is explained at most once per household
}

interface Judged {
  resource: PlannerResource;
  reason: CandidateReason | null;
  text: Text;
  verdict: Verdict | null;
  trace: TraceNode | null;
}

export function planHousehold(input: PlannerInput): PlannerOutput {
  const { catalogue, needs } = input;
  const covered: CoveredNeedData[] = [];
  const plannable: PlannerNeed[] = [];
  const activeByNeed = new Set(input.activeReferrals.map((r) => r.needId));
  for (const need of [...needs].sort(needOrder)) {
    const receivedBy = [...input.received.entries()].find(([, meets]) => meets.includes(need.code));
    if (activeByNeed.has(need.id) || need.status === 'REFERRED' || need.status === 'IN_PROGRESS') {
      covered.push({
        needId: need.id,
        needCode: need.code,
        reason: 'ACTIVE_REFERRAL',
        resourceCode: null,
        zh: '已有转介在办理',
        en: 'an active referral is working on it',
      });
    } else if (receivedBy) {
      const code = catalogue.byId.get(receivedBy[0])?.code ?? null;
      covered.push({
        needId: need.id,
        needCode: need.code,
        reason: 'ALREADY_RECEIVING',
        resourceCode: code,
        zh: `已享受${code ?? ''}，不重复转介`,
        en: `already receives ${code ?? 'a benefit'} that meets it; not referred again`,
      });
    } else {
      plannable.push(need);
    }
  }
  const state = newPlanState(input, plannable, []);

  // Pass 1: statutory schemes for every need first, so that pass 2 knows which costs they meet.
  const judgedByNeed = new Map<string, Judged[]>();
  const chosen = new Map<string, Judged>();
  const statutoryUndecided = new Set<string>();
  for (const need of plannable) {
    const judged = candidatesOf(catalogue, need.code)
      .filter((r) => r.tier === 'STATUTORY')
      .map((r) => judge(state, need, r));
    judgedByNeed.set(need.id, judged);
    if (judged.some((j) => j.reason === 'UNKNOWN_FACTS')) statutoryUndecided.add(need.id);
    const best = pickBest(state, judged);
    if (best) take(state, need, best, chosen);
  }
  // Pass 2: the other tiers for needs no statutory scheme meets.
  for (const need of plannable) {
    const judged = judgedByNeed.get(need.id)!;
    // Judged even when a statutory scheme was chosen, so that the plan says why each lower tier was not used.
    for (const r of candidatesOf(catalogue, need.code).filter((x) => x.tier !== 'STATUTORY')) {
      const j = judge(state, need, r);
      if (!j.reason && r.statutoryFirst && statutoryUndecided.has(need.id)) {
        j.reason = 'STATUTORY_NOT_RULED_OUT';
        j.text = {
          zh: '需先用尽法定救助，尚有法定救助待核实',
          en: 'offered only after statutory schemes; one is still undecided (facts missing)',
        };
      }
      judged.push(j);
    }
    if (chosen.has(need.id)) continue;
    const best = pickBest(state, judged);
    if (best) take(state, need, best, chosen);
  }

  const items: PlannedItem[] = [];
  const unmet: UnmetNeedData[] = [];
  for (const need of plannable) {
    const judged = judgedByNeed.get(need.id)!;
    const best = chosen.get(need.id);
    const ranked = rankEligible(
      state,
      judged.filter((j) => !j.reason),
    );
    const verdicts = judged.filter((j) => j !== best).map((j) => verdictOf(j, ranked.indexOf(j)));
    if (best) items.push(itemOf(state, need, best, 'REFERRAL', reasonsFor(state, best, ranked), verdicts));
    const slow =
      !best || best.resource.processingDays === null || best.resource.processingDays > EMERGENCY_RESPONSE_DAYS;
    if (need.urgency === 'EMERGENCY' && slow) {
      const extra = emergencyRoute(state, need, best ?? null);
      items.push(...extra.items.map((e) => itemOf(state, need, e.judged, e.kind, e.reasons, verdicts)));
      if (!best && extra.items.length === 0) unmet.push(unmetOf(need, [...verdicts, ...extra.blocked]));
    } else if (!best) {
      unmet.push(unmetOf(need, verdicts));
    }
  }
  items.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      urgencyRank(a.urgency) - urgencyRank(b.urgency) ||
      kindRank(a.kind) - kindRank(b.kind) ||
      a.needCode.localeCompare(b.needCode),
  );
  const considered = new Map<string, PlannerResource>();
  for (const need of needs) for (const r of candidatesOf(catalogue, need.code)) considered.set(r.id, r);
  for (const item of items) considered.set(item.resourceId, catalogue.byId.get(item.resourceId)!);
  const catalogueState = [...considered.values()]
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((r) => ({ resourceId: r.id, code: r.code, version: r.version }));
  return { items, unmet, covered, catalogueState };
}

/**
 * The checks of one candidate for one need, in the order the matcher applies them. Used by the
 * matcher and by an adviser's addition (plan-edit.service.ts). `planItems` are the plan's other items.
 */
export function checkCandidate(
  input: PlannerInput,
  need: PlannerNeed,
  resource: PlannerResource,
  planItems: ReadonlyArray<{ needCode: string; resourceId: string; tier: Tier }>,
): Judged {
  const state = newPlanState(
    input,
    input.needs,
    planItems.map((i) => i.resourceId),
    resource.id,
  );
  for (const item of planItems) {
    const r = input.catalogue.byId.get(item.resourceId);
    if (r && paysCost(r)) for (const code of r.needCodes) state.statutoryMeets.set(code, r.code);
  }
  return judge(state, need, resource);
}

/**
 * A household's plan state before any choice: the open need codes, and the exclusive groups held by
 * what it receives, its active referrals and `planned` resources (except `candidateId`, which may
 * hold its own group).
 */
function newPlanState(
  input: PlannerInput,
  openNeeds: readonly PlannerNeed[],
  planned: readonly string[],
  candidateId?: string,
): PlanState {
  const state: PlanState = {
    input,
    openNeedCodes: new Set(openNeeds.map((n) => n.code)),
    activeResourceIds: new Set(input.activeReferrals.map((r) => r.resourceId)),
    takenGroups: new Map(),
    statutoryMeets: new Map(),
    planned: new Set(),
    explained: new Map(),
  };
  for (const id of [...input.received.keys(), ...state.activeResourceIds, ...planned]) {
    const r = input.catalogue.byId.get(id);
    if (r?.exclusiveGroup && r.id !== candidateId) state.takenGroups.set(r.exclusiveGroup, r.code);
  }
  return state;
}

export function failedConditionsOf(j: { trace: TraceNode | null }): TraceLine[] {
  return j.trace ? failedConditions(j.trace) : [];
}

export function traceLines(root: TraceNode): TraceLine[] {
  const out: TraceLine[] = [];
  const walk = (n: TraceNode, depth: number) => {
    out.push({ depth, path: n.path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind });
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}

function candidatesOf(catalogue: PlannerCatalogue, needCode: string) {
  return catalogue.byNeedCode.get(needCode) ?? [];
}

function judge(state: PlanState, need: PlannerNeed, r: PlannerResource): Judged {
  const { input } = state;
  const no = (
    reason: CandidateReason,
    zh: string,
    en: string,
    verdict: Verdict | null = null,
    trace: TraceNode | null = null,
  ): Judged => ({ resource: r, reason, text: { zh, en }, verdict, trace });
  if (r.status !== 'PUBLISHED')
    return no('NOT_PUBLISHED', `资源状态为${r.status}，不可匹配`, `the resource is ${r.status}, not published`);
  if (r.validFrom && r.validFrom > input.asOf)
    return no('NOT_YET_VALID', `${r.validFrom}起生效`, `valid from ${r.validFrom}`);
  if (r.validTo && r.validTo < input.asOf) return no('EXPIRED', `已于${r.validTo}到期`, `expired on ${r.validTo}`);
  if (!inScope(r.geoScope, input.household.streetCode))
    return no(
      'OUT_OF_AREA',
      '家庭不在其服务范围内',
      `the household (street ${input.household.streetCode}) is outside its ${r.geoScope.level.toLowerCase()} scope`,
    );
  if (input.received.has(r.id))
    return no('ALREADY_RECEIVING', '家庭已享受该项救助', 'the household already receives it');
  if (state.activeResourceIds.has(r.id))
    return no('ACTIVE_REFERRAL', '已有该资源的转介在办理', 'an active referral to it exists');
  const holder = r.exclusiveGroup ? state.takenGroups.get(r.exclusiveGroup) : undefined;
  if (holder && holder !== r.code)
    return no(
      'EXCLUSIVE_GROUP',
      `与${holder}互斥（${r.exclusiveGroup}）`,
      `exclusive with ${holder} (group ${r.exclusiveGroup}), which is received, referred or planned`,
    );
  if (!r.providerIsGovernment && input.household.charityReferralConsent !== true) {
    return no(
      'NO_REFERRAL_CONSENT',
      '家庭未授权向社会组织转介',
      'the household has not consented to referral to non-government organisations',
    );
  }
  if (r.capacityKind === 'QUOTA' && r.remaining !== null && r.remaining <= 0)
    return no('NO_CAPACITY', '名额已满', 'no places left');
  const verdict = r.rule.evaluate(input.facts);
  if (verdict !== 'ELIGIBLE') {
    const { trace } = explain(state, r);
    return verdict === 'INELIGIBLE'
      ? no('INELIGIBLE', '不符合资格条件', 'a condition of its rule fails', verdict, trace)
      : no('UNKNOWN_FACTS', '缺少判断所需的信息', 'a fact its rule needs is unknown', verdict, trace);
  }
  const statutory = state.statutoryMeets.get(need.code);
  if (
    statutory &&
    (r.tier === 'MASS_ORGANISATION' || r.tier === 'CHARITY_COMMUNITY') &&
    (r.form === 'CASH' || r.form === 'MIXED')
  ) {
    return no(
      'COST_COVERED_BY_STATUTORY',
      `方案中的法定救助${statutory}已覆盖该费用`,
      `statutory ${statutory} in the plan already meets this cost (no duplicate assistance)`,
      verdict,
    );
  }
  return { resource: r, reason: null, text: { zh: '符合条件', en: 'eligible' }, verdict, trace: null };
}

/** A statutory cash (or cash-and-kind) scheme meets the costs of its needs; a statutory service does not. */
const paysCost = (r: PlannerResource) => r.tier === 'STATUTORY' && (r.form === 'CASH' || r.form === 'MIXED');

function explain(state: PlanState, r: PlannerResource): Explanation {
  let e = state.explained.get(r.id);
  if (!e) {
    e = r.rule.explain(state.input.facts);
    state.explained.set(r.id, e);
  }
  return e;
}

function inScope(scope: GeoScope, streetCode: string): boolean {
  if (scope.level === 'CITY') return true;
  if (scope.level === 'DISTRICT') return scope.codes.includes(streetCode.slice(0, 6));
  return scope.codes.includes(streetCode);
}

function capacityKey(r: PlannerResource): number {
  if (r.capacityKind === 'ENTITLEMENT') return Number.MAX_SAFE_INTEGER;
  return r.remaining === null ? -1 : r.remaining;
}

function needsCovered(state: PlanState, r: PlannerResource): number {
  let n = 0;
  for (const code of r.needCodes) if (state.openNeedCodes.has(code)) n++;
  return n;
}

function compare(state: PlanState, a: PlannerResource, b: PlannerResource): number {
  return (
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    needsCovered(state, b) - needsCovered(state, a) ||
    LOCALITY_RANK[b.geoScope.level] - LOCALITY_RANK[a.geoScope.level] ||
    capacityKey(b) - capacityKey(a) ||
    (a.processingDays ?? 9999) - (b.processingDays ?? 9999) ||
    a.code.localeCompare(b.code)
  );
}

function rankEligible(state: PlanState, eligible: Judged[]): Judged[] {
  return [...eligible].sort((a, b) => compare(state, a.resource, b.resource));
}

function pickBest(state: PlanState, judged: Judged[]): Judged | undefined {
  return rankEligible(
    state,
    judged.filter((j) => !j.reason),
  )[0];
}

function take(state: PlanState, need: PlannerNeed, best: Judged, chosen: Map<string, Judged>) {
  chosen.set(need.id, best);
  const r = best.resource;
  state.planned.add(r.id);
  if (r.exclusiveGroup) state.takenGroups.set(r.exclusiveGroup, r.code);
  if (paysCost(r))
    for (const code of r.needCodes) if (!state.statutoryMeets.has(code)) state.statutoryMeets.set(code, r.code);
}

const TIER_TEXT: Record<Tier, Text> = {
  STATUTORY: { zh: '法定救助，应享尽享优先', en: 'statutory scheme: entitlements come first (应享尽享)' },
  SPECIAL: { zh: '政府专项，法定之后', en: 'government special scheme, after statutory ones' },
  MASS_ORGANISATION: { zh: '群团帮扶，补充政府救助', en: 'mass organisation, complementing government aid' },
  CHARITY_COMMUNITY: { zh: '慈善/社区资源，补充缺口', en: 'charity and community, filling what remains' },
};

function reasonsFor(state: PlanState, best: Judged, ranked: Judged[]): RankingReasonData[] {
  const r = best.resource;
  const covers = needsCovered(state, r);
  const reasons: RankingReasonData[] = [
    { criterion: 'TIER', value: r.tier, ...TIER_TEXT[r.tier] },
    {
      criterion: 'NEEDS_COVERED',
      value: String(covers),
      zh: `覆盖本户${covers}项待对接需求`,
      en: `meets ${covers} of the household's open needs`,
    },
    {
      criterion: 'LOCALITY',
      value: r.geoScope.level,
      zh: { STREET: '街镇就近', DISTRICT: '区级', CITY: '全市' }[r.geoScope.level],
      en: `${r.geoScope.level.toLowerCase()}-level resource`,
    },
    r.capacityKind === 'ENTITLEMENT'
      ? { criterion: 'CAPACITY', value: 'ENTITLEMENT', zh: '应享尽享，不限名额', en: 'uncapped entitlement' }
      : {
          criterion: 'CAPACITY',
          value: r.remaining === null ? null : String(r.remaining),
          zh: r.remaining === null ? '名额有限（未公布数量）' : `剩余名额${r.remaining}`,
          en: r.remaining === null ? 'limited places (number not published)' : `${r.remaining} places left`,
        },
    {
      criterion: 'PROCESSING_TIME',
      value: r.processingDays === null ? null : String(r.processingDays),
      zh: r.processingDays === null ? '办理时限未公布' : `${r.processingDays}个工作日内办理`,
      en:
        r.processingDays === null
          ? 'processing time not published'
          : `processed within ${r.processingDays} working days`,
    },
  ];
  if (ranked.length > 1) {
    const others = ranked
      .filter((j) => j !== best)
      .map((j) => j.resource.code)
      .join(', ');
    reasons.push({ criterion: 'TIER', value: null, zh: `排在${others}之前`, en: `ranked before ${others}` });
  }
  return reasons;
}

function verdictOf(j: Judged, rank: number): CandidateVerdictData {
  const r = j.resource;
  const base = { resourceId: r.id, resourceCode: r.code, nameZh: r.nameZh, nameEn: r.nameEn, tier: r.tier };
  if (!j.reason)
    return {
      ...base,
      reason: 'OUTRANKED',
      rank: rank + 1,
      zh: `符合条件，但排名第${rank + 1}`,
      en: `eligible, ranked ${rank + 1}`,
      failedConditions: [],
    };
  return { ...base, reason: j.reason, rank: null, ...j.text, failedConditions: failedConditionsOf(j) };
}

function itemOf(
  state: PlanState,
  need: PlannerNeed,
  j: Judged,
  kind: PlanItemKind,
  rationale: RankingReasonData[],
  alternatives: CandidateVerdictData[],
): PlannedItem {
  const r = j.resource;
  const explained = explain(state, r);
  return {
    kind,
    needId: need.id,
    needCode: need.code,
    needIds: [need.id],
    needCodes: [need.code],
    urgency: need.urgency,
    resourceId: r.id,
    resourceCode: r.code,
    tier: r.tier,
    rationale,
    eligibilityResult: explained.result,
    eligibility: traceLines(explained.trace),
    alternatives: alternatives.filter((a) => a.resourceId !== r.id),
    expectedBenefit: expectedBenefit(r, kind, state.input.household.memberCount),
  };
}

function unmetOf(need: PlannerNeed, candidates: CandidateVerdictData[]): UnmetNeedData {
  return {
    needId: need.id,
    needCode: need.code,
    urgency: need.urgency,
    candidates,
    zh: candidates.length ? '没有符合条件且可用的资源' : '资源清单中没有满足该需求的资源',
    en: candidates.length
      ? 'no eligible resource with a place is available'
      : 'no resource in the catalogue meets this need',
  };
}

/** POL-EMG-2 and 沪民救发〔2025〕1号: an emergency with nothing faster gets 小金额救助 and a 市民综合帮扶 case proposal. */
function emergencyRoute(state: PlanState, need: PlannerNeed, best: Judged | null) {
  const items: Array<{ judged: Judged; kind: PlanItemKind; reasons: RankingReasonData[] }> = [];
  const blocked: CandidateVerdictData[] = [];
  const why: RankingReasonData = {
    criterion: 'EMERGENCY_ROUTE',
    value: best ? best.resource.code : null,
    zh: best ? `紧急需求，${best.resource.code}办理较慢，先行救助` : '紧急需求，无更快的资源，先行救助',
    en: best
      ? `emergency need; ${best.resource.code} is slower than 24 h, so aid first`
      : 'emergency need with nothing faster: aid first',
  };
  for (const [code, kind] of [
    [SMALL_AMOUNT_AID_CODE, 'SMALL_AMOUNT_AID'],
    [CASE_HELP_CODE, 'CASE_PROPOSAL'],
  ] as const) {
    const r = state.input.catalogue.byCode.get(code);
    // Never twice in one plan: a second emergency need is served by the item already planned.
    if (!r || r.id === best?.resource.id || state.planned.has(r.id)) continue;
    const j = judge(state, need, r);
    // The emergency route grants these on the emergency itself (POL-EMG-2), whatever need code the rule names.
    // and a case proposal comes on top of statutory aid by design (POL-ORD-3), so only availability blocks them.
    const ruleOnly =
      j.reason === 'INELIGIBLE' ||
      j.reason === 'UNKNOWN_FACTS' ||
      j.reason === 'COST_COVERED_BY_STATUTORY' ||
      j.reason === 'STATUTORY_NOT_RULED_OUT';
    if (j.reason && !ruleOnly) blocked.push(verdictOf(j, -1));
    else {
      state.planned.add(r.id);
      items.push({
        judged: { ...j, reason: null },
        kind,
        reasons: [why, { criterion: 'TIER', value: r.tier, ...TIER_TEXT[r.tier] }],
      });
    }
  }
  return { items, blocked };
}

export function expectedBenefit(r: PlannerResource, kind: PlanItemKind, memberCount: number): ExpectedBenefitData {
  const b = r.benefit;
  if (kind === 'SMALL_AMOUNT_AID') {
    const perPerson = Math.min(b.cap ?? SMALL_AMOUNT_PER_PERSON, SMALL_AMOUNT_PER_PERSON);
    const cap = perPerson * Math.max(memberCount, 1);
    return {
      amount: null,
      cap,
      unit: 'PER_HOUSEHOLD',
      sessions: null,
      hours: null,
      zh: `每人不超过${perPerson}元，本户${memberCount}人，合计不超过${cap}元`,
      en: `up to ${perPerson} yuan per person; ${memberCount} members, up to ${cap} yuan in all`,
    };
  }
  return {
    amount: b.amount ?? null,
    cap: b.cap ?? null,
    unit: b.unit ?? null,
    sessions: b.sessions ?? null,
    hours: b.hours ?? null,
    zh: b.descriptionZh ?? r.nameZh,
    en: b.descriptionEn ?? r.nameEn,
  };
}

/** The conditions that made a rule fail or stay unknown: failing leaves under failing branches, at most 8. */
function failedConditions(root: TraceNode): TraceLine[] {
  const out: TraceLine[] = [];
  const walk = (n: TraceNode, depth: number) => {
    if (n.result === 'ELIGIBLE' || out.length >= 8) return;
    if (n.kind === 'comparison' || n.kind === 'not' || n.children.length === 0) {
      out.push({ depth, path: n.path, member: n.member ?? null, result: n.result, zh: n.zh, en: n.en, kind: n.kind });
      return;
    }
    for (const c of n.children) walk(c, depth + 1);
  };
  walk(root, 0);
  return out;
}

const needOrder = (a: PlannerNeed, b: PlannerNeed) =>
  urgencyRank(a.urgency) - urgencyRank(b.urgency) || a.code.localeCompare(b.code);
const urgencyRank = (u: string) => (u === 'EMERGENCY' ? 0 : 1);
const kindRank = (k: PlanItemKind) => ({ SMALL_AMOUNT_AID: 0, REFERRAL: 1, CASE_PROPOSAL: 2 })[k];
