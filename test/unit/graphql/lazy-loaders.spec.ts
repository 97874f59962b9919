// The request's lazy loaders offer every loader createLoaders makes (a module left out of the lazy
// list once turned every need field into INTERNAL_SERVER_ERROR), and a request reuses one instance.
import type { DataSource } from 'typeorm';
import { contextFactory, createLoaders } from '../../../src/graphql/context';
import { systemClock } from '../../../src/common/clock';

const db = {} as DataSource; // loaders reach the database only when they load

it('offers the same loaders as createLoaders, one instance per request', async () => {
  const context = await contextFactory(db, systemClock)({ req: {} as never });
  const all = Object.keys(createLoaders(db)).sort();
  expect(all.length).toBeGreaterThan(30);
  const lazy = context.loaders as unknown as Record<string, unknown>;
  for (const key of all) {
    expect([key, typeof (lazy[key] as { load?: unknown })?.load]).toEqual([key, 'function']);
    expect(lazy[key]).toBe(lazy[key]);
  }
  const other = (await contextFactory(db, systemClock)({ req: {} as never })).loaders as unknown as Record<
    string,
    unknown
  >;
  expect(other.needById).not.toBe(lazy.needById); // never shared between requests
});
