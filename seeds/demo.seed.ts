// Bulk insertion of the demo population: multi-row INSERTs in chunks, one transaction per chunk,
// ON CONFLICT DO NOTHING so that running it again (or with a larger size) only adds what is missing.
import type { DataSource, EntityManager } from 'typeorm';
import { systemClock } from '../src/common/clock';
import { demoHousehold } from './demo.generator';

const snake = (key: string) => key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();

async function insertRows(
  em: EntityManager,
  table: string,
  rows: Array<Record<string, unknown>>,
  extra: Record<string, unknown> = {},
) {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const params: unknown[] = [];
  const tuples = rows.map(
    (row) =>
      `(${columns
        .map((c) => {
          params.push(row[c] ?? null);
          return `$${params.length}`;
        })
        .join(', ')}${Object.keys(extra)
        .map((k) => `, ${extra[k]}`)
        .join('')})`,
  );
  const names = [...columns.map(snake), ...Object.keys(extra)].map((c) => `"${c}"`).join(', ');
  await em.query(`INSERT INTO "${table}" (${names}) VALUES ${tuples.join(', ')} ON CONFLICT DO NOTHING`, params);
}

export interface DemoProgress {
  done: number;
  total: number;
}

/** Adds demo households [from, from + size); returns how many were generated. */
export async function seedDemo(
  db: DataSource,
  size: number,
  onProgress?: (p: DemoProgress) => void,
  chunk = 500,
  today = systemClock.today(), // seeding is run from the edge (CLIs, benches)
): Promise<number> {
  for (let start = 0; start < size; start += chunk) {
    const batch = Array.from({ length: Math.min(chunk, size - start) }, (_, i) => demoHousehold(start + i, today));
    await db.transaction(async (em) => {
      await insertRows(
        em,
        'household',
        batch.map((b) => b.household),
        { version: 1 },
      );
      await insertRows(
        em,
        'member',
        batch.flatMap((b) => b.members),
      );
      // Child rows carry no natural key: only insert them for households this chunk created.
      const fresh = new Set(
        (
          await em.query(
            `SELECT h.id FROM household h WHERE h.id = ANY($1) AND NOT EXISTS
        (SELECT 1 FROM category_holding c WHERE c.household_id = h.id) AND NOT EXISTS (SELECT 1
          FROM assistance_event e WHERE e.household_id = h.id)`,
            [batch.map((b) => b.household.id)],
          )
        ).map((r: { id: string }) => r.id),
      );
      await insertRows(
        em,
        'category_holding',
        batch.filter((b) => fresh.has(b.household.id as string)).flatMap((b) => b.categories),
      );
      await insertRows(
        em,
        'assistance_event',
        batch.filter((b) => fresh.has(b.household.id as string)).flatMap((b) => b.events),
      );
    });
    onProgress?.({ done: Math.min(start + chunk, size), total: size });
  }
  return size;
}
