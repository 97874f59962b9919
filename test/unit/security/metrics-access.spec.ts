// Who may read /metrics: METRICS_TOKEN when set; otherwise open outside production, off in it.
import express from 'express';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createMetrics } from '../../../src/http/metrics';

const db = { driver: {} } as unknown as DataSource; // no pool: the access rule does not need one
const serve = (access: { token: string | null; open: boolean }) =>
  express().get('/metrics', createMetrics(db, access).handler);

describe('/metrics access', () => {
  it('with METRICS_TOKEN: 401 without or with a wrong token, 200 with it', async () => {
    const app = serve({ token: 'scrape-secret', open: false });
    await request(app).get('/metrics').expect(401);
    await request(app).get('/metrics').set('authorization', 'Bearer scrape-secreT').expect(401);
    await request(app).get('/metrics').set('authorization', 'Bearer scrape-secret').expect(200);
  });
  it('production without METRICS_TOKEN: off (404)', async () => {
    await request(serve({ token: null, open: false }))
      .get('/metrics')
      .expect(404);
  });
  it('development without METRICS_TOKEN: open', async () => {
    await request(serve({ token: null, open: true }))
      .get('/metrics')
      .expect(200);
  });
});
