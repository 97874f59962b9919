// One injected clock (GUIDE "One rule, one place"): below the edge nothing reads the system clock.
// Services take a Clock in their constructor, field resolvers read Context.today / Context.now, and
// policy/ and scoring/ take dates as arguments. The edge — main.ts, src/cli, seeds, benchmarks and
// migrations — is where systemClock is chosen, so it is not scanned.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const SCANNED = ['src/modules', 'src/graphql', 'scoring', 'policy'];
const EDGE = [/\/bench\//, /\/migrations\//];
const FORBIDDEN = [/\btodayIso\(/, /\bnew Date\(\)/, /\bDate\.now\(\)/];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

describe('no system clock below the edge', () => {
  const files = SCANNED.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).filter(
    (file) => !EDGE.some((edge) => edge.test(file)),
  );

  it('scans the service, GraphQL, scoring and policy code', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it.each(FORBIDDEN.map((pattern) => [String(pattern), pattern] as const))('no file calls %s', (_name, pattern) => {
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${path.relative(ROOT, file)}:${i + 1}` }))
        .filter(({ line }) => pattern.test(line) && !line.trimStart().startsWith('//'))
        .map(({ at }) => at),
    );
    expect(offenders).toEqual([]);
  });
});
