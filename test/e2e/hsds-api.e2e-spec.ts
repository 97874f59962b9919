// The read-only HSDS 3.0 API (/hsds) over real HTTP: the OpenAPI's endpoints, paging envelope and
// parameters (HSDS 3.0 schema/openapi.json), responses validated against the official schemas,
// token-protected by default and public by configuration.
import express from 'express';
import request from 'supertest';
import {
  CatalogueResourcesDocument,
  CatalogueRetireResourceDocument,
  CatalogueSuspendResourceDocument,
} from '../__generated__/graphql';
import { createLogger } from '../../src/http/logger';
import { organizationUuid, stableUuid } from '../../src/modules/hsds/hsds-ids';
import { hsdsRouter } from '../../src/modules/hsds/hsds.routes';
import { schemaErrors, withHsds } from '../support/hsds-schemas';
import { TEST_SECRET, tokenFor, useTestApi } from '../support/test-api';

const VIEWER = `Bearer ${tokenFor({ role: 'VIEWER' })}`;
const ADMIN = { role: 'ADMIN' as const };

describe('HSDS API (e2e)', () => {
  const api = useTestApi();
  const get = (path: string, authorization: string | null = VIEWER) => {
    const req = request(api.server).get(`/hsds${path}`);
    return authorization ? req.set('authorization', authorization) : req;
  };
  /** How many resources of these statuses match a filter, asked through GraphQL. */
  const graphqlCount = async (
    filter: { needCode?: string; providerId?: string },
    statuses = ['PUBLISHED', 'SUSPENDED'],
  ) => {
    let n = 0;
    for (const status of statuses as Array<'PUBLISHED' | 'SUSPENDED'>)
      n += (await api.as(ADMIN).exec(CatalogueResourcesDocument, { filter: { ...filter, status } })).data!.resources
        .totalItems;
    return n;
  };
  const all = async (path = '/services') => {
    const res = await get(`${path}${path.includes('?') ? '&' : '?'}format=ndjson`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    return res.text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line));
  };

  it('needs a valid bearer token by default (HSDS_API_ACCESS=token)', async () => {
    const anonymous = await get('/services', null).expect(401);
    expect(anonymous.headers['www-authenticate']).toBe('Bearer');
    expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
    await get('/services', 'Bearer forged.token.here').expect(401);
    await get('/services').expect(200);
    await get('/services', `Bearer ${tokenFor({ role: 'PARTNER', providerId: 'P-CN-MZJ' })}`).expect(200);
  });

  it('is open to anyone when configured public', async () => {
    const app = express().use(
      '/hsds',
      hsdsRouter({ db: api.db, jwtSecret: TEST_SECRET, logger: createLogger('silent'), access: 'public' }),
    );
    const res = await request(app).get('/hsds/services?per_page=1').expect(200);
    expect(res.body.total_items).toBeGreaterThan(0);
  });

  it('describes itself at /hsds (getAPIMetaInformation)', async () => {
    expect((await get('/').expect(200)).body).toEqual({
      version: '3.0',
      openapi_url: 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json',
    });
  });

  it('pages services in the OpenAPI envelope, by code, every service on exactly one page', async () => {
    const total = await graphqlCount({});
    const first = (await get('/services?per_page=7').expect(200)).body;
    expect(first).toMatchObject({
      total_items: total,
      total_pages: Math.ceil(total / 7),
      page_number: 1,
      size: 7,
      first_page: true,
      last_page: false,
      empty: false,
    });
    const last = (await get(`/services?per_page=7&page=${first.total_pages}`).expect(200)).body;
    expect(last).toMatchObject({ size: total - 7 * (first.total_pages - 1), first_page: false, last_page: true });
    const ids: string[] = [];
    for (let page = 1; page <= first.total_pages; page++)
      ids.push(...(await get(`/services?per_page=7&page=${page}`)).body.contents.map((s: { id: string }) => s.id));
    expect(new Set(ids).size).toBe(total);
    expect((await all()).map((s) => s.id)).toEqual(ids);
    expect((await get('/services?per_page=7&page=999')).body).toMatchObject({ size: 0, contents: [], empty: false });
  });

  it('filters by taxonomy term, taxonomy, organization, text and modification time', async () => {
    const n11 = stableUuid('taxonomy-term', 'N11');
    const byTerm = await all(`/services?taxonomy_term_id=${n11}`);
    expect(byTerm).toHaveLength(await graphqlCount({ needCode: 'N11' }));
    expect(byTerm.length).toBeGreaterThan(0);
    const mzj = organizationUuid('P-CN-MZJ');
    const byOrg = await all(`/services?organization_id=${mzj}`);
    expect(byOrg).toHaveLength(await graphqlCount({ providerId: 'P-CN-MZJ' }));
    expect(new Set(byOrg.map((s) => s.organization_id))).toEqual(new Set([mzj]));
    const meals = await all(`/services?search=${encodeURIComponent('助餐')}`);
    expect(meals.length).toBeGreaterThan(0);
    for (const s of meals) expect(`${s.name} ${s.description}`).toContain('助餐');
    expect(await all(`/services?taxonomy_id=${stableUuid('taxonomy', 'nothing')}`)).toEqual([]);
    expect(await all('/services?modified_after=2999-01-01T00:00:00Z')).toEqual([]);
    expect(await all(`/services?taxonomy_term_id=${stableUuid('taxonomy-term', 'N99')}`)).toEqual([]);
  });

  it('shows suspended services temporarily closed; retired ones defunct, only to a modified_after sync', async () => {
    const since = new Date().toISOString();
    const [a, b] = (await get('/services?per_page=2').expect(200)).body.contents;
    await api.as(ADMIN).exec(CatalogueSuspendResourceDocument, { input: { id: a.id, note: '暂停受理' } });
    await api.as(ADMIN).exec(CatalogueRetireResourceDocument, { input: { id: b.id, note: '政策废止' } });
    expect((await get(`/services/${a.id}`).expect(200)).body).toMatchObject({
      status: 'temporarily closed',
      alert: '暂停 Suspended: 暂停受理',
    });
    expect((await get(`/services/${b.id}`).expect(200)).body).toMatchObject({ status: 'defunct' });
    const listed = (await all()).map((s) => s.id);
    expect(listed).toContain(a.id);
    expect(listed).not.toContain(b.id);
    const changed = await all(`/services?modified_after=${since}`);
    expect(changed.map((s) => [s.id, s.status]).sort()).toEqual(
      [
        [a.id, 'temporarily closed'],
        [b.id, 'defunct'],
      ].sort(),
    );
  });

  it('answers minimal=true with ids and modification times only', async () => {
    const { contents } = (await get('/services?minimal=true&per_page=3').expect(200)).body;
    for (const s of contents) expect(Object.keys(s)).toEqual(['id', 'last_modified']);
  });

  it('refuses unknown ids, paths and parameters with JSON that names them', async () => {
    expect((await get('/services/00000000-0000-4000-8000-000000000000').expect(404)).body).toMatchObject({
      code: 'NOT_FOUND',
    });
    await get('/services/not-a-uuid').expect(404);
    await get('/organizations/00000000-0000-4000-8000-000000000000').expect(404);
    await get('/nothing/here').expect(404);
    const bad = (
      await get('/services?page=0&per_page=500&full=yes&modified_after=yesterday&colour=red&format=xml').expect(400)
    ).body;
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.fieldErrors.map((e: { field: string; reason: string }) => `${e.field} ${e.reason}`)).toEqual([
      'page INVALID_NUMBER',
      'per_page INVALID_NUMBER',
      'full INVALID_BOOLEAN',
      'modified_after INVALID_DATETIME',
      'colour UNKNOWN_PARAMETER',
      'format NOT_ALLOWED',
    ]);
    expect((await get('/services?page=1&page=2').expect(400)).body.fieldErrors).toEqual([
      expect.objectContaining({ field: 'page', reason: 'REPEATED' }),
    ]);
    expect((await get('/services/x?full=true').expect(400)).body.fieldErrors[0].reason).toBe('UNKNOWN_PARAMETER');
  });

  it('reads a page in a fixed number of SQL statements whatever its size (no N+1)', async () => {
    const statements = async (path: string) => {
      api.queries.reset();
      await get(path).expect(200);
      return api.queries.count;
    };
    // At most: count, page, providers (or the page's services), need names, last_modified from the
    // history, district names, street names (the last two only when a scope on the page names them).
    expect(await statements('/services?full=true&per_page=2')).toBeLessThanOrEqual(7);
    expect(await statements('/services?full=true&per_page=40')).toBeLessThanOrEqual(7);
    expect(await statements('/organizations?full_service=true&per_page=2')).toBeLessThanOrEqual(7);
    expect(await statements('/organizations?full_service=true&per_page=20')).toBeLessThanOrEqual(7);
    expect(await statements('/organizations?per_page=20')).toBe(2);
  });

  withHsds('responses validate against the official HSDS 3.0 schemas', () => {
    const expectValid = (schema: string, records: Array<{ id: string }>) => {
      expect(records.length).toBeGreaterThan(0);
      for (const r of records)
        expect({ id: r.id, errors: schemaErrors(schema, r) }).toEqual({ id: r.id, errors: null });
    };

    it('services: list items, full records, one by id', async () => {
      expectValid('schema/compiled/service_list.json', await all());
      expectValid('schema/compiled/service.json', await all('/services?full=true'));
      const [first] = (await get('/services?per_page=1')).body.contents;
      const one = (await get(`/services/${first.id}`).expect(200)).body;
      expectValid('schema/compiled/service.json', [one]);
      expect(one.organization.id).toBe(first.organization_id);
    });

    it('organizations: list items, full records with one-to-one or full services, one by id', async () => {
      const list = await all('/organizations');
      expectValid('schema/compiled/organization_list.json', list);
      expectValid('schema/compiled/organization.json', await all('/organizations?full=true'));
      const full = await all('/organizations?full_service=true');
      expectValid('schema/compiled/organization.json', full);
      expectValid(
        'schema/compiled/service.json',
        full.flatMap((o) => o.services),
      );
      const mzj = (await get(`/organizations/${organizationUuid('P-CN-MZJ')}`).expect(200)).body;
      expectValid('schema/compiled/organization.json', [mzj]);
      expect(mzj.services.map((s: { id: string }) => s.id)).toEqual(
        (await all(`/services?organization_id=${mzj.id}`)).map((s) => s.id),
      );
    });

    it('taxonomies and taxonomy terms: the need codes and the extension fields', async () => {
      const taxonomies = (await get('/taxonomies').expect(200)).body.contents;
      expectValid('schema/taxonomy.json', taxonomies);
      expect(taxonomies.map((t: { name: string }) => t.name)).toEqual(['four-lists-needs', 'four-lists-extensions']);
      const needs = taxonomies[0];
      expectValid('schema/taxonomy.json', [(await get(`/taxonomies/${needs.id}`).expect(200)).body]);
      const terms = await all(`/taxonomy_terms?taxonomy_id=${needs.id}`);
      expectValid('schema/taxonomy_term.json', terms);
      expect(terms.map((t) => t.code)).toEqual(
        Array.from({ length: 28 }, (_, i) => `N${String(i + 1).padStart(2, '0')}`),
      );
      expectValid('schema/taxonomy_term.json', [(await get(`/taxonomy_terms/${terms[10].id}`).expect(200)).body]);
      expect((await get('/taxonomy_terms?per_page=100').expect(200)).body.total_items).toBe(28 + 4);
      expect(await all(`/taxonomy_terms?parent_id=${terms[0].id}`)).toEqual([]);
    });
  });
});
