import { readFileSync } from 'fs';
import { join } from 'path';
import { FACTS } from '../../../src/modules/eligibility';

describe('src/modules/eligibility/README.md', () => {
  it('lists every fact of the catalogue', () => {
    const readme = readFileSync(join(__dirname, '../../../src/modules/eligibility/README.md'), 'utf8');
    expect(FACTS.map((f) => f.name).filter((name) => !readme.includes(`| \`${name}\` |`))).toEqual([]);
  });
});
