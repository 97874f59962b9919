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
import type { CompiledRule, EligibilityFacts, Verdict } from '../eligibility';
import type { FailedLine } from '../eligibility/rule.failures';
import { Tier, TIER_ORDER } from '../catalogue/catalogue.enums';
import type { Benefit, GeoScope } from '../catalogue/catalogue.entity';
import { CandidateReason, CoveredReason, PlanItemKind, RankingCriterion } from './plan.enums';
import { SMALL_AMOUNT_PER_PERSON } from '../../../policy/emergency-route';
import type { Text } from './planner-texts';
import {
  costCoveredText,
  DECIDED_BY,
  exclusiveText,
  LAYER_DECIDED,
  lowerLayerText,
  ONLY_AS_COMPLEMENT,
  TIER_TEXT,
  UNMET_TEXT,
} from './planner-texts';
import { householdView, HouseholdView, traced, judgeForNeed, judgeResource, Judged } from './planner-judge';
import { formMeets } from '../../../policy/need-forms';
import {
  firstDifference,
  Objective,
  ObjectiveComponent,
  Search,
  SearchProblem,
  SearchResource,
  Selection,
} from './planner-search';
import { CASE_HELP_CODE, SMALL_AMOUNT_AID_CODE, aidFirstApplies } from '../../../policy/emergency-route';
import { COMPLEMENTS, DESIGNATED_CHANNELS, layerFor, LOCALITY_RANK } from '../../../policy/order-of-help';
import { GAP_ROUTES, isNonGovernmentCash, paysCost } from '../../../policy/duplicate-assistance';

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
  /** Everything else the planner reads of the catalogue, worked out once (indexCatalogue). */
  prepared: PreparedCatalogue;
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
  const codeRank = new Map(inCodeOrder.map((r, i) => [r, i]));
  const orderRank = new Map([...resources].sort(resourceOrder).map((r, i) => [r, i]));
  const searchOf = new Map(inCodeOrder.map((r, i) => [r, searchResource(r, i)]));
  const catalogue = {
    resources,
    byNeedCode,
    byCode: new Map(resources.map((r) => [r.code, r])),
    byId: new Map(resources.map((r) => [r.id, r])),
    inCodeOrder,
    codeRank,
    orderRank,
    searchOf,
  };
  return { ...catalogue, prepared: prepare(catalogue) };
}

/**
 * What the planner reads of a catalogue, worked out once per catalogue (never per household): each
 * resource by its place in code order, with its search view, its words and its reference; each
 * need's candidates with their rank in the order of help, form of help and complements.
 */
export interface PreparedCatalogue {
  search: readonly SearchResource[];
  refs: readonly ResourceRef[];
  /** The order-of-help line of an item, per resource. */
  tierLines: readonly RankingReasonData[];
  /** The resource's place in the per-resource order (orderRank), per resource. */
  order: Int32Array;
  /** Non-government cash or 市民综合帮扶: never for a cost statutory cash meets (POL-ORD-3, POL-ORD-7). */
  stacks: Uint8Array;
  /** Statutory cash: meets the cost of its needs. */
  pays: Uint8Array;
  kinds: readonly PlanItemKind[];
  benefits: ReadonlyArray<ExpectedBenefitData | null>;
  /** Candidates of a need (by code), and of its NEED-2 gap route ("gap " + code); built on first use. */
  needs: Map<string, PreparedNeed>;
  /** Sentences that name a resource, built once per resource and criterion. */
  words: readonly ResourceWords[];
  /** The same where no resource is named. */
  noLead: ResourceWords;
  /** Other sentences built once per code and criterion (bounded by the catalogue's codes). */
  texts: Map<string, Text>;
  lines: Map<string, RankingReasonData>;
  /** "meets n of the household's needs: codes", by the codes. */
  covers: Map<string, RankingReasonData>;
}

/** The sentences that name one resource (or none), built on first use. */
interface ResourceWords {
  code: string | null;
  /** "chosen over <it>: …" by criterion, for a LOWER_LAYER verdict and for the others. */
  overLower: Map<string, RankingReasonData>;
  over: Map<string, RankingReasonData>;
  /** Its verdict text where it is the statutory cash item that meets the cost. */
  costCovered: Text | null;
  /** The verdict texts where it leads the need: LOWER_LAYER, and OUTRANKED by component. */
  lowerLayer: Text | null;
  better: Map<string, Text>;
}

const wordsFor = (code: string | null): ResourceWords => ({
  code,
  overLower: new Map(),
  over: new Map(),
  costCovered: null,
  lowerLayer: null,
  better: new Map(),
});

interface PreparedNeed {
  resources: readonly PlannerResource[];
  /** Each candidate's place in code order. */
  at: Int32Array;
  /** policy/order-of-help.ts layerFor for this need. */
  rank: Int32Array;
  formOk: Uint8Array;
  /** Positions (in `resources`) of the complements that come with each candidate for this need. */
  partners: ReadonlyArray<readonly string[]>;
  /** Candidate positions in the per-resource order (the order options are weighed in). */
  byOrder: Int32Array;
  statutory: Uint8Array;
}

type CatalogueIndex = Omit<PlannerCatalogue, 'prepared'>;

function prepare(c: CatalogueIndex): PreparedCatalogue {
  const rs = c.inCodeOrder;
  const n = rs.length;
  const order = new Int32Array(n);
  const stacks = new Uint8Array(n);
  const pays = new Uint8Array(n);
  rs.forEach((r, i) => {
    order[i] = c.orderRank.get(r)!;
    stacks[i] = stacksOnCost(r) ? 1 : 0;
    pays[i] = paysCost(shape(r)) ? 1 : 0;
  });
  return {
    search: rs.map((r) => c.searchOf.get(r)!),
    refs: rs.map((r) => Object.freeze({ resourceId: r.id, code: r.code, version: r.version })),
    tierLines: rs.map((r) => Object.freeze({ criterion: 'TIER' as const, value: r.tier, ...TIER_TEXT[r.tier] })),
    order,
    stacks,
    pays,
    kinds: rs.map(kindOf),
    benefits: rs.map((r) =>
      kindOf(r) === 'SMALL_AMOUNT_AID' ? null : freezeBenefit(expectedBenefit(r, kindOf(r), 0)),
    ),
    needs: new Map(),
    words: rs.map((r) => wordsFor(r.code)),
    noLead: wordsFor(null),
    texts: new Map(),
    lines: new Map(),
    covers: new Map(),
  };
}

const freezeBenefit = (b: ExpectedBenefitData) => Object.freeze(b);

function preparedNeed(c: PlannerCatalogue, code: string, gap: boolean): PreparedNeed {
  const key = gap ? `gap ${code}` : code;
  const p = c.prepared;
  let x = p.needs.get(key);
  if (x) return x;
  const resources = gap ? GAP_ROUTES[code].flatMap((r) => c.byCode.get(r) ?? []) : (c.byNeedCode.get(code) ?? []);
  const at = Int32Array.from(resources, (r) => c.codeRank.get(r)!);
  const partners = resources.map((r) =>
    COMPLEMENTS.filter((x) => x.resource === r.code && x.need === code).map((x) => x.with),
  );
  const byOrder = Int32Array.from(resources.keys()).sort((a, b) => p.order[at[a]] - p.order[at[b]]);
  x = {
    resources,
    at,
    rank: Int32Array.from(resources, (r) => layerFor({ code: r.code, layer: r.tier }, code)),
    formOk: Uint8Array.from(resources, (r) => (formMeets(code, r.form) ? 1 : 0)),
    partners,
    byOrder,
    statutory: Uint8Array.from(resources, (r) => (r.tier === 'STATUTORY' ? 1 : 0)),
  };
  p.needs.set(key, x);
  return x;
}

/** A sentence pair kept per catalogue under a key of codes and criteria (bounded: the catalogue's codes). */
function textOf(c: PlannerCatalogue, key: string, build: () => Text): Text {
  const m = c.prepared.texts;
  let t = m.get(key);
  if (!t) {
    t = Object.freeze(build());
    if (m.size < 4096) m.set(key, t);
  }
  return t;
}

function lineOf(c: PlannerCatalogue, key: string, build: () => RankingReasonData): RankingReasonData {
  const m = c.prepared.lines;
  let l = m.get(key);
  if (!l) {
    l = Object.freeze(build());
    if (m.size < 4096) m.set(key, l);
  }
  return l;
}

/** One plannable need with its judged candidates and the options the policy layer allows. */
interface NeedPlan {
  need: PlannerNeed;
  /** Its place among the household's plannable needs. */
  n: number;
  /** NEED-2: N01 under a basic-living scheme the household receives (its code). */
  gapUnder: string | null;
  prepared: PreparedNeed;
  judged: Judged[];
  /** Rank (policy/order-of-help.ts layerFor) of the best available candidates; Infinity if none. */
  bestRank: number;
  /** Options: a lead resource and the complements that come with it, best per-resource key first. */
  options: PlannerResource[][];
  /** For each judged candidate, its option's place among the options (none: not led by it). */
  optionOf: number[];
}

export function planHousehold(input: PlannerInput): PlannerOutput {
  const { catalogue } = input;
  const prep = catalogue.prepared;
  const size = catalogue.inCodeOrder.length;
  const view = householdView(input);
  const covered: CoveredNeedData[] = [];
  const plans: NeedPlan[] = [];
  const received = [...input.received];
  for (const need of stableSort([...input.needs], needOrder)) {
    const c = coverOf(input, received, need);
    if (c) covered.push(c);
    else plans.push(needPlan(view, need, gapUnder(input, received, need), plans.length));
  }

  // The exact choice among the allowed options (planner-search.ts).
  const poolAt = scratchPool(size); // place in code order → index in the pool (-1: not in it)
  const pool: number[] = []; // index in the pool → place in code order
  const options: number[][][] = [];
  for (const p of plans) {
    const opts: number[][] = [];
    for (const o of p.options) {
      const ix: number[] = [];
      for (const r of o) {
        const at = catalogue.codeRank.get(r)!;
        if (poolAt[at] < 0) poolAt[at] = pool.push(at) - 1;
        ix.push(poolAt[at]);
      }
      opts.push(ix);
    }
    options.push(opts);
  }
  const problem: SearchProblem = { resources: pool.map((at) => prep.search[at]), options };
  const search = new Search(problem);
  const selection = search.solve();
  const chosen = scratchFlags(1, size);
  for (const i of selection.chosen) chosen[pool[i]] = 1;

  // Items: each chosen resource lists the needs whose option it leads or completes.
  const drafts: ItemDraft[] = [];
  const draftAt: Array<ItemDraft | undefined> = new Array(size);
  const draftOf = (at: number, kind: PlanItemKind) => {
    let d = draftAt[at];
    if (!d) {
      d = { resource: catalogue.inCodeOrder[at], at, kind, needs: [], roles: [] };
      draftAt[at] = d;
      drafts.push(d);
    }
    return d;
  };
  for (const p of plans) {
    const met = selection.meets[p.n];
    if (!met) continue;
    for (let k = 0; k < met.length; k++) {
      const at = pool[met[k]];
      const d = draftOf(at, prep.kinds[at]);
      d.needs.push(p);
      d.roles[p.n] = k === 0 ? roleOf(p, catalogue.inCodeOrder[at]) : 'COMPLEMENT';
    }
  }
  const aid = aidFirst(view, plans);
  if (aid) {
    const d = draftOf(catalogue.codeRank.get(aid.resource)!, 'SMALL_AMOUNT_AID');
    for (const p of aid.needs) {
      d.needs.push(p);
      d.roles[p.n] = 'EMERGENCY_ROUTE';
    }
  }

  const forced: Array<Objective | undefined> = [];
  const costOf = (at: number) => {
    const i = poolAt[at];
    return (forced[i] ??= search.objective([i]));
  };
  const verdictAt: number[][] = [];
  const context: VerdictContext = { view, plans, selection, chosen, pool, poolAt, drafts, draftAt, costOf, verdictAt };
  const verdicts = plans.map((p) => verdictsFor(context, p));

  const out: PlannedItem[] = drafts.map((d) => itemOf(context, d, verdicts));
  stableSort(
    out,
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      urgencyRank(a.urgency) - urgencyRank(b.urgency) ||
      kindRank(a.kind) - kindRank(b.kind) ||
      codeOrder(a.needCode, b.needCode),
  );
  const met = scratchFlags(2, plans.length);
  for (const d of drafts) for (const p of d.needs) met[p.n] = 1;
  const unmet: UnmetNeedData[] = [];
  for (const p of plans) if (!met[p.n]) unmet.push(unmetOf(p, verdicts[p.n]));

  // The resources this plan considered, marked by their place in code order (no set of ids).
  const considered = scratchFlags(3, size);
  for (const p of plans) for (const j of p.judged) considered[catalogue.codeRank.get(j.resource)!] = 1;
  for (const need of input.needs) {
    const at = catalogue.byNeedCode.has(need.code) ? preparedNeed(catalogue, need.code, false).at : null;
    if (at) for (let k = 0; k < at.length; k++) considered[at[k]] = 1;
  }
  for (const d of drafts) considered[d.at] = 1;
  const catalogueState: ResourceRef[] = [];
  for (let i = 0; i < size; i++) if (considered[i]) catalogueState.push(prep.refs[i]);
  return { items: out, unmet, covered, catalogueState };
}

/** A need already being worked on (an active referral) or met by what the household receives. */
function coverOf(
  input: PlannerInput,
  received: ReadonlyArray<readonly [string, readonly string[]]>,
  need: PlannerNeed,
): CoveredNeedData | null {
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
  const code = receivedCode(input, received, need);
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

function receivedCode(
  input: PlannerInput,
  received: ReadonlyArray<readonly [string, readonly string[]]>,
  need: PlannerNeed,
): string | null {
  for (const [id, meets] of received) if (meets.includes(need.code)) return input.catalogue.byId.get(id)?.code ?? null;
  return null;
}

/** NEED-2: a need raised although a scheme the household receives meets it is a policy gap. */
function gapUnder(
  input: PlannerInput,
  received: ReadonlyArray<readonly [string, readonly string[]]>,
  need: PlannerNeed,
): string | null {
  return GAP_ROUTES[need.code] ? receivedCode(input, received, need) : null;
}

const NO_OPTION = -1;

/**
 * Scratch arrays reused by every call instead of new typed arrays per household and need (each one
 * is an allocation): planHousehold is synchronous and never re-entered, and each buffer has one use.
 */
const scratch = [0, 1, 2, 3].map(() => new Uint8Array(64));
function scratchFlags(k: number, n: number): Uint8Array {
  if (scratch[k].length < n) scratch[k] = new Uint8Array(n * 2);
  return scratch[k].fill(0, 0, n);
}
const flags = (n: number) => scratchFlags(0, n);
let pools = new Int32Array(64);
function scratchPool(n: number): Int32Array {
  if (pools.length < n) pools = new Int32Array(n * 2);
  return pools.fill(-1, 0, n);
}

/** The first available candidate with this code, or -1. */
function availableWith(candidates: readonly PlannerResource[], available: Uint8Array, count: number, code: string) {
  for (let i = 0; i < count; i++) if (available[i] && candidates[i].code === code) return i;
  return -1;
}

function needPlan(view: HouseholdView, need: PlannerNeed, gap: string | null, n: number): NeedPlan {
  const { catalogue } = view.input;
  const x = preparedNeed(catalogue, need.code, gap !== null);
  const candidates = x.resources;
  const count = candidates.length;
  let statutoryUndecided = false;
  for (let i = 0; i < count && !statutoryUndecided; i++)
    if (x.statutory[i] && judgeResource(view, candidates[i], x.at[i]).reason === 'UNKNOWN_FACTS')
      statutoryUndecided = true;
  const ctx = { need, statutoryUndecided };
  const judged: Judged[] = new Array(count);
  // 小金额救助 is never the scheme for a need: it comes beside it on the emergency route (aidFirst).
  const available = flags(count);
  let bestRank = Infinity;
  for (let i = 0; i < count; i++) {
    const j = judgeForNeed(view, ctx, candidates[i], x.at[i], x.formOk[i] === 1);
    judged[i] = j;
    if (j.reason || j.resource.code === SMALL_AMOUNT_AID_CODE) continue;
    available[i] = 1;
    if (x.rank[i] < bestRank) bestRank = x.rank[i];
  }
  // Options in the per-resource order; a complement whose base is allowed comes with it, not on its own.
  let completing: string[] | null = null;
  for (let i = 0; i < count; i++) {
    if (!available[i] || x.rank[i] !== bestRank || !x.partners[i].length) continue;
    for (const code of x.partners[i])
      if (availableWith(candidates, available, count, code) >= 0) (completing ??= []).push(code);
  }
  const options: PlannerResource[][] = [];
  const optionOf: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = x.byOrder[k];
    if (!available[i] || x.rank[i] !== bestRank) continue;
    const r = candidates[i];
    if (completing?.includes(r.code)) continue;
    const option = [r];
    for (const code of x.partners[i]) {
      const partner = availableWith(candidates, available, count, code);
      if (partner >= 0) option.push(candidates[partner]);
    }
    optionOf[i] = options.length;
    options.push(option);
  }
  return { need, n, gapUnder: gap, prepared: x, judged, bestRank, options, optionOf };
}

type Role = 'LAYER' | 'DESIGNATED_CHANNEL' | 'COMPLEMENT' | 'POLICY_GAP' | 'EMERGENCY_ROUTE';
interface ItemDraft {
  resource: PlannerResource;
  /** Its place in code order. */
  at: number;
  kind: PlanItemKind;
  needs: NeedPlan[];
  /** Its role for each need it meets, by the need's place (NeedPlan.n). */
  roles: Role[];
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

/** What the verdicts and rationales of one household's plan read; resources by their place in code order. */
interface VerdictContext {
  view: HouseholdView;
  plans: NeedPlan[];
  selection: Selection;
  chosen: Uint8Array;
  /** Index in the search's pool → place in code order, and back (-1: not in the pool). */
  pool: number[];
  poolAt: Int32Array;
  /** Items in the order they were drafted, and by place. */
  drafts: ItemDraft[];
  draftAt: Array<ItemDraft | undefined>;
  /** What the best plan that must include this resource would score: what choosing it would have cost. */
  costOf: (at: number) => Objective;
  /** For each need, the place in code order of each of its verdicts' resources. */
  verdictAt: number[][];
}

const shape = (r: PlannerResource) => ({ layer: r.tier, form: r.form });

/** Non-government cash, and 市民综合帮扶 (POL-ORD-3, POL-ORD-7), never go to a cost statutory cash meets. */
const stacksOnCost = (r: PlannerResource) => isNonGovernmentCash(shape(r)) || r.code === CASE_HELP_CODE;

/** POL-ORD-7: a statutory cash item of the plan meets this need's cost. */
function statutoryCashFor(c: VerdictContext, needCode: string): PlannerResource | undefined {
  const { pays } = c.view.input.catalogue.prepared;
  for (const d of c.drafts) if (pays[d.at] && d.resource.needCodes.includes(needCode)) return d.resource;
  return undefined;
}

/** Every candidate of a need that is not an item for it, with the reason it is not (and each one's place). */
function verdictsFor(c: VerdictContext, p: NeedPlan): CandidateVerdictData[] {
  const { prepared } = c.view.input.catalogue;
  const n = p.n;
  let lead = -1;
  for (const d of c.drafts)
    if (d.roles[n] !== undefined && d.roles[n] !== 'EMERGENCY_ROUTE') {
      lead = d.at;
      break;
    }
  const x = p.prepared;
  const code = p.need.code;
  const out: CandidateVerdictData[] = [];
  const outAt: number[] = [];
  let cash: PlannerResource | undefined | null = null; // null: not looked up yet
  for (let i = 0; i < p.judged.length; i++) {
    const j = p.judged[i];
    const at = x.at[i];
    if (c.draftAt[at]?.roles[n] !== undefined) continue;
    outAt.push(at);
    if (j.reason) {
      out.push(verdictOf(j, code, j.reason, j.text, null));
      continue;
    }
    if (prepared.stacks[at] && cash === null) cash = statutoryCashFor(c, code);
    if (prepared.stacks[at] && cash) {
      const w = prepared.words[c.view.input.catalogue.codeRank.get(cash)!];
      const text = (w.costCovered ??= Object.freeze(costCoveredText(cash.code)));
      out.push(verdictOf(j, code, 'COST_COVERED_BY_STATUTORY', text, null));
    } else if (x.rank[i] > p.bestRank) {
      const by = p.bestRank === 0 ? 'DESIGNATED_CHANNEL' : 'TIER';
      const w = lead < 0 ? prepared.noLead : prepared.words[lead];
      const text = (w.lowerLayer ??= Object.freeze(lowerLayerText(w.code)));
      out.push(verdictOf(j, code, 'LOWER_LAYER', text, by));
    } else {
      out.push(outranked(c, p, j, at, lead, p.optionOf[i] ?? NO_OPTION));
    }
  }
  c.verdictAt[n] = outAt;
  return out;
}

function outranked(
  c: VerdictContext,
  p: NeedPlan,
  j: Judged,
  at: number,
  leadAt: number,
  order: number,
): CandidateVerdictData {
  const r = j.resource;
  const code = p.need.code;
  const { catalogue } = c.view.input;
  const { prepared } = catalogue;
  if (order < 0) return verdictOf(j, code, 'OUTRANKED', ONLY_AS_COMPLEMENT, 'COMPLEMENT');
  let holder: PlannerResource | undefined;
  if (r.exclusiveGroup)
    for (const i of c.selection.chosen) {
      const x = catalogue.inCodeOrder[c.pool[i]];
      if (x.exclusiveGroup === r.exclusiveGroup) {
        holder = x;
        break;
      }
    }
  let component: ObjectiveComponent;
  if (c.chosen[at] && leadAt >= 0) {
    // Both are in the plan: the need goes to the nearer, roomier, faster one.
    const a = prepared.search[leadAt];
    const b = prepared.search[at];
    component =
      a.locality !== b.locality
        ? 'locality'
        : a.capacity !== b.capacity
          ? 'capacity'
          : a.processing !== b.processing
            ? 'processing'
            : 'codes';
  } else {
    component = firstDifference(c.selection.objective, c.costOf(at))?.component ?? 'codes';
  }
  const d = DECIDED_BY[component];
  if (holder && holder.id !== r.id) {
    const h = holder.code;
    const group = r.exclusiveGroup!;
    const text = textOf(catalogue, `excl ${component} ${h} ${group}`, () => {
      const t = exclusiveText(h, group);
      return { zh: `${t.zh}；${d.zh}`, en: `${t.en}; ${d.en}` };
    });
    return verdictOf(j, code, 'EXCLUSIVE_GROUP', text, d.criterion);
  }
  const w = leadAt < 0 ? prepared.noLead : prepared.words[leadAt];
  let text = w.better.get(component);
  if (!text) {
    const by = w.code;
    text = Object.freeze({
      zh: `符合条件，但${by ?? '其他选择'}更优：${d.zh}`,
      en: `eligible, but ${by ?? 'another choice'} is better: ${d.en}`,
    });
    w.better.set(component, text);
  }
  return verdictOf(j, code, 'OUTRANKED', text, d.criterion, order + 1);
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

function itemOf(c: VerdictContext, d: ItemDraft, verdicts: CandidateVerdictData[][]): PlannedItem {
  const r = d.resource;
  const { catalogue, household } = c.view.input;
  let needs = d.needs;
  for (let k = 1; k < needs.length; k++)
    if (needs[k].n < needs[k - 1].n) {
      needs = [...needs].sort((a, b) => needOrder(a.need, b.need));
      break;
    }
  const trace = traced(c.view, r, d.at);
  const needIds: string[] = [];
  const needCodes: string[] = [];
  let urgency = 'ORDINARY';
  let alternatives: CandidateVerdictData[] = [];
  for (const p of needs) {
    needIds.push(p.need.id);
    needCodes.push(p.need.code);
    if (p.need.urgency === 'EMERGENCY') urgency = 'EMERGENCY';
    const v = verdicts[p.n];
    if (v.length) alternatives = alternatives.length ? alternatives.concat(v) : v.slice();
  }
  return {
    kind: d.kind,
    needId: needs[0].need.id,
    needCode: needs[0].need.code,
    needIds,
    needCodes,
    urgency,
    resourceId: r.id,
    resourceCode: r.code,
    tier: r.tier,
    rationale: rationaleOf(c, d, needs, verdicts),
    eligibilityResult: trace.result,
    eligibility: trace.lines,
    alternatives,
    expectedBenefit: catalogue.prepared.benefits[d.at] ?? expectedBenefit(r, d.kind, household.memberCount),
  };
}

function rationaleOf(
  c: VerdictContext,
  d: ItemDraft,
  needs: NeedPlan[],
  verdicts: CandidateVerdictData[][],
): RankingReasonData[] {
  const r = d.resource;
  const { catalogue } = c.view.input;
  const { prepared } = catalogue;
  const lines: RankingReasonData[] = [];
  // Each line once: by its kind (order of help, NEED-2 gap, emergency route), need, base or resource.
  let layer = false;
  let gap = false;
  let emergency = false;
  let seen: string[] | null = null;
  const first = (key: string) => {
    if (seen?.includes(key)) return false;
    (seen ??= []).push(key);
    return true;
  };
  for (const p of needs) {
    const role = d.roles[p.n];
    if (role === 'LAYER') {
      if (!layer) ((layer = true), lines.push(prepared.tierLines[d.at]));
    } else if (role === 'DESIGNATED_CHANNEL') {
      const code = p.need.code;
      if (first(`D${code}`)) lines.push(designatedLine(catalogue, code));
    } else if (role === 'COMPLEMENT') {
      const base = catalogue.inCodeOrder[c.pool[c.selection.meets[p.n]![0]]].code;
      if (first(`C${base}`)) lines.push(complementLine(catalogue, base, r.code));
    } else if (role === 'POLICY_GAP') {
      if (!gap) ((gap = true), lines.push(gapLine(catalogue, p.gapUnder)));
    } else if (role === 'EMERGENCY_ROUTE') {
      const met = c.selection.meets[p.n];
      const scheme = met ? catalogue.inCodeOrder[c.pool[met[0]]].code : null;
      if (!emergency) ((emergency = true), lines.push(emergencyLine(catalogue, scheme)));
    }
  }
  lines.push(coversLine(catalogue, needs));
  let over: number[] | null = null; // resources already named by a "chosen over" line
  for (const p of needs) {
    const vs = verdicts[p.n];
    const ats = c.verdictAt[p.n];
    for (let k = 0; k < vs.length; k++) {
      const v = vs[k];
      const by = v.decidedBy;
      if (!by || by === 'COMPLEMENT') continue;
      const at = ats[k];
      if (over?.includes(at)) continue;
      (over ??= []).push(at);
      const lower = v.reason === 'LOWER_LAYER';
      const w = prepared.words[at];
      const memo = lower ? w.overLower : w.over;
      let line = memo.get(by);
      if (!line) {
        const d2 = lower ? LAYER_DECIDED[by === 'TIER' ? 0 : 1] : decidedText(by);
        const code = v.resourceCode;
        line = Object.freeze({
          criterion: by,
          value: code,
          zh: `优于${code}：${d2.zh}`,
          en: `chosen over ${code}: ${d2.en}`,
        });
        memo.set(by, line);
      }
      lines.push(line);
    }
  }
  return lines;
}

function designatedLine(c: PlannerCatalogue, code: string): RankingReasonData {
  return lineOf(c, `D${code}`, () => {
    const basis = DESIGNATED_CHANNELS[code].basis;
    return {
      criterion: 'DESIGNATED_CHANNEL',
      value: code,
      zh: `${code}的指定渠道（${basis}）`,
      en: `the designated channel for ${code} (${basis})`,
    };
  });
}

function complementLine(c: PlannerCatalogue, base: string, code: string): RankingReasonData {
  return lineOf(c, `C${base} ${code}`, () => {
    const basis = COMPLEMENTS.find((x) => x.resource === base && x.with === code)?.basis ?? '';
    return {
      criterion: 'COMPLEMENT',
      value: base,
      zh: `与${base}配套提供，不相互替代（${basis}）`,
      en: `planned beside ${base}, which it complements, not instead of it (${basis})`,
    };
  });
}

function gapLine(c: PlannerCatalogue, gap: string | null): RankingReasonData {
  return lineOf(c, `GAP ${gap}`, () => ({
    criterion: 'POLICY_GAP',
    value: gap,
    zh: `已享受${gap}仍低于低保标准，属政策缺口，转入下一层级（NEED-2）`,
    en: `receives ${gap} and still falls short of the 低保 standard: a policy gap for the next layers (NEED-2)`,
  }));
}

function emergencyLine(c: PlannerCatalogue, scheme: string | null): RankingReasonData {
  return lineOf(c, `EMG ${scheme}`, () => ({
    criterion: 'EMERGENCY_ROUTE',
    value: scheme,
    zh: scheme
      ? `紧急需求，先行小金额救助，${scheme}随后办理（POL-EMG-2）`
      : '紧急需求，暂无其他可用资源，先行小金额救助（POL-EMG-2）',
    en: scheme
      ? `emergency need: aid first, beside ${scheme}, which follows (POL-EMG-2)`
      : 'emergency need with no other resource available: aid first (POL-EMG-2)',
  }));
}

/** "meets n of the household's needs: codes", kept per list of codes. */
function coversLine(c: PlannerCatalogue, needs: readonly NeedPlan[]): RankingReasonData {
  const codes = needs.length === 1 ? needs[0].need.code : needs.map((p) => p.need.code).join(', ');
  const m = c.prepared.covers;
  let l = m.get(codes);
  if (!l) {
    l = Object.freeze({
      criterion: 'NEEDS_COVERED' as const,
      value: String(needs.length),
      zh: `满足本户${needs.length}项需求：${codes}`,
      en: `meets ${needs.length} of the household's needs: ${codes}`,
    });
    if (m.size < 4096) m.set(codes, l);
  }
  return l;
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

/** Sorts in place, stably, as Array.prototype.sort does, without its work array (lists here are short). */
function stableSort<T>(xs: T[], order: (a: T, b: T) => number): T[] {
  for (let a = 1; a < xs.length; a++) {
    const x = xs[a];
    let b = a - 1;
    for (; b >= 0 && order(xs[b], x) > 0; b--) xs[b + 1] = xs[b];
    xs[b + 1] = x;
  }
  return xs;
}

const needOrder = (a: PlannerNeed, b: PlannerNeed) =>
  urgencyRank(a.urgency) - urgencyRank(b.urgency) || codeOrder(a.code, b.code);
/** Codes (R01, N13 …) are ASCII: compared by code unit, as localeCompare orders them, without its cost. */
const codeOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const urgencyRank = (u: string) => (u === 'EMERGENCY' ? 0 : 1);
const kindRank = (k: PlanItemKind) => ({ SMALL_AMOUNT_AID: 0, REFERRAL: 1, CASE_PROPOSAL: 2 })[k];
