// npm run token|assess|seed:demo|warnings:import|sweep -- …: runs a CLI from dist/ when the build matches
// the sources (or when there are no sources: a built copy); from the sources with ts-node when they
// changed in a development install (no compile step); otherwise from the build it has.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { buildState, haveDevDependencies, log } = require('./build-info');

const ROOT = path.resolve(__dirname, '..');
const COMMANDS = {
  token: 'token',
  assess: 'assess',
  'seed:demo': 'seed-demo',
  'warnings:import': 'warnings-import',
  sweep: 'sweep',
  worker: 'worker',
};

/** The file to run for a command: the compiled one or, in development, its TypeScript source. */
function entryFor(command, root = ROOT) {
  const file = COMMANDS[command];
  if (!file) throw new Error(`unknown command "${command}"; one of ${Object.keys(COMMANDS).join(', ')}`);
  const built = path.join(root, 'dist', 'src', 'cli', `${file}.js`);
  const source = path.join(root, 'src', 'cli', `${file}.ts`);
  const { state, reason } = buildState(root);
  if (state === 'fresh' && fs.existsSync(built)) return { file: built, compiled: true };
  if (fs.existsSync(source) && haveDevDependencies(root)) return { file: source, compiled: false };
  if (fs.existsSync(built)) {
    log('warn', `${reason}, and the development dependencies are not installed: running the existing build`);
    return { file: built, compiled: true };
  }
  throw new Error(`${reason}, and the development dependencies are not installed: run "npm ci && npm run build" first`);
}

module.exports = { entryFor, COMMANDS };

if (require.main === module) {
  const command = process.argv[2];
  try {
    const entry = entryFor(command);
    process.argv.splice(2, 1); // the CLI reads its own flags from process.argv.slice(2)
    if (!entry.compiled) require(require.resolve('ts-node', { paths: [ROOT] })).register({ swc: true });
    require(entry.file);
  } catch (error) {
    log('error', error instanceof Error ? error.message : String(error));
    process.exit(2);
  }
}
