// Offset pagination: { items, totalItems } as Vendure does; take is capped so no page is unbounded.
import { ClassType, Field, InputType, Int, ObjectType } from 'type-graphql';
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
