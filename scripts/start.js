// npm start: serve from dist/. Compiles first only when the build is missing or older than the
// sources and the development dependencies are installed. After `npm ci --omit=dev` it never
// compiles: a stale build starts with a warning, a missing one stops with the command that makes it.
'use strict';
const path = require('node:path');
const { buildState, haveDevDependencies, log } = require('./build-info');

const ROOT = path.resolve(__dirname, '..');

/** Makes sure dist/ can be run; false when it cannot (the reason has been logged). */
function ensureBuild(root = ROOT) {
  const { state, reason } = buildState(root);
  if (state === 'fresh') return true;
  if (haveDevDependencies(root)) {
    log('info', `building: ${reason}`);
    return require('./build').build(root);
  }
  if (state === 'stale') {
    log('warn', `${reason}, and the development dependencies are not installed: running the existing build`);
    return true;
  }
  log('error', `${reason}, and the development dependencies are not installed: run "npm ci && npm run build" first`);
  return false;
}

module.exports = { ensureBuild };

if (require.main === module) {
  if (!ensureBuild()) process.exit(1);
  require(path.join(ROOT, 'dist', 'src', 'main.js'));
}
