// Data-comparison warnings (动态监测预警) over HTTP: a batch flags households for reassessment and a
// visit, raises DATA_WARNING needs, is idempotent by event id, and is never half-applied.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import {
  AssessHouseholdDocument,
  AssignAdviserDocument,
  CloseWarningDocument,
  CreateAdviserDocument,
  CreateHouseholdDocument,
  HouseholdWorkDocument,
  IngestWarningsDocument,
  SaveWarningTypeDocument,
  WarningTypesDocument,
  MatchWarningsDocument,
  RecordServiceDocument,
  WarningListDocument,
} from '../__generated__/graphql';
import { createServices } from '../../src/graphql/schema';
import { importWarningsFile } from '../../src/modules/warning/warning-import';
import { CHANGNING, freshIdNumber, householdInput } from '../support/factories';
import { useTestApi } from '../support/test-api';

describe('warnings (e2e)', () => {
  const api = useTestApi();
  const admin = () => api.as({ role: 'ADMIN' });
  const event = (eventId: string, idNumber: string, type = 'HOSPITALISATION') => ({
    eventId,
    type,
    idNumber,
    date: api.clock.today(),
    detail: '住院 3 天',
  });

  async function household() {
    const input = householdInput({ address: `预警路${Math.random()}` });
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    if (data?.createHousehold.__typename !== 'Household') throw new Error(JSON.stringify(data));
    await admin().exec(AssessHouseholdDocument, { householdId: data.createHousehold.id });
    api.clock.advanceMinutes(10); // the warnings below arrive after the assessment
    return { id: data.createHousehold.id, idNumber: input.members[0].idNumber };
  }
  const work = async (id: string) => (await admin().exec(HouseholdWorkDocument, { id })).data!.household!;

  it('flags the household, raises a need, reports unmatched rows, and changes nothing when sent again', async () => {
    const h = await household();
    const stranger = freshIdNumber();
    const batch = {
      input: { source: '医保局 2026-03', events: [event('MED-1', h.idNumber), event('MED-2', stranger)] },
    };
    const { data } = await admin().exec(IngestWarningsDocument, batch);
    expect(data?.ingestWarnings).toMatchObject({
      __typename: 'WarningBatchReport',
      batch: { rows: 2, matched: 1, unmatched: 1, duplicates: 0 },
      matched: [{ eventId: 'MED-1', line: 1, householdId: h.id, status: 'OPEN' }],
      unmatched: [{ line: 2, eventId: 'MED-2', reason: 'NO_MEMBER' }],
    });
    const flagged = await work(h.id);
    expect(flagged.visitSchedule).toMatchObject({
      visitFlagged: true,
      reassessmentDue: true,
      reason: 'WARNING',
      nextDue: api.clock.today(),
    });
    expect(flagged.needs).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'N02', source: 'DATA_WARNING' })]),
    );
    // The need is raised by the need module on WarningMatched (need.handlers.ts), its history naming who ingested the
    // batch (the token's subject), not a made-up ADMIN viewer.
    expect(
      await api.db.query(
        `SELECT c.actor_id, c.from_status, c.to_status FROM need_change c JOIN need n ON n.id = c.need_id
          WHERE n.household_id = $1 AND n.source = 'DATA_WARNING'`,
        [h.id],
      ),
    ).toEqual([{ actor_id: 'test-admin', from_status: null, to_status: 'OPEN' }]);
    expect(flagged.warnings).toEqual([
      expect.objectContaining({
        eventId: 'MED-1',
        type: 'HOSPITALISATION',
        idNumberMasked: expect.stringContaining('*'),
      }),
    ]);

    const again = await admin().exec(IngestWarningsDocument, batch);
    expect(again.data?.ingestWarnings).toMatchObject({
      batch: { matched: 0, unmatched: 0, duplicates: 2 },
      duplicates: [{ line: 1, reason: 'ALREADY_INGESTED' }, { line: 2 }],
    });
    expect(await work(h.id)).toEqual(flagged);
  });

  it('keeps warning types as reference data, 吸毒 (drug use) among them; a new type needs no code change', async () => {
    const types = (await api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] }).exec(WarningTypesDocument)).data!
      .warningTypes;
    // POLICY.md §4.2: death, employment, criminal penalty, drug use, marriage, hospitalisation …
    expect(types.map((t) => t.code)).toEqual(
      expect.arrayContaining(['DEATH', 'EMPLOYMENT_CHANGE', 'CRIMINAL_PENALTY', 'DRUG_USE', 'MARRIAGE_CHANGE']),
    );
    expect(types.find((t) => t.code === 'DRUG_USE')).toMatchObject({ nameZh: '吸毒', needCode: 'N28' });

    // A 街镇 adds a comparison item (POL-WRN-3): 失信记录 (dishonesty record) → legal aid N26.
    const input = {
      code: 'DISHONESTY_RECORD',
      nameZh: '失信记录',
      nameEn: 'Dishonesty record',
      needCode: 'N26',
      description: 'POL-INT-2 dishonesty record shared by member units (test).',
    };
    expect(
      (await api.as({ role: 'ADVISER', streets: [CHANGNING.huayang] }).exec(SaveWarningTypeDocument, { input }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    expect(
      (await admin().exec(SaveWarningTypeDocument, { input: { ...input, needCode: 'N99' } })).data?.saveWarningType,
    ).toMatchObject({ __typename: 'InputValidationError', fieldErrors: [{ field: 'input.needCode' }] });
    expect((await admin().exec(SaveWarningTypeDocument, { input })).data?.saveWarningType).toMatchObject({
      __typename: 'WarningType',
      code: 'DISHONESTY_RECORD',
      position: types.length + 1,
    });
    const h = await household();
    const ingested = await admin().exec(IngestWarningsDocument, {
      input: { source: '联席会议', events: [event('DIS-1', h.idNumber, 'DISHONESTY_RECORD')] },
    });
    expect(ingested.data?.ingestWarnings).toMatchObject({ batch: { matched: 1 } });
    expect((await work(h.id)).needs).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'N26', source: 'DATA_WARNING' })]),
    );
  });

  it('rejects a batch with any malformed row, listing every problem by line, and applies none of it', async () => {
    const h = await household();
    const bad = `${h.idNumber.slice(0, 17)}${h.idNumber[17] === '0' ? '1' : '0'}`;
    const { data } = await admin().exec(IngestWarningsDocument, {
      input: {
        source: 'test',
        events: [
          event('OK-1', h.idNumber),
          { ...event('BAD-1', bad), type: 'FLOOD' },
          { ...event('BAD-2', h.idNumber), date: '2026-02-30' },
        ],
      },
    });
    expect(data?.ingestWarnings).toMatchObject({ __typename: 'WarningBatchRejected', errorCode: 'INVALID_INPUT' });
    const problems = (
      data?.ingestWarnings as { problems: Array<{ line: number; field: string; reason: string; message: string }> }
    ).problems;
    expect(problems.map((p) => `${p.line}:${p.field}:${p.reason}`)).toEqual([
      '2:type:UNKNOWN_TYPE',
      '2:idNumber:INVALID_CHECK_DIGIT',
      '3:date:INVALID_DATE',
    ]);
    expect(JSON.stringify(problems)).not.toContain(bad);
    expect((await work(h.id)).warnings).toEqual([]);
    expect((await work(h.id)).visitSchedule?.visitFlagged).toBe(false);
  });

  it('clears flags by reassessing and visiting, closes a warning with its outcome, advisers own streets', async () => {
    const h = await household();
    await admin().exec(IngestWarningsDocument, {
      input: { source: 'test', events: [event('FLAG-1', h.idNumber, 'EMPLOYMENT_CHANGE')] },
    });
    const { data: created } = await admin().exec(CreateAdviserDocument, {
      input: { name: '顾问预警', streetCode: CHANGNING.huayang, roleType: 'COMMUNITY_WORKER', caseloadMax: 10 },
    });
    const adviserId = (created?.createAdviser as { id: string }).id;
    await admin().exec(AssignAdviserDocument, { input: { householdId: h.id, adviserId } });
    const adviser = api.as({ role: 'ADVISER', sub: adviserId, streets: [CHANGNING.huayang] });
    // EMPLOYMENT_CHANGE raises no need
    expect((await work(h.id)).needs.filter((n) => n.source === 'DATA_WARNING')).toEqual([]);
    await admin().exec(AssessHouseholdDocument, { householdId: h.id });
    // unchanged facts on the same day return the same assessment, so the flag stays until facts or the day change
    await adviser.exec(RecordServiceDocument, {
      input: {
        householdId: h.id,
        serviceCode: 'ADV-VISIT',
        mode: 'HOME_VISIT',
        occurredAt: api.clock.now().toISOString(),
        findings: '核实就业变化',
        householdChanges: { economics: { incomeWages: 3000 } },
      },
    });
    await admin().exec(AssessHouseholdDocument, { householdId: h.id });
    expect((await work(h.id)).visitSchedule).toMatchObject({
      visitFlagged: false,
      reassessmentDue: false,
      reason: 'LEVEL',
    });

    const [warning] = (await adviser.exec(WarningListDocument, { filter: { householdId: h.id } })).data!.warningList
      .items;
    const closed = await adviser.exec(CloseWarningDocument, {
      input: { id: warning.id, outcome: 'CONNECT_SERVICES', note: '已对接就业服务' },
    });
    expect(closed.data?.closeWarning).toMatchObject({
      __typename: 'Warning',
      status: 'CLOSED',
      outcome: 'CONNECT_SERVICES',
    });
    const twice = await adviser.exec(CloseWarningDocument, {
      input: { id: warning.id, outcome: 'NO_CHANGE', note: '再次' },
    });
    expect(twice.data?.closeWarning).toMatchObject({ __typename: 'InvalidTransitionError' });
    const elsewhere = api.as({ role: 'ADVISER', streets: [CHANGNING.jiangsu] });
    expect(
      (await elsewhere.exec(WarningListDocument, { filter: { householdId: h.id } })).data?.warningList.totalItems,
    ).toBe(0);
    expect(
      (await adviser.exec(IngestWarningsDocument, { input: { source: 'x', events: [event('X-1', h.idNumber)] } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
  });

  it('matches an UNMATCHED warning once the person is registered', async () => {
    const idNumber = freshIdNumber();
    await admin().exec(IngestWarningsDocument, {
      input: { source: 'test', events: [event('LATE-1', idNumber, 'DEATH')] },
    });
    const input = householdInput({
      address: '迟到路1号',
      members: [{ name: '迟到', idNumber, relation: 'HEAD', hukou: 'LOCAL' }],
    });
    const { data } = await admin().exec(CreateHouseholdDocument, { input: input as never });
    const id = (data?.createHousehold as { id: string }).id;
    expect((await admin().exec(MatchWarningsDocument)).data?.matchWarnings.matched).toBeGreaterThanOrEqual(1);
    const w = await work(id);
    expect(w.warnings).toEqual([expect.objectContaining({ eventId: 'LATE-1', status: 'OPEN' })]);
    expect(w.needs).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'N12', source: 'DATA_WARNING' })]));
    expect(w.visitSchedule?.visitFlagged).toBe(true);
  });

  it('imports a CSV file from the command line, all or nothing, without printing ID numbers', async () => {
    const h = await household();
    const dir = mkdtempSync(path.join(tmpdir(), 'warnings-'));
    const good = path.join(dir, 'good.csv');
    writeFileSync(
      good,
      `event_id,type,id_number,date,detail\nCSV-1,MOVE,${h.idNumber},${api.clock.today()},"迁往, 徐汇"\n`,
    );
    // The command's body on this file's database (PGlite serves one connection, so a second process
    // cannot join it); on PostgreSQL the real command runs as a child process as well.
    const warnings = createServices(api.db, api.clock).warnings;
    const run = async (file: string) => {
      const lines: string[] = [];
      const code = await importWarningsFile(warnings, file, 'test', (line) => lines.push(line));
      return { code, out: lines.join('\n') };
    };
    const first = await run(good);
    expect(first).toMatchObject({ code: 0 });
    expect(first.out).toContain('1 matched');
    expect((await run(good)).out).toContain('1 duplicates');
    const bad = path.join(dir, 'bad.csv');
    writeFileSync(
      bad,
      [
        'event_id,type,id_number,date,detail',
        `CSV-2,MOVE,${h.idNumber},${api.clock.today()},ok`,
        `CSV-3,MOVE,${h.idNumber.slice(0, 17)}Y,${api.clock.today()},bad`,
        '',
      ].join('\n'),
    );
    const rejected = await run(bad);
    expect(rejected.code).toBe(1);
    expect(rejected.out).toContain('line 3 [CSV-3] idNumber: INVALID_FORMAT');
    expect(rejected.out).not.toContain(h.idNumber.slice(0, 17));
    expect((await work(h.id)).warnings.map((w) => w.eventId)).toEqual(['CSV-1']);
    if (!api.embedded) {
      const child = await promisify(execFile)(
        'npx',
        ['ts-node', '--swc', 'src/cli/warnings-import.ts', good, '--source', 'cli'],
        { env: { ...process.env, DATABASE_URL: api.url, MIGRATE_ON_START: 'false', LOG_LEVEL: 'silent' } },
      );
      expect(child.stdout).toContain('1 duplicates');
    }
  }, 120_000);
});
