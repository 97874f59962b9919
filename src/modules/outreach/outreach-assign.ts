// Who works a new lead, by the adviser module's assignment rules: the household's responsible adviser
// (责任顾问) when it has an active one; otherwise the street's active adviser with the most spare
// capacity (caseload = responsible households + leads being worked, under caseloadMax), never one who
// has filed a member as a near relative (POL-INT-9); ties by id. None free: the lead waits unassigned.
import type { EntityManager } from 'typeorm';
import { caseloadsOf } from '../adviser/assignment.service';
import { WORKING_STATUSES } from './outreach.enums';

interface StreetAdviser {
  id: string;
  caseloadMax: number;
  load: number;
}

export class LeadAssigner {
  private readonly streets = new Map<string, StreetAdviser[]>();

  /** Advisers per household for these households' new leads (counts one lead per household). */
  async assign(em: EntityManager, households: ReadonlyArray<{ id: string; streetCode: string }>) {
    const ids = households.map((h) => h.id);
    const result = new Map<string, string | null>();
    if (ids.length === 0) return result;
    await this.loadStreets(em, [...new Set(households.map((h) => h.streetCode))]);
    const responsible: Array<{ household_id: string; adviser_id: string; street_code: string }> = await em.query(
      `SELECT ha.household_id, ha.adviser_id, a.street_code FROM household_assignment ha
        JOIN adviser a ON a.id = ha.adviser_id AND a.active WHERE ha.household_id = ANY($1::uuid[])
        AND ha.assigned_until IS NULL`,
      [ids],
    );
    const conflicts: Array<{ household_id: string; adviser_id: string }> = await em.query(
      `SELECT DISTINCT m.household_id, f.adviser_id FROM near_relative_filing f
        JOIN member m ON m.id_number = f.id_number WHERE m.household_id = ANY($1::uuid[])`,
      [ids],
    );
    const owner = new Map(responsible.map((r) => [r.household_id, r]));
    const conflicted = new Set(conflicts.map((c) => `${c.household_id}/${c.adviser_id}`));
    for (const h of households) {
      const own = owner.get(h.id);
      const advisers = this.streets.get(h.streetCode) ?? [];
      let chosen: StreetAdviser | undefined;
      if (own && own.street_code === h.streetCode) chosen = advisers.find((a) => a.id === own.adviser_id);
      if (!chosen)
        for (const a of advisers)
          if (a.load < a.caseloadMax && !conflicted.has(`${h.id}/${a.id}`))
            if (!chosen || a.caseloadMax - a.load > chosen.caseloadMax - chosen.load) chosen = a;
      if (chosen) chosen.load += 1;
      result.set(h.id, chosen?.id ?? null);
    }
    return result;
  }

  private async loadStreets(em: EntityManager, codes: string[]) {
    const missing = codes.filter((c) => !this.streets.has(c));
    if (missing.length === 0) return;
    const advisers: Array<{ id: string; street_code: string; caseload_max: number }> = await em.query(
      `SELECT id, street_code, caseload_max FROM adviser WHERE active AND street_code = ANY($1::text[]) ORDER BY id`,
      [missing],
    );
    const caseloads = await caseloadsOf(
      em,
      advisers.map((a) => a.id),
    );
    const leads: Array<{ adviser_id: string; n: number }> = advisers.length
      ? await em.query(
          `SELECT adviser_id, count(*)::int AS n FROM outreach_lead WHERE adviser_id = ANY($1::uuid[])
            AND status = ANY($2::text[]) GROUP BY adviser_id`,
          [advisers.map((a) => a.id), WORKING_STATUSES],
        )
      : [];
    const working = new Map(leads.map((l) => [l.adviser_id, l.n]));
    for (const code of missing) this.streets.set(code, []);
    for (const a of advisers)
      this.streets.get(a.street_code)!.push({
        id: a.id,
        caseloadMax: a.caseload_max,
        load: (caseloads.get(a.id) ?? 0) + (working.get(a.id) ?? 0),
      });
  }
}
