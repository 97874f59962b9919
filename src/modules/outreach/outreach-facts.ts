// One chunk of the sweep's facts, read once: the registry's facts (AssessmentService.factsFor, the same
// mapping scoring reads), the latest assessment's level and circle (two columns, not its profile), and
// the open needs. evaluateHousehold turns one household's facts into its leads: the eligibility engine
// for the scheme verdicts, then the pure group rules (policy/outreach-groups.ts). The benchmark's floor
// reads the same rows and calls the same evaluateHousehold.
import type { EntityManager } from 'typeorm';
import type { HouseholdFacts } from '../../../scoring/facts';
import { outreachLeads, type OutreachLeadDraft, type OutreachLevel } from '../../../policy/outreach-groups';
import type { AssessmentService } from '../assessment/assessment.service';
import { buildEligibilityFacts, type DibaoReference } from '../eligibility';
import type { Household } from '../household/household.entity';
import type { DibaoStandard } from '../reference/reference.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import { checkSchemes, type CompiledScheme } from './outreach-schemes';

export interface SweepFacts {
  household: Household;
  facts: HouseholdFacts;
  level: OutreachLevel | null;
  circle: number | null;
  needs: Array<{ code: string; status: string }>;
}

export async function readChunk(
  em: EntityManager,
  assessments: AssessmentService,
  households: Household[],
  asOf: string,
  standard: DibaoStandard,
): Promise<SweepFacts[]> {
  const ids = households.map((h) => h.id);
  const facts = await assessments.factsFor(em, households, asOf, standard);
  const latest: Array<{ household_id: string; level: OutreachLevel; circle: number | null }> = await em.query(
    `SELECT DISTINCT ON (household_id) household_id, level, circle FROM assessment
      WHERE household_id = ANY($1::uuid[]) ORDER BY household_id, assessed_at DESC, id DESC`,
    [ids],
  );
  const needs: Array<{ household_id: string; code: string; status: string }> = await em.query(
    `SELECT household_id, code, status FROM need WHERE household_id = ANY($1::uuid[])
      AND status <> ALL($2::text[])`,
    [ids, CLOSED_NEED_STATUSES],
  );
  const level = new Map(latest.map((a) => [a.household_id, a]));
  const open = new Map<string, Array<{ code: string; status: string }>>();
  for (const n of needs) {
    const list = open.get(n.household_id) ?? [];
    list.push({ code: n.code, status: n.status });
    open.set(n.household_id, list);
  }
  return households.map((household, i) => ({
    household,
    facts: facts[i],
    level: level.get(household.id)?.level ?? null,
    circle: level.get(household.id)?.circle ?? null,
    needs: open.get(household.id) ?? [],
  }));
}

/** The leads of one household (the scheme verdicts by the eligibility engine, the groups by policy/). */
export function evaluateHousehold(
  row: SweepFacts,
  schemes: readonly CompiledScheme[],
  standard: DibaoReference,
): OutreachLeadDraft[] {
  const f = row.facts;
  // The scheme rules (R01–R13) read no circle; the latest assessment's primary circle is passed as is.
  const eligibility = buildEligibilityFacts(
    f,
    {
      circle: row.circle,
      circles: row.circle === null ? [] : [row.circle],
      level: row.level,
      needCodes: row.needs.map((n) => n.code),
      charityReferralConsent: row.household.consents?.charityReferral ?? null,
    },
    standard,
  );
  const i = f.incomeMonthly;
  return outreachLeads({
    asOf: f.asOf,
    categories: f.categories,
    assistanceEvents: f.assistanceEvents,
    level: row.level,
    needs: row.needs,
    schemes: checkSchemes(schemes, eligibility),
    registeredElsewhere: f.registeredElsewhere,
    members: f.members,
    income: [i.wages, i.pensions, i.benefits, i.maintenance, i.other],
    lifeEvents: f.lifeEvents,
  });
}
