// Rules in one place (issue 14): the visit-schedule, exit and reassessment rules live in policy/
// (policy/visit-schedule.ts, exit.ts, reassessment.ts), and the runtime never reads a rule from SQL.
// Two migrations keep a frozen SQL copy of the rules as they were (1763930000000-adviser-work.ts,
// 1764700000000-reassessment-schedule.ts): a one-shot backfill run by their up() and nothing else,
// history only. This checks that it stays so: the copies are not exported, no runtime file imports a
// migration but the migrations list, and no runtime SQL turns a cadence into months. (That the
// database holds no function with rules is checked on both databases in test/integration/no-sql-rules.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { importsOf } from './imports';

const ROOT = path.resolve(__dirname, '../../..');
const FROZEN = [
  'src/db/migrations/1763930000000-adviser-work.ts',
  'src/db/migrations/1764700000000-reassessment-schedule.ts',
];
/** A cadence turned into months in SQL (CASE … WHEN 'MONTHLY' THEN 1), or months added to a date in SQL. */
const SQL_RULE = /WHEN\s+'(MONTHLY|QUARTERLY|HALF_YEARLY|YEARLY_CONTACT)'\s+THEN|make_interval\s*\(\s*months/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return tsFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}
const runtime = tsFiles(path.join(ROOT, 'src'))
  .map((file) => path.relative(ROOT, file))
  .filter((file) => !file.startsWith('src/db/migrations/'));

describe('the visit-schedule rules are read from policy/, never from SQL', () => {
  it('keeps the frozen copies private to their migrations', () => {
    for (const file of FROZEN) {
      const source = readFileSync(path.join(ROOT, file), 'utf8');
      expect(SQL_RULE.test(source)).toBe(true); // the frozen copy is there (the check below can fail) …
      expect([...source.matchAll(/^export\s+(?:const|function|class)\s+(\w+)/gm)].map((m) => m[1])).toEqual([
        expect.stringMatching(/^[A-Za-z]+\d{13}$/), // … and the migration class is all the file exports
      ]);
    }
  });

  it('imports migrations only from the migrations list', () => {
    const importers = runtime.filter((file) =>
      importsOf(path.join(ROOT, file)).some((target) => target.startsWith('src/db/migrations/')),
    );
    expect(importers).toEqual(['src/db/entities.ts']);
  });

  it('writes no cadence rule in runtime SQL', () => {
    expect(runtime.filter((file) => SQL_RULE.test(readFileSync(path.join(ROOT, file), 'utf8')))).toEqual([]);
  });
});
