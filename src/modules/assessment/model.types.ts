import { GraphQLJSON } from '../../graphql/scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { HardshipLevelEnum, ModelStatusEnum, VisitCadenceEnum } from './assessment.enums';

@ObjectType({ description: 'A dimension of the model with its weight.' })
export class ModelDimension {
  @Field({ description: 'Code, e.g. ECO.' }) code: string;
  @Field({ description: 'Chinese name.' }) zh: string;
  @Field({ description: 'English name.' }) en: string;
  @Field(() => Float, { description: 'AHP weight in the level-setting profile.' }) weight: number;
}

@ObjectType({ description: 'An indicator of the model.' })
export class ModelIndicator {
  @Field({ description: 'Code, e.g. E1.' }) code: string;
  @Field({ description: 'Dimension code.' }) dimension: string;
  @Field({ description: 'Chinese name.' }) zh: string;
  @Field({ description: 'English name.' }) en: string;
  @Field({ description: 'The fact function that computes its value.' }) fact: string;
  @Field({ description: 'Direction of the cut-points.' }) direction: string;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Cut-points (bands) or allowed scores, as stored.' })
  bands: unknown;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Anchor text per score, zh and en.' }) anchors: unknown;
}

@ObjectType({ description: 'A weight profile with its AHP consistency.' })
export class ModelWeightProfile {
  @Field({ description: 'Profile name, e.g. standard.' }) name: string;
  @Field({ description: '`level` sets the level; `ranking` only ranks within programmes.' }) use: string;
  @Field(() => GraphQLJSON, { description: 'Weights by dimension code.' }) weights: unknown;
  @Field(() => Float, { description: 'λmax.' }) lambdaMax: number;
  @Field(() => Float, { description: 'Consistency index CI = (λmax − n)/(n − 1).' }) consistencyIndex: number;
  @Field(() => Float, { description: 'Consistency ratio CR = CI / RI; must be < 0.10.' }) consistencyRatio: number;
  @Field({
    description: '`judgements` (recorded pairwise matrix) or `reconstructed` (rebuilt from published weights).',
  })
  provenance: string;
}

@ObjectType({ description: 'A level rule; the first that matches sets the level.' })
export class ModelLevelRule {
  @Field({ description: 'Rule id.' }) id: string;
  @Field(() => HardshipLevelEnum, { description: 'Level it sets.' }) level: string;
  @Field({ description: 'Chinese.' }) zh: string;
  @Field({ description: 'English.' }) en: string;
  @Field(() => GraphQLJSON, { description: 'Condition as stored (e.g. { compositeAtLeast: 45 }).' }) when: unknown;
}

@ObjectType({ description: 'Visit cadence and reassessment interval of a level.' })
export class ModelCadence {
  @Field(() => HardshipLevelEnum, { description: 'Level.' }) level: string;
  @Field(() => VisitCadenceEnum, { description: 'Visit cadence.' }) visit: string;
  @Field(() => Int, { description: 'Reassess every this many months.' }) reassessMonths: number;
}

@ObjectType({ description: 'A scoring-model version (指标模型), for front ends to draw and explain.' })
export class ScoringModelView {
  @Field({ description: 'Model id, e.g. sh-2024.1.' }) id: string;
  @Field(() => ModelStatusEnum, { description: 'REGISTERED, ACTIVE or RETIRED.' }) status: string;
  @Field({ description: 'Effective from (as stored in the model).' }) effectiveFrom: string;
  @Field(() => String, { nullable: true, description: 'Author.' }) author: string | null;
  @Field(() => String, { nullable: true, description: 'What changed in this version.' }) changeNote: string | null;
  @Field(() => [ModelDimension], { description: 'Dimensions and weights.' }) dimensions: ModelDimension[];
  @Field(() => [ModelWeightProfile], { description: 'Weight profiles with λmax, CI and CR.' })
  profiles: ModelWeightProfile[];
  @Field(() => [ModelIndicator], { description: 'Indicators.' }) indicators: ModelIndicator[];
  @Field(() => [ModelLevelRule], { description: 'Level rules in order (thresholds).' }) levelRules: ModelLevelRule[];
  @Field(() => [ModelCadence], { description: 'Cadence per level.' }) cadences: ModelCadence[];
}
