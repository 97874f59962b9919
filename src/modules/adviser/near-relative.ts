import type { EntityManager } from 'typeorm';
import type { IdHasher } from '../../common/id-hash';
import type { Viewer } from '../../common/viewer';
import { isUuid } from '../../common/text';

/** Members of the household whose ID numbers the adviser has filed as near relatives (POL-INT-9). */
export async function filedNearRelatives(
  em: EntityManager,
  adviserId: string,
  householdId: string,
): Promise<Array<{ memberId: string; relation: string }>> {
  const rows: Array<{ member_id: string; relation: string }> = await em.query(
    `SELECT m.id AS member_id, f.relation FROM near_relative_filing f JOIN member m ON m.id_number = f.id_number
      WHERE f.adviser_id = $1 AND m.household_id = $2 ORDER BY m.id`,
    [adviserId, householdId],
  );
  return rows.map((r) => ({ memberId: r.member_id, relation: r.relation }));
}

/** Which of these advisers have filed a member of the household as a near relative: one query for a whole list. */
export async function advisersWithFiledRelatives(
  em: EntityManager,
  adviserIds: string[],
  householdId: string,
): Promise<Set<string>> {
  if (adviserIds.length === 0) return new Set();
  const rows: Array<{ adviser_id: string }> = await em.query(
    `SELECT DISTINCT f.adviser_id FROM near_relative_filing f JOIN member m ON m.id_number = f.id_number
      WHERE f.adviser_id = ANY($1::uuid[]) AND m.household_id = $2`,
    [adviserIds, householdId],
  );
  return new Set(rows.map((r) => r.adviser_id));
}

/**
 * POL-INT-9 for the people acting on a case: which of these roster ids filed a member of the household
 * as a near relative, with the filing (the first by id) that says so. One query for all of them.
 */
export async function conflictingFilings(
  em: EntityManager,
  adviserIds: readonly string[],
  householdId: string,
): Promise<Map<string, string>> {
  if (adviserIds.length === 0) return new Map();
  const rows: Array<{ adviser_id: string; filing_id: string }> = await em.query(
    `SELECT DISTINCT ON (f.adviser_id) f.adviser_id, f.id AS filing_id
       FROM near_relative_filing f JOIN member m ON m.id_number = f.id_number
      WHERE f.adviser_id = ANY($1::uuid[]) AND m.household_id = $2 ORDER BY f.adviser_id, f.id`,
    [[...adviserIds], householdId],
  );
  return new Map(rows.map((r) => [r.adviser_id, r.filing_id]));
}

/** Someone acting on a case: by their roster entry, their register entry, or their own ID number's keyed hash. */
export interface CaseActor {
  adviserId?: string | null;
  personId?: string | null;
  /** HMAC (purpose person) of their ID number: found in the register (acting_person) if they are there. */
  idNumberHash?: string | null;
}

/** The filing that conflicts an actor out of a step, and who it names. */
export interface ActorConflict {
  filingId: string;
  adviserId: string | null;
  personId: string | null;
}

/**
 * POL-INT-9 for everyone acting on a case, roster or not: for each actor (same order), the first filing (by id)
 * that links them to a member of the household, or null. Roster filings match members by ID number; register
 * filings by keyed hash (the members' numbers are hashed here, never sent). At most four statements for a list.
 */
export async function caseActorConflicts(
  em: EntityManager,
  hasher: IdHasher,
  householdId: string,
  actors: readonly CaseActor[],
): Promise<Array<ActorConflict | null>> {
  const hashes = [...new Set(actors.map((a) => a.idNumberHash).filter((h): h is string => !!h))];
  const byHash = new Map<string, string>();
  if (hashes.length) {
    const found: Array<{ id: string; id_number_hash: string }> = await em.query(
      'SELECT id, id_number_hash FROM acting_person WHERE id_number_hash = ANY($1::text[])',
      [hashes],
    );
    for (const row of found) byHash.set(row.id_number_hash, row.id);
  }
  const personOf = (a: CaseActor) => (a.personId ?? (a.idNumberHash ? byHash.get(a.idNumberHash) : null)) || null;
  const uuids = (ids: Array<string | null | undefined>) =>
    [...new Set(ids.filter((id): id is string => !!id))].filter(isUuid);
  const adviserIds = uuids(actors.map((a) => a.adviserId));
  const personIds = uuids(actors.map(personOf));
  const adviserFilings = await conflictingFilings(em, adviserIds, householdId);
  const personFilings = new Map<string, string>();
  if (personIds.length) {
    const members: Array<{ id_number: string }> = await em.query(
      'SELECT id_number FROM member WHERE household_id = $1',
      [householdId],
    );
    const memberHashes = members.map((m) => hasher.hash('person', m.id_number));
    if (memberHashes.length) {
      const rows: Array<{ person_id: string; filing_id: string }> = await em.query(
        `SELECT DISTINCT ON (f.person_id) f.person_id, f.id AS filing_id FROM person_near_relative_filing f
          WHERE f.person_id = ANY($1::uuid[]) AND f.relative_id_hash = ANY($2::text[]) AND f.withdrawn_at IS NULL
          ORDER BY f.person_id, f.id`,
        [personIds, memberHashes],
      );
      for (const row of rows) personFilings.set(row.person_id, row.filing_id);
    }
  }
  return actors.map((a) => {
    const adviserFiling = a.adviserId ? adviserFilings.get(a.adviserId) : undefined;
    if (adviserFiling) return { filingId: adviserFiling, adviserId: a.adviserId!, personId: null };
    const personId = personOf(a);
    const personFiling = personId ? personFilings.get(personId) : undefined;
    return personFiling ? { filingId: personFiling, adviserId: null, personId } : null;
  });
}

/**
 * POL-INT-9 for the caller: a token subject is a roster id (ADVISER) or a register id (SUPERVISOR, or anyone signed
 * in as their register entry); other subjects (development tokens, ADMIN) have no filings.
 */
export async function callerConflict(
  em: EntityManager,
  hasher: IdHasher,
  viewer: Viewer,
  householdId: string,
): Promise<ActorConflict | null> {
  if (!isUuid(viewer.id)) return null;
  const [conflict] = await caseActorConflicts(em, hasher, householdId, [{ adviserId: viewer.id, personId: viewer.id }]);
  return conflict;
}
