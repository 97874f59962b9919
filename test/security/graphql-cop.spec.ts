// The graphql-cop checks (dolevf/graphql-cop), against the service as production configures it:
// introspection, field suggestions, an IDE on GET, alias and directive overloading, batching,
// circular fragments, field duplication, GET and form CSRF, trace and stack leaks, and unreadable
// bodies (issue 13, failures 1, 2 and 5).
import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { tokenFor, useTestApi } from '../support/test-api';
import { codesOf, gql, post } from './support/graphql';

describe('graphql-cop checks (security)', () => {
  const api = useTestApi();
  const admin = `Bearer ${tokenFor({ role: 'ADMIN' })}`;
  const refusedBeforeExecution = async (query: string) => {
    api.queries.reset();
    const res = await gql(api.server, admin, query);
    expect(res.status).toBe(400);
    expect(res.body.data).toBeUndefined();
    expect(api.queries.count).toBe(0); // nothing reached the database
    return res;
  };

  it('refuses introspection, to anonymous callers with 401 and to signed-in ones before execution', async () => {
    expect((await gql(api.server, null, '{ __schema { types { name } } }')).status).toBe(401);
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Household") { fields { name } } }']) {
      expect(codesOf(await refusedBeforeExecution(query))).toContain('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('gives no field suggestions', async () => {
    const res = await refusedBeforeExecution('{ househol { id } }');
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/i);
    expect(JSON.stringify(res.body)).not.toContain('households');
  });

  it('serves no IDE: GET /graphql for a browser is JSON, never GraphiQL, Playground or Sandbox', async () => {
    for (const auth of [null, admin]) {
      let req = request(api.server).get('/graphql').set('accept', 'text/html');
      if (auth) req = req.set('authorization', auth);
      const res = await req;
      expect(res.headers['content-type']).not.toMatch(/html/);
      expect(res.text).not.toMatch(/graphiql|playground|sandbox|embeddable|<html/i);
    }
  });

  it('refuses alias overloading, directive overloading and field duplication', async () => {
    const aliases = `{ ${Array.from({ length: 101 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const directives = `{ __typename ${'@include(if: true)'.repeat(50)} }`;
    const duplicated = `{ ${'__typename '.repeat(500)} }`;
    for (const query of [aliases, directives, duplicated]) await refusedBeforeExecution(query);
  });

  it('refuses circular fragments without harm', async () => {
    await refusedBeforeExecution('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    await request(api.server).get('/healthz').expect(200);
  });

  it('refuses batched requests', async () => {
    const res = await post(
      api.server,
      admin,
      JSON.stringify([{ query: '{ viewer { id } }' }, { query: '{ viewer { id } }' }]),
    );
    expect(res.status).toBe(400);
    expect(Array.isArray(res.body)).toBe(false);
  });

  it('refuses GET without a preflight header, and any mutation over GET (CSRF)', async () => {
    const get = (query: string, headers: Record<string, string> = {}) =>
      request(api.server)
        .get('/graphql')
        .set({ authorization: admin, ...headers })
        .query({ query });
    expect((await get('{ viewer { id } }')).status).toBe(400);
    const mutation = await get('mutation { matchWarnings { matched } }', { 'apollo-require-preflight': 'true' });
    expect(mutation.status).toBe(405);
  });

  it.each(['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x'])(
    'refuses a %s POST, the form a cross-site page can send without a preflight',
    async (contentType) => {
      const res = await post(api.server, admin, 'query=%7B%20viewer%20%7B%20id%20%7D%20%7D', contentType);
      expect(res.status).toBe(415);
      expect(codesOf(res)).toEqual(['BAD_REQUEST']);
    },
  );

  it('leaks no trace and no stack: no ftv1 on request, no stacktrace in errors', async () => {
    const res = await request(api.server)
      .post('/graphql')
      .set({ authorization: admin, 'content-type': 'application/json', 'apollo-federation-include-trace': 'ftv1' })
      .send({ query: '{ viewer { id } household(id: "00000000-0000-4000-8000-000000000000") { id } }' });
    expect(res.body.extensions?.ftv1).toBeUndefined();
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.body)).not.toMatch(/stacktrace|exception|\bat .*\.(ts|js):\d+/);
  });

  it('answers a malformed JSON body with a GraphQL-style JSON error, never HTML, never an echo', async () => {
    const secret = '310105195001011234';
    const res = await post(api.server, admin, `{"query": "{ viewer { id } }", "x": ${secret}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(codesOf(res)).toEqual(['BAD_REQUEST']);
    expect(JSON.stringify(res.body)).not.toContain(secret);
    expect(api.logs.join('')).not.toContain(secret);
  });
});

describe('introspection where a variable allows it (development)', () => {
  const api = useTestApi({ introspection: true, suggestions: true });

  it("answers GraphiQL's full introspection query within the limits", async () => {
    const res = await gql(api.server, `Bearer ${tokenFor({ role: 'ADMIN' })}`, getIntrospectionQuery());
    expect(res.body.errors).toBeUndefined();
    expect(res.body.data!.__schema.queryType.name).toBe('Query');
  });
});
