// Raw GraphQL over real HTTP for the security suite: the suite is generated from the schema, so its
// documents are strings built at run time, not codegen-typed operations.
import type { Server } from 'node:http';
import request from 'supertest';

export interface RawResult {
  status: number;
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, any> }> };
  headers: Record<string, string>;
}

export async function gql(
  server: Server,
  authorization: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<RawResult> {
  let req = request(server).post('/graphql').set('content-type', 'application/json');
  if (authorization) req = req.set('authorization', authorization);
  const res = await req.send({ query, variables });
  return { status: res.status, body: res.body ?? {}, headers: res.headers as Record<string, string> };
}

export const codesOf = (r: RawResult) => (r.body.errors ?? []).map((e) => e.extensions?.code as string);
