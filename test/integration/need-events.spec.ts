// The needs list follows later modules by events (issue 14): a referral's move publishes ReferralMoved
// with the needs' new statuses, the need module applies them in the same transaction, and a handler
// that fails rolls the whole write back. The needs list publishes NeedRaised and NeedClosed inside
// the write that raised or closed the need.
import { EventBus } from '../../src/common/events';
import type { Viewer } from '../../src/common/viewer';
import { createServices, subscribeDomainHandlers } from '../../src/graphql/schema';
import { Need } from '../../src/modules/need/need.entity';
import { NeedService } from '../../src/modules/need/need.service';
import { ReferralService } from '../../src/modules/referral/referral.service';
import { insertReferral, insertResource, TEST_PROVIDER } from '../support/referrals';
import { useTestDatabase } from '../support/test-database';

const partner: Viewer = { id: 'p', role: 'PARTNER', name: null, streetCodes: [], providerId: TEST_PROVIDER };
const admin: Viewer = { id: 'z', role: 'ADMIN', name: null, streetCodes: [], providerId: null };

describe('needs by events', () => {
  const t = useTestDatabase();
  let resourceId: string;
  beforeAll(async () => {
    resourceId = await insertResource(t.db, 'R-NEED-EV');
  });
  const needOf = async (referralId: string) => {
    const [row] = await t.db.query(`SELECT need_id FROM referral WHERE id = $1`, [referralId]);
    return row.need_id as string;
  };
  const state = async (needId: string) => ({
    status: (await t.db.getRepository(Need).findOneByOrFail({ id: needId })).status,
    changes: await t.db.query(
      `SELECT from_status AS "from", to_status AS "to", actor_id AS actor FROM need_change WHERE need_id = $1`,
      [needId],
    ),
  });

  it('a declined referral sends its need back to OPEN; a failing later handler rolls it all back', async () => {
    const id = await insertReferral(t.db, { resourceId, issuedBy: 'adviser' });
    const needId = await needOf(id);
    const services = createServices(t.db, t.clock);
    const events = subscribeDomainHandlers(new EventBus(), { ...services, clock: t.clock }).on(
      'ReferralMoved',
      'test: a later step fails',
      async (em) => {
        // The need module's handler ran before, on this transaction: the need has moved already …
        expect((await em.findOneByOrFail(Need, { id: needId })).status).toBe('OPEN');
        throw new Error('a later step fails'); // … and the whole write rolls back
      },
    );
    await expect(
      new ReferralService(t.db, events, t.clock).act(partner, 'DECLINE', { id, reason: '名额已满' }),
    ).rejects.toThrow('a later step fails');
    expect(await state(needId)).toEqual({ status: 'REFERRED', changes: [] });
    expect(await t.db.query(`SELECT status FROM referral WHERE id = $1`, [id])).toEqual([{ status: 'PENDING' }]);

    // NEEDS.md §4: with its only referral declined by the provider the need waits to be matched again (待对接).
    await services.referrals.act(partner, 'DECLINE', { id, reason: '名额已满' });
    expect(await state(needId)).toEqual({ status: 'OPEN', changes: [{ from: 'REFERRED', to: 'OPEN', actor: 'p' }] });
  });

  it('publishes NeedRaised and NeedClosed inside the write, which a failing handler rolls back', async () => {
    const id = await insertReferral(t.db, { resourceId, issuedBy: 'adviser' });
    const [{ household_id: householdId }] = await t.db.query(`SELECT household_id FROM referral WHERE id = $1`, [id]);
    const seen: string[] = [];
    let failClose = true;
    const events = new EventBus()
      .on('NeedRaised', 'test: sees the new row', async (em, e) => {
        const rows = await em.findBy(Need, { id: e.needs[0].needId });
        seen.push(`raised ${e.needs.map((n) => `${n.code} ${n.status}`).join()} rows ${rows.length}`);
      })
      .on('NeedClosed', 'test: sees the closed row, then fails once', async (em, e) => {
        const row = await em.findOneByOrFail(Need, { id: e.needs[0].needId });
        seen.push(`closed ${e.needs[0].code} ${row.status} ${row.closedAt !== null}`);
        if (failClose) throw new Error('close handler failed');
      });
    const needs = new NeedService(t.db, createServices(t.db, t.clock).households, events, t.clock);
    const added = await needs.add(admin, { householdId, code: 'N12', source: 'SELF_REPORT', note: '自报' });
    if (!(added instanceof Need)) throw new Error(`not added: ${JSON.stringify(added)}`);
    expect(seen).toEqual(['raised N12 OPEN rows 1']);

    // DECLINED is a closed status (NEEDS.md §4 拒绝): the event fires in the write; its failure undoes it.
    const close = () => needs.changeStatus(admin, { id: added.id, status: 'DECLINED', reason: '家庭拒绝' });
    await expect(close()).rejects.toThrow('close handler failed');
    expect((await state(added.id)).status).toBe('OPEN');
    failClose = false;
    await close();
    expect(seen).toEqual(['raised N12 OPEN rows 1', 'closed N12 DECLINED true', 'closed N12 DECLINED true']);
    expect(await state(added.id)).toEqual({
      status: 'DECLINED',
      changes: [
        { from: null, to: 'OPEN', actor: 'z' },
        { from: 'OPEN', to: 'DECLINED', actor: 'z' },
      ],
    });
  });
});
