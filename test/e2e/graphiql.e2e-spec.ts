// The development IDE (issue 16): a browser opening /graphql gets GraphiQL, served from this origin
// only (src/http/graphiql.ts). The browser test blocks every request that would leave the server's
// origin and fails on any; a GraphQL GET stays GraphQL over HTTP; production serves no IDE.
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../../src/config';
import { GRAPHIQL_CSP } from '../../src/http/graphiql';
import { chromiumAvailable, launchChromium } from '../support/chromium';
import { TEST_SECRET, tokenFor, useTestApi } from '../support/test-api';

const { audit } = require('../../scripts/graphql-http-audit') as {
  audit(url: string, token?: string): Promise<{ ok: number; error: number; notPassing: string[] }>;
};

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

describe('which configuration serves GraphiQL', () => {
  it('development does, production and test do not', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).graphiql).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_SECRET }).graphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test' }).graphiql).toBe(false);
  });
});

describe('production: no IDE (e2e)', () => {
  const api = useTestApi({}, { graphiql: loadConfig({ NODE_ENV: 'production', JWT_SECRET: TEST_SECRET }).graphiql });

  it('answers a browser navigation to /graphql as GraphQL over HTTP, not with a page', async () => {
    const res = await request(api.server).get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(res.status).toBe(401); // no token: the authentication in front of every GraphQL request
    expect(res.headers['content-type']).not.toMatch(/text\/html/);
    expect(res.text).not.toMatch(/graphiql/i);
    const asset = await request(api.server).get('/graphiql/graphiql.js');
    expect(asset.status).toBe(404);
  });
});

describe('development: the page and GraphQL GET side by side (e2e)', () => {
  const api = useTestApi({ introspection: true, suggestions: true }, { graphiql: true });

  it('serves the page with a same-origin CSP and no URL of another host in it', async () => {
    const res = await request(api.server).get('/graphql').set('accept', BROWSER_ACCEPT);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).toContain("default-src 'self'");
    expect(res.text).toContain('<script src="/graphiql/graphiql.js">');
    expect(res.text).not.toMatch(/(https?:)?\/\/[a-z]/i);
    const start = await request(api.server).get('/graphiql/start.js');
    expect(start.status).toBe(200);
    expect(start.text).not.toMatch(/https?:\/\//);
  });

  it('still answers a GraphQL GET with a query, even when it accepts text/html', async () => {
    const res = await request(api.server)
      .get('/graphql')
      .set('accept', 'application/graphql-response+json, text/html;q=0.5')
      .set('apollo-require-preflight', 'true') // Apollo's CSRF prevention wants it on a GET
      .set('authorization', `Bearer ${tokenFor({ role: 'ADMIN' })}`)
      .query({ query: '{ viewer { role } }' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ data: { viewer: { role: 'ADMIN' } } });
  });

  it('keeps every MUST audit of graphql-http passing with the IDE on', async () => {
    const { port } = api.server.address() as AddressInfo;
    const summary = await audit(`http://127.0.0.1:${port}/graphql`, tokenFor({ role: 'VIEWER' }));
    expect(summary.notPassing.filter((line) => line.startsWith('error'))).toEqual([]);
    expect(summary.error).toBe(0);
    expect(summary.ok).toBeGreaterThanOrEqual(55);
  });

  it('answers an unknown asset 404', async () => {
    expect((await request(api.server).get('/graphiql/../package.json')).status).toBe(404);
    expect((await request(api.server).get('/graphiql/nope.js')).status).toBe(404);
  });
});

(chromiumAvailable() ? describe : describe.skip)('GraphiQL offline (headless Chromium)', () => {
  const api = useTestApi({ introspection: true, suggestions: true }, { graphiql: true });
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs { viewer { role } } with an ADMIN token from the header editor, loading nothing from outside', async () => {
    const origin = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    const context = await browser.newContext();
    const blocked: string[] = [];
    const cspViolations: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    try {
      const navigation = await page.goto(`${origin}/graphql`);
      expect(navigation?.status()).toBe(200);
      await page.locator('.graphiql-query-editor .CodeMirror').waitFor();

      // The header editor starts with the placeholder the README describes; put the token in.
      const headers = page.locator('.graphiql-editor-tool .CodeMirror').last();
      await headers.waitFor();
      expect(await headers.evaluate((el) => (el as any).CodeMirror.getValue())).toContain('Bearer <paste the token');
      await headers.click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText(JSON.stringify({ Authorization: `Bearer ${tokenFor({ role: 'ADMIN' })}` }));

      // The query, typed into the editor.
      await page.locator('.graphiql-query-editor .CodeMirror').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.press('Delete');
      await page.keyboard.insertText('{ viewer { role } }');
      await page.locator('.graphiql-execute-button').click();

      const result = page.locator('.result-window');
      await result.getByText('"ADMIN"').waitFor({ timeout: 15_000 });
      const shown = JSON.parse(
        await result.evaluate((el) => (el.querySelector('.CodeMirror') as any).CodeMirror.getValue()),
      );
      expect(shown).toEqual({ data: { viewer: { role: 'ADMIN' } } });
      expect(blocked).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
