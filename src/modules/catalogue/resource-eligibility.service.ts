// checkEligibility: one household against one catalogue resource's rule, with the per-condition trace
// ("why not eligible"). The rule language itself (compile, evaluate, explain) is the eligibility/
// module; this is the catalogue's use of it. Rules compile once per resource version, cached per process.
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { scoreHousehold } from '../../../scoring';
import type { Clock } from '../../common/clock';
import { Viewer } from '../../common/viewer';
import { inTurn } from '../../db/in-turn';
import { NotFoundError } from '../../graphql/errors';
import { latestAssessments, AssessmentService } from '../assessment/assessment.service';
import type { Assessment } from '../assessment/assessment.entity';
import { ModelService } from '../assessment/model.service';
import { buildEligibilityFacts, compileRule, CompiledRule, EligibilityFacts, flattenTrace, Rule } from '../eligibility';
import { Household } from '../household/household.entity';
import { HouseholdService } from '../household/household.service';
import { Need } from '../need/need.entity';
import { CLOSED_NEED_STATUSES } from '../need/need.enums';
import { standardInForce } from '../reference/reference.service';
import { Resource } from './catalogue.entity';
import { EligibilityCheck } from './resource-eligibility.types';
import { ResourceService } from './resource.service';

/** Rows a caller has already read in this transaction (plan-input-loader.ts), so they are not read twice. */
export interface KnownRows {
  latest?: Map<string, Assessment>;
  /** The households' open needs (not MET, DECLINED or RESOLVED). */
  openNeeds?: ReadonlyArray<Pick<Need, 'householdId' | 'code'>>;
}

export class ResourceEligibilityService {
  private readonly compiled = new Map<string, CompiledRule>();

  constructor(
    private readonly db: DataSource,
    private readonly households: HouseholdService,
    private readonly resources: ResourceService,
    private readonly assessments: AssessmentService,
    private readonly models: ModelService,
    private readonly clock: Clock,
  ) {}

  async check(viewer: Viewer, householdId: string, resourceId: string): Promise<EligibilityCheck | NotFoundError> {
    const household = await this.households.findVisible(viewer, householdId);
    if (!household) return new NotFoundError('Household', householdId);
    const resource = await this.resources.findVisible(viewer, resourceId);
    if (!resource) return new NotFoundError('Resource', resourceId);
    const [facts] = await this.factsFor(this.db.manager, [household]);
    const { result, trace } = this.rule(resource).explain(facts);
    return Object.assign(new EligibilityCheck(), {
      householdId,
      resourceId,
      result,
      asOf: facts.asOf,
      trace: flattenTrace(trace),
    });
  }

  /** The compiled rule of this resource version (compiled once). */
  rule(resource: Resource): CompiledRule {
    const key = `${resource.id}@${resource.version}`;
    let rule = this.compiled.get(key);
    if (!rule) {
      rule = compileRule(resource.eligibility as Rule);
      this.compiled.set(key, rule);
    }
    return rule;
  }

  /**
   * Eligibility facts of many households: registry facts, circles (fresh), level (latest assessment), open needs,
   * consent.
   */
  async factsFor(em: EntityManager, households: Household[], known: KnownRows = {}): Promise<EligibilityFacts[]> {
    const asOf = this.clock.today();
    const ids = households.map((h) => h.id);
    // in turn, not Promise.all: em is often a transaction's, one connection (src/db/in-turn.ts)
    const [standard, latest, needs, model] = await inTurn([
      () => standardInForce(em, asOf),
      () => known.latest ?? latestAssessments(em, ids),
      () =>
        known.openNeeds ??
        (ids.length
          ? em.find(Need, {
              select: { householdId: true, code: true },
              where: { householdId: In(ids), status: Not(In([...CLOSED_NEED_STATUSES])) },
            })
          : []),
      () => this.models.active(em),
    ]);
    const facts = await this.assessments.factsFor(em, households, asOf, standard);
    return households.map((h, i) => {
      const circle = scoreHousehold(facts[i], model, { explain: false }).circle;
      return buildEligibilityFacts(
        facts[i],
        {
          circle: circle.primary,
          circles: [...new Set(circle.matched.map((m) => m.circle))],
          level: latest.get(h.id)?.level ?? null,
          needCodes: needs.filter((n) => n.householdId === h.id).map((n) => n.code),
          charityReferralConsent: h.consents?.charityReferral ?? null,
        },
        standard,
      );
    });
  }
}
