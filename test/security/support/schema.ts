// The committed schema, read by the security suite so that every check covers every field,
// including fields added after the suite was written.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
} from 'graphql';

let cached: GraphQLSchema | null = null;
export function committedSchema(): GraphQLSchema {
  cached ??= buildSchema(readFileSync(path.resolve(__dirname, '../../../schema/schema.graphql'), 'utf8'));
  return cached;
}

/** Fields that can be selected without arguments (optional arguments left out). */
const selectable = (field: GraphQLField<unknown, unknown>) => field.args.every((a) => !isNonNullType(a.type));

/**
 * A selection set for `type`: every leaf, and objects, unions and interfaces down to `depth`
 * (unions and interfaces through inline fragments on each member, with __typename).
 */
export function selectionFor(type: GraphQLNamedType, depth: number, skip: ReadonlySet<string> = new Set()): string {
  if (isLeafType(type)) return '';
  const schema = committedSchema();
  if (isUnionType(type) || isInterfaceType(type)) {
    const members = isUnionType(type) ? type.getTypes() : schema.getPossibleTypes(type);
    // Members may name a field alike with different types (id: ID! and id: String!), which one
    // selection set cannot hold: such fields are left out.
    const typesByName = new Map<string, Set<string>>();
    for (const m of members)
      for (const f of Object.values(m.getFields()))
        typesByName.set(f.name, (typesByName.get(f.name) ?? new Set()).add(String(f.type)));
    const clash = new Set([...typesByName].filter(([, t]) => t.size > 1).map(([n]) => n));
    const inner = members
      .map((m) => `... on ${m.name} ${selectionFor(m, depth, clash)}`)
      .filter((s) => !s.endsWith(' '))
      .join(' ');
    return `{ __typename ${inner} }`;
  }
  if (!isObjectType(type)) return '';
  const parts = ['__typename'];
  for (const field of Object.values(type.getFields())) {
    if (!selectable(field) || skip.has(field.name)) continue;
    const named = getNamedType(field.type);
    if (isLeafType(named) || isEnumType(named)) parts.push(field.name);
    else if (depth > 0) {
      const sub = selectionFor(named, depth - 1);
      if (sub) parts.push(`${field.name} ${sub}`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

export const rootFields = (kind: 'query' | 'mutation') => {
  const root = kind === 'query' ? committedSchema().getQueryType()! : committedSchema().getMutationType()!;
  return Object.values(root.getFields());
};
