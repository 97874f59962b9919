// The in-process event bus (issue 14): handlers run in registration order on the publisher's
// EntityManager, a failure reaches the publisher (so its transaction rolls back), and a sealed bus
// refuses late subscriptions. The composition's subscribers are listed here as README states them.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { DataSource, EntityManager } from 'typeorm';
import { TestClock } from '../../../src/common/clock';
import { EventBus } from '../../../src/common/events';
import { createServices } from '../../../src/graphql/schema';

const em = { marker: 'the transaction' } as unknown as EntityManager;

describe('EventBus', () => {
  it('runs the handlers of an event in order, each awaited, with the same EntityManager', async () => {
    const calls: string[] = [];
    const bus = new EventBus()
      .on('AssignmentChanged', 'first', async (m, e) => {
        await new Promise((r) => setTimeout(r, 5)); // the second must wait for the first
        calls.push(`first ${e.householdIds.join()} ${m === em}`);
      })
      .on('AssignmentChanged', 'second', async (m, e) => void calls.push(`second ${e.householdIds.join()} ${m === em}`))
      .on('WarningMatched', 'other event', async () => void calls.push('other'));
    await bus.publish(em, 'AssignmentChanged', { householdIds: ['h1'] });
    expect(calls).toEqual(['first h1 true', 'second h1 true']);
  });

  it('lets a handler failure reach the publisher and skips the handlers after it', async () => {
    const calls: string[] = [];
    const bus = new EventBus()
      .on('AssignmentChanged', 'fails', async () => {
        throw new Error('handler failed');
      })
      .on('AssignmentChanged', 'after', async () => void calls.push('after'));
    await expect(bus.publish(em, 'AssignmentChanged', { householdIds: [] })).rejects.toThrow('handler failed');
    expect(calls).toEqual([]);
  });

  it('refuses a subscription once sealed', () => {
    const bus = new EventBus().seal();
    expect(() => bus.on('AssignmentChanged', 'late hook', async () => {})).toThrow(/sealed/);
  });

  it('is wired by createServices with every handler, in the order README gives, and sealed', () => {
    const { events } = createServices({} as DataSource, new TestClock('2026-03-02'));
    const visit = 'visit: refresh the visit schedule';
    expect(events.subscribers()).toEqual({
      AssessmentMade: ['need: refresh needs from the profiles', visit],
      HouseholdChanged: [
        'adviser: end assignments on a move or archive',
        'referral: copy the new street onto referrals',
        'outreach: copy the new street onto leads',
        'case-help: copy the new street onto cases',
        visit,
      ],
      AssignmentChanged: [visit],
      PlanApproved: ['need: move the needs it names'],
      ReferralMoved: ['need: move the needs it names', 'webhook: queue notices in the outbox'],
      ServiceRecorded: ['need: add and move the needs it names', 'visit: a visit follows up the case', visit],
      CaseFollowUpDue: ['visit: schedule the case follow-up visit'],
      WarningMatched: ['need: add the needs it names', visit],
      ReferralsIssued: ['webhook: queue notices in the outbox'],
    });
    expect(() => events.on('HouseholdChanged', 'late hook', async () => {})).toThrow(/sealed/);
  });
});

describe('README "Domain events"', () => {
  const ROOT = path.resolve(__dirname, '../../..');
  // "- `Event`, published by <module> (…). Handlers: a · b", wrapped onto indented lines.
  const listed = new Map(
    readFileSync(path.join(ROOT, 'README.md'), 'utf8')
      .split('### Domain events')[1]
      .split('\n## ')[0]
      .split('\n- ')
      .slice(1)
      .map((item) => item.split('\n\n')[0].replace(/\n {2}/g, ' '))
      .map((item) => /^`(\w+)`, published by ([\w-]+) .*\. Handlers: (.*)$/s.exec(item)!)
      .map(([, event, publisher, handlers]) => [event, { publisher, handlers }]),
  );

  it('lists every subscription of the composition, in order, by name', () => {
    const { events } = createServices({} as DataSource, new TestClock('2026-03-02'));
    const subscribers = events.subscribers();
    for (const [event, { handlers }] of listed)
      expect([event, handlers.startsWith('none yet') ? [] : handlers.split(' · ')]).toEqual([
        event,
        subscribers[event] ?? [],
      ]);
    expect(Object.keys(subscribers).filter((event) => !listed.has(event))).toEqual([]);
  });

  it('lists every event published in src/, with the module that publishes it', () => {
    const published = new Map<string, Set<string>>();
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const full = path.join(dir, name);
        return statSync(full).isDirectory() ? walk(full) : full.endsWith('.ts') ? [full] : [];
      });
    for (const file of walk(path.join(ROOT, 'src/modules'))) {
      const module = /src\/modules\/([^/]+)\//.exec(file)![1];
      for (const [, event] of readFileSync(file, 'utf8').matchAll(/\.publish\(\s*\w+,\s*'(\w+)'/g))
        published.set(event, (published.get(event) ?? new Set()).add(module));
    }
    expect(published.size).toBeGreaterThan(5); // the scan finds the publish calls
    expect(Object.fromEntries([...published].map(([e, m]) => [e, [...m]]))).toEqual(
      Object.fromEntries([...listed].map(([e, { publisher }]) => [e, [publisher]])),
    );
  });
});
