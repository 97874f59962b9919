// The official HSDS 3.0 schemas and examples, read from ../shared/hsds-3.0 beside the repository
// (never copied). Without that folder the conformance tests are skipped, saying so.
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const HSDS_DIR = path.resolve(__dirname, '../../../shared/hsds-3.0');
export const haveHsds = existsSync(path.join(HSDS_DIR, 'schema/compiled/service.json'));
if (!haveHsds) console.warn(`HSDS conformance tests skipped: ${HSDS_DIR} (../shared/hsds-3.0) is missing`);
/** describe when the official files are there, describe.skip otherwise. */
export const withHsds = haveHsds ? describe : describe.skip;

export const readHsds = (file: string) => JSON.parse(readFileSync(path.join(HSDS_DIR, file), 'utf8'));

const compiled = new Map<string, ValidateFunction>();
/** A validator for one official schema; HSDS uses non-standard keywords, so non-strict, as its README says. */
export function hsdsSchema(file: string): ValidateFunction {
  if (!compiled.has(file)) {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    // The one-object schemas (schema/taxonomy.json, …) refer to each other by file name.
    if (!file.startsWith('schema/compiled/'))
      for (const name of readdirSync(path.join(HSDS_DIR, 'schema')).filter(
        (f) => f.endsWith('.json') && f !== 'openapi.json',
      ))
        if (`schema/${name}` !== file) ajv.addSchema(readHsds(`schema/${name}`), name);
    compiled.set(file, ajv.compile(readHsds(file)));
  }
  return compiled.get(file)!;
}

/** null when the value validates, else Ajv's errors (so a failing expect shows them). */
export function schemaErrors(file: string, value: unknown) {
  const validate = hsdsSchema(file);
  return validate(value) ? null : validate.errors;
}
