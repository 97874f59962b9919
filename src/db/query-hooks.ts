// One hook on every SQL statement TypeORM sends, for PGlite and PostgreSQL alike: a TypeORM
// subscriber's beforeQuery/afterQuery (called by the query runner around the driver call). Metrics
// (query time) and tracing (a span per statement) listen here instead of patching pg's clients.
// Listeners see the SQL text only, never the parameters (they carry ID numbers and names).
import type { AfterQueryEvent, BeforeQueryEvent, DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';

export interface QueryListener {
  /** Called as a statement is sent; the returned function is called once with its outcome. */
  start(sql: string): (outcome: { success: boolean }) => void;
}

class QueryHooks implements EntitySubscriberInterface {
  readonly listeners: QueryListener[] = [];
  /** Statements under way per query runner, oldest first (a runner answers in the order it was asked). */
  private readonly pending = new WeakMap<QueryRunner, ((outcome: { success: boolean }) => void)[][]>();

  beforeQuery(event: BeforeQueryEvent) {
    if (this.listeners.length === 0) return;
    const ends = this.listeners.map((l) => l.start(event.query));
    const queue = this.pending.get(event.queryRunner) ?? [];
    queue.push(ends);
    this.pending.set(event.queryRunner, queue);
  }

  afterQuery(event: AfterQueryEvent) {
    const ends = this.pending.get(event.queryRunner)?.shift();
    for (const end of ends ?? []) end({ success: event.success });
  }
}

const HOOKS = Symbol.for('four-lists.query-hooks');

/**
 * Adds a listener to every statement of this data source. Call it after initialize(): TypeORM
 * rebuilds its subscriber list there. False when the data source has no subscriber list (a stand-in).
 */
export function onQuery(db: DataSource, listener: QueryListener): boolean {
  const holder = db as unknown as { [HOOKS]?: QueryHooks };
  if (!Array.isArray(db.subscribers)) return false;
  if (!holder[HOOKS]) {
    holder[HOOKS] = new QueryHooks();
    (db.subscribers as EntitySubscriberInterface[]).push(holder[HOOKS]);
  }
  holder[HOOKS].listeners.push(listener);
  return true;
}
