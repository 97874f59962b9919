// The access audit of one request: rows are collected while the request runs and written in one
// INSERT when it ends (audit.plugin.ts), however many objects it touched.
import type { Viewer } from '../../common/viewer';
import type { AccessAudit, AuditAction } from './audit.entity';

export type AuditRow = Omit<AccessAudit, 'id'>;

export class AuditTrail {
  private readonly reads = new Map<string, AuditRow>();
  private readonly others: AuditRow[] = [];

  constructor(
    private readonly viewer: Viewer | null,
    private readonly requestId: string,
    private readonly at: Date,
  ) {}

  private row(action: AuditAction, fields: Partial<AuditRow>): AuditRow {
    return {
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
