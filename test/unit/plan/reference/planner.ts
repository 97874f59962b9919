// REFERENCE ONLY (test/unit/plan/planner-reference.spec.ts): the planner as it stood on main at b497c08,
// before the speed work of issue 11 (per-household Maps keyed by ids, sentences built per household).
// Kept verbatim but for its imports as the straightforward version the optimised src/modules/plan/planner.ts
// must agree with, item for item and reason for reason. Not used by the service.
// The matcher (一户一策): a pure function from a household's needs, eligibility facts and the
// catalogue to plan items, covered needs and unmet needs with reasons. No database, no GraphQL:
// plan.service.ts loads the inputs in batches and stores the result.
//
// One item = one resource, listing every need it meets. For each need the policy layer decides
// which resources may meet it (order of help with designated channels, gateways and complements:
// policy/order-of-help.ts; duplicate assistance and NEED-2 gaps: policy/duplicate-assistance.ts;
// form of help: policy/need-forms.ts); the choice among them is an exact small optimisation
// (planner-search.ts): fewest unmet needs, then fewest referrals and providers, then locality,
// capacity and processing time. The emergency route adds 小金额救助 beside the scheme
// (policy/emergency-route.ts). Every alternative says which criterion decided against it.
import type { CompiledRule, EligibilityFacts, Verdict } from '../../../../src/modules/eligibility';
import type { FailedLine } from '../../../../src/modules/eligibility/rule.failures';
import { Tier, TIER_ORDER } from '../../../../src/modules/catalogue/catalogue.enums';
import type { Benefit, GeoScope } from '../../../../src/modules/catalogue/catalogue.entity';
import {
  CandidateReason,
  CoveredReason,
  PlanItemKind,
  RankingCriterion,
} from '../../../../src/modules/plan/plan.enums';
import { SMALL_AMOUNT_PER_PERSON } from '../../../../policy/emergency-route';
import type { Text } from '../../../../src/modules/plan/planner-texts';
import {
  costCoveredText,
  DECIDED_BY,
  exclusiveText,
  LAYER_DECIDED,
  lowerLayerText,
  ONLY_AS_COMPLEMENT,
  TIER_TEXT,
  UNMET_TEXT,
} from '../../../../src/modules/plan/planner-texts';
import { householdView, HouseholdView, traced, judgeForNeed, judgeResource, Judged } from './planner-judge';
import {
  firstDifference,
  ObjectiveComponent,
  Search,
  SearchProblem,
  SearchResource,
  Selection,
} from './planner-search';
import { CASE_HELP_CODE, SMALL_AMOUNT_AID_CODE, aidFirstApplies } from '../../../../policy/emergency-route';
import { COMPLEMENTS, DESIGNATED_CHANNELS, layerFor, LOCALITY_RANK } from '../../../../policy/order-of-help';
import { GAP_ROUTES, isNonGovernmentCash, paysCost } from '../../../../policy/duplicate-assistance';

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
  /** Every resource in code order (catalogueState lists the considered ones in this order). */
  inCodeOrder: readonly PlannerResource[];
  /** Each resource's place in inCodeOrder. */
  codeRank: ReadonlyMap<PlannerResource, number>;
  /** Each resource's place in the per-resource order (locality, capacity, processing time, code). */
  orderRank: ReadonlyMap<PlannerResource, number>;
  /** Each resource as the search sees it, built once per catalogue. */
  searchOf: ReadonlyMap<PlannerResource, SearchResource>;
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

/** A line of an eligibility trace, as stored on items and candidates. */
export type TraceLine = FailedLine;
export type { Text };
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
  /** The need it was weighed for. */
  needCode: string;
  /** For an eligible candidate not chosen: the criterion that decided against it. */
  decidedBy: RankingCriterion | null;
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

/** Indexes resources by need code, code and id; candidates per need come out in layer order. */
export function indexCatalogue(resources: readonly PlannerResource[]): PlannerCatalogue {
  const byNeedCode = new Map<string, PlannerResource[]>();
  for (const r of resources) for (const code of r.needCodes) byNeedCode.set(code, [...(byNeedCode.get(code) ?? []), r]);
  for (const list of byNeedCode.values())
    list.sort((a, b) => TIER_ORDER[a.tier] - TIER_ORDER[b.tier] || codeOrder(a.code, b.code));
  const inCodeOrder = [...resources].sort((a, b) => codeOrder(a.code, b.code));
  return {
    resources,
    byNeedCode,
    byCode: new Map(resources.map((r) => [r.code, r])),
    byId: new Map(resources.map((r) => [r.id, r])),
    inCodeOrder,
    codeRank: new Map(inCodeOrder.map((r, i) => [r, i])),
    orderRank: new Map([...resources].sort(resourceOrder).map((r, i) => [r, i])),
    searchOf: new Map(inCodeOrder.map((r, i) => [r, searchResource(r, i)])),
  };
}

/** One plannable need with its judged candidates and the options the policy layer allows. */
interface NeedPlan {
  need: PlannerNeed;
  /** NEED-2: N01 under a basic-living scheme the household receives (its code). */
  gapUnder: string | null;
  judged: Judged[];
  /** Rank (policy/order-of-help.ts layerFor) of the best available candidates; Infinity if none. */
  bestRank: number;
  /** Options: a lead resource and the complements that come with it, best per-resource key first. */
  options: PlannerResource[][];
}

export function planHousehold(input: PlannerInput): PlannerOutput {
  const { catalogue } = input;
  const view = householdView(input);
  const covered: CoveredNeedData[] = [];
  const plans: NeedPlan[] = [];
  for (const need of [...input.needs].sort(needOrder)) {
    const c = coverOf(input, need);
    if (c) covered.push(c);
    else plans.push(needPlan(view, need, gapUnder(input, need)));
  }

  // The exact choice among the allowed options (planner-search.ts).
  const index = new Map<string, number>();
  const pool: PlannerResource[] = [];
  const idx = (r: PlannerResource) => {
    if (!index.has(r.id)) index.set(r.id, pool.push(r) - 1);
    return index.get(r.id)!;
  };
  const options = plans.map((p) => p.options.map((o) => o.map(idx)));
  const problem: SearchProblem = { resources: pool.map((r) => catalogue.searchOf.get(r)!), options };
  const search = new Search(problem);
  const selection = search.solve();
  const chosen = new Set(selection.chosen.map((i) => pool[i].id));

  // Items: each chosen resource lists the needs whose option it leads or completes.
  const items = new Map<string, ItemDraft>();
  const draftOf = (r: PlannerResource, kind: PlanItemKind) => {
    let d = items.get(r.id);
    if (!d) items.set(r.id, (d = { resource: r, kind, needs: [], roles: new Map() }));
    return d;
  };
  plans.forEach((p, n) => {
    const met = selection.meets[n];
    if (!met) return;
    met.forEach((i, k) => {
      const d = draftOf(pool[i], kindOf(pool[i]));
      d.needs.push(p);
      d.roles.set(p.need.id, k === 0 ? roleOf(p, pool[i]) : 'COMPLEMENT');
    });
  });
  const aid = aidFirst(view, plans);
  if (aid) {
    const d = draftOf(aid.resource, 'SMALL_AMOUNT_AID');
    for (const p of aid.needs) {
      d.needs.push(p);
      d.roles.set(p.need.id, 'EMERGENCY_ROUTE');
    }
  }

  const forcedCache = new Map<number, Selection>();
  const costOf = (r: PlannerResource) => {
    const i = index.get(r.id)!;
    if (!forcedCache.has(i)) forcedCache.set(i, search.solve([i]));
    return forcedCache.get(i)!;
  };
  const context: VerdictContext = { view, plans, selection, chosen, pool, index, items, costOf };
  const verdictsByNeed = new Map(plans.map((p) => [p.need.id, verdictsFor(context, p)]));

  const out: PlannedItem[] = [...items.values()].map((d) => itemOf(context, d, verdictsByNeed));
  out.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      urgencyRank(a.urgency) - urgencyRank(b.urgency) ||
      kindRank(a.kind) - kindRank(b.kind) ||
      codeOrder(a.needCode, b.needCode),
  );
  const metIds = new Set<string>();
  for (const i of out) for (const id of i.needIds) metIds.add(id);
  const unmet = plans.filter((p) => !metIds.has(p.need.id)).map((p) => unmetOf(p, verdictsByNeed.get(p.need.id)!));

  // The resources this plan considered, marked by their place in code order (no set of ids).
  const considered = new Uint8Array(catalogue.inCodeOrder.length);
  const consider = (r: PlannerResource) => (considered[catalogue.codeRank.get(r)!] = 1);
  for (const p of plans) for (const j of p.judged) consider(j.resource);
  for (const need of input.needs) for (const r of catalogue.byNeedCode.get(need.code) ?? []) consider(r);
  for (const d of items.values()) consider(d.resource);
  const catalogueState: ResourceRef[] = [];
  catalogue.inCodeOrder.forEach((r, i) => {
    if (considered[i]) catalogueState.push({ resourceId: r.id, code: r.code, version: r.version });
  });
  return { items: out, unmet, covered, catalogueState };
}

/** A need already being worked on (an active referral) or met by what the household receives. */
function coverOf(input: PlannerInput, need: PlannerNeed): CoveredNeedData | null {
  const active = input.activeReferrals.find((r) => r.needId === need.id);
  if (active || need.status === 'REFERRED' || need.status === 'IN_PROGRESS') {
    const code = active ? (input.catalogue.byId.get(active.resourceId)?.code ?? null) : null;
    return {
      needId: need.id,
      needCode: need.code,
      reason: 'ACTIVE_REFERRAL',
      resourceCode: code,
      zh: code ? `${code}的转介在办理中` : '已有转介在办理',
      en: code ? `a referral to ${code} is working on it` : 'an active referral is working on it',
    };
  }
  const code = receivedCode(input, need);
  if (!code || GAP_ROUTES[need.code]) return null;
  return {
    needId: need.id,
    needCode: need.code,
    reason: 'ALREADY_RECEIVING',
    resourceCode: code,
    zh: `已享受${code}，不重复转介`,
    en: `already receives ${code}, which meets it; not referred again`,
  };
}

function receivedCode(input: PlannerInput, need: PlannerNeed): string | null {
  for (const [id, meets] of input.received)
    if (meets.includes(need.code)) return input.catalogue.byId.get(id)?.code ?? null;
  return null;
}

/** NEED-2: a need raised although a scheme the household receives meets it is a policy gap. */
function gapUnder(input: PlannerInput, need: PlannerNeed): string | null {
  return GAP_ROUTES[need.code] ? receivedCode(input, need) : null;
}

function needPlan(view: HouseholdView, need: PlannerNeed, gap: string | null): NeedPlan {
  const { catalogue } = view.input;
  const candidates = gap
    ? GAP_ROUTES[need.code].flatMap((code) => catalogue.byCode.get(code) ?? [])
    : (catalogue.byNeedCode.get(need.code) ?? []);
  const statutoryUndecided = candidates.some(
    (r) => r.tier === 'STATUTORY' && judgeResource(view, r).reason === 'UNKNOWN_FACTS',
  );
  const ctx = { need, statutoryUndecided };
  const judged = candidates.map((r) => judgeForNeed(view, ctx, r));
  // 小金额救助 is never the scheme for a need: it comes beside it on the emergency route (aidFirst).
  const available: PlannerResource[] = [];
  const ranks: number[] = [];
  let bestRank = Infinity;
  for (const j of judged) {
    if (j.reason || j.resource.code === SMALL_AMOUNT_AID_CODE) continue;
    const rank = layerFor({ code: j.resource.code, layer: j.resource.tier }, need.code);
    available.push(j.resource);
    ranks.push(rank);
    if (rank < bestRank) bestRank = rank;
  }
  const options: PlannerResource[][] = [];
  const completing = new Set<string>();
  available.forEach((r, i) => {
    if (ranks[i] !== bestRank) return;
    const option = [r];
    for (const c of COMPLEMENTS) {
      if (c.resource !== r.code || c.need !== need.code) continue;
      const partner = available.find((x) => x.code === c.with);
      if (partner) (option.push(partner), completing.add(partner.code));
    }
    options.push(option);
  });
  // A complement whose base is allowed comes with it, not on its own.
  return {
    need,
    gapUnder: gap,
    judged,
    bestRank,
    options: options
      .filter((o) => !completing.has(o[0].code))
      .sort((a, b) => catalogue.orderRank.get(a[0])! - catalogue.orderRank.get(b[0])!),
  };
}

type Role = 'LAYER' | 'DESIGNATED_CHANNEL' | 'COMPLEMENT' | 'POLICY_GAP' | 'EMERGENCY_ROUTE';
interface ItemDraft {
  resource: PlannerResource;
  kind: PlanItemKind;
  needs: NeedPlan[];
  roles: Map<string, Role>;
}

function roleOf(p: NeedPlan, r: PlannerResource): Role {
  if (p.gapUnder) return 'POLICY_GAP';
  return DESIGNATED_CHANNELS[p.need.code]?.resource === r.code ? 'DESIGNATED_CHANNEL' : 'LAYER';
}

/** The kind of item a resource makes: small-amount aid (R08), a case proposal (R33), else a referral. */
export const kindOf = (r: Pick<PlannerResource, 'code'>): PlanItemKind =>
  r.code === SMALL_AMOUNT_AID_CODE ? 'SMALL_AMOUNT_AID' : r.code === CASE_HELP_CODE ? 'CASE_PROPOSAL' : 'REFERRAL';

/**
 * POL-EMG-2: 小金额救助 first, beside the scheme that addresses an emergency need (or alone when
 * nothing else can), only for a need it lists and only where its own rule holds.
 */
function aidFirst(view: HouseholdView, plans: NeedPlan[]) {
  const aid = view.input.catalogue.byCode.get(SMALL_AMOUNT_AID_CODE);
  if (!aid) return null;
  const base = judgeResource(view, aid);
  if (base.reason) return null;
  const needs = plans.filter((p) =>
    aidFirstApplies(p.need, { needCodes: aid.needCodes, verdict: base.verdict ?? 'UNKNOWN' }),
  );
  return needs.length ? { resource: aid, needs } : null;
}

function searchResource(r: PlannerResource, rank: number): SearchResource {
  return {
    code: r.code,
    rank,
    providerId: r.providerId,
    group: r.exclusiveGroup,
    locality: LOCALITY_RANK[r.geoScope.level],
    capacity: capacityKey(r),
    processing: r.processingDays ?? UNSTATED_PROCESSING_DAYS,
  };
}

/** Ranking of a resource that has not published a processing time: after every one that has. */
const UNSTATED_PROCESSING_DAYS = 999;

function capacityKey(r: PlannerResource): number {
  if (r.capacityKind === 'ENTITLEMENT') return 1_000_000;
  return r.remaining === null ? 0 : Math.min(r.remaining, 999_999);
}

/** The per-resource order used where one need could go to either of two chosen resources. */
function resourceOrder(a: PlannerResource, b: PlannerResource): number {
  return (
    LOCALITY_RANK[b.geoScope.level] - LOCALITY_RANK[a.geoScope.level] ||
    capacityKey(b) - capacityKey(a) ||
    (a.processingDays ?? UNSTATED_PROCESSING_DAYS) - (b.processingDays ?? UNSTATED_PROCESSING_DAYS) ||
    codeOrder(a.code, b.code)
  );
}

/** What the verdicts and rationales of one household's plan read. */
interface VerdictContext {
  view: HouseholdView;
  plans: NeedPlan[];
  selection: Selection;
  chosen: Set<string>;
  pool: PlannerResource[];
  index: Map<string, number>;
  items: Map<string, ItemDraft>;
  /** The best plan that must include this resource: what choosing it would have cost. */
  costOf: (r: PlannerResource) => Selection;
}

const shape = (r: PlannerResource) => ({ layer: r.tier, form: r.form });

/** POL-ORD-7: a statutory cash item of the plan meets this need's cost. */
function statutoryCashFor(c: VerdictContext, needCode: string): PlannerResource | undefined {
  for (const d of c.items.values())
    if (paysCost(shape(d.resource)) && d.resource.needCodes.includes(needCode)) return d.resource;
  return undefined;
}

/** Non-government cash, and 市民综合帮扶 (POL-ORD-3, POL-ORD-7), never go to a cost statutory cash meets. */
const stacksOnCost = (r: PlannerResource) => isNonGovernmentCash(shape(r)) || r.code === CASE_HELP_CODE;

/** Every candidate of a need that is not an item for it, with the reason it is not. */
function verdictsFor(c: VerdictContext, p: NeedPlan): CandidateVerdictData[] {
  const itemsForNeed: ItemDraft[] = [];
  for (const d of c.items.values()) if (d.roles.has(p.need.id)) itemsForNeed.push(d);
  const lead = itemsForNeed.find((d) => d.roles.get(p.need.id) !== 'EMERGENCY_ROUTE')?.resource;
  const allowedOrder = p.options.map((o) => o[0].id);
  const out: CandidateVerdictData[] = [];
  for (const j of p.judged) {
    const r = j.resource;
    if (itemsForNeed.some((d) => d.resource.id === r.id)) continue;
    if (j.reason) {
      out.push(verdictOf(j, p.need.code, j.reason, j.text, null));
      continue;
    }
    const rank = layerFor({ code: r.code, layer: r.tier }, p.need.code);
    const cash = stacksOnCost(r) ? statutoryCashFor(c, p.need.code) : undefined;
    if (cash) {
      out.push(verdictOf(j, p.need.code, 'COST_COVERED_BY_STATUTORY', costCoveredText(cash.code), null));
    } else if (rank > p.bestRank) {
      const by = p.bestRank === 0 ? 'DESIGNATED_CHANNEL' : 'TIER';
      out.push(verdictOf(j, p.need.code, 'LOWER_LAYER', lowerLayerText(lead?.code ?? null), by));
    } else {
      out.push(outranked(c, p, j, lead ?? null, allowedOrder.indexOf(r.id)));
    }
  }
  return out;
}

function outranked(
  c: VerdictContext,
  p: NeedPlan,
  j: Judged,
  lead: PlannerResource | null,
  order: number,
): CandidateVerdictData {
  const r = j.resource;
  const code = p.need.code;
  if (order < 0) return verdictOf(j, code, 'OUTRANKED', ONLY_AS_COMPLEMENT, 'COMPLEMENT');
  const holder = r.exclusiveGroup
    ? [...c.chosen].map((id) => c.pool[c.index.get(id)!]).find((x) => x.exclusiveGroup === r.exclusiveGroup)
    : undefined;
  let component: ObjectiveComponent;
  if (c.chosen.has(r.id) && lead) {
    // Both are in the plan: the need goes to the nearer, roomier, faster one.
    const a = c.selection.objective;
    const of = (x: PlannerResource) => perResource(c.view.input.catalogue.searchOf.get(x)!);
    component = firstDifference({ ...a, ...of(lead) }, { ...a, ...of(r) })?.component ?? 'codes';
  } else {
    component = firstDifference(c.selection.objective, c.costOf(r).objective)?.component ?? 'codes';
  }
  const d = DECIDED_BY[component];
  if (holder && holder.id !== r.id) {
    const t = exclusiveText(holder.code, r.exclusiveGroup!);
    return verdictOf(j, code, 'EXCLUSIVE_GROUP', { zh: `${t.zh}；${d.zh}`, en: `${t.en}; ${d.en}` }, d.criterion);
  }
  const by = lead ? lead.code : null;
  const text = {
    zh: `符合条件，但${by ?? '其他选择'}更优：${d.zh}`,
    en: `eligible, but ${by ?? 'another choice'} is better: ${d.en}`,
  };
  return verdictOf(j, code, 'OUTRANKED', text, d.criterion, order + 1);
}

function perResource(s: SearchResource) {
  return { locality: -s.locality, capacity: -s.capacity, processing: s.processing, codes: s.code };
}

function verdictOf(
  j: Judged,
  needCode: string,
  reason: CandidateReason,
  text: Text,
  decidedBy: RankingCriterion | null,
  rank: number | null = null,
): CandidateVerdictData {
  const r = j.resource;
  return {
    resourceId: r.id,
    resourceCode: r.code,
    nameZh: r.nameZh,
    nameEn: r.nameEn,
    tier: r.tier,
    reason,
    rank,
    needCode,
    decidedBy,
    zh: text.zh,
    en: text.en,
    failedConditions: j.failed,
  };
}

function itemOf(c: VerdictContext, d: ItemDraft, verdicts: Map<string, CandidateVerdictData[]>): PlannedItem {
  const r = d.resource;
  const needs = [...d.needs].sort((a, b) => needOrder(a.need, b.need));
  const trace = traced(c.view, r);
  return {
    kind: d.kind,
    needId: needs[0].need.id,
    needCode: needs[0].need.code,
    needIds: needs.map((p) => p.need.id),
    needCodes: needs.map((p) => p.need.code),
    urgency: needs.some((p) => p.need.urgency === 'EMERGENCY') ? 'EMERGENCY' : 'ORDINARY',
    resourceId: r.id,
    resourceCode: r.code,
    tier: r.tier,
    rationale: rationaleOf(c, d, needs, verdicts),
    eligibilityResult: trace.result,
    eligibility: trace.lines,
    alternatives: ([] as CandidateVerdictData[]).concat(...needs.map((p) => verdicts.get(p.need.id) ?? [])),
    expectedBenefit: expectedBenefit(r, d.kind, c.view.input.household.memberCount),
  };
}

function rationaleOf(
  c: VerdictContext,
  d: ItemDraft,
  needs: NeedPlan[],
  verdicts: Map<string, CandidateVerdictData[]>,
): RankingReasonData[] {
  const r = d.resource;
  const lines: RankingReasonData[] = [];
  const seen = new Set<string>();
  const push = (key: string, line: RankingReasonData) => {
    if (!seen.has(key)) (seen.add(key), lines.push(line));
  };
  for (const p of needs) {
    const role = d.roles.get(p.need.id)!;
    if (role === 'LAYER') push('LAYER', { criterion: 'TIER', value: r.tier, ...TIER_TEXT[r.tier] });
    if (role === 'DESIGNATED_CHANNEL') {
      const basis = DESIGNATED_CHANNELS[p.need.code].basis;
      push(`D${p.need.code}`, {
        criterion: 'DESIGNATED_CHANNEL',
        value: p.need.code,
        zh: `${p.need.code}的指定渠道（${basis}）`,
        en: `the designated channel for ${p.need.code} (${basis})`,
      });
    }
    if (role === 'COMPLEMENT') {
      const n = c.plans.indexOf(p);
      const base = c.pool[c.selection.meets[n]![0]].code;
      const basis = COMPLEMENTS.find((x) => x.resource === base && x.with === r.code)?.basis ?? '';
      push(`C${base}`, {
        criterion: 'COMPLEMENT',
        value: base,
        zh: `与${base}配套提供，不相互替代（${basis}）`,
        en: `planned beside ${base}, which it complements, not instead of it (${basis})`,
      });
    }
    if (role === 'POLICY_GAP')
      push('GAP', {
        criterion: 'POLICY_GAP',
        value: p.gapUnder,
        zh: `已享受${p.gapUnder}仍低于低保标准，属政策缺口，转入下一层级（NEED-2）`,
        en:
          `receives ${p.gapUnder} and still falls short of the 低保 standard: ` +
          'a policy gap for the next layers (NEED-2)',
      });
    if (role === 'EMERGENCY_ROUTE') {
      const n = c.plans.indexOf(p);
      const scheme = c.selection.meets[n] ? c.pool[c.selection.meets[n]![0]].code : null;
      push('EMG', {
        criterion: 'EMERGENCY_ROUTE',
        value: scheme,
        zh: scheme
          ? `紧急需求，先行小金额救助，${scheme}随后办理（POL-EMG-2）`
          : '紧急需求，暂无其他可用资源，先行小金额救助（POL-EMG-2）',
        en: scheme
          ? `emergency need: aid first, beside ${scheme}, which follows (POL-EMG-2)`
          : 'emergency need with no other resource available: aid first (POL-EMG-2)',
      });
    }
  }
  const codes = needs.map((p) => p.need.code).join(', ');
  lines.push({
    criterion: 'NEEDS_COVERED',
    value: String(needs.length),
    zh: `满足本户${needs.length}项需求：${codes}`,
    en: `meets ${needs.length} of the household's needs: ${codes}`,
  });
  for (const p of needs) {
    for (const v of verdicts.get(p.need.id) ?? []) {
      if (!v.decidedBy || v.decidedBy === 'COMPLEMENT') continue;
      const d2 = v.reason === 'LOWER_LAYER' ? LAYER_DECIDED[v.decidedBy === 'TIER' ? 0 : 1] : decidedText(v.decidedBy);
      push(`V${v.resourceCode}`, {
        criterion: v.decidedBy,
        value: v.resourceCode,
        zh: `优于${v.resourceCode}：${d2.zh}`,
        en: `chosen over ${v.resourceCode}: ${d2.en}`,
      });
    }
  }
  return lines;
}

const DECIDED_TEXT = new Map<RankingCriterion, Text>();
// The first component that names each criterion, as find() would.
for (const x of Object.values(DECIDED_BY)) if (!DECIDED_TEXT.has(x.criterion)) DECIDED_TEXT.set(x.criterion, x);
const decidedText = (criterion: RankingCriterion): Text => DECIDED_TEXT.get(criterion) ?? { zh: '', en: '' };

function unmetOf(p: NeedPlan, candidates: CandidateVerdictData[]): UnmetNeedData {
  const text = !p.judged.length
    ? UNMET_TEXT.none
    : candidates.some((v) => v.reason === 'EXCLUSIVE_GROUP' && v.decidedBy !== null)
      ? UNMET_TEXT.excluded
      : UNMET_TEXT.blocked;
  const gap = p.gapUnder
    ? {
        zh: `已享受${p.gapUnder}仍低于低保标准（NEED-2）；`,
        en: `receives ${p.gapUnder} and still falls short (NEED-2); `,
      }
    : { zh: '', en: '' };
  return {
    needId: p.need.id,
    needCode: p.need.code,
    urgency: p.need.urgency,
    candidates,
    zh: gap.zh + text.zh,
    en: gap.en + text.en,
  };
}

/**
 * The checks of one candidate for one need, as the matcher applies them, for an adviser's addition
 * (plan-edit.service.ts). `planItems` are the plan's other items.
 */
export function checkCandidate(
  input: PlannerInput,
  need: PlannerNeed,
  resource: PlannerResource,
  planItems: ReadonlyArray<{ needCode: string; resourceId: string; tier: Tier }>,
): Judged {
  const view = householdView(
    input,
    planItems.map((i) => i.resourceId),
    resource.id,
  );
  // As with an UNKNOWN verdict, an adviser may add a statutory-first resource while a statutory
  // scheme is still undecided: they may know the facts the registry lacks.
  const j = judgeForNeed(view, { need, statutoryUndecided: false }, resource);
  if (j.reason || !stacksOnCost(resource)) return j;
  for (const item of planItems) {
    const r = input.catalogue.byId.get(item.resourceId);
    if (r && paysCost(shape(r)) && r.needCodes.includes(need.code))
      return { ...j, reason: 'COST_COVERED_BY_STATUTORY', text: costCoveredText(r.code) };
  }
  return j;
}

export function failedConditionsOf(j: { failed: TraceLine[] }): TraceLine[] {
  return j.failed;
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

const needOrder = (a: PlannerNeed, b: PlannerNeed) =>
  urgencyRank(a.urgency) - urgencyRank(b.urgency) || codeOrder(a.code, b.code);
/** Codes (R01, N13 …) are ASCII: compared by code unit, as localeCompare orders them, without its cost. */
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const urgencyRank = (u: string) => (u === 'EMERGENCY' ? 0 : 1);
const kindRank = (k: PlanItemKind) => ({ SMALL_AMOUNT_AID: 0, REFERRAL: 1, CASE_PROPOSAL: 2 })[k];
