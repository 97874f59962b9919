// Domain events inside the transaction (issue 14). The module that owns a change publishes an event
// with the transaction's EntityManager; the handlers registered at composition time (createServices)
// run one after another, awaited, on that same EntityManager before the write commits. A handler that
// throws makes the whole write roll back, so derived rows (the visit schedule, need statuses, the
// webhook outbox) can never disagree with the change that caused them.
//
// Each owning module declares its events by augmenting DomainEventMap in its own `<module>.events.ts`
// (`declare module '../../common/events'`), so a subscriber imports the event of a module before it
// and the data path keeps running one way. After composition the bus is sealed: no late hooks.
import type { EntityManager } from 'typeorm';

/** Event name → payload; augmented by every module that publishes (see the `*.events.ts` files). */
export interface DomainEventMap {}

export type DomainEventName = keyof DomainEventMap;
export type DomainEventHandler<K extends DomainEventName> = (
  em: EntityManager,
  event: DomainEventMap[K],
) => Promise<unknown>;

interface Subscription {
  name: string;
  handle: (em: EntityManager, event: never) => Promise<unknown>;
}

export class EventBus {
  private readonly handlers = new Map<DomainEventName, Subscription[]>();
  private sealed = false;

  /** Registers a handler, at composition time only; `name` says who handles it (README lists them). */
  on<K extends DomainEventName>(event: K, name: string, handle: DomainEventHandler<K>): this {
    if (this.sealed) throw new Error(`EventBus is sealed: ${name} subscribed to ${String(event)} after composition`);
    const list = this.handlers.get(event) ?? [];
    list.push({ name, handle: handle as Subscription['handle'] });
    this.handlers.set(event, list);
    return this;
  }

  /** Ends composition: later subscriptions throw, so every handler is visible where services are built. */
  seal(): this {
    this.sealed = true;
    return this;
  }

  /** Runs every handler of `event`, in registration order, inside the caller's transaction. */
  async publish<K extends DomainEventName>(em: EntityManager, event: K, payload: DomainEventMap[K]): Promise<void> {
    for (const { handle } of this.handlers.get(event) ?? []) await handle(em, payload as never);
  }

  /** Who handles what, in order (for README and tests). */
  subscribers(): Record<string, string[]> {
    return Object.fromEntries([...this.handlers].map(([event, list]) => [event, list.map((s) => s.name)]));
  }
}
