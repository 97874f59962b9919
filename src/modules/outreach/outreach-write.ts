// The sweep's writes for one chunk, in bulk: a lead whose (household, group, facts hash) exists, open or
// closed, is left alone; a lead with new facts is inserted (one statement for the chunk) and a lead
// still being worked for the same household and group with older facts is SUPERSEDED; every raise and
// every supersession gets its history row (one statement each).
import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { leadFactsKey, type OutreachLeadDraft } from '../../../policy/outreach-groups';
import type { LeadAssigner } from './outreach-assign';
import { WORKING_STATUSES } from './outreach.enums';

export interface ChunkLeads {
  household: { id: string; streetCode: string };
  drafts: OutreachLeadDraft[];
}
export interface ChunkWritten {
  raised: number[]; // by group 1–4 (index 0 unused)
  unchanged: number;
  superseded: number;
  unassigned: number;
}

export const factsHashOf = (draft: OutreachLeadDraft) => createHash('sha256').update(leadFactsKey(draft)).digest('hex');

/** The lead rows of a chunk as jsonb_to_recordset reads them (also what the benchmark's floor writes). */
export function leadRow(household: ChunkLeads['household'], draft: OutreachLeadDraft, hash: string) {
  return {
    id: randomUUID(),
    household_id: household.id,
    street_code: household.streetCode,
    target_group: draft.group,
    eligibility: draft.eligibility,
    reasons: draft.reasons.map((r) => ({ ...r, factsToAsk: r.factsToAsk ?? [] })),
    facts_hash: hash,
    adviser_id: null as string | null,
  };
}
export type LeadRow = ReturnType<typeof leadRow>;

export const INSERT_LEADS = `INSERT INTO outreach_lead (id, household_id, street_code, target_group, eligibility,
  reasons, facts_hash, status, adviser_id, raised_at, status_changed_at)
  SELECT id, household_id, street_code, target_group, eligibility, reasons, facts_hash, 'OPEN', adviser_id, $2, $2
  FROM jsonb_to_recordset($1::jsonb) AS x(id uuid, household_id uuid, street_code varchar(9), target_group smallint,
    eligibility text, reasons jsonb, facts_hash text, adviser_id uuid)
  ON CONFLICT (household_id, target_group, facts_hash) DO NOTHING RETURNING id`;

export async function writeChunk(
  em: EntityManager,
  chunk: ChunkLeads[],
  assigner: LeadAssigner,
  actorId: string,
  now: Date,
): Promise<ChunkWritten> {
  const out: ChunkWritten = { raised: [0, 0, 0, 0, 0], unchanged: 0, superseded: 0, unassigned: 0 };
  const withLeads = chunk.filter((c) => c.drafts.length > 0);
  if (withLeads.length === 0) return out;
  const existing: Array<{
    id: string;
    household_id: string;
    target_group: number;
    facts_hash: string;
    status: string;
  }> = await em.query(
    `SELECT id, household_id, target_group, facts_hash, status FROM outreach_lead WHERE household_id = ANY($1::uuid[])`,
    [withLeads.map((c) => c.household.id)],
  );
  const known = new Set(existing.map((e) => `${e.household_id}/${e.target_group}/${e.facts_hash}`));
  const rows: LeadRow[] = [];
  const supersede: string[] = [];
  for (const { household, drafts } of withLeads)
    for (const draft of drafts) {
      const hash = factsHashOf(draft);
      if (known.has(`${household.id}/${draft.group}/${hash}`)) {
        out.unchanged += 1;
        continue;
      }
      rows.push(leadRow(household, draft, hash));
      for (const e of existing)
        if (e.household_id === household.id && e.target_group === draft.group)
          if ((WORKING_STATUSES as readonly string[]).includes(e.status)) supersede.push(e.id);
    }
  if (rows.length === 0) return out;
  const byHousehold = new Map(withLeads.map((c) => [c.household.id, c.household]));
  const needing = [...new Set(rows.map((r) => r.household_id))].map((id) => byHousehold.get(id)!);
  const advisers = await assigner.assign(em, needing);
  for (const r of rows) r.adviser_id = advisers.get(r.household_id) ?? null;
  if (supersede.length > 0) {
    const moved: Array<{ id: string; status: string }> = await em.query(
      // As a CTE, so that the driver returns the rows (a bare UPDATE comes back as [rows, count]).
      `WITH moved AS (UPDATE outreach_lead l SET status = 'SUPERSEDED', status_changed_at = $2, version = l.version + 1
        FROM outreach_lead o WHERE o.id = l.id AND l.id = ANY($1::uuid[]) AND l.status = ANY($3::text[])
        RETURNING l.id, o.status) SELECT id, status FROM moved`,
      [supersede, now, WORKING_STATUSES],
    );
    await history(
      em,
      moved.map((m) => ({ lead_id: m.id, from_status: m.status, to_status: 'SUPERSEDED' })),
      actorId,
      now,
    );
    out.superseded = moved.length;
  }
  const inserted: Array<{ id: string }> = await em.query(INSERT_LEADS, [JSON.stringify(rows), now]);
  const ids = new Set(inserted.map((r) => r.id));
  const raisedRows = rows.filter((r) => ids.has(r.id));
  await history(
    em,
    raisedRows.map((r) => ({ lead_id: r.id, from_status: null, to_status: 'OPEN' })),
    actorId,
    now,
  );
  for (const r of raisedRows) {
    out.raised[r.target_group] += 1;
    if (r.adviser_id === null) out.unassigned += 1;
  }
  out.unchanged += rows.length - raisedRows.length; // raised by a concurrent sweep meanwhile
  return out;
}

export async function history(
  em: EntityManager,
  changes: Array<{ lead_id: string; from_status: string | null; to_status: string; note?: string | null }>,
  actorId: string,
  at: Date,
): Promise<void> {
  if (changes.length === 0) return;
  await em.query(
    `INSERT INTO outreach_lead_change (lead_id, from_status, to_status, note, actor_id, at)
      SELECT lead_id, from_status, to_status, note, $2, $3
      FROM jsonb_to_recordset($1::jsonb) AS x(lead_id uuid, from_status text, to_status text, note text)`,
    [JSON.stringify(changes), actorId, at],
  );
}
