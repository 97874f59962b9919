import { MigrationInterface, QueryRunner } from 'typeorm';
import { keyInnerHash } from '../../common/id-hash';
import { migrationIdHashSecret } from '../migration-keys';

// Issue 18 follow-up: the dishonesty list (失信记录) kept SHA-256('four-lists:dishonesty:' + ID number), which
// anyone holding the table could recompute for every possible number. It now keeps HMAC-SHA256 under
// ID_HASH_SECRET of that same SHA-256 (src/common/id-hash.ts), so the stored hashes are re-keyed in place:
// no ID number is needed, and a record found before is found after. Irreversible: down leaves the keyed
// hashes (the earlier code would no longer match person records).
export class KeyedIdHashes1784000000000 implements MigrationInterface {
  name = 'KeyedIdHashes1784000000000';

  async up(q: QueryRunner): Promise<void> {
    const rows: Array<{ id: string; id_number_hash: string }> = await q.query(
      `SELECT id, id_number_hash FROM dishonesty_record WHERE id_number_hash IS NOT NULL`,
    );
    if (rows.length === 0) return;
    const secret = migrationIdHashSecret();
    await q.query(
      `UPDATE dishonesty_record d SET id_number_hash = v.h FROM unnest($1::uuid[], $2::text[]) AS v(id, h)
        WHERE d.id = v.id`,
      [rows.map((r) => r.id), rows.map((r) => keyInnerHash(secret, r.id_number_hash))],
    );
  }

  async down(): Promise<void> {
    // An HMAC cannot be undone without the ID numbers, which were never kept.
  }
}
