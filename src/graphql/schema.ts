// Builds the schema: services and resolvers are made once per process, by hand, and handed to
// type-graphql through its container. There is no DI library; this is the one wiring place.
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, NonEmptyArray } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { ViewerResolver } from '../modules/auth/viewer.resolver';
import { DistrictFieldsResolver, GeoResolver } from '../modules/geo/geo.resolver';
import { HouseholdFieldsResolver } from '../modules/household/household-fields.resolver';
import { HouseholdResolver } from '../modules/household/household.resolver';
import { HouseholdService } from '../modules/household/household.service';
import { MemberFieldsResolver } from '../modules/household/member-fields.resolver';
import { MemberService } from '../modules/household/member.service';
import { authChecker } from './auth-checker';
import { ValidationResultMiddleware } from './errors';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema/schema.graphql');

export async function buildAppSchema(db: DataSource, options: { emit?: boolean } = {}): Promise<GraphQLSchema> {
  const households = new HouseholdService(db);
  const members = new MemberService(db, households);
  const resolvers: object[] = [
    new ViewerResolver(),
    new GeoResolver(db), new DistrictFieldsResolver(),
    new HouseholdResolver(households, members), new HouseholdFieldsResolver(), new MemberFieldsResolver(),
  ];
  const byClass = new Map<unknown, object>(resolvers.map((r) => [r.constructor, r]));
  const schema = await buildSchema({
    resolvers: resolvers.map((r) => r.constructor) as unknown as NonEmptyArray<Function>,
    container: { get: (cls) => byClass.get(cls) },
    authChecker,
    globalMiddlewares: [ValidationResultMiddleware],
    validate: { skipMissingProperties: true, forbidUnknownValues: false },
  });
  // Root types get descriptions too: the schema is read by front-end developers first.
  schema.getQueryType()!.description = 'Reads. Every query needs a bearer token; what you see depends on your role.';
  schema.getMutationType()!.description = 'Writes. Each mutation is one transaction; expected failures come back as ErrorResult members of its result union.';
  if (options.emit) writeFileSync(SCHEMA_FILE, `${SCHEMA_HEADER}${printSchema(lexicographicSortSchema(schema))}\n`);
  return schema;
}

const SCHEMA_HEADER = '# Four Lists (四张清单) GraphQL schema. Emitted by `npm run schema` from the code; do not edit by hand.\n\n';
