import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NotFoundError } from '../../graphql/errors';
import { LocalDate } from '../../graphql/scalars';

export const EligibilityResultEnum = { ELIGIBLE: 'ELIGIBLE', INELIGIBLE: 'INELIGIBLE', UNKNOWN: 'UNKNOWN' } as const;
registerEnumType(EligibilityResultEnum, {
  name: 'EligibilityResult',
  description: 'Outcome of an eligibility rule (three-valued).',
  valuesConfig: {
    ELIGIBLE: { description: '符合 eligible' },
    INELIGIBLE: { description: '不符合 not eligible' },
    UNKNOWN: { description: '待核实 a needed fact is missing' },
  },
});

@ObjectType({
  description: 'One condition of an eligibility rule, evaluated: a line of the "why (not) eligible" trace.',
})
export class EligibilityTraceLine {
  @Field(() => Int, { description: 'Nesting depth (0 = the whole rule).' }) depth: number;
  @Field({ description: 'JSON path of the condition in the rule, e.g. $.all[1].' }) path: string;
  @Field(() => Int, { nullable: true, description: 'Member index (position) for conditions about one member.' })
  member: number | null;
  @Field(() => EligibilityResultEnum, { description: 'Result of this condition.' }) result: string;
  @Field({ description: 'Plain Chinese.' }) zh: string;
  @Field({ description: 'Plain English.' }) en: string;
}

@ObjectType({ description: 'Whether a household is eligible for a resource, and why.' })
export class EligibilityCheck {
  @Field(() => ID, { description: 'The household.' }) householdId: string;
  @Field(() => ID, { description: 'The resource.' }) resourceId: string;
  @Field(() => EligibilityResultEnum, { description: 'ELIGIBLE, INELIGIBLE or UNKNOWN.' }) result: string;
  @Field(() => LocalDate, { description: 'Date the facts were evaluated at.' }) asOf: string;
  @Field(() => [EligibilityTraceLine], { description: 'Every condition with its result, in rule order.' })
  trace: EligibilityTraceLine[];
}

export const CheckEligibilityResult = createUnionType({
  name: 'CheckEligibilityResult',
  description: 'The check, or why it could not be made.',
  types: () => [EligibilityCheck, NotFoundError] as const,
  resolveType: (value) => ('errorCode' in value ? NotFoundError : EligibilityCheck),
});
