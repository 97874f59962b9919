// The GraphQL input types of the plan mutations. What the planner reads from the database is loaded
// by plan-input-loader.ts.
import { IsNotEmpty, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Remove an item from a draft plan, with the reason; the item is kept for the record.' })
export class RemovePlanItemInput {
  @Field(() => ID, { description: 'The plan item.' }) itemId: string;
  @Field({ description: 'Why it is removed.' }) @IsNotEmpty() @MaxLength(2000) reason: string;
}

@InputType({
  description:
    "Add a resource for one of the household's needs to a draft plan, with the reason. Still checked for " +
    'eligibility and duplicate assistance.',
})
export class AddPlanItemInput {
  @Field(() => ID, { description: 'The draft plan.' }) planId: string;
  @Field(() => ID, { description: 'An active need of the household.' }) needId: string;
  @Field(() => ID, { description: 'A published resource meeting that need.' }) resourceId: string;
  @Field({ description: 'Why the adviser adds it.' }) @IsNotEmpty() @MaxLength(2000) reason: string;
}
