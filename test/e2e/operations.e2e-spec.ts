// Operations basics and the schema as a product: health, readiness, request ids, descriptions.
import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import request from 'supertest';
import { DistrictsDocument } from '../__generated__/graphql';
import { tokenFor, useTestApi } from '../support/test-api';

describe('operations (e2e)', () => {
  const api = useTestApi();

  it('answers /healthz and /readyz', async () => {
    await request(api.server).get('/healthz').expect(200, { status: 'ok' });
    await request(api.server).get('/readyz').expect(200, { status: 'ready' });
  });

  it("gives every response a request id, or echoes the caller's", async () => {
    const own = await request(api.server).get('/healthz').set('x-request-id', 'trace-123');
    expect(own.headers['x-request-id']).toBe('trace-123');
    const fresh = await request(api.server).get('/healthz');
    expect(fresh.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const res = await request(api.server)
      .get('/graphql')
      .set('authorization', `Bearer ${tokenFor({ role: 'ADMIN' })}`)
      .query({ query: '{ viewer { id } }' });
    expect(res.status).toBe(400);
  });

  it('serves the reference divisions: 16 districts, all 10 streets of Changning', async () => {
    const { data } = await api.as({ role: 'VIEWER' }).exec(DistrictsDocument);
    expect(data!.districts).toHaveLength(16);
    const changning = data!.districts.find((d) => d.code === '310105')!;
    expect(changning.nameZh).toBe('长宁区');
    expect(changning.streets.filter((s) => s.kind !== 'OTHER').map((s) => s.nameZh)).toEqual([
      '华阳路街道',
      '江苏路街道',
      '新华路街道',
      '周家桥街道',
      '天山路街道',
      '仙霞新村街道',
      '虹桥街道',
      '程家桥街道',
      '北新泾街道',
      '新泾镇',
    ]);
  });
});

describe('schema/schema.graphql', () => {
  const schema = buildSchema(readFileSync(`${__dirname}/../../schema/schema.graphql`, 'utf8'));

  it('describes every type, field, argument and enum value', () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type))
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
    expect(missing).toEqual([]);
  });
});
