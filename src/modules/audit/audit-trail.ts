// The access audit of one request: rows are collected while the request runs and written in one
// INSERT when it ends (audit.plugin.ts), however many objects it touched.
import type { Viewer } from '../../common/viewer';
import type { AccessAudit, AuditAction } from './audit.entity';

export type AuditRow = Omit<AccessAudit, 'id'>;

const storable = (text: string) =>
  text
    .replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .slice(0, 200);

export class AuditTrail {
  private readonly reads = new Map<string, AuditRow>();
  private readonly others: AuditRow[] = [];

  constructor(
    private readonly viewer: Viewer | null,
    private readonly requestId: string,
    private readonly at: Date,
  ) {}

  private row(action: AuditAction, fields: Partial<AuditRow>): AuditRow {
    const row: AuditRow = {
      at: this.at,
      requestId: this.requestId,
      actorId: this.viewer?.id ?? 'anonymous',
      actorRole: this.viewer?.role ?? 'ANONYMOUS',
      action,
      operation: null,
      objectType: null,
      objectId: null,
      fields: [],
      outcome: null,
      ...fields,
    };
    // Ids come from the caller's arguments: a NUL or a broken surrogate would make the INSERT, and
    // with it the response (fail-closed), fail.
    row.objectId = row.objectId === null ? null : storable(row.objectId);
    return row;
  }

  /** One row per object and action, listing each field read once. */
  read(action: AuditAction, objectType: string, objectId: string | null, field: string) {
    const key = `${action}|${objectType}|${objectId}`;
    const row = this.reads.get(key) ?? this.row(action, { objectType, objectId });
    if (!row.fields.includes(field)) row.fields.push(field);
    this.reads.set(key, row);
  }

  record(action: 'WRITE' | 'EXPORT', fields: Partial<AuditRow>) {
    this.others.push(this.row(action, fields));
  }

  /** Rows not yet written; taking them empties the trail. */
  take(): AuditRow[] {
    const rows = [...this.others, ...this.reads.values()];
    this.others.length = 0;
    this.reads.clear();
    return rows;
  }
}
