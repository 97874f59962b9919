// Endpoints and their delivery logs, scoped by owner: a PARTNER manages its organisation's
// endpoints, an ADVISER their own, ADMIN all; VIEWER none (refused by @Authorized before this).
import type { DataSource } from 'typeorm';
import type { Clock } from '../../common/clock';
import { DomainError } from '../../common/domain-error';
import { isUuid } from '../../common/text';
import type { Viewer } from '../../common/viewer';
import { WebhookEndpoint } from './webhook.entity';
import type { WebhookOwnerKind } from './webhook.enums';
import { urlProblems, type WebhookConfig } from './webhook-policy';
import type { RegisterWebhookEndpointInput, RotateWebhookSecretInput } from './webhook.inputs';

type Owner = { ownerKind: WebhookOwnerKind; ownerId: string };

export class WebhookService {
  constructor(
    private readonly db: DataSource,
    private readonly clock: Clock,
    private readonly config: WebhookConfig,
  ) {}

  /** The caller's own owner: its organisation (PARTNER) or itself (ADVISER); null for ADMIN and VIEWER. */
  private ownOwner(viewer: Viewer): Owner | null {
    if (viewer.role === 'PARTNER' && viewer.providerId) return { ownerKind: 'PROVIDER', ownerId: viewer.providerId };
    if (viewer.role === 'ADVISER') return { ownerKind: 'ADVISER', ownerId: viewer.id };
    return null;
  }

  list(viewer: Viewer): Promise<WebhookEndpoint[]> {
    const order = { createdAt: 'ASC', id: 'ASC' } as const;
    if (viewer.role === 'ADMIN') return this.db.getRepository(WebhookEndpoint).find({ order });
    const own = this.ownOwner(viewer);
    return own ? this.db.getRepository(WebhookEndpoint).find({ where: own, order }) : Promise.resolve([]);
  }

  async findVisible(viewer: Viewer, id: string): Promise<WebhookEndpoint> {
    const endpoint = isUuid(id) ? await this.db.getRepository(WebhookEndpoint).findOneBy({ id }) : null;
    const own = this.ownOwner(viewer);
    const mine = own && endpoint && endpoint.ownerKind === own.ownerKind && endpoint.ownerId === own.ownerId;
    if (!endpoint || (viewer.role !== 'ADMIN' && !mine))
      throw new DomainError('NOT_FOUND', `WebhookEndpoint ${id} not found`);
    return endpoint;
  }

  async register(viewer: Viewer, input: RegisterWebhookEndpointInput): Promise<WebhookEndpoint> {
    const owner = await this.ownerFor(viewer, input);
    const problems = urlProblems(input.url, this.config);
    if (problems.length)
      throw new DomainError('BAD_USER_INPUT', problems.map((p) => `${p.field}: ${p.message}`).join('; '), problems);
    const now = this.clock.now();
    return this.db.getRepository(WebhookEndpoint).save(
      this.db.getRepository(WebhookEndpoint).create({
        ...owner,
        url: input.url,
        secret: input.secret,
        events: [...new Set(input.events)],
        active: true,
        createdBy: viewer.id,
        createdAt: now,
        secretRotatedAt: null,
        deactivatedAt: null,
      }),
    );
  }

  async rotateSecret(viewer: Viewer, input: RotateWebhookSecretInput): Promise<WebhookEndpoint> {
    const endpoint = await this.findVisible(viewer, input.id);
    Object.assign(endpoint, { secret: input.secret, secretRotatedAt: this.clock.now() });
    return this.db.getRepository(WebhookEndpoint).save(endpoint);
  }

  /** No new deliveries; the pending ones die at their next attempt (logged as ENDPOINT_INACTIVE). */
  async deactivate(viewer: Viewer, id: string): Promise<WebhookEndpoint> {
    const endpoint = await this.findVisible(viewer, id);
    if (!endpoint.active) return endpoint;
    Object.assign(endpoint, { active: false, deactivatedAt: this.clock.now() });
    return this.db.getRepository(WebhookEndpoint).save(endpoint);
  }

  private async ownerFor(viewer: Viewer, input: RegisterWebhookEndpointInput): Promise<Owner> {
    const providerId = input.providerId ?? null;
    const adviserId = input.adviserId ?? null;
    if (viewer.role !== 'ADMIN') {
      const own = this.ownOwner(viewer);
      if (!own) throw new DomainError('FORBIDDEN', 'Only a PARTNER, an ADVISER or ADMIN registers an endpoint');
      const other =
        (providerId !== null && providerId !== viewer.providerId) || (adviserId !== null && adviserId !== viewer.id);
      if (other) throw new DomainError('FORBIDDEN', 'You register endpoints for yourself (or your organisation) only');
      return own;
    }
    if ((providerId === null) === (adviserId === null)) {
      const field = {
        field: 'input.providerId',
        reason: 'REQUIRED',
        message: 'ADMIN names exactly one owner: providerId or adviserId',
      };
      throw new DomainError('BAD_USER_INPUT', `${field.field}: ${field.message}`, [field]);
    }
    if (providerId !== null) {
      const [found] = await this.db.query('SELECT 1 FROM provider WHERE id = $1', [providerId]);
      if (!found) {
        const field = {
          field: 'input.providerId',
          reason: 'UNKNOWN_PROVIDER',
          message: 'no such provider organisation',
        };
        throw new DomainError('BAD_USER_INPUT', `${field.field}: ${field.message}`, [field]);
      }
      return { ownerKind: 'PROVIDER', ownerId: providerId };
    }
    const [found] = isUuid(adviserId!) ? await this.db.query('SELECT 1 FROM adviser WHERE id = $1', [adviserId]) : [];
    if (!found) {
      const field = { field: 'input.adviserId', reason: 'UNKNOWN_ADVISER', message: 'no such adviser on the roster' };
      throw new DomainError('BAD_USER_INPUT', `${field.field}: ${field.message}`, [field]);
    }
    return { ownerKind: 'ADVISER', ownerId: adviserId! };
  }
}
