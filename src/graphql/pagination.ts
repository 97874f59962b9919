// Offset pagination: { items, totalItems } as Vendure does; take is capped so no page is unbounded.
import { ClassType, Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Max, Min } from 'class-validator';

@InputType({ description: 'Which page of a list to return.' })
export class PageInput {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip.' })
  @Min(0)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 20, description: 'How many items to return, 1–100.' })
  @Min(1)
  @Max(100)
  take: number = 20;
}

export function ListOf<T extends object>(itemType: ClassType<T>, description: string) {
  @ObjectType()
  abstract class List {
    @Field(() => [itemType], { description })
    items: T[];

    @Field(() => Int, { description: 'How many items match the filter in all pages.' })
    totalItems: number;
  }
  return List;
}

/** Whether a list's totalItems is the exact number of matches or a lower bound (issue 19). */
export const CountKind = { EXACT: 'EXACT', AT_LEAST: 'AT_LEAST' } as const;
export type CountKind = keyof typeof CountKind;
registerEnumType(CountKind, {
  name: 'CountKind',
  description: 'How exact a totalItems is: counting every match of a city-wide list would read the whole city.',
  valuesConfig: {
    EXACT: { description: 'totalItems is the number of matches.' },
    AT_LEAST: { description: 'There are at least totalItems matches (the count stopped there); page on to see more.' },
  },
});
