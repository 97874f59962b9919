import { MigrationInterface, QueryRunner } from 'typeorm';

// Household text search on an index (issue 19). pg_trgm is available on PostgreSQL and in PGlite
// (@electric-sql/pglite/contrib/pg_trgm), but a trigram index cannot serve a two-character pattern:
// ILIKE '%张三%' yields no trigram, so PostgreSQL reads the whole index or the table. Chinese names
// are two or three characters, so the search indexes character pairs (bigrams) instead:
// search_bigrams('长宁路') = {长宁, 宁路}. Every pair of a searched text is in every value that contains
// it, so `search_bigrams(column) @> search_bigrams(text)` (a GIN index lookup) finds a superset of
// the matches for any text of two characters or more, and the ILIKE beside it keeps only the real
// ones. Pairs are lower-cased, like ILIKE.
const FUNCTION_SQL = `
CREATE FUNCTION search_bigrams(value text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT substr(v.lowered, i, 2)), '{}')
  FROM (SELECT lower(value) AS lowered) v, generate_series(1, char_length(v.lowered) - 1) AS i
$$`;

const INDEXES: Array<[name: string, table: string, column: string]> = [
  ['IDX_household_address_bigrams', 'household', 'address'],
  ['IDX_household_neighbourhood_bigrams', 'household', 'neighbourhood'],
  ['IDX_member_name_bigrams', 'member', 'name'],
];

export class TextSearch1768000001000 implements MigrationInterface {
  name = 'TextSearch1768000001000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(FUNCTION_SQL);
    for (const [name, table, column] of INDEXES)
      await q.query(`CREATE INDEX "${name}" ON "${table}" USING gin (search_bigrams("${column}"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [name] of INDEXES) await q.query(`DROP INDEX "${name}"`);
    await q.query(`DROP FUNCTION search_bigrams(text)`);
  }
}
