// Projects (项目帮扶, 一类一策, POLICY.md §9.2): shared unmet needs of a street or district, a project made
// from one (a catalogue resource with its fund, in one transaction), and the households behind it
// planned into it through the plan editor, which refuses a household without consent to charity
// referral exactly as it refuses any non-government resource (planner-judge NO_REFERRAL_CONSENT).
//
// Who: sharedUnmetNeeds — ADMIN everywhere, ADVISER and SUPERVISOR their streets, VIEWER the same
// aggregates through small-cells.ts. createProject — ADMIN only: ADMIN is the district civil-affairs
// staff (区民政) that runs 项目帮扶 through the 区综合帮扶组织 and the only role that sets up funds; the
// foundation (上海市帮困互助基金会) is the project resource's provider, not a caller: a PARTNER never sees
// household aggregates nor sets up funds. proposeProjectHouseholds and planProjectHousehold — ADMIN and
// ADVISER (their streets), the roles that edit plans.
import { DataSource, EntityManager, In } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError, type FieldProblem } from '../../common/domain-error';
import { isUuid } from '../../common/text';
import { isStreetScoped, type Viewer } from '../../common/viewer';
import { allOrNothing } from '../../db/all-or-nothing';
import { inTurn } from '../../db/in-turn';
import { InputValidationError, NotFoundError } from '../../graphql/errors';
import { Resource } from '../catalogue/catalogue.entity';
import { ResourceEligibilityService } from '../catalogue/resource-eligibility.service';
import { ResourceWorkflowService } from '../catalogue/resource-workflow.service';
import { Fund } from '../fund/fund.entity';
import { FundService } from '../fund/fund.service';
import { District, Street } from '../geo/geo.entity';
import { Household } from '../household/household.entity';
import type { HouseholdService } from '../household/household.service';
import { PlanEditService, type EditPlanResult } from '../plan/plan-edit.service';
import { NeedCode } from '../reference/reference.entity';
import { Project } from './project.entity';
import type { ProjectScopeLevel } from './project.enums';
import { CreateProjectInput, PlanProjectHouseholdInput } from './project.inputs';
import { ProjectHouseholdProposal } from './project.types';
import { aggregateSharedNeeds, type SharedNeedGroup, type UnmetNeedRow } from './shared-needs';

const POLICY_BASIS = '沪民救发〔2025〕1号';
const AUDIT_VIEW: Viewer = { id: 'project-snapshot', role: 'ADMIN', name: null, streetCodes: [], providerId: null };

export class ProjectService {
  constructor(
    private readonly db: DataSource,
    private readonly workflow: ResourceWorkflowService,
    private readonly funds: FundService,
    private readonly eligibility: ResourceEligibilityService,
    private readonly planEdits: PlanEditService,
    private readonly households: HouseholdService,
    private readonly clock: Clock,
  ) {}

  /** Unmet needs of a street or district by need code, with the households' common facts, as this viewer may see. */
  async sharedUnmetNeeds(
    viewer: Viewer,
    level: ProjectScopeLevel,
    code: string,
    needCode?: string,
  ): Promise<SharedNeedGroup[]> {
    if (!['ADMIN', 'ADVISER', 'SUPERVISOR', 'VIEWER'].includes(viewer.role))
      throw new DomainError('FORBIDDEN', `Role ${viewer.role} may not read shared needs`);
    const em = this.db.manager;
    const problems = await this.scopeProblems(em, level, code, 'code');
    if (needCode !== undefined && !(await em.existsBy(NeedCode, { code: needCode })))
      problems.push({ field: 'needCode', reason: 'UNKNOWN_NEED_CODE', message: 'not a need code (N01–N28)' });
    if (problems.length) throw new DomainError('BAD_USER_INPUT', problems.map((p) => p.message).join('; '), problems);
    const streets = await this.streetsOf(em, viewer, level, code);
    return aggregateSharedNeeds(viewer, await this.unmetRows(em, streets, needCode), this.clock.today());
  }

  async byId(viewer: Viewer, id: string): Promise<Project | null> {
    const project = isUuid(id) ? await this.db.manager.findOneBy(Project, { id }) : null;
    return project && this.maySee(viewer, project) ? project : null;
  }

  async list(viewer: Viewer, level?: ProjectScopeLevel, code?: string): Promise<Project[]> {
    const where = level && code ? { scopeLevel: level, scopeCode: code } : {};
    const projects = await this.db.manager.find(Project, {
      where,
      order: { createdAt: 'DESC', code: 'ASC' },
      take: 500,
    });
    return projects.filter((p) => this.maySee(viewer, p));
  }

  async create(viewer: Viewer, input: CreateProjectInput): Promise<Project | InputValidationError> {
    if (viewer.role !== 'ADMIN') throw new DomainError('FORBIDDEN', 'Only ADMIN sets up projects');
    return allOrNothing(this.db, async (em) => {
      const problems = await this.scopeProblems(em, input.scopeLevel, input.scopeCode, 'input.scopeCode');
      if (!(await em.existsBy(NeedCode, { code: input.needCode })))
        problems.push({ field: 'input.needCode', reason: 'UNKNOWN_NEED_CODE', message: 'not a need code (N01–N28)' });
      if (await em.existsBy(Project, { code: input.code }))
        problems.push({ field: 'input.code', reason: 'ALREADY_EXISTS', message: 'another project has this code' });
      if ((input.fundId == null) === (input.newFund == null))
        problems.push({
          field: 'input.fundId',
          reason: 'ONE_FUND_REQUIRED',
          message: 'name an existing fund (fundId) or a new one (newFund), exactly one',
        });
      if (problems.length) return new InputValidationError(problems);

      // The aggregate the project is made from, exact (ADMIN's view), kept with it.
      const streets = await this.streetsOf(em, viewer, input.scopeLevel, input.scopeCode);
      const [group] = aggregateSharedNeeds(
        AUDIT_VIEW,
        await this.unmetRows(em, streets, input.needCode),
        this.clock.today(),
      );
      if (!group)
        problems.push({
          field: 'input.needCode',
          reason: 'NO_UNMET_NEED',
          message: `no household of the area has an unmet ${input.needCode} (OPEN or NO_RESOURCE)`,
        });

      const fund = await this.fundFor(em, viewer, input, problems);
      const resource = await this.workflow.create(
        viewer,
        {
          ...input.resource,
          needCodes: [input.needCode],
          geoScope: { level: input.scopeLevel, codes: [input.scopeCode] },
          policyBasis: POLICY_BASIS,
          applicationChannel: '社区救助顾问纳入项目（一类一策）',
        },
        em,
      );
      if (resource instanceof InputValidationError) problems.push(...within(resource, 'input.resource'));
      if (problems.length || !fund || !(resource instanceof Resource)) return new InputValidationError(problems);
      // ADMIN reviews and publishes what it registers itself: the resource's history reads CREATED, SUBMITTED,
      // PUBLISHED, and only a published resource is matched (the planner and the plan editor).
      for (const action of ['SUBMITTED', 'PUBLISHED'] as const) {
        const moved = await this.workflow.transition(
          viewer,
          action,
          { id: resource.id, note: `项目 ${input.code}` },
          em,
        );
        if (!(moved instanceof Resource)) return new InputValidationError([transitionProblem(action)]);
      }
      const project = em.create(Project, {
        code: input.code,
        nameZh: input.nameZh,
        needCode: input.needCode,
        scopeLevel: input.scopeLevel,
        scopeCode: input.scopeCode,
        resourceId: resource.id,
        fundId: fund.id,
        snapshot: { takenOn: this.clock.today(), scopeLevel: input.scopeLevel, scopeCode: input.scopeCode, ...group },
        createdBy: viewer.id,
        createdRole: viewer.role,
        createdAt: this.clock.now(),
      });
      return em.save(project);
    });
  }

  /** The households behind the project's need in the viewer's part of its area, eligible or unknown, with consent. */
  async proposeHouseholds(viewer: Viewer, projectId: string): Promise<ProjectHouseholdProposal[]> {
    const project = await this.byId(viewer, projectId);
    if (!project) throw new DomainError('NOT_FOUND', `Project ${projectId} not found`);
    if (!['ADMIN', 'ADVISER'].includes(viewer.role))
      throw new DomainError('FORBIDDEN', `Role ${viewer.role} may not list households`);
    const em = this.db.manager;
    const resource = (await em.findOneBy(Resource, { id: project.resourceId }))!;
    const streets = await this.streetsOf(em, viewer, project.scopeLevel, project.scopeCode);
    const needs: Array<{ household_id: string; need_id: string; status: string }> = streets.length
      ? await em.query(
          // One active need per household and code (NEED-6): the LATERAL probe by household takes the first.
          `SELECT h.id AS household_id, u.need_id, u.status FROM household h
           CROSS JOIN LATERAL (SELECT n.id AS need_id, n.status FROM need n WHERE n.household_id = h.id
             AND n.code = $2 AND n.status IN ('OPEN', 'NO_RESOURCE') LIMIT 1) u
           WHERE h.street_code = ANY($1) AND h.status = 'ACTIVE' ORDER BY h.street_code, h.id LIMIT 1000`,
          [streets, project.needCode],
        )
      : [];
    if (needs.length === 0) return [];
    const ids = needs.map((n) => n.household_id);
    const [households, plans] = await inTurn([
      () => em.findBy(Household, { id: In(ids) }),
      () =>
        em.query(
          `SELECT DISTINCT ON (p.household_id) p.household_id, p.id, p.status,
             EXISTS (SELECT 1 FROM plan_item i WHERE i.plan_id = p.id AND i.resource_id = $2 AND i.removed_at IS NULL)
               AS planned
           FROM plan p WHERE p.household_id = ANY($1) ORDER BY p.household_id, p.version DESC`,
          [ids, resource.id],
        ) as Promise<Array<{ household_id: string; id: string; status: string; planned: boolean }>>,
    ]);
    const byId = new Map(households.map((h) => [h.id, h]));
    const ordered = ids.map((id) => byId.get(id)!);
    const facts = await this.eligibility.factsFor(em, ordered);
    const rule = this.eligibility.rule(resource);
    const planOf = new Map(plans.map((p) => [p.household_id, p]));
    return needs.flatMap((n, i) => {
      const verdict = rule.evaluate(facts[i]);
      if (verdict === 'INELIGIBLE') return [];
      const household = ordered[i];
      const plan = planOf.get(n.household_id);
      const draftPlanId = plan?.status === 'DRAFT' ? plan.id : null;
      const planned = plan?.planned === true;
      const consent = household.consents?.charityReferral ?? null;
      return [
        Object.assign(new ProjectHouseholdProposal(), {
          householdId: household.id,
          streetCode: household.streetCode,
          needId: n.need_id,
          needStatus: n.status,
          eligibility: verdict,
          charityReferralConsent: consent,
          draftPlanId,
          planned,
          canPlan: consent === true && draftPlanId !== null && !planned,
        }),
      ];
    });
  }

  /**
   * Adds the project's resource to the household's draft plan for its unmet need, through the plan editor
   * (PlanEditService.addItem): consent, eligibility, area and duplicates are judged there, not here.
   */
  async planHousehold(viewer: Viewer, input: PlanProjectHouseholdInput): Promise<EditPlanResult> {
    const project = await this.byId(viewer, input.projectId);
    if (!project) return new NotFoundError('Project', input.projectId);
    const household = await this.households.findVisible(viewer, input.householdId);
    if (!household) return new NotFoundError('Household', input.householdId);
    const em = this.db.manager;
    const [plan] = (await em.query(
      `SELECT p.id, p.status FROM plan p WHERE p.household_id = $1 ORDER BY p.version DESC LIMIT 1`,
      [household.id],
    )) as Array<{ id: string; status: string }>;
    const [need] = (await em.query(
      `SELECT n.id FROM need n WHERE n.household_id = $1 AND n.code = $2 AND n.status IN ('OPEN', 'NO_RESOURCE')`,
      [household.id, project.needCode],
    )) as Array<{ id: string }>;
    if (!need)
      return new InputValidationError([
        {
          field: 'input.householdId',
          reason: 'NO_UNMET_NEED',
          message: `the household has no unmet ${project.needCode} (OPEN or NO_RESOURCE)`,
        },
      ]);
    if (plan?.status !== 'DRAFT')
      return new InputValidationError([
        {
          field: 'input.householdId',
          reason: 'NO_DRAFT_PLAN',
          message: 'the household has no draft plan: generate one first (generatePlan)',
        },
      ]);
    const result = await this.planEdits.addItem(viewer, {
      planId: plan.id,
      needId: need.id,
      resourceId: project.resourceId,
      reason: input.reason,
    });
    // The editor names its own input's field; here the resource is the project's.
    if (result instanceof InputValidationError)
      return new InputValidationError(
        result.fieldErrors.map((f) => ({ ...f, field: f.field === 'input.resourceId' ? 'input.projectId' : f.field })),
      );
    return result;
  }

  private maySee(viewer: Viewer, project: Project): boolean {
    if (viewer.role === 'ADMIN') return true;
    if (!isStreetScoped(viewer)) return false;
    return viewer.streetCodes.some((s) =>
      project.scopeLevel === 'STREET' ? s === project.scopeCode : s.startsWith(project.scopeCode),
    );
  }

  private async scopeProblems(
    em: EntityManager,
    level: ProjectScopeLevel,
    code: string,
    field: string,
  ): Promise<FieldProblem[]> {
    const street = level === 'STREET';
    if (!(street ? /^\d{9}$/ : /^\d{6}$/).test(code))
      return [{ field, reason: 'INVALID_FORMAT', message: `a ${level} code has ${street ? 9 : 6} digits` }];
    const known = street ? await em.existsBy(Street, { code }) : await em.existsBy(District, { code });
    return known
      ? []
      : [
          {
            field,
            reason: street ? 'UNKNOWN_STREET' : 'UNKNOWN_DISTRICT',
            message: `no ${level.toLowerCase()} ${code}`,
          },
        ];
  }

  /** The streets of the area this viewer may read: all for ADMIN and VIEWER, their own for the street-scoped. */
  private async streetsOf(em: EntityManager, viewer: Viewer, level: ProjectScopeLevel, code: string) {
    const all =
      level === 'STREET' ? [code] : (await em.findBy(Street, { districtCode: code })).map((s) => s.code).sort();
    if (!isStreetScoped(viewer)) return all;
    const own = all.filter((s) => viewer.streetCodes.includes(s));
    if (own.length === 0) throw new DomainError('FORBIDDEN', 'None of your streets is in this area');
    return own;
  }

  /**
   * One fact row per household and unmet need of the streets: no name, ID number or address is read. Each
   * household's rows are read by household (LATERAL aggregates over its indexes), so a district is as many index
   * probes as households with unmet needs, never a scan of the city's needs, members or assessments.
   */
  private async unmetRows(em: EntityManager, streets: string[], needCode?: string): Promise<UnmetNeedRow[]> {
    if (streets.length === 0) return [];
    const params: unknown[] = [streets];
    if (needCode) params.push(needCode);
    const households: Array<{ id: string; consent: boolean | null; needs: Array<{ code: string; status: string }> }> =
      await em.query(
        `SELECT h.id, h.consents_charity_referral AS consent, u.needs FROM household h
         CROSS JOIN LATERAL (SELECT json_agg(json_build_object('code', n.code, 'status', n.status)) AS needs
           FROM need n WHERE n.household_id = h.id AND n.status IN ('OPEN', 'NO_RESOURCE')
           ${needCode ? 'AND n.code = $2' : ''}) u
         WHERE h.street_code = ANY($1) AND h.status = 'ACTIVE' AND u.needs IS NOT NULL`,
        params,
      );
    if (households.length === 0) return [];
    type Facts = {
      household_id: string;
      members: UnmetNeedRow['members'] | null;
      holdings: UnmetNeedRow['holdings'] | null;
      level: string | null;
      circle: number | null;
      assessed: boolean;
    };
    const facts: Facts[] = await em.query(
      `SELECT x.id AS household_id, m.members, c.holdings, a.level, a.circle, a.level IS NOT NULL AS assessed
       FROM unnest($1::uuid[]) AS x(id)
       CROSS JOIN LATERAL (SELECT json_agg(json_build_object('birthDate', m.birth_date::text,
           'hasDisability', m.has_disability, 'disabilityGrade', m.disability_grade)) AS members
         FROM member m WHERE m.household_id = x.id) m
       CROSS JOIN LATERAL (SELECT json_agg(json_build_object('category', c.category, 'since', c.since::text,
           'until', c.until::text)) AS holdings
         FROM category_holding c WHERE c.household_id = x.id) c
       LEFT JOIN LATERAL (SELECT a.level, a.circle FROM assessment a WHERE a.household_id = x.id
         ORDER BY a.assessed_at DESC, a.id DESC LIMIT 1) a ON true`,
      [households.map((h) => h.id)],
    );
    const factsOf = new Map(facts.map((f) => [f.household_id, f]));
    return households.flatMap((h) => {
      const f = factsOf.get(h.id);
      return h.needs.map((n) => ({
        householdId: h.id,
        needCode: n.code,
        status: n.status,
        level: f?.level ?? null,
        circle: f?.circle ?? null,
        assessed: f?.assessed === true,
        charityReferralConsent: h.consent,
        holdings: f?.holdings ?? [],
        members: f?.members ?? [],
      }));
    });
  }

  /** The project's fund: an existing one that pays PROJECT_HELP over the whole area, or a new one set up here. */
  private async fundFor(
    em: EntityManager,
    viewer: Viewer,
    input: CreateProjectInput,
    problems: FieldProblem[],
  ): Promise<Fund | null> {
    const area = (f: Pick<Fund, 'level' | 'districtCode' | 'streetCode'>) =>
      f.level === 'DISTRICT'
        ? input.scopeCode.startsWith(f.districtCode)
        : input.scopeLevel === 'STREET' && f.streetCode === input.scopeCode;
    if (input.fundId != null) {
      const fund = await this.funds.byId(viewer, input.fundId, em);
      if (!fund) {
        problems.push({ field: 'input.fundId', reason: 'UNKNOWN_FUND', message: 'no such fund' });
        return null;
      }
      if (!fund.purposes.includes('PROJECT_HELP'))
        problems.push({
          field: 'input.fundId',
          reason: 'PURPOSE_NOT_SERVED',
          message: `专款专用: the fund pays only ${fund.purposes.join(', ')}, not PROJECT_HELP (POL-FND-3)`,
        });
      if (!area(fund))
        problems.push({
          field: 'input.fundId',
          reason: 'OUTSIDE_FUND_AREA',
          message: 'the fund does not cover the whole project area',
        });
      return fund;
    }
    const spec = input.newFund!;
    if (!spec.purposes.includes('PROJECT_HELP'))
      problems.push({
        field: 'input.newFund.purposes',
        reason: 'PROJECT_HELP_REQUIRED',
        message: 'a project’s fund pays PROJECT_HELP (专款专用, POL-FND-3)',
      });
    if (!area({ level: spec.streetCode != null ? 'STREET' : 'DISTRICT', ...spec, streetCode: spec.streetCode ?? null }))
      problems.push({
        field: 'input.newFund.districtCode',
        reason: 'OUTSIDE_FUND_AREA',
        message: 'the new fund would not cover the whole project area',
      });
    const fund = await this.funds.create(viewer, spec, em);
    if (fund instanceof InputValidationError) {
      problems.push(...within(fund, 'input.newFund'));
      return null;
    }
    return fund;
  }
}

/** A nested service's problems, renamed from its own `input.` to where they sit in this input. */
const within = (error: InputValidationError, prefix: string): FieldProblem[] =>
  error.fieldErrors.map((f) => ({ field: f.field.replace(/^input/, prefix), reason: f.reason, message: f.message }));

const transitionProblem = (action: string): FieldProblem => ({
  field: 'input.resource',
  reason: 'NOT_PUBLISHED',
  message: `the resource could not be ${action.toLowerCase()}`,
});
