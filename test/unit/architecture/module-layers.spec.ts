// The data path runs one way (issue 14): registry → profile → needs → catalogue → plan → referral →
// visits. A module may import only itself and the modules before it in MODULE_ORDER; effects that
// travel backwards go by domain events (src/common/events.ts), wired in createServices. Lower layers
// (src/db, src/common, src/modules) never import the composition (src/graphql/schema.ts) or src/http,
// and src/db and src/common never import src/graphql. The check reads import statements with a
// regular expression (no dependency-cruiser or madge: relative imports are all this code base uses),
// so a new cycle or a forbidden direction fails here; README "Layout" draws the same order.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { importsOf } from './imports';

const ROOT = path.resolve(__dirname, '../../..');

/** Earlier modules first; one module per step (leaf modules first, the outbox last). */
export const MODULE_ORDER = [
  'geo',
  'reference',
  'batch',
  'audit',
  'auth',
  'household', // the registry (户籍/家庭)
  'assessment', // the profile (困境画像)
  'need', // the needs list
  'eligibility',
  'catalogue', // resources and providers
  'hsds',
  'adviser',
  'plan',
  'allocation', // scarce places shared out: the allocator, quota periods
  'referral',
  'outreach', // 政策找人 sweeps and their leads
  'fund', // funds, payments and their ledger (POL-FND-*); four eyes on payments
  'project', // 项目帮扶 (一类一策): shared unmet needs, a project as a resource with its fund
  'warning',
  'service-record',
  'visit', // the schedule around visits: advisers, service records, warnings
  'print',
  'spreadsheet',
  'webhook', // the outbox of notifications
];

/**
 * Backward imports still there, each with why ("from → to": the files); the test fails when one
 * disappears too, so the list only shrinks. Empty since plan approval moved to referral/.
 */
const KNOWN_BACKWARD: Record<string, string[]> = {};

/**
 * Files below allowed to import src/http or the composition: none. src/http mounts the print and
 * spreadsheet routes and passes in the services and the error sender (src/common/send-error.ts).
 */
const KNOWN_UPWARD: Record<string, string[]> = {};

/** What a resolver must not hold: a DataSource or EntityManager, a repository, a query builder or raw SQL. */
const DATABASE_ACCESS = /\b(DataSource|EntityManager)\b|\.getRepository\(|\.createQueryBuilder\(|\.query\(/;

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'bench' ? [] : tsFiles(full); // benches compose, like main.ts
    return full.endsWith('.ts') ? [full] : [];
  });
}

const moduleOf = (repoPath: string) => /^src\/modules\/([^/]+)\//.exec(repoPath)?.[1] ?? null;

function moduleEdges(): Map<string, Map<string, Set<string>>> {
  const edges = new Map<string, Map<string, Set<string>>>();
  for (const file of tsFiles(path.join(ROOT, 'src/modules'))) {
    const from = moduleOf(path.relative(ROOT, file))!;
    for (const target of importsOf(file)) {
      const to = moduleOf(target);
      if (!to || to === from) continue;
      const byTarget = edges.get(from) ?? new Map<string, Set<string>>();
      byTarget.set(to, (byTarget.get(to) ?? new Set()).add(path.relative(ROOT, file)));
      edges.set(from, byTarget);
    }
  }
  return edges;
}

/** Strongly connected components with more than one module (Tarjan): every module cycle. */
export function cycles(graph: Map<string, Iterable<string>>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const meta = new Map<string, { index: number; low: number; onStack: boolean }>();
  const found: string[][] = [];
  const visit = (v: string) => {
    meta.set(v, { index, low: index, onStack: true });
    index += 1;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.low);
      } else if (meta.get(w)!.onStack) meta.get(v)!.low = Math.min(meta.get(v)!.low, meta.get(w)!.index);
    }
    if (meta.get(v)!.low === meta.get(v)!.index) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        meta.get(w)!.onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return found;
}

describe('module layers (issue 14)', () => {
  const edges = moduleEdges();

  it('knows every module', () => {
    const modules = readdirSync(path.join(ROOT, 'src/modules')).filter((n) =>
      statSync(path.join(ROOT, 'src/modules', n)).isDirectory(),
    );
    expect(modules.filter((m) => !MODULE_ORDER.includes(m))).toEqual([]);
  });

  it('imports only modules before it, but for the listed backward imports', () => {
    const backward: Record<string, string[]> = {};
    for (const [from, targets] of edges)
      for (const [to, files] of targets)
        if (MODULE_ORDER.indexOf(to) > MODULE_ORDER.indexOf(from)) backward[`${from} → ${to}`] = [...files].sort();
    expect(backward).toEqual(KNOWN_BACKWARD);
  });

  it('has no module cycle but the ones the listed backward imports make', () => {
    const known = new Set(Object.keys(KNOWN_BACKWARD));
    const graph = new Map(
      [...edges].map(([from, targets]) => [from, [...targets.keys()].filter((to) => !known.has(`${from} → ${to}`))]),
    );
    expect(cycles(graph)).toEqual([]);
  });

  it('keeps src/db, src/common and src/modules below src/graphql/schema.ts and src/http', () => {
    const upward: Record<string, string[]> = {};
    for (const dir of ['src/db', 'src/common', 'src/modules']) {
      for (const file of tsFiles(path.join(ROOT, dir))) {
        const repoPath = path.relative(ROOT, file);
        const bad = importsOf(file).filter(
          (t) =>
            t.startsWith('src/http/') ||
            t === 'src/graphql/schema.ts' ||
            (dir !== 'src/modules' && t.startsWith('src/graphql/')),
        );
        if (bad.length > 0 && !repoPath.includes('/migrations/')) upward[repoPath] = bad.sort();
      }
    }
    expect(upward).toEqual(KNOWN_UPWARD);
  });

  it('keeps resolvers thin: no resolver queries the database itself (services and loaders do)', () => {
    const querying = tsFiles(path.join(ROOT, 'src/modules'))
      .filter((file) => file.endsWith('.resolver.ts'))
      .filter((file) => DATABASE_ACCESS.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(ROOT, file));
    expect(querying).toEqual([]);
    expect(DATABASE_ACCESS.test('return this.db.getRepository(District).find();')).toBe(true); // the check can fail
  });

  it('finds a cycle and a backward import when there is one (the check can fail)', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c']]);
    const file = path.join(ROOT, 'src/modules/need/x.ts');
    expect(
      importsOf(
        file,
        "import { A } from '../visit/a';\nimport type { B } from './b';\nconst c = import('../../http/c');",
      ),
    ).toEqual(['src/modules/visit/a.ts', 'src/modules/need/b.ts', 'src/http/c.ts']);
  });
});
