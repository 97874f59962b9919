// Reading HSDS records so that nothing is dropped without a word. A Reader reads typed fields of
// one record and marks each one used in the record's Ledger; whatever holds data and was never
// marked is reported by name (ledger.unused) as "not imported". A field of the wrong type is a
// problem at its dataset path, e.g. dataset.contents.0.phones.1.number NOT_A_STRING.
import type { FieldProblem } from '../../common/domain-error';

export type Json = Record<string, unknown>;
export const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A value that carries nothing: absent, null, blank text, an empty array or object. */
const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0) ||
  (isObject(v) && Object.keys(v).length === 0);

export class Ledger {
  private readonly used = new Set<string>();

  /** Marks fields (paths relative to the record, e.g. phones.0.number) as used, with all they hold. */
  use(...paths: string[]) {
    for (const p of paths) this.used.add(p);
  }

  /** Paths of fields that hold data and were not used, each subtree reported once at its top. */
  unused(record: unknown, base = ''): string[] {
    if (!isObject(record) && !Array.isArray(record)) return [];
    const entries: Array<[string, unknown]> = Array.isArray(record)
      ? record.map((v, i) => [String(i), v])
      : Object.entries(record);
    return entries.flatMap(([key, value]) => {
      const path = base ? `${base}.${key}` : key;
      if (isEmpty(value) || this.used.has(path)) return [];
      const inside = [...this.used].some((u) => u.startsWith(`${path}.`));
      return inside ? this.unused(value, path) : [path];
    });
  }
}

export class Reader {
  constructor(
    readonly record: Json,
    /** Dataset path of the record, e.g. dataset.contents.0 */
    readonly path: string,
    readonly ledger: Ledger,
    readonly problems: FieldProblem[],
    /** Path of the record inside the ledger's top record, '' for the top record itself. */
    readonly rel = '',
  ) {}

  key(key: string) {
    return this.rel ? `${this.rel}.${key}` : key;
  }
  at(key: string) {
    return `${this.path}.${key}`;
  }
  has(key: string) {
    return !isEmpty(this.record[key]);
  }
  use(...keys: string[]) {
    this.ledger.use(...keys.map((k) => this.key(k)));
  }
  problem(key: string, reason: string, message: string) {
    this.problems.push({ field: key ? this.at(key) : this.path, reason, message });
  }

  /** A text field (marked used when present); null when absent. */
  string(key: string, required = false): string | null {
    const v = this.record[key];
    if (v === undefined || v === null) {
      if (required) this.problem(key, 'REQUIRED', `${key} is required`);
      return null;
    }
    this.use(key);
    if (typeof v !== 'string') {
      this.problem(key, 'NOT_A_STRING', `${key} must be a string`);
      return null;
    }
    if (required && !v.trim()) this.problem(key, 'EMPTY', `${key} must not be empty`);
    return v;
  }

  number(key: string): number | null {
    const v = this.record[key];
    if (v === undefined || v === null) return null;
    this.use(key);
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      this.problem(key, 'NOT_A_NUMBER', `${key} must be a number`);
      return null;
    }
    return v;
  }

  /** The objects of an array field, each as a Reader; the field itself is marked only through them. */
  list(key: string): Reader[] {
    const v = this.record[key];
    if (v === undefined || v === null) return [];
    if (!Array.isArray(v)) {
      this.use(key);
      this.problem(key, 'NOT_AN_ARRAY', `${key} must be an array`);
      return [];
    }
    return v.flatMap((item, i) => {
      if (isObject(item)) return [this.child(`${key}.${i}`, item)];
      this.use(`${key}.${i}`);
      this.problem(`${key}.${i}`, 'NOT_AN_OBJECT', `${key} holds objects`);
      return [];
    });
  }

  object(key: string): Reader | null {
    const v = this.record[key];
    if (v === undefined || v === null) return null;
    if (isObject(v)) return this.child(key, v);
    this.use(key);
    this.problem(key, 'NOT_AN_OBJECT', `${key} must be an object`);
    return null;
  }

  private child(key: string, record: Json) {
    return new Reader(record, this.at(key), this.ledger, this.problems, this.key(key));
  }
}
