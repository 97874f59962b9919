// CORS (issue 17): only origins listed in CORS_ORIGINS may call the API from a browser; the
// preflight is answered; Apollo's CSRF prevention stays on. The last part is a real browser: a page
// served from another origin calls /graphql with a bearer token.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { ConfigError, readCorsOrigins } from '../../src/config';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { tokenFor, useTestApi } from '../support/test-api';

const APP = 'https://app.example.org';

describe('CORS_ORIGINS', () => {
  it('reads a comma-separated list of exact origins, none when unset', () => {
    expect(readCorsOrigins(undefined)).toEqual([]);
    expect(readCorsOrigins(' https://a.example.org , http://localhost:5173/ ')).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
  });

  it.each(['*', 'https://a.example.org/app', 'a.example.org', 'ftp://a.example.org'])('refuses %s', (value) => {
    expect(() => readCorsOrigins(value)).toThrow(ConfigError);
  });
});

describe('CORS preflight (e2e)', () => {
  const api = useTestApi({ corsOrigins: [APP] });
  const preflight = (origin: string) =>
    request(api.server)
      .options('/graphql')
      .set('origin', origin)
      .set('access-control-request-method', 'POST')
      .set('access-control-request-headers', 'authorization, content-type');

  it('answers a listed origin 204 with the methods and headers a GraphQL client sends', async () => {
    const res = await preflight(APP);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-allow-methods']).toBe('GET,POST,OPTIONS');
    expect(res.headers['access-control-allow-headers']).toEqual(expect.stringContaining('authorization'));
    expect(res.headers['access-control-allow-headers']).toEqual(expect.stringContaining('content-type'));
    expect(res.headers.vary).toEqual(expect.stringContaining('Origin'));
  });

  it('refuses an unlisted origin 403 without CORS headers', async () => {
    const res = await preflight('https://evil.example.com');
    expect(res.status).toBe(403);
    expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('marks the actual response for a listed origin only', async () => {
    const send = (origin: string) =>
      request(api.server)
        .post('/graphql')
        .set('origin', origin)
        .set('authorization', `Bearer ${tokenFor({ role: 'VIEWER' })}`)
        .send({ query: '{ districts { code } }' });
    const listed = await send(APP);
    expect(listed.status).toBe(200);
    expect(listed.headers['access-control-allow-origin']).toBe(APP);
    const unlisted = await send('https://evil.example.com');
    expect(unlisted.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('keeps CSRF prevention: a listed origin skipping the preflight with a simple GET is still refused', async () => {
    const res = await request(api.server)
      .get('/graphql')
      .set('origin', APP)
      .set('authorization', `Bearer ${tokenFor({ role: 'VIEWER' })}`)
      .query({ query: '{ districts { code } }' });
    expect(res.status).toBe(400);
  });
});

describe('none by default (e2e)', () => {
  const api = useTestApi();

  it('allows no cross-origin caller when CORS_ORIGINS is unset', async () => {
    const res = await request(api.server)
      .options('/graphql')
      .set('origin', APP)
      .set('access-control-request-method', 'POST');
    expect(res.status).toBe(403);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });
});

// Two page servers on their own ports are two origins (scheme, host and port) distinct from the API's.
const pageServer = () =>
  new Promise<{ server: http.Server; origin: string }>((resolve) => {
    const server = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end('<!doctype html><title>partner app</title>');
    });
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    );
  });

(chromiumAvailable() ? describe : describe.skip)('CORS from a page on another origin (headless Chromium)', () => {
  const origins: string[] = []; // filled before the first request; the policy reads it per request
  const api = useTestApi({ corsOrigins: origins });
  let browser: Browser;
  let listed: { server: http.Server; origin: string };
  let unlisted: { server: http.Server; origin: string };

  beforeAll(async () => {
    [listed, unlisted] = await Promise.all([pageServer(), pageServer()]);
    origins.push(listed.origin);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    listed?.server.close();
    unlisted?.server.close();
  });

  const callFrom = async (origin: string) => {
    const page = await browser.newPage();
    try {
      await page.goto(`${origin}/`);
      const endpoint = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}/graphql`;
      return await page.evaluate(
        async ({ endpoint, token }) => {
          try {
            const res = await fetch(endpoint, {
              method: 'POST',
              headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
              body: JSON.stringify({ query: 'query CorsDistricts { districts { code } }' }),
            });
            return { status: res.status, body: await res.json() };
          } catch (error) {
            return { blocked: String(error) };
          }
        },
        { endpoint, token: tokenFor({ role: 'VIEWER' }) },
      );
    } finally {
      await page.close();
    }
  };

  it('a listed origin gets the data', async () => {
    const result = await callFrom(listed.origin);
    expect(result).toMatchObject({ status: 200 });
    // The 16 districts of Shanghai's reference divisions (seeds), Changning among them.
    expect((result as { body: { data: { districts: { code: string }[] } } }).body.data.districts).toHaveLength(16);
  });

  it('an unlisted origin is blocked by the browser, and the operation never runs', async () => {
    const before = api.logs.filter((line) => line.includes('"CorsDistricts"')).length;
    const result = await callFrom(unlisted.origin);
    expect(result).toEqual({ blocked: expect.stringContaining('Failed to fetch') });
    expect(api.logs.filter((line) => line.includes('"CorsDistricts"')).length).toBe(before);
  });
});
