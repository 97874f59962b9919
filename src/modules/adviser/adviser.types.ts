import { createUnionType, Field, Float, Int, ObjectType } from 'type-graphql';
import { ConflictError, InputValidationError, NotFoundError } from '../../graphql/errors';
import { ListOf } from '../../graphql/pagination';
import { Adviser, HouseholdAssignment, NearRelativeFiling } from './adviser.entity';
import { AdviserSpecialtyEnum, type AdviserSpecialty } from './adviser.enums';

@ObjectType({ description: 'A page of roster entries.' })
export class AdviserList extends ListOf(Adviser, 'Roster entries on this page, by street then name.') {}

@ObjectType({ description: 'An adviser suggested for a household, with the reasons (推荐顾问).' })
export class AdviserSuggestion {
  @Field(() => Adviser, { description: 'The adviser.' }) adviser: Adviser;
  @Field(() => Float, {
    description: 'Fit score: 2 per matching specialty, plus up to 1 for spare capacity. Higher is better.',
  })
  score: number;
  @Field(() => [AdviserSpecialtyEnum], { description: 'Specialties of the adviser that the household calls for.' })
  matchedSpecialties: AdviserSpecialty[];
  @Field(() => [String], {
    description: 'Why, in words (Chinese and English), e.g. "儿童 children: a member is under 18".',
  })
  reasons: string[];
  @Field(() => Int, { description: 'Households the adviser is responsible for now.' }) caseload: number;
  @Field(() => Int, { description: 'Places left before the caseload limit.' }) spare: number;
}

export const AdviserResult = createUnionType({
  name: 'AdviserResult',
  description: 'The roster entry after the change, or why nothing changed.',
  types: () => [Adviser, InputValidationError, NotFoundError, ConflictError] as const,
});

export const NearRelativeFilingResult = createUnionType({
  name: 'NearRelativeFilingResult',
  description: 'The filing, or why nothing changed.',
  types: () => [NearRelativeFiling, InputValidationError, NotFoundError] as const,
});

export const AssignmentResult = createUnionType({
  name: 'AssignmentResult',
  description:
    'The assignment (current, or just ended for unassignAdviser), or why nothing changed. ConflictError: the ' +
    "adviser's caseload is full.",
  types: () => [HouseholdAssignment, InputValidationError, NotFoundError, ConflictError] as const,
});
