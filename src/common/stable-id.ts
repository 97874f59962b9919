// Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name gives the same id on every install,
// so seeded rows (the starting catalogue's resources) have ids that tests, fixtures and
// documentation can name. Only for rows whose identity is their name; everything else gets random ids.
import { createHash } from 'node:crypto';

/** Four Lists' namespace for seeded rows (itself a version-5 id of "four-lists" in the URL namespace). */
export const FOUR_LISTS_NAMESPACE = '8fa27196-37b1-56ca-a7bd-eb987e2b1a71';

export function uuidV5(name: string, namespace: string): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  hash[6] = (hash[6] & 0x0f) | 0x50; // version 5
  hash[8] = (hash[8] & 0x3f) | 0x80; // RFC 4122 variant
  const h = hash.subarray(0, 16).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The id of a seeded resource: stable across installs (`resource:R01` in Four Lists' namespace). */
export const seededResourceId = (code: string) => uuidV5(`resource:${code}`, FOUR_LISTS_NAMESPACE);
