import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataDirInUseError, lockDataDir } from '../../../src/db/data-dir-lock';

describe('embedded data folder lock', () => {
  const dataDir = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fl-lock-')), 'pglite');

  it('refuses a second opener while the first holds it, naming the holder, and frees it on release', () => {
    const dir = dataDir();
    const release = lockDataDir(dir);
    fs.writeFileSync(`${dir}.lock`, String(process.ppid)); // a live process other than this one
    expect(() => lockDataDir(dir)).toThrow(DataDirInUseError);
    expect(() => lockDataDir(dir)).toThrow(`in use by process ${process.ppid}`);
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left behind by a process that has exited', () => {
    const dir = dataDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(`${dir}.lock`, dead);
    const release = lockDataDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
  });
});
