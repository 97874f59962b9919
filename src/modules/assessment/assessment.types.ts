import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { Assessment, ScoringModelVersion } from './assessment.entity';
import { HardshipLevelEnum } from './assessment.enums';
import { HardshipProfileView } from './profile.types';

export const AssessHouseholdResult = createUnionType({
  name: 'AssessHouseholdResult',
  description: 'The stored assessment, or why none was made.',
  types: () => [Assessment, NotFoundError] as const,
});

export const PreviewAssessmentResult = createUnionType({
  name: 'PreviewAssessmentResult',
  description: 'The profile the household would get (nothing stored), or why none could be computed.',
  types: () => [HardshipProfileView, NotFoundError] as const,
  resolveType: (value) => ('errorCode' in value ? NotFoundError : HardshipProfileView),
});

export const ScoringModelResult = createUnionType({
  name: 'ScoringModelResult',
  description: 'The model version, or why nothing changed.',
  types: () => [ScoringModelVersion, InputValidationError, NotFoundError] as const,
});

@ObjectType({ description: "Households by street, level and circle, from each household's latest assessment." })
export class HardshipStatisticsCell {
  @Field({ description: 'Street (街镇) code.' }) streetCode: string;
  @Field(() => HardshipLevelEnum, { description: 'Level.' }) level: string;
  @Field(() => Int, { nullable: true, description: 'Primary circle; null = in no circle.' }) circle: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'Households; null when suppressed; for VIEWER rounded to a multiple of 5, null under 5.',
  })
  households: number | null;
  @Field({
    description:
      'True when the cell has fewer than 5 households and the caller is a VIEWER: the count is withheld so ' +
      'nobody can be singled out.',
  })
  suppressed: boolean;
}

@ObjectType({ description: 'How a model version would change levels and circles versus the active model, per street.' })
export class ModelSimulationStreet {
  @Field({ description: 'Street code.' }) streetCode: string;
  @Field(() => Int, { description: 'Active households assessed.' }) households: number;
  @Field(() => Int, { description: 'Households whose level would change.' }) levelChanged: number;
  @Field(() => Int, { description: 'Households whose circle would change.' }) circleChanged: number;
}

@ObjectType({ description: 'Result of simulateModel; nothing is stored.' })
export class ModelSimulation {
  @Field({ description: 'Candidate model.' }) modelId: string;
  @Field({ description: 'Active model compared against.' }) activeModelId: string;
  @Field(() => Int, { description: 'Active households evaluated.' }) households: number;
  @Field(() => Int, { description: 'Households whose level would change.' }) levelChanged: number;
  @Field(() => Int, { description: 'Households whose circle would change.' }) circleChanged: number;
  @Field(() => [ModelSimulationStreet], { description: 'By street.' }) byStreet: ModelSimulationStreet[];
}
