// The built copy (tsc, CommonJS) refers to a module's own exported constants as `exports.NAME`, so a
// local variable named `exports`, `module` or `require` silently replaces them in every function it
// encloses: the tests (ts-node with swc) do not see it, the built service does. Seen: a local
// `exports` in spreadsheet.routes.ts turned the xlsx content type into undefined, and every xlsx
// import of the built service into 415. This keeps those names free everywhere the build compiles.
import fs from 'node:fs';
import path from 'node:path';

const ROOTS = ['src', 'scoring', 'policy', 'seeds'];
// Declarations, and destructured bindings (`const { exports } = …`); a property named exports is fine.
const SHADOW = new RegExp(
  [
    String.raw`\b(?:const|let|var|function|class)\s+(?:exports|module|require)\b`,
    String.raw`\b(?:const|let|var)\s*\{[^}]*\b(?:exports|module|require)\s*[,}]`,
  ].join('|'),
);

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? files(p) : /\.ts$/.test(e.name) && !/\.d\.ts$/.test(e.name) ? [p] : [];
  });
}

it('declares no local exports, module or require in compiled code', () => {
  const root = path.resolve(__dirname, '../..');
  const found: string[] = [];
  let scanned = 0;
  for (const file of ROOTS.flatMap((r) => files(path.join(root, r)))) {
    scanned++;
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!/^\s*(\/\/|\*)/.test(line) && SHADOW.test(line))
          found.push(`${path.relative(root, file)}:${i + 1}: ${line.trim()}`);
      });
  }
  expect(scanned).toBeGreaterThan(100);
  expect(found).toEqual([]);
});
