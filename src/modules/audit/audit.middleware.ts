// Feeds the request's AuditTrail: every sensitive field read (by name, sensitive-fields.ts), every
// export and every mutation, with its outcome. Values are never recorded, only field names.
import { GraphQLError } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { auditNoteOf } from './audit-notes';
import { isExport, sensitiveRead } from './sensitive-fields';

/**
 * The input fields a mutation was sent: `input.address`, `input.members`, else the argument's name (a JSON argument's
 * keys are data).
 */
function sentFields(args: Record<string, unknown>): string[] {
  return Object.entries(args).flatMap(([name, value]) =>
    name === 'input' && value !== null && typeof value === 'object'
      ? Object.keys(value).map((key) => `${name}.${key}`)
      : [name],
  );
}

function objectIdOf(result: unknown, args: Record<string, unknown>): string | null {
  const own = (result as { id?: unknown } | null)?.id;
  if (typeof own === 'string') return own;
  const input = args.input as Record<string, unknown> | undefined;
  const named = input?.id ?? args.id ?? Object.entries({ ...args, ...input }).find(([k]) => /Id$/.test(k))?.[1];
  return typeof named === 'string' ? named : null;
}

export const AuditMiddleware: MiddlewareFn<Context> = async ({ root, args, info, context }, next) => {
  const { schema, parentType, fieldName } = info;
  if (parentType === schema.getMutationType()) {
    try {
      const result = await next();
      const type = (result as object | null)?.constructor?.name;
      const note = auditNoteOf(result);
      context.audit.record('WRITE', {
        operation: fieldName,
        objectType: type && type !== 'Object' ? type : null,
        objectId: objectIdOf(result, args),
        fields: sentFields(args),
        outcome: `${type && type !== 'Object' ? type : 'OK'}${note ? `:${note}` : ''}`,
      });
      return result;
    } catch (error) {
      const code = error instanceof GraphQLError ? String(error.extensions.code ?? 'ERROR') : 'ERROR';
      const domainCode = (error as { code?: unknown }).code;
      context.audit.record('WRITE', {
        operation: fieldName,
        objectId: objectIdOf(null, args),
        fields: sentFields(args),
        outcome: typeof domainCode === 'string' ? domainCode : code,
      });
      throw error;
    }
  }
  const value = await next();
  if (parentType === schema.getQueryType()) {
    if (isExport(fieldName)) context.audit.record('EXPORT', { operation: fieldName, fields: sentFields(args) });
    return value;
  }
  const action = value === null || value === undefined ? null : sensitiveRead(fieldName);
  if (action) {
    const id = (root as { id?: unknown }).id;
    context.audit.read(action, parentType.name, typeof id === 'string' ? id : null, fieldName);
  }
  return value;
};
