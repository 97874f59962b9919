// The service as an operator runs it: src/main.ts in its own process, stdout and stderr kept apart
// line by line, so a test can hold every line the process wrote to the log format.
import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');

export interface ChildService {
  child: ChildProcess;
  /** Complete lines so far, per stream (a partial last line is kept back until its newline or exit). */
  lines(): { stdout: string[]; stderr: string[] };
  /** Resolves with the URL the service logged as serving; rejects with its output if it exits first. */
  serving(): Promise<string>;
  /** Resolves with the exit code once the process has ended. */
  exited(): Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const running: ChildProcess[] = [];

/** Kills whatever a test file left running (call from afterAll). */
export function killAll() {
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** Runs src/main.ts (ts-node --swc) with exactly these environment variables on top of PATH and HOME. */
export function startService(env: NodeJS.ProcessEnv, extraNodeArgs: string[] = []): ChildService {
  const child = spawn(
    process.execPath,
    [...extraNodeArgs, require.resolve('ts-node/dist/bin.js'), '--swc', 'src/main.ts'],
    { cwd: ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } },
  );
  running.push(child);
  const text = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (text.stdout += d));
  child.stderr!.on('data', (d) => (text.stderr += d));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const split = (s: string, ended: boolean) => {
    const parts = s.split('\n');
    const last = parts.pop()!;
    return ended && last !== '' ? [...parts, last] : parts;
  };
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const lines = () => ({ stdout: split(text.stdout, ended()), stderr: split(text.stderr, ended()) });
  return {
    child,
    lines,
    exited: () => exit,
    serving: () =>
      new Promise((resolve, reject) => {
        const timer = setInterval(() => {
          const found = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(text.stdout);
          if (found) {
            clearInterval(timer);
            resolve(found[1]);
          } else if (ended()) {
            clearInterval(timer);
            reject(new Error(`the service exited:\n${text.stdout}\n${text.stderr}`));
          }
        }, 100);
      }),
    async stop(signal = 'SIGTERM') {
      if (!ended()) child.kill(signal);
      return exit;
    },
  };
}

/** Lines that are not one JSON object each (the log format is one JSON object per line). */
export function nonJsonLines(lines: string[]): string[] {
  return lines.filter((line) => {
    try {
      const value = JSON.parse(line);
      return typeof value !== 'object' || value === null || Array.isArray(value);
    } catch {
      return true;
    }
  });
}
