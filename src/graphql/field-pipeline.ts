// Plain fields without type-graphql's middleware chain. A global middleware wraps every field, plain
// properties included, in an async dispatch of all five (schema.ts): on a page of 20 households with
// their members that was half the service's CPU (6.4 against 12.6–14.1 ms per page, bench:api's
// households page in-process on the 100k demo). Of the five, only two can matter to a field that
// reads a property: the object's scope (object-scope.ts) and the access audit of a sensitive field
// (audit.middleware.ts). The other three look at arguments and database errors, which a property
// has neither of. So after the build, every plain field of an object type gets a resolver that
// does those two synchronously when the object's verdict is already known; fields with a resolver
// method, arguments, roles or middlewares of their own keep type-graphql's chain as it is.
import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { AuditAction } from '../modules/audit/audit.entity';
import { sensitiveRead } from '../modules/audit/sensitive-fields';
import type { Context } from './context';
import { notVisible, verdictFor } from './object-scope';

type Root = Record<string, unknown> & { id?: unknown };

/** GraphQL type name → schema field name → the property type-graphql's basic resolver reads. */
function plainFields(): Map<string, Map<string, string>> {
  const storage = getMetadataStorage();
  const withMethod = new Set(storage.fieldResolvers.map((r) => `${r.getObjectType!().name}.${r.methodName}`));
  const byType = new Map<string, Map<string, string>>();
  for (const type of storage.objectTypes) {
    const fields = new Map<string, string>();
    for (const f of type.fields ?? []) {
      const own = f.roles?.length || f.middlewares?.length || f.params?.length || f.simple;
      if (!own && !withMethod.has(`${f.target.name}.${f.name}`)) fields.set(f.schemaName, f.name);
    }
    byType.set(type.name, fields);
  }
  return byType;
}

function plainResolver(
  typeName: string,
  property: string,
  audit: AuditAction | null,
): GraphQLFieldResolver<Root, Context> {
  const read = (root: Root, context: Context, fieldName: string) => {
    const value = root[property];
    if (audit && value !== null && value !== undefined)
      context.audit.read(audit, typeName, typeof root.id === 'string' ? root.id : null, fieldName);
    return value;
  };
  return (root, _args, context, info) => {
    const verdict = verdictFor(context, typeName, root);
    if (verdict === true) return read(root, context, info.fieldName);
    if (verdict === false) throw notVisible(typeName);
    return verdict.then((ok) => {
      if (!ok) throw notVisible(typeName);
      return read(root, context, info.fieldName);
    });
  };
}

/** Replaces the resolvers of the plain fields of every object type but Query and Mutation (after buildSchema). */
export function installPlainFieldResolvers(schema: GraphQLSchema): void {
  const plain = plainFields();
  const roots = new Set([schema.getQueryType(), schema.getMutationType()]);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || roots.has(type) || type.name.startsWith('__')) continue;
    const fields = plain.get(type.name);
    if (!fields) continue;
    for (const field of Object.values(type.getFields())) {
      const property = fields.get(field.name);
      if (property !== undefined && field.args.length === 0)
        field.resolve = plainResolver(type.name, property, sensitiveRead(field.name)) as GraphQLFieldResolver<
          unknown,
          unknown
        >;
    }
  }
}
