// Keyed hashes of ID numbers (身份证号码) for the registers that must find a person again without keeping
// the number: the dishonesty list (失信记录) and the register of people acting on cases (经办及评议人员)
// with their near-relative filings. HMAC-SHA256 under ID_HASH_SECRET (config.ts) over a namespaced
// SHA-256 of the normalised number: without the key a stolen table cannot be searched by trying the
// few hundred million possible numbers. The inner SHA-256 of purpose `dishonesty` is exactly what the
// unkeyed first version stored, so those rows were re-keyed in place (migration 1784000000000).
import { createHash, createHmac } from 'node:crypto';
import { normaliseIdNumber } from './id-number';

export type IdHashPurpose = 'dishonesty' | 'person';

/** The unkeyed, namespaced SHA-256 (hex) that the key is applied to. */
export const innerIdHash = (purpose: IdHashPurpose, idNumber: string) =>
  createHash('sha256').update(`four-lists:${purpose}:`).update(normaliseIdNumber(idNumber), 'utf8').digest('hex');

/** HMAC-SHA256 (hex) of an inner hash: what the re-keying migration applies to a stored unkeyed hash. */
export const keyInnerHash = (secret: string, inner: string) =>
  createHmac('sha256', secret).update(inner, 'utf8').digest('hex');

export class IdHasher {
  constructor(private readonly secret: string) {}

  /** Equal numbers give equal hashes for one purpose and key; nothing else can be read from it. */
  hash(purpose: IdHashPurpose, idNumber: string): string {
    return keyInnerHash(this.secret, innerIdHash(purpose, idNumber));
  }
}
