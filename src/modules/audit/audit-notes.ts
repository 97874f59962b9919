// A note a service attaches to a mutation's result for the access audit: the audit row's outcome
// becomes `<result type>:<note>` (e.g. `Plan:FOUR_EYES_OVERRIDE` when ADMIN approved its own draft).
// Kept beside the object, not in it, so no GraphQL field or stored column changes.
const notes = new WeakMap<object, string>();

export function noteForAudit(result: object, note: string): void {
  notes.set(result, note);
}

export function auditNoteOf(result: unknown): string | null {
  return result !== null && typeof result === 'object' ? (notes.get(result) ?? null) : null;
}
