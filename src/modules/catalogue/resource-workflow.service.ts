// Writing the resource list: partners register and keep their own resources; ADMIN reviews.
// Every change is one transaction and leaves a ResourceChange row (who, when, what).
import { quotaPeriodOf } from '../../../policy/quota-period';
import type { Clock } from '../../common/clock';
import { claimVersion } from '../../db/optimistic';
import { randomBytes } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../db/in-transaction';
import { DomainError } from '../../common/domain-error';
import { Viewer } from '../../common/viewer';
import { ConflictError, InputValidationError, InvalidTransitionError, NotFoundError } from '../../graphql/errors';
import { Provider, Resource, ResourceChange } from './catalogue.entity';
import { ResourceAction, ResourceStatus } from './catalogue.enums';
import {
  CreateResourceInput,
  ResourceTransitionInput,
  UpdateCapacityInput,
  UpdateResourceInput,
} from './catalogue.inputs';
import { CONTACT_FIELDS, normalizeContactFields } from './contact.rules';
import { checkResourceFields, diff } from './resource-rules';
import { ResourceService } from './resource.service';

type Transition = { from: ResourceStatus[]; to: ResourceStatus; adminOnly?: boolean; noteRequired?: boolean };
export const TRANSITIONS: Record<
  'SUBMITTED' | 'PUBLISHED' | 'RETURNED' | 'SUSPENDED' | 'RESUMED' | 'RETIRED',
  Transition
> = {
  SUBMITTED: { from: ['DRAFT'], to: 'SUBMITTED' },
  PUBLISHED: { from: ['SUBMITTED'], to: 'PUBLISHED', adminOnly: true },
  RETURNED: { from: ['SUBMITTED'], to: 'DRAFT', adminOnly: true, noteRequired: true },
  SUSPENDED: { from: ['PUBLISHED'], to: 'SUSPENDED', noteRequired: true },
  RESUMED: { from: ['SUSPENDED'], to: 'PUBLISHED' },
  RETIRED: { from: ['DRAFT', 'SUBMITTED', 'PUBLISHED', 'SUSPENDED'], to: 'RETIRED', noteRequired: true },
};

const EDITABLE = [
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'tierOverride',
  'form',
  'needCodes',
  'eligibility',
  'benefit',
  'capacityKind',
  'quota',
  'period',
  'geoScope',
  'applicationChannel',
  'requiredMaterials',
  'processingDays',
  'policyBasis',
  'exclusiveGroup',
  'statutoryFirst',
  'validFrom',
  'validTo',
  'lastVerified',
  'figuresVerified',
  ...CONTACT_FIELDS,
] as const;

export class ResourceWorkflowService {
  constructor(
    private readonly db: DataSource,
    private readonly resources: ResourceService,
    private readonly clock: Clock,
  ) {}

  /** `outer`: a caller's transaction to write in (a project creates its resource with its fund, project/). */
  async create(
    viewer: Viewer,
    input: CreateResourceInput,
    outer?: EntityManager,
  ): Promise<Resource | InputValidationError> {
    const providerId = viewer.role === 'PARTNER' ? viewer.providerId! : input.providerId;
    if (viewer.role === 'PARTNER' && input.providerId && input.providerId !== viewer.providerId) {
      throw new DomainError('FORBIDDEN', 'A partner registers resources for its own organisation only');
    }
    return inTransaction(this.db, outer, async (em) => {
      const problems =
        providerId && (await em.findOneBy(Provider, { id: providerId }))
          ? []
          : [
              {
                field: 'input.providerId',
                reason: providerId ? 'UNKNOWN_PROVIDER' : 'REQUIRED',
                message: providerId ? `no provider "${providerId}"` : 'ADMIN must name the provider',
              },
            ];
      const code = input.code ?? `R-${randomBytes(3).toString('hex').toUpperCase()}`;
      if (input.code && (await em.findOneBy(Resource, { code })))
        problems.push({ field: 'input.code', reason: 'ALREADY_EXISTS', message: `code ${code} is taken` });
      // An omitted benefit is "nothing stated yet", stored as an empty object (every figure null).
      const fields = {
        benefit: {} as Resource['benefit'],
        ...pick(input),
        providerId: providerId!,
        code,
        remaining: input.capacityKind === 'QUOTA' ? (input.quota ?? null) : null,
        status: 'DRAFT' as const,
      };
      problems.push(...(await checkResourceFields(em, fields, () => true)));
      if (problems.length > 0) return new InputValidationError(problems);
      const resource = await em.save(em.create(Resource, fields));
      await record(em, viewer, resource, 'CREATED', null, {});
      return resource;
    });
  }

  async update(viewer: Viewer, input: UpdateResourceInput) {
    return this.db.transaction(async (em) => {
      const found = await this.manageable(viewer, input.id, em);
      if (!(found instanceof Resource)) return found;
      if (input.expectedVersion != null && !(await claimVersion(em, Resource, found.id, input.expectedVersion))) {
        return new ConflictError(`Resource ${found.code} is no longer at version ${input.expectedVersion}`);
      }
      if (found.status === 'RETIRED' || (viewer.role === 'PARTNER' && found.status !== 'DRAFT')) {
        return new InvalidTransitionError(
          found.status,
          found.status,
          viewer.role === 'PARTNER'
            ? 'a partner edits drafts only; suspend or retire a published resource, or ask ADMIN'
            : 'a retired resource is kept as it was',
        );
      }
      const patch = pick(input);
      const before = { ...found } as Record<string, unknown>;
      const after = Object.assign(found, patch);
      if (patch.capacityKind === 'ENTITLEMENT') after.remaining = null;
      if (patch.capacityKind === 'QUOTA' && after.remaining === null) after.remaining = after.quota;
      const problems = await checkResourceFields(em, after, (key) => key in patch);
      if (problems.length > 0) return new InputValidationError(problems);
      const saved = await em.save(after);
      await record(
        em,
        viewer,
        saved,
        'UPDATED',
        null,
        diff(before, saved as unknown as Record<string, unknown>, [...EDITABLE, 'remaining']),
      );
      return saved;
    });
  }

  async transition(
    viewer: Viewer,
    action: keyof typeof TRANSITIONS,
    input: ResourceTransitionInput,
    outer?: EntityManager,
  ) {
    const rule = TRANSITIONS[action];
    if (rule.adminOnly && viewer.role !== 'ADMIN') throw new DomainError('FORBIDDEN', `Only ADMIN may do ${action}`);
    if (rule.noteRequired && !input.note?.trim()) {
      return new InputValidationError([
        { field: 'input.note', reason: 'REQUIRED', message: `${action} needs a note saying why` },
      ]);
    }
    return inTransaction(this.db, outer, async (em) => {
      const found = await this.manageable(viewer, input.id, em);
      if (!(found instanceof Resource)) return found;
      if (!rule.from.includes(found.status)) return new InvalidTransitionError(found.status, rule.to);
      const from = found.status;
      found.status = rule.to;
      found.statusNote = input.note ?? null;
      const saved = await em.save(found);
      await record(em, viewer, saved, action, from, {}, input.note ?? null);
      return saved;
    });
  }

  async updateCapacity(viewer: Viewer, input: UpdateCapacityInput) {
    return this.db.transaction(async (em) => {
      const found = await this.manageable(viewer, input.id, em);
      if (!(found instanceof Resource)) return found;
      if (found.capacityKind !== 'QUOTA')
        return new InputValidationError([
          {
            field: 'input.remaining',
            reason: 'NOT_A_QUOTA',
            message: 'an uncapped entitlement has no places to count',
          },
        ]);
      if (found.status === 'RETIRED')
        return new InvalidTransitionError(found.status, found.status, 'a retired resource is kept as it was');
      if (found.quota !== null && input.remaining > found.quota) {
        return new InputValidationError([
          { field: 'input.remaining', reason: 'ABOVE_MAXIMUM', message: `more than the quota of ${found.quota}` },
        ]);
      }
      const changes = diff({ remaining: found.remaining }, { remaining: input.remaining }, ['remaining']);
      found.remaining = input.remaining;
      // The count set is the current quota period's (policy/quota-period.ts), so it is not reopened under it.
      found.remainingPeriod = quotaPeriodOf(found.period, this.clock.today()).key;
      const saved = await em.save(found);
      await record(em, viewer, saved, 'CAPACITY_UPDATED', null, changes);
      return saved;
    });
  }

  /**
   * The resource if the viewer may change it; NotFoundError if invisible; FORBIDDEN if visible but another
   * organisation's.
   */
  private async manageable(viewer: Viewer, id: string, em: EntityManager): Promise<Resource | NotFoundError> {
    const resource = await this.resources.findVisible(viewer, id, em);
    if (!resource) return new NotFoundError('Resource', id);
    if (viewer.role !== 'ADMIN' && !(viewer.role === 'PARTNER' && viewer.providerId === resource.providerId)) {
      throw new DomainError('FORBIDDEN', 'Only the organisation that runs this resource, or ADMIN, may change it');
    }
    return resource;
  }
}

function pick(input: Partial<Record<(typeof EDITABLE)[number], unknown>>): Partial<Resource> {
  const picked = Object.fromEntries(EDITABLE.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
  // benefit: null states nothing, as an omitted benefit does: every figure unknown (it crashed before).
  if (picked.benefit === null) picked.benefit = {};
  return normalizeContactFields(picked as Partial<Resource>);
}

async function record(
  em: EntityManager,
  viewer: Viewer,
  r: Resource,
  action: ResourceAction,
  fromStatus: ResourceStatus | null,
  changes: ResourceChange['changes'],
  note: string | null = null,
) {
  await em.save(
    em.create(ResourceChange, {
      resourceId: r.id,
      resourceVersion: r.version,
      action,
      actorId: viewer.id,
      actorRole: viewer.role,
      fromStatus,
      toStatus: r.status,
      changes,
      note,
    }),
  );
}
