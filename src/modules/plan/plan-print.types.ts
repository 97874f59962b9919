// The printLink mutation's result: a signed link to the printed plan (打印链接).
import { createUnionType, Field, ObjectType } from 'type-graphql';
import { NotFoundError } from '../../graphql/errors';

@ObjectType({
  description:
    'A short-lived signed link to the printed plan (打印链接, 一户一策方案): opens without an Authorization ' +
    'header, for 5 minutes, for the viewer who asked.',
})
export class PrintLink {
  @Field({
    description:
      'Path of the page on this server, /plans/{id}/print?token=…; add &format=pdf for the PDF. ' +
      'Treat it like a password.',
  })
  url: string;
  @Field({ description: 'When the link stops working.' }) expiresAt: Date;
}

export const PrintLinkResult = createUnionType({
  name: 'PrintLinkResult',
  description: 'The signed link, or NOT_FOUND for a plan you may not see.',
  types: () => [PrintLink, NotFoundError] as const,
});
