// Lines ≤ 120 characters in hand-written code (issue 14; README "Decisions worth knowing"). Prettier (printWidth 120)
// breaks code but cannot break a long string, template literal, comment or query, so this test reads every .ts/.js
// file and lists each line over the limit as file:line. Split long strings with + or over lines by hand.
// Not scanned: generated code (test/__generated__, rebuilt by `npm run codegen`) and src/db/migrations (frozen history:
// a migration that has run is never edited).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const MAX = 120;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage', 'data', 'test/__generated__', 'src/db/migrations']);
const SOURCE = /\.(ts|js|mjs|cjs)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = dir ? `${dir}/${name}` : name;
    if (name.startsWith('.') || SKIPPED_DIRS.has(name) || SKIPPED_DIRS.has(file)) return [];
    if (statSync(path.join(ROOT, file)).isDirectory()) return sourceFiles(file);
    return SOURCE.test(name) ? [file] : [];
  });
}

/** file:line (characters) of every line over MAX characters; characters are code points, so 中 counts as one. */
function longLines(file: string): string[] {
  return readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      const length = [...line].length;
      return length > MAX ? [`${file}:${i + 1} (${length})`] : [];
    });
}

describe(`lines ≤ ${MAX} characters`, () => {
  const files = sourceFiles('');

  it('scans src, test, scoring, policy, seeds and scripts, but not generated code or migrations', () => {
    for (const dir of ['src/', 'test/', 'scoring/', 'policy/', 'seeds/', 'scripts/']) {
      expect(files.some((file) => file.startsWith(dir))).toBe(true);
    }
    expect(files).toContain('test/unit/architecture/line-length.spec.ts');
    expect(
      files.filter((file) => file.startsWith('test/__generated__/') || file.startsWith('src/db/migrations/')),
    ).toEqual([]);
  });

  it('finds the long lines where there are some (a frozen migration, not scanned otherwise)', () => {
    expect(longLines('src/db/migrations/1763930000000-adviser-work.ts')).toContain(
      'src/db/migrations/1763930000000-adviser-work.ts:9 (162)',
    );
  });

  it('no hand-written line is longer', () => {
    expect(files.flatMap(longLines)).toEqual([]);
  });
});
