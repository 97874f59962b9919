// 失信记录 (POL-INT-2, POL-INT-10): the list is checked at application and at review and what it finds
// is shown on the case, never used to reject by itself. A person is recorded by a keyed hash of the ID
// number (HMAC under ID_HASH_SECRET, src/common/id-hash.ts; the number is never stored here), so a member of
// any household matches and a copy of the table cannot be searched without the key.
import type { EntityManager } from 'typeorm';
import type { IdHasher } from '../../common/id-hash';
import type { CaseStep } from './case-help.enums';
import type { DishonestyHit } from './case-help.entity';

/** The records on the household or on any of its members, as hits of the step that checked. */
export async function dishonestyHits(
  em: EntityManager,
  hasher: IdHasher,
  householdId: string,
  at: CaseStep,
): Promise<DishonestyHit[]> {
  const members: Array<{ id_number: string }> = await em.query(`SELECT id_number FROM member WHERE household_id = $1`, [
    householdId,
  ]);
  const rows: Array<{ id: string; reason: string; source: string; recorded_on: string; on_household: boolean }> =
    await em.query(
      `SELECT id, reason, source, recorded_on::text AS recorded_on, coalesce(household_id = $1, false) AS on_household
         FROM dishonesty_record WHERE household_id = $1 OR id_number_hash = ANY($2::text[])
        ORDER BY recorded_on, id`,
      [householdId, members.map((m) => hasher.hash('dishonesty', m.id_number))],
    );
  return rows.map((r) => ({
    recordId: r.id,
    subject: r.on_household ? 'HOUSEHOLD' : 'MEMBER',
    reason: r.reason,
    source: r.source,
    recordedOn: r.recorded_on,
    checkedAt: at,
  }));
}
