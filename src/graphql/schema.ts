// Builds the schema: services and resolvers are made once per process, by hand, and handed to
// type-graphql through its container. There is no DI library; this is the one wiring place.
import path from 'node:path';
import { GraphQLSchema } from 'graphql';
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
  return buildSchema({
    resolvers: resolvers.map((r) => r.constructor) as unknown as NonEmptyArray<Function>,
    container: { get: (cls) => byClass.get(cls) },
    authChecker,
    globalMiddlewares: [ValidationResultMiddleware],
    validate: { skipMissingProperties: true, forbidUnknownValues: false },
    emitSchemaFile: options.emit ? { path: SCHEMA_FILE, sortedSchema: true } : false,
  });
}
