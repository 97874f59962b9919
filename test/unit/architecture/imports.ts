// The relative imports of a source file, read with a regular expression (shared by the architecture checks).
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');

/** Relative imports (static, re-exports, dynamic) of a file, as repository paths of .ts files. */
export function importsOf(file: string, source = readFileSync(file, 'utf8')): string[] {
  const specs = [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/g)]
    .map((m) => m[1] ?? m[2])
    .filter((s) => s.startsWith('.'));
  return specs.map((s) => {
    const target = path.relative(ROOT, path.resolve(path.dirname(file), s));
    return target.endsWith('.ts') ? target : `${target}.ts`;
  });
}
