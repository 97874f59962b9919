// One digest of every row of every table (the access audit and the batch runs aside: they record
// every call and every batch, rejected or not), so a test can prove that a rejected write changed nothing.
interface Queryable {
  query(sql: string): Promise<any[]>;
}

const sqlByDb = new WeakMap<Queryable, string>();

export async function tableChecksum(db: Queryable): Promise<string> {
  let sql = sqlByDb.get(db);
  if (!sql) {
    const tables: Array<{ table_name: string }> = await db.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
        AND table_type = 'BASE TABLE' AND table_name NOT IN ('access_audit', 'batch_run', 'migrations') ORDER BY 1`,
    );
    const parts = tables.map((t) => `SELECT '${t.table_name}' || md5(x::text) AS h FROM "${t.table_name}" x`);
    sql = `SELECT md5(string_agg(h, ',' ORDER BY h)) AS digest FROM (${parts.join(' UNION ALL ')}) rows`;
    sqlByDb.set(db, sql);
  }
  return (await db.query(sql))[0].digest;
}
