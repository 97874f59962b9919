// The service as a user runs it: a real process on the embedded database in a data folder.
// Data survives a restart, and SIGTERM / SIGINT stop it cleanly (exit code 0).
import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { CreateHouseholdDocument, HouseholdDocument } from '../__generated__/graphql';
import { tokenFor, TEST_SECRET } from '../support/test-api';
import { householdInput } from '../support/factories';
import { nonJsonLines } from '../support/child-service';

jest.setTimeout(120_000);

const root = path.resolve(__dirname, '../..');
const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'four-lists-life-')), 'pglite');
let url = '';
const children: ChildProcess[] = [];

function start(): Promise<{ child: ChildProcess; output: () => string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: '0',
    JWT_SECRET: TEST_SECRET,
    LOG_LEVEL: 'info',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL; // the embedded default is what this test is about
  const child = spawn(process.execPath, [require.resolve('ts-node/dist/bin.js'), '--swc', 'src/main.ts'], {
    cwd: root,
    env,
  });
  children.push(child);
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      const serving = /"url":"(http:\/\/localhost:\d+\/graphql)"/.exec(output);
      if (serving) {
        clearInterval(timer);
        url = serving[1];
        resolve({ child, output: () => output });
      }
      if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(output));
      }
    }, 100);
  });
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill(signal);
  });
}

async function gql(document: unknown, variables: object) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenFor({ role: 'ADMIN' })}` },
    body: JSON.stringify({ query: print(document as never), variables }),
  });
  return res.json() as Promise<{ data: any }>;
}

describe('service lifecycle (e2e, embedded database)', () => {
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL'); // never leave a server behind
    fs.rmSync(path.dirname(dataDir), { recursive: true, force: true });
  });

  it('keeps data across a restart and shuts down cleanly on SIGTERM and SIGINT', async () => {
    const first = await start();
    const created = await gql(CreateHouseholdDocument, { input: householdInput({ address: '重启测试路1号' }) });
    const id = created.data.createHousehold.id;
    expect(await stop(first.child, 'SIGTERM')).toBe(0);
    expect(first.output()).toContain('stopped cleanly');

    const second = await start();
    const read = await gql(HouseholdDocument, { id });
    expect(read.data.household).toMatchObject({ address: '重启测试路1号', memberCount: 2 });
    expect(await stop(second.child, 'SIGINT')).toBe(0);
    expect(second.output()).not.toMatch(/"level":50/); // no error lines
    // the log is JSON only, on the embedded database too (test/e2e/process-output.e2e-spec.ts: stream by stream)
    for (const run of [first, second]) expect(nonJsonLines(run.output().split('\n').filter(Boolean))).toEqual([]);
  });
});
