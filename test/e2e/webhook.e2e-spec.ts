// Issue 16 "Partners kept in the loop": webhooks with an outbox. A real receiver (node http on an
// ephemeral port) gets the signed notice of a new referral, answers 500, gets the retry after the
// backoff (1 minute after the first failure), and the delivery log shows both attempts. Declines
// reach the referring adviser, withdrawals the provider, overdue notices both, once; another
// organisation's endpoint gets nothing. A change that rolls back leaves no outbox row.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { EventBus } from '../../src/common/events';
import { createServices, subscribeDomainHandlers } from '../../src/graphql/schema';
import { ReferralService } from '../../src/modules/referral/referral.service';
import { createLogger } from '../../src/http/logger';
import { WebhookDispatcher } from '../../src/modules/webhook/webhook-dispatcher';
import { WebhookOutbox } from '../../src/modules/webhook/webhook-outbox';
import { DEV_WEBHOOKS } from '../../src/modules/webhook/webhook-policy';
import { verifySignature } from '../../src/modules/webhook/webhook-signature';
import {
  ApprovePlanDocument,
  AssessHouseholdDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
  DeactivateWebhookEndpointDocument,
  DeclineReferralDocument,
  GeneratePlanDocument,
  RegisterWebhookEndpointDocument,
  RotateWebhookSecretDocument,
  WebhookEndpointsDocument,
  WithdrawReferralDocument,
} from '../__generated__/graphql';
import { CHANGNING, elderAloneInput, freshIdNumber } from '../support/factories';
import { insertReferral, insertResource, TEST_PROVIDER } from '../support/referrals';
import { useTestApi } from '../support/test-api';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

const SECRET_X = 'x'.repeat(16) + 'partner-secret-0001';
const SECRET_P = 'p'.repeat(16) + 'partner-secret-0002';
const SECRET_P2 = 'q'.repeat(16) + 'partner-secret-0003';
const SECRET_A = 'a'.repeat(16) + 'adviser-secret-0001';
const SECRET_O = 'o'.repeat(16) + 'another-secret-0001';
const HEAD_NAME = '回调甲';
const HEAD_ID = freshIdNumber('1940-07-07');
const ADDRESS = '回调测试路9号';

describe('webhooks (e2e)', () => {
  const api = useTestApi();
  const received: Received[] = [];
  const answers = new Map<string, number[]>(); // per path: statuses to answer in turn, then 200
  const receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      // never answers
      if (req.url === '/hang') return void received.push({ path: '/hang', headers: req.headers, body });
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.statusCode = answers.get(req.url ?? '')?.shift() ?? 200;
      res.end('ok');
    });
  });
  const dispatcherLog: string[] = [];
  let dispatcher: WebhookDispatcher;
  let outbox: WebhookOutbox;
  let base: string;
  let adviserId: string;
  let otherProvider: string;
  let providerX: string;
  const endpoints: Record<string, string> = {};
  const adviser = () => api.as({ role: 'ADVISER', sub: adviserId, streets: [CHANGNING.huayang] });
  // Four eyes (policy/four-eyes.ts): the street office's SUPERVISOR approves what the adviser drafted.
  const supervisor = () => api.as({ role: 'SUPERVISOR', streets: [CHANGNING.huayang], sub: 'test-supervisor' });
  const partner = (providerId: string) => api.as({ role: 'PARTNER', sub: `partner-${providerId}`, providerId });
  const at = (path: string, type?: string) =>
    received.filter((r) => r.path === path && (!type || r.headers['four-lists-event'] === type));
  const nowSeconds = () => Math.floor(api.clock.now().getTime() / 1000);

  async function register(caller: ReturnType<typeof partner>, path: string, secret: string, events: string[]) {
    const { data, errors } = await caller.exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}${path}`, secret, events: events as never },
    });
    if (errors) throw new Error(JSON.stringify(errors));
    return data!.registerWebhookEndpoint;
  }

  beforeAll(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const sink = new Writable({
      write(chunk, _e, done) {
        dispatcherLog.push(String(chunk));
        done();
      },
    });
    dispatcher = new WebhookDispatcher(
      api.db,
      api.clock,
      { ...DEV_WEBHOOKS, timeoutMs: 5000, maxAttempts: 3 },
      createLogger('info', sink),
    );
    outbox = new WebhookOutbox(api.clock);
    const { data } = await api.as({ role: 'ADMIN' }).exec(CreateAdviserDocument, {
      input: {
        name: '回调顾问',
        phone: '021-6222 0303',
        streetCode: CHANGNING.huayang,
        roleType: 'SOCIAL_WORKER',
        caseloadMax: 40,
      },
    });
    if (data?.createAdviser.__typename !== 'Adviser') throw new Error(JSON.stringify(data));
    adviserId = data.createAdviser.id;
  }, 60_000);
  afterAll(() => {
    receiver.closeAllConnections();
    return new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and writes nothing', async () => {
    const before = await api.db.query('SELECT count(*)::int AS n FROM webhook_endpoint');
    const p = partner(TEST_PROVIDER);
    const badUrl = await p.exec(RegisterWebhookEndpointDocument, {
      input: { url: 'ftp://example.org/hook', secret: SECRET_P, events: ['REFERRAL_CREATED'] },
    });
    expect(badUrl.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.url', reason: 'UNSUPPORTED_SCHEME' }],
    });
    const notUrl = await p.exec(RegisterWebhookEndpointDocument, {
      input: { url: 'not a url', secret: SECRET_P, events: ['REFERRAL_CREATED'] },
    });
    expect(notUrl.errors?.[0]?.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.url', reason: 'INVALID_URL' }],
    });
    const shortSecret = await p.exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}/p`, secret: 'too-short', events: ['REFERRAL_CREATED'] },
    });
    expect(shortSecret.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'input.secret', reason: 'TOO_SHORT' }],
    });
    const noEvents = await p.exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}/p`, secret: SECRET_P, events: [] },
    });
    expect(noEvents.errors?.[0]?.extensions).toMatchObject({
      fieldErrors: [{ field: 'input.events', reason: 'TOO_FEW' }],
    });
    const unknownEvent = await p.exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}/p`, secret: SECRET_P, events: ['REFERRAL_EATEN' as never] },
    });
    expect(unknownEvent.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknownEvent.errors?.[0]?.message).toContain('input.events');
    expect(await api.db.query('SELECT count(*)::int AS n FROM webhook_endpoint')).toEqual(before);
  });

  it('a VIEWER has no endpoints to see or register; a partner registers for its own organisation only', async () => {
    const viewer = api.as({ role: 'VIEWER' });
    expect((await viewer.exec(WebhookEndpointsDocument, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const other = await partner(TEST_PROVIDER).exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}/p`, secret: SECRET_P, events: ['REFERRAL_CREATED'], providerId: 'P-CN-MZJ' },
    });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('delivers the signed notice of a new referral, retries a 500 after the backoff, logs both attempts', async () => {
    const created = await adviser().exec(CreateHouseholdDocument, {
      input: elderAloneInput({ address: ADDRESS }, { name: HEAD_NAME, idNumber: HEAD_ID }) as never,
    });
    if (created.data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(created));
    const householdId = created.data.createHousehold.id;
    await adviser().exec(AssessHouseholdDocument, { householdId });
    const plan = (await adviser().exec(GeneratePlanDocument, { householdId })).data!.generatePlan;
    if (plan.__typename !== 'Plan') throw new Error(JSON.stringify(plan));
    const providers: Array<{ provider_id: string; n: number }> = await api.db.query(
      `SELECT r.provider_id, count(*)::int AS n FROM plan_item i JOIN resource r ON r.id = i.resource_id
        WHERE i.plan_id = $1 AND i.removed_at IS NULL GROUP BY r.provider_id ORDER BY r.provider_id`,
      [plan.id],
    );
    expect(providers.length).toBeGreaterThan(0);
    providerX = providers[0].provider_id;
    const [{ id: other }] = await api.db.query(
      `SELECT id FROM provider WHERE id <> ALL($1::text[]) AND id <> $2 ORDER BY id LIMIT 1`,
      [providers.map((p) => p.provider_id), TEST_PROVIDER],
    );
    otherProvider = other;
    endpoints.x = (await register(partner(providerX), '/x', SECRET_X, ['REFERRAL_CREATED'])).id;
    endpoints.other = (
      await register(partner(otherProvider), '/other', SECRET_O, [
        'REFERRAL_CREATED',
        'REFERRAL_DECLINED',
        'REFERRAL_OVERDUE',
        'REFERRAL_WITHDRAWN',
      ])
    ).id;
    answers.set('/x', Array(providers[0].n).fill(500)); // every first attempt fails

    const approved = await supervisor().exec(ApprovePlanDocument, { planId: plan.id });
    expect(approved.data?.approvePlan.__typename).toBe('Plan');
    const referrals: Array<{ id: string }> = await api.db.query(
      `SELECT id FROM referral WHERE plan_id = $1 AND provider_id = $2`,
      [plan.id, providerX],
    );
    expect(referrals).toHaveLength(providers[0].n);

    expect(await dispatcher.runOnce()).toBe(providers[0].n);
    const first = at('/x');
    expect(first).toHaveLength(providers[0].n);
    for (const r of first) {
      // Four-Lists-Signature: t=<unix seconds>,v1=HMAC-SHA256(secret, `${t}.${body}`)
      expect(verifySignature(SECRET_X, r.body, String(r.headers['four-lists-signature']), nowSeconds())).toBe(true);
      expect(verifySignature(SECRET_O, r.body, String(r.headers['four-lists-signature']), nowSeconds())).toBe(false);
      const body = JSON.parse(r.body);
      expect(body).toMatchObject({ type: 'REFERRAL_CREATED', referral: { providerId: providerX, status: 'PENDING' } });
      expect(r.headers['four-lists-event-id']).toBe(body.id);
      expect(r.headers['four-lists-delivery-attempt']).toBe('1');
      expect(referrals.map((x) => x.id)).toContain(body.referral.id);
      // No PII: no name, no ID number, no address (issue 16 "No PII beyond what the partner may see").
      for (const secret of [HEAD_NAME, HEAD_ID, ADDRESS, householdId]) expect(r.body).not.toContain(secret);
    }
    // Not yet due again: the first retry waits 1 minute (1, 2, 4 … minutes).
    expect(await dispatcher.runOnce()).toBe(0);
    api.clock.advanceMinutes(1);
    expect(await dispatcher.runOnce()).toBe(providers[0].n);
    const retries = at('/x').slice(providers[0].n);
    expect(retries.map((r) => r.headers['four-lists-event-id']).sort()).toEqual(
      first.map((r) => r.headers['four-lists-event-id']).sort(),
    );
    expect(retries.every((r) => r.headers['four-lists-delivery-attempt'] === '2')).toBe(true);

    const { data } = await partner(providerX).exec(WebhookEndpointsDocument, {});
    const mine = data!.webhookEndpoints.find((e) => e.id === endpoints.x)!;
    expect(mine.deliveries).toHaveLength(providers[0].n);
    for (const d of mine.deliveries) {
      expect(d).toMatchObject({ status: 'DELIVERED', attempts: 2 });
      expect(d.log.map((l) => [l.attempt, l.statusCode, l.error])).toEqual([
        [1, 500, 'HTTP_500'],
        [2, 200, null],
      ]);
      expect(new Date(d.log[1].at).getTime() - new Date(d.log[0].at).getTime()).toBe(60_000);
    }
    expect(at('/other')).toEqual([]);
    // Neither the secret nor the household reaches any log line.
    const logs = [...dispatcherLog, ...api.logs].join('\n');
    for (const secret of [SECRET_X, HEAD_NAME, HEAD_ID, ADDRESS]) expect(logs).not.toContain(secret);
  });

  it('a partner sees only its organisation’s endpoints; another organisation cannot touch them', async () => {
    const { data } = await partner(otherProvider).exec(WebhookEndpointsDocument, {});
    expect(data!.webhookEndpoints.map((e) => e.id)).toEqual([endpoints.other]);
    const touched = await partner(otherProvider).exec(DeactivateWebhookEndpointDocument, { id: endpoints.x });
    expect(touched.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const other = await api
      .as({ role: 'ADVISER', sub: '00000000-0000-4000-8000-00000000beef', streets: [CHANGNING.huayang] })
      .exec(WebhookEndpointsDocument, {});
    expect(other.data!.webhookEndpoints).toEqual([]);
    const admin = await api.as({ role: 'ADMIN' }).exec(WebhookEndpointsDocument, {});
    expect(admin.data!.webhookEndpoints.map((e) => e.id)).toEqual(
      expect.arrayContaining([endpoints.x, endpoints.other]),
    );
  });

  describe('declines, withdrawals and overdue referrals', () => {
    let resourceId: string;
    beforeAll(async () => {
      resourceId = await insertResource(api.db, 'R-WH-1');
      endpoints.p = (
        await register(partner(TEST_PROVIDER), '/p', SECRET_P, ['REFERRAL_WITHDRAWN', 'REFERRAL_OVERDUE'])
      ).id;
      endpoints.a = (await register(adviser(), '/a', SECRET_A, ['REFERRAL_DECLINED', 'REFERRAL_OVERDUE'])).id;
    });

    it('a decline reaches the referring adviser, not the provider', async () => {
      const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId });
      const res = await partner(TEST_PROVIDER).exec(DeclineReferralDocument, { input: { id, reason: '名额已满' } });
      expect(res.data?.declineReferral.__typename).toBe('Referral');
      await dispatcher.runOnce();
      const notices = at('/a', 'REFERRAL_DECLINED');
      expect(notices).toHaveLength(1);
      expect(JSON.parse(notices[0].body).referral).toMatchObject({ id, status: 'DECLINED', resourceCode: 'R-WH-1' });
      expect(
        verifySignature(SECRET_A, notices[0].body, String(notices[0].headers['four-lists-signature']), nowSeconds()),
      ).toBe(true);
      expect(at('/p')).toEqual([]); // the provider subscribed to withdrawals and overdue only
      // Declining it again is refused (INVALID_TRANSITION) and queues nothing.
      const again = await partner(TEST_PROVIDER).exec(DeclineReferralDocument, { input: { id, reason: '再次' } });
      expect(again.data?.declineReferral.__typename).toBe('InvalidTransitionError');
      expect(await api.db.query(`SELECT count(*)::int AS n FROM webhook_event WHERE referral_id = $1`, [id])).toEqual([
        { n: 1 },
      ]);
    });

    it('a withdrawal reaches the provider, signed with the rotated secret', async () => {
      const rotated = await partner(TEST_PROVIDER).exec(RotateWebhookSecretDocument, {
        input: { id: endpoints.p, secret: SECRET_P2 },
      });
      expect(rotated.data?.rotateWebhookSecret.secretRotatedAt).toBe(api.clock.now().toISOString());
      expect(JSON.stringify(rotated)).not.toContain(SECRET_P2); // never returned
      const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId });
      const res = await adviser().exec(WithdrawReferralDocument, { input: { id, reason: '家庭另有安排' } });
      expect(res.data?.withdrawReferral.__typename).toBe('Referral');
      await dispatcher.runOnce();
      const notices = at('/p', 'REFERRAL_WITHDRAWN');
      expect(notices).toHaveLength(1);
      const signature = String(notices[0].headers['four-lists-signature']);
      expect(verifySignature(SECRET_P2, notices[0].body, signature, nowSeconds())).toBe(true);
      expect(verifySignature(SECRET_P, notices[0].body, signature, nowSeconds())).toBe(false);
      expect(at('/a', 'REFERRAL_WITHDRAWN')).toEqual([]);
    });

    it('a change that rolls back leaves no outbox row', async () => {
      const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId });
      const services = createServices(api.db, api.clock);
      // The composition's handlers, then one more ReferralMoved handler that fails after the outbox one ran.
      const events = subscribeDomainHandlers(new EventBus(), { ...services, clock: api.clock }).on(
        'ReferralMoved',
        'test: a later step of the same change fails',
        async () => {
          throw new Error('a later step of the same change fails'); // … and the transaction rolls back
        },
      );
      const failing = new ReferralService(api.db, events, api.clock);
      const viewer = { id: 'p', role: 'PARTNER' as const, name: null, streetCodes: [], providerId: TEST_PROVIDER };
      await expect(failing.act(viewer, 'DECLINE', { id, reason: '测试回滚' })).rejects.toThrow('later step');
      expect(await api.db.query(`SELECT count(*)::int AS n FROM webhook_event WHERE referral_id = $1`, [id])).toEqual([
        { n: 0 },
      ]);
      expect(await api.db.query(`SELECT status FROM referral WHERE id = $1`, [id])).toEqual([{ status: 'PENDING' }]);
      // Without the failing step the same decline writes its row: the test can fail.
      await services.referrals.act(viewer, 'DECLINE', { id, reason: '测试回滚' });
      expect(await api.db.query(`SELECT count(*)::int AS n FROM webhook_event WHERE referral_id = $1`, [id])).toEqual([
        { n: 1 },
      ]);
    });

    it('an overdue referral is told to the provider and the adviser once, however often the sweep runs', async () => {
      const due = new Date(api.clock.now().getTime() + 3600_000); // due in an hour
      const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId, answerDueAt: due });
      const overdueFor = async () =>
        api.db.query(
          `SELECT count(*)::int AS n FROM webhook_event WHERE referral_id = $1 AND type = 'REFERRAL_OVERDUE'`,
          [id],
        );
      await outbox.sweepOverdue(api.db);
      expect(await overdueFor()).toEqual([{ n: 0 }]); // not yet past its due time
      api.clock.advanceMinutes(61);
      await outbox.sweepOverdue(api.db);
      await outbox.sweepOverdue(api.db);
      expect(await overdueFor()).toEqual([{ n: 1 }]);
      while ((await dispatcher.runOnce()) > 0);
      const ofThis = (path: string) =>
        at(path, 'REFERRAL_OVERDUE').filter((r) => JSON.parse(r.body).referral.id === id);
      expect(ofThis('/p')).toHaveLength(1);
      expect(ofThis('/a')).toHaveLength(1);
      expect(JSON.parse(ofThis('/p')[0].body).referral).toMatchObject({
        id,
        status: 'PENDING',
        answerDueAt: due.toISOString(),
      });
      expect(at('/other')).toEqual([]); // another organisation's endpoint got nothing all along
    });

    it('a deactivated endpoint gets nothing more', async () => {
      const off = await partner(TEST_PROVIDER).exec(DeactivateWebhookEndpointDocument, { id: endpoints.p });
      expect(off.data?.deactivateWebhookEndpoint.active).toBe(false);
      const before = at('/p').length;
      const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId });
      await adviser().exec(WithdrawReferralDocument, { input: { id, reason: '撤回' } });
      await dispatcher.runOnce();
      expect(at('/p')).toHaveLength(before);
    });
  });

  it('an endpoint that never answers times out, is retried after the backoff, is DEAD after the last try', async () => {
    const impatient = new WebhookDispatcher(api.db, api.clock, { ...DEV_WEBHOOKS, timeoutMs: 300, maxAttempts: 2 });
    const { data, errors } = await api.as({ role: 'ADMIN' }).exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}/hang`, secret: SECRET_O, events: ['REFERRAL_WITHDRAWN'], providerId: 'P-CN-FL' },
    });
    expect(errors).toBeUndefined();
    expect(data!.registerWebhookEndpoint).toMatchObject({ ownerKind: 'PROVIDER', ownerId: 'P-CN-FL' });
    const resourceId = await insertResource(api.db, 'R-WH-2', 'P-CN-FL');
    const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId, providerId: 'P-CN-FL' });
    await adviser().exec(WithdrawReferralDocument, { input: { id, reason: '撤回' } });
    expect(await impatient.runOnce()).toBe(1);
    api.clock.advanceMinutes(1);
    expect(await impatient.runOnce()).toBe(1);
    api.clock.advanceMinutes(60);
    expect(await impatient.runOnce()).toBe(0); // DEAD: never tried again
    expect(at('/hang')).toHaveLength(2);
    const admin = await api.as({ role: 'ADMIN' }).exec(WebhookEndpointsDocument, {});
    const hang = admin.data!.webhookEndpoints.find((e) => e.id === data!.registerWebhookEndpoint.id)!;
    expect(hang.deliveries).toHaveLength(1);
    expect(hang.deliveries[0]).toMatchObject({ status: 'DEAD', attempts: 2, deliveredAt: null });
    expect(hang.deliveries[0].log.map((l) => [l.attempt, l.statusCode, l.error])).toEqual([
      [1, null, 'TIMEOUT'],
      [2, null, 'TIMEOUT'],
    ]);
    expect(hang.deliveries[0].log.every((l) => l.durationMs >= 250)).toBe(true);
  });

  it('two dispatchers running at once never send the same delivery twice (each claims its own rows)', async () => {
    const [{ id: provider }] = await api.db.query(
      `SELECT id FROM provider WHERE id <> ALL($1::text[]) ORDER BY id DESC LIMIT 1`,
      [[otherProvider, providerX, TEST_PROVIDER, 'P-CN-FL']],
    );
    await api.as({ role: 'ADMIN' }).exec(RegisterWebhookEndpointDocument, {
      input: { url: `${base}/race`, secret: SECRET_O, events: ['REFERRAL_WITHDRAWN'], providerId: provider },
    });
    const resourceId = await insertResource(api.db, 'R-WH-3', provider);
    for (let i = 0; i < 6; i++) {
      const id = await insertReferral(api.db, { resourceId, issuedBy: adviserId, providerId: provider });
      await adviser().exec(WithdrawReferralDocument, { input: { id, reason: '撤回' } });
    }
    const second = new WebhookDispatcher(api.db, api.clock, DEV_WEBHOOKS);
    const counts = await Promise.all([dispatcher.runOnce(3), second.runOnce(3), dispatcher.runOnce(3)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(6);
    const ids = at('/race').map((r) => r.headers['four-lists-event-id']);
    expect(ids).toHaveLength(6);
    expect(new Set(ids).size).toBe(6);
  });
});
