// npm run build: a clean dist/ from tsc (type-checked, decorator metadata kept), then the stamp
// that lets `npm start` and the CLIs know the build matches the sources.
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { log, writeStamp } = require('./build-info');

const ROOT = path.resolve(__dirname, '..');

/** Compiles; returns false (tsc has printed why) when the sources do not compile. */
function build(root = ROOT) {
  const started = Date.now();
  fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
  const result = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) return false;
  writeStamp(root, new Date().toISOString());
  log('info', 'build written to dist/', { ms: Date.now() - started });
  return true;
}

module.exports = { build };

if (require.main === module) process.exit(build() ? 0 : 1);
