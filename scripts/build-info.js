// Is dist/ a build of the sources beside it? Plain CommonJS so that it runs without TypeScript
// (`npm ci --omit=dev`). The build stamps dist/build-info.json with a hash of every file the build
// compiles; a start compares it with the sources on disk. Content, not mtimes: a checkout, `cp -r`
// or `docker COPY` changes mtimes without changing the code.
'use strict';
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** What tsconfig.build.json compiles: these folders (minus benchmarks) and the two tsconfig files. */
const SOURCE_DIRS = ['src', 'scoring', 'policy', 'seeds'];
const SOURCE_FILES = ['tsconfig.json', 'tsconfig.build.json'];
const SKIP_DIRS = new Set(['bench', 'node_modules']);
const STAMP = path.join('dist', 'build-info.json');

function listFiles(root, dir, out) {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) listFiles(root, relative, out);
    } else if (/\.(ts|json)$/.test(entry.name)) out.push(relative);
  }
  return out;
}

/** sha256 of the sources' paths and contents; null when there are no sources (a built copy). */
function sourceHash(root) {
  const dirs = SOURCE_DIRS.filter((d) => fs.existsSync(path.join(root, d)));
  if (dirs.length === 0) return null;
  const files = dirs.flatMap((d) => listFiles(root, d, []));
  files.push(...SOURCE_FILES.filter((f) => fs.existsSync(path.join(root, f))));
  const hash = createHash('sha256');
  for (const file of files.sort())
    hash
      .update(file)
      .update('\0')
      .update(fs.readFileSync(path.join(root, file)));
  return hash.digest('hex');
}

/**
 * 'fresh' (dist/ was built from these sources, or there are no sources to compare with),
 * 'missing' (no build) or 'stale' (the sources changed since the build), with a reason to print.
 */
function buildState(root) {
  if (!fs.existsSync(path.join(root, 'dist', 'src', 'main.js')))
    return { state: 'missing', reason: 'no build in dist/' };
  const current = sourceHash(root);
  if (current === null) return { state: 'fresh', reason: 'built copy without sources' };
  let stamp = null;
  try {
    stamp = JSON.parse(fs.readFileSync(path.join(root, STAMP), 'utf8'));
  } catch {
    return { state: 'stale', reason: `${STAMP} is missing or unreadable` };
  }
  return stamp.sourceHash === current
    ? { state: 'fresh', reason: `built ${stamp.builtAt}` }
    : { state: 'stale', reason: 'the sources changed since the build' };
}

function writeStamp(root, builtAt) {
  const stamp = { sourceHash: sourceHash(root), builtAt, node: process.version };
  fs.writeFileSync(path.join(root, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
}

/**
 * True when the development install is complete, so that a compile can succeed. TypeScript alone
 * is not enough: after `npm ci --omit=dev` it is still there (typeorm lists ts-node as an optional
 * peer, which brings typescript), but the @types packages are not, and tsc would fail.
 */
function haveDevDependencies(root) {
  const { devDependencies = {} } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  return Object.keys(devDependencies).every((name) => installed(root, name));
}

/** Whether node_modules/<name> is there, where Node's resolution would look (root and its parents). */
function installed(root, name) {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'node_modules', name, 'package.json'))) return true;
    if (path.dirname(dir) === dir) return false;
  }
}

/** One JSON line on stderr, shaped like the service's pino lines (level 30 info, 40 warn, 50 error). */
function log(level, msg, fields = {}) {
  const levels = { info: 30, warn: 40, error: 50 };
  process.stderr.write(
    `${JSON.stringify({ level: levels[level], time: Date.now(), service: 'four-lists', ...fields, msg })}\n`,
  );
}

module.exports = { buildState, haveDevDependencies, log, sourceHash, writeStamp, STAMP };
