// Raw GraphQL over real HTTP for the security suite: the suite is generated from the schema, so its
// documents are strings built at run time, not codegen-typed operations.
import type { Server } from 'node:http';
import request from 'supertest';

export interface RawResult {
  status: number;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  headers: Record<string, string>;
}

/** A value too deep for JSON.stringify (and structuredClone): gql() writes it into the body as text. */
export const DEEP_JSON = '__deep_json_20000__';
const DEEP_TEXT = `${'['.repeat(20_000)}1${']'.repeat(20_000)}`;

export async function gql(
  server: Server,
  authorization: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<RawResult> {
  const body = JSON.stringify({ query, variables }).replace(`"${DEEP_JSON}"`, DEEP_TEXT);
  return post(server, authorization, body);
}

/** POST a body as given (malformed JSON included). */
export async function post(
  server: Server,
  authorization: string | null,
  body: string,
  contentType = 'application/json',
): Promise<RawResult> {
  let req = request(server).post('/graphql').set('content-type', contentType);
  if (authorization) req = req.set('authorization', authorization);
  const res = await req.send(body);
  return { status: res.status, body: res.body ?? {}, headers: res.headers as Record<string, string> };
}

export const codesOf = (r: RawResult) => (r.body.errors ?? []).map((e) => e.extensions?.code as string);
