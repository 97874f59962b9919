// GraphQL views of scoring/'s HardshipProfile, which assessments store as JSON. Field names follow
// the library's output so the stored profile is served as it is. Assessments are immutable, so those
// stored before partial knowledge (issue 12) lack its fields: those fields are nullable, and null
// only there.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../graphql/scalars';
import { HardshipLevelEnum, NeedUrgencyEnum, VisitCadenceEnum } from './assessment.enums';

@ObjectType({ description: 'A sentence in Chinese and English.' })
export class BilingualText {
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
}

@ObjectType({ description: 'One indicator of the model for this household.' })
export class IndicatorScore {
  @Field({ description: 'Indicator code, e.g. E1.' }) code: string;
  @Field({ description: 'Dimension code, e.g. ECO.' }) dimension: string;
  @Field(() => Float, {
    nullable: true,
    description:
      'The computed quantity (e.g. income ratio r = 0.62); null when not known, not applicable or unbounded.',
  })
  value: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Score 0–4, higher is worse; null when the known facts do not decide it (see scoreMin, scoreMax).',
  })
  score: number | null;
  @Field({
    description:
      'The known facts do not decide the score (未定): it lies in [scoreMin, scoreMax] and is never read as 0.',
  })
  missing: boolean;
  @Field({ description: 'Nobody in the household is concerned (e.g. no children for EDU): scored 0.' })
  notApplicable: boolean;
  @Field(() => Int, {
    nullable: true,
    description:
      `Lowest score the known facts allow (= score when decided): a known member sets a bound, e.g. a grade-2 ` +
      `disability makes H2 at least 3. Null on a profile stored before issue 12 (reassess to get it).`,
  })
  scoreMin: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Highest score the known facts allow. Null on a profile stored before issue 12 (reassess to get it).`,
  })
  scoreMax: number | null;
  @Field(() => [String], {
    nullable: true,
    description:
      `Unknown facts that could still change the score (待核实事项), e.g. members[1].disabilityGrade; empty when ` +
      `decided. Null on a profile stored before issue 12 (reassess to get it).`,
  })
  factsToAsk: string[] | null;
}

@ObjectType({ description: 'A dimension (维度) score and its share of the composite.' })
export class DimensionScore {
  @Field({ description: 'Dimension code: ECO, HLT, CAR, HOU, EMP, EDU, SOC, PSY.' }) code: string;
  @Field(() => Float, {
    nullable: true,
    description: 'd in [0, 1]; null when an undecided indicator leaves it open (see scoreMin, scoreMax).',
  })
  score: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      `d with every undecided indicator at its lowest allowed score (= score when decided). Null on a profile ` +
      `stored before issue 12 (reassess to get it).`,
  })
  scoreMin: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      `d with every undecided indicator at its highest. Null on a profile stored before issue 12 (reassess to get ` +
      `it).`,
  })
  scoreMax: number | null;
  @Field(() => Float, { description: 'AHP weight.' }) weight: number;
  @Field(() => Float, {
    description:
      'Weight used in the composite: the weight itself (÷ the sum of weights). A dimension with unknown facts ' +
      'keeps it (issue 12; before, it was renormalised away).',
  })
  effectiveWeight: number;
  @Field(() => Float, {
    description: 'Points this dimension is known to add to the composite (effectiveWeight · scoreMin · 100).',
  })
  contribution: number;
  @Field({ description: 'Deprived for certain (scoreMin ≥ 0.5): counted in k.' }) deprived: boolean;
  @Field(() => [String], { description: 'Undecided indicators of this dimension.' }) missingIndicators: string[];
  @Field(() => Int, {
    nullable: true,
    description:
      `Indicators of this dimension the known facts decide (completeness). Null on a profile stored before issue ` +
      `12 (reassess to get it).`,
  })
  decidedIndicators: number | null;
  @Field(() => Int, {
    nullable: true,
    description: `Indicators of this dimension. Null on a profile stored before issue 12 (reassess to get it).`,
  })
  totalIndicators: number | null;
}

@ObjectType({ description: 'A red flag (红旗): puts the household in HIGH whatever the composite.' })
export class RedFlag extends BilingualText {
  @Field({ description: 'Red-flag code.' }) code: string;
  @Field(() => [String], { description: 'Indicators behind it.' }) indicators: string[];
}

@ObjectType({ description: 'A circle rule that matched (四个圈层).' })
export class CircleMatch extends BilingualText {
  @Field(() => Int, { description: 'Circle 1–4.' }) circle: number;
  @Field({ description: 'Rule id.' }) ruleId: string;
  @Field({ description: 'What matched: a category, an event with its date, or a flag.' }) evidence: string;
}

@ObjectType({ description: 'The policy circle (政策圈层) and why.' })
export class CirclePlacement {
  @Field(() => Int, { nullable: true, description: 'Primary (lowest) circle 1–4; null when no rule matches.' })
  primary: number | null;
  @Field(() => CircleMatch, { nullable: true, description: 'The rule that placed it.' }) rule: CircleMatch | null;
  @Field(() => [CircleMatch], { description: 'Every rule that matched.' }) matched: CircleMatch[];
}

@ObjectType({ description: 'Visit cadence (走访频次) and the next reassessment.' })
export class Cadence {
  @Field(() => VisitCadenceEnum, { description: 'Visit cadence.' }) visit: string;
  @Field(() => Int, { description: 'Reassess every this many months.' }) reassessMonths: number;
  @Field(() => LocalDate, { description: 'Next reassessment due.' }) nextReassessment: string;
}

@ObjectType({ description: 'A need derived by the model.' })
export class DerivedNeed extends BilingualText {
  @Field({ description: 'Need code.' }) code: string;
  @Field({ description: 'Service category L/T/F/Z/J.' }) category: string;
  @Field({ description: 'Form of help.' }) form: string;
  @Field(() => NeedUrgencyEnum, { description: 'Urgency.' }) urgency: string;
  @Field(() => [String], { description: 'Indicators that triggered it.' }) indicators: string[];
  @Field(() => [String], { description: 'Red flags that triggered it.' }) redFlags: string[];
  @Field(() => [String], { description: 'Other conditions that held (e.g. level=HIGH).' }) conditions: string[];
}

@ObjectType({ description: 'A possible need (待定需求): neither raised nor ruled out by the known facts.' })
export class PossibleNeed extends BilingualText {
  @Field({ description: 'Need code.' }) code: string;
  @Field({ description: 'Service category L/T/F/Z/J.' }) category: string;
  @Field({ description: 'Form of help.' }) form: string;
  @Field(() => NeedUrgencyEnum, { description: 'Urgency if raised: EMERGENCY when a red flag could raise it.' })
  urgency: string;
  @Field(() => [String], { description: 'Undecided indicators a trigger waits on.' }) indicators: string[];
  @Field(() => [String], {
    description: 'Other undecided conditions: a household predicate, level=HIGH, k>=4.',
  })
  conditions: string[];
  @Field(() => [String], {
    description: 'The facts to ask for (待核实事项), e.g. members[0].seriousIllness, incomeMonthly.other.',
  })
  factsToAsk: string[];
}

@ObjectType({ description: 'Completeness of one dimension.' })
export class DimensionCompleteness {
  @Field({ description: 'Dimension code.' }) dimension: string;
  @Field(() => Int, { description: 'Indicators the known facts decide.' }) decided: number;
  @Field(() => Int, { description: 'Indicators of the dimension.' }) total: number;
  @Field(() => [String], { description: 'Its undecided indicators.' }) missingIndicators: string[];
}

@ObjectType({ description: 'How much of the model the known facts decide (数据完整度).' })
export class Completeness {
  @Field(() => Int, { description: 'Indicators decided.' }) computed: number;
  @Field(() => Int, { description: 'Indicators in the model.' }) total: number;
  @Field(() => Float, { description: 'computed / total.' }) share: number;
  @Field(() => [String], { description: 'Undecided indicators.' }) missingIndicators: string[];
  @Field(() => [String], {
    description:
      'Dimensions with no decided indicator: reported, and counted at their known lowest, never re-weighted away.',
  })
  missingDimensions: string[];
  @Field({
    description:
      'Always false since issue 12: missing dimensions are no longer renormalised away (true on some older ' +
      'stored profiles).',
    deprecationReason: 'Weights are never renormalised now; read missingDimensions and byDimension.',
  })
  weightsRenormalised: boolean;
  @Field(() => [DimensionCompleteness], {
    nullable: true,
    description: `Per dimension, in model order. Null on a profile stored before issue 12 (reassess to get it).`,
  })
  byDimension: DimensionCompleteness[] | null;
}

@ObjectType({
  description:
    'What the unknown facts could still change: the composite, k and the level with every undecided indicator at ' +
    'its highest allowed score and every undecided condition holding.',
})
export class ProfileRange {
  @Field(() => Float, { description: 'Highest composite S the facts allow (= composite when decided).' })
  compositeMax: number;
  @Field(() => Int, { description: 'Highest k the facts allow.' }) deprivedDimensionCountMax: number;
  @Field(() => HardshipLevelEnum, { description: 'Most severe level the facts allow.' }) levelMax: string;
  @Field({ description: 'No unknown fact can change the level (level = levelMax).' }) levelDecided: boolean;
}

@ObjectType({ description: "A dimension's contribution to the composite." })
export class Contribution extends BilingualText {
  @Field({ description: 'Dimension code.' }) dimension: string;
  @Field(() => Float, { description: 'Points of the composite.' }) contribution: number;
}

@ObjectType({ description: 'A top driver, as a sentence an adviser can read aloud.' })
export class Driver extends BilingualText {
  @Field({ description: 'Indicator code.' }) indicator: string;
  @Field(() => Int, { description: 'Its score.' }) score: number;
}

@ObjectType({ description: 'A missing indicator that could change the level once known.' })
export class DecisiveFact {
  @Field({ description: 'Indicator code.' }) indicator: string;
  @Field(() => [String], { description: 'Facts to collect.' }) facts: string[];
}

@ObjectType({ description: 'Whether missing facts could change the level.' })
export class LevelSensitivity {
  @Field(() => HardshipLevelEnum, {
    description:
      'Level with every undecided indicator at its lowest allowed score: the level the known facts establish.',
  })
  levelIfMissingBest: string;
  @Field(() => HardshipLevelEnum, {
    description:
      'Level with every undecided indicator at its highest allowed score (and undecided conditions holding).',
  })
  levelIfMissingWorst: string;
  @Field({ description: 'The two differ.' }) couldChangeLevel: boolean;
  @Field(() => [DecisiveFact], { description: 'Missing indicators worth collecting first.' }) decisive: DecisiveFact[];
}

@ObjectType({ description: 'Why the household got its profile.' })
export class Explanation {
  @Field(() => [Contribution], { description: 'Dimensions by contribution, largest first.' })
  contributions: Contribution[];
  @Field(() => [Driver], { description: 'Top drivers in plain Chinese and English.' }) drivers: Driver[];
  @Field(() => LevelSensitivity, { description: 'What missing facts could change.' })
  levelSensitivity: LevelSensitivity;
}

@ObjectType({ description: 'The rule that set the level.' })
export class LevelRule extends BilingualText {
  @Field({ description: 'Rule id.' }) id: string;
}

@ObjectType({ description: 'A composite under a ranking-only weight profile (e.g. development).' })
export class RankingComposite {
  @Field({ description: 'Profile name.' }) profile: string;
  @Field(() => Float, { description: 'Composite under it.' }) composite: number;
}

@ObjectType({ description: 'A household hardship profile (困境画像) computed by the indicator model.' })
export class HardshipProfileView {
  @Field({ description: 'Model version.' }) modelId: string;
  @Field(() => LocalDate, { description: 'Date the facts were evaluated at.' }) asOf: string;
  @Field(() => Float, {
    description:
      'Composite S, 0–100: what the known facts establish (an undecided indicator counts at its lowest allowed ' +
      'score, never as an exclusion); range.compositeMax is how far unknown facts could take it.',
  })
  composite: number;
  @Field(() => Int, { description: 'k: number of deprived dimensions (d ≥ 0.5).' }) deprivedDimensionCount: number;
  @Field(() => HardshipLevelEnum, {
    description:
      'Level: HIGH 高度 / MODERATE 中度 / LOW 低度 / WATCH 一般关注 — the level the known facts establish; range.levelMax ' +
      'the most severe they allow.',
  })
  level: string;
  @Field(() => LevelRule, { description: 'The rule that set the level.' }) levelRule: LevelRule;
  @Field(() => [RedFlag], { description: 'Red flags raised.' }) redFlags: RedFlag[];
  @Field(() => CirclePlacement, { description: 'Policy circle.' }) circle: CirclePlacement;
  @Field(() => Cadence, { description: 'Visit cadence and next reassessment.' }) cadence: Cadence;
  @Field(() => [DimensionScore], { description: 'Dimension scores.' }) dimensions: DimensionScore[];
  @Field(() => [IndicatorScore], { description: 'All indicators.' }) indicators: IndicatorScore[];
  @Field(() => [DerivedNeed], { description: 'Needs whose trigger the known facts meet.' }) needs: DerivedNeed[];
  @Field(() => [PossibleNeed], {
    nullable: true,
    description:
      'Possible needs pending facts (待定需求), each with the facts to ask for. Null on a profile stored before ' +
      'issue 12 (reassess to get it).',
  })
  possibleNeeds: PossibleNeed[] | null;
  @Field(() => ProfileRange, {
    nullable: true,
    description:
      'What the unknown facts could still change. Null on a profile stored before issue 12 (reassess to get it).',
  })
  range: ProfileRange | null;
  @Field(() => Completeness, { description: 'Data completeness.' }) completeness: Completeness;
  @Field(() => Explanation, { nullable: true, description: 'Contributions, drivers and sensitivity.' })
  explanation: Explanation | null;
  @Field(() => [RankingComposite], { description: 'Composites under ranking-only profiles.' })
  rankingComposites: RankingComposite[];
}
