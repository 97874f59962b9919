// The staleness rule behind `npm start` and the CLIs (scripts/build-info.js): a build is fresh when
// it was made from exactly the sources beside it, whatever their mtimes.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const { buildState, haveDevDependencies, sourceHash, writeStamp } = require('../../../scripts/build-info') as {
  buildState(root: string): { state: 'fresh' | 'missing' | 'stale'; reason: string };
  haveDevDependencies(root: string): boolean;
  sourceHash(root: string): string | null;
  writeStamp(root: string, builtAt: string): void;
};

describe('build staleness (scripts/build-info.js)', () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  const built = () => {
    write('dist/src/main.js', '// compiled');
    writeStamp(root, '2026-01-01T00:00:00.000Z');
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'four-lists-build-'));
    write('src/main.ts', 'main();');
    write('seeds/data/catalogue.json', '{}');
    write('tsconfig.json', '{}');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is missing before the first build', () => {
    expect(buildState(root).state).toBe('missing');
  });

  it('is fresh right after a build, and stays fresh when only mtimes change (checkout, cp, COPY)', () => {
    built();
    expect(buildState(root).state).toBe('fresh');
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'src/main.ts'), later, later);
    expect(buildState(root).state).toBe('fresh');
  });

  it.each([
    ['a source edited', () => write('src/main.ts', 'main(1);')],
    ['a source added', () => write('policy/new-rule.ts', 'export {};')],
    ['a seed data file edited', () => write('seeds/data/catalogue.json', '{"providers":[]}')],
    ['the compiler options edited', () => write('tsconfig.json', '{"compilerOptions":{}}')],
    ['the stamp deleted', () => rmSync(path.join(root, 'dist/build-info.json'))],
  ])('is stale after %s', (_what, change) => {
    built();
    change();
    expect(buildState(root).state).toBe('stale');
  });

  it('ignores benchmarks and tests, which the build does not compile', () => {
    built();
    write('src/modules/plan/bench/plan.bench.ts', 'bench();');
    write('test/unit/x.spec.ts', 'it();');
    expect(buildState(root).state).toBe('fresh');
  });

  it('treats a built copy without sources (dist/ and package files only) as fresh', () => {
    built();
    for (const dir of ['src', 'seeds', 'tsconfig.json']) rmSync(path.join(root, dir), { recursive: true });
    expect(sourceHash(root)).toBeNull();
    expect(buildState(root).state).toBe('fresh');
  });

  it('knows a production install (npm ci --omit=dev) from a development one, whatever typescript says', () => {
    expect(haveDevDependencies(path.resolve(__dirname, '../../..'))).toBe(true); // this checkout
    write('package.json', JSON.stringify({ devDependencies: { typescript: '~5.9', '@types/node': '^20' } }));
    write('node_modules/typescript/package.json', '{}'); // typeorm's optional peer brings it along
    expect(haveDevDependencies(root)).toBe(false);
    write('node_modules/@types/node/package.json', '{}');
    expect(haveDevDependencies(root)).toBe(true);
  });
});
