// Households in and out of spreadsheets (issue 16): the template, imports from .xlsx and GB18030 CSV
// over real HTTP, dry runs that list every problem by row and column, all-or-nothing applies,
// re-imports that update instead of duplicating, and the street scope of advisers.
import { HouseholdDocument, HouseholdsDocument, HouseholdWithIdNumbersDocument } from '../__generated__/graphql';
import { readSheet } from '../../src/common/sheet-read';
import { HOUSEHOLD_COLUMNS } from '../../src/modules/spreadsheet/household-columns';
import { CHANGNING, freshIdNumber } from '../support/factories';
import { download, householdRows, toCsv, toXlsx, upload, XLSX } from '../support/spreadsheets';
import { tokenFor, useTestApi } from '../support/test-api';

describe('household spreadsheets (e2e)', () => {
  const api = useTestApi({ requestTimeoutMs: 60_000 });
  const huayang = tokenFor({ role: 'ADVISER', sub: 'sheet-adviser-huayang', streets: [CHANGNING.huayang] });
  const jiangsu = tokenFor({ role: 'ADVISER', sub: 'sheet-adviser-jiangsu', streets: [CHANGNING.jiangsu] });
  const admin = () => api.as({ role: 'ADMIN' });
  const count = async (streetCode: string) =>
    (await admin().exec(HouseholdsDocument, { filter: { streetCode } })).data!.households.totalItems;
  const findByName = async (text: string) => {
    const { data } = await admin().exec(HouseholdsDocument, { filter: { text } });
    return data!.households.items;
  };
  const brief = (problems: { row: number; column: string | null; reason: string }[]) =>
    problems.map((p) => `${p.row}:${p.column}:${p.reason}`);

  it('serves the template, generated from the column definitions, to a signed-in caller only', async () => {
    const xlsx = await download(api.server, huayang, '/spreadsheets/households/template.xlsx');
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const sheet = await readSheet(xlsx.body, 'xlsx');
    expect(sheet.records[0].cells).toEqual(HOUSEHOLD_COLUMNS.map((c) => c.zh));
    const csv = await download(api.server, huayang, '/spreadsheets/households/template.csv');
    expect([...(csv.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await download(api.server, null, '/spreadsheets/households/template.xlsx')).status).toBe(401);
  });

  it('imports 200 households from .xlsx: the dry run writes nothing, the apply writes them all', async () => {
    const before = await count(CHANGNING.huayang);
    const file = await toXlsx(householdRows(200, CHANGNING.huayang, '表格'));
    const dry = await upload(api.server, huayang, file, XLSX, true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, applied: false, rows: 400, problems: [] });
    expect(dry.body.households).toEqual({ created: 200, updated: 0 });
    expect(await count(CHANGNING.huayang)).toBe(before);
    const applied = await upload(api.server, huayang, file, XLSX, false);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({ applied: true, households: { created: 200, updated: 0 } });
    expect(applied.body.members).toEqual({ created: 400, updated: 0 });
    expect(await count(CHANGNING.huayang)).toBe(before + 200);
    const found = (await findByName('表格户主17')).find((h) => h.address === '表格小区17号')!;
    const { data } = await admin().exec(HouseholdDocument, { id: found.id });
    expect(data?.household).toMatchObject({
      address: '表格小区17号',
      housing: { floor: 5, hasElevator: false, tenure: 'PUBLIC_RENTAL' },
      economics: { incomePensions: 2100 },
    });
  }, 180_000);

  it('imports 200 households from a GB18030 CSV and reads the Chinese back unchanged', async () => {
    const before = await count(CHANGNING.huayang);
    const rows = householdRows(200, CHANGNING.huayang, '国标');
    const res = await upload(api.server, huayang, toCsv(rows, 'gb18030'), 'text/csv', false);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ encoding: 'GB18030', applied: true, households: { created: 200, updated: 0 } });
    expect(await count(CHANGNING.huayang)).toBe(before + 200);
    const [found] = await findByName('国标配偶200');
    expect(found.address).toBe('国标小区200号');
    const { data } = await admin().exec(HouseholdWithIdNumbersDocument, { id: found.id });
    expect(data?.household?.members.map((m) => m.idNumber).sort()).toEqual(
      [rows[398].idNumber, rows[399].idNumber].sort(),
    );
  }, 180_000);

  it('lists every problem of a dry run by row and column, in Chinese and English, and changes nothing', async () => {
    const rows = householdRows(4, CHANGNING.huayang, '错误');
    const good = rows[0].idNumber!;
    rows[1].sex = '男性'; // row 3: not a label of Sex
    rows[2].idNumber = `${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`; // row 4: wrong check digit
    rows[4].birthDate = '1950/01/01'; // row 6: not YYYY-MM-DD
    rows[6].streetCode = CHANGNING.jiangsu; // row 8: household 4, outside the adviser's streets
    const before = await count(CHANGNING.huayang);
    const res = await upload(api.server, huayang, toCsv(rows, 'utf-8'), 'text/csv', true);
    expect(res.status).toBe(200);
    expect(brief(res.body.problems)).toEqual([
      '3:性别:UNKNOWN_VALUE',
      '4:身份证号码:INVALID_CHECK_DIGIT',
      '6:出生日期:INVALID_DATE',
      '8:街镇代码:FORBIDDEN_STREET',
    ]);
    expect(res.body.problems[0]).toMatchObject({ columnKey: 'sex', columnEn: 'Sex', messageZh: '不是允许的取值' });
    expect(res.body.problems[1].messageZh).toBe('校验码错误');
    expect(JSON.stringify(res.body)).not.toContain(rows[2].idNumber);
    expect(JSON.stringify(res.body)).not.toContain('错误户主');
    expect(await count(CHANGNING.huayang)).toBe(before);
  });

  it('applies all or nothing: one bad row and no household of the file is written', async () => {
    const rows = householdRows(5, CHANGNING.huayang, '全无');
    rows[9].hukou = '外地'; // the last row only
    const before = await count(CHANGNING.huayang);
    const res = await upload(api.server, huayang, await toXlsx(rows), XLSX, false);
    expect(res.status).toBe(422);
    expect(res.body.applied).toBe(false);
    expect(brief(res.body.problems)).toEqual(['11:户籍:UNKNOWN_VALUE']);
    expect(await count(CHANGNING.huayang)).toBe(before);
    expect(await findByName('全无户主1')).toEqual([]);
    // The registry's own checks too: a member already registered elsewhere in the file's street rejects it all.
    const again = householdRows(3, CHANGNING.huayang, '重号');
    again[5].idNumber = again[0].idNumber;
    const dup = await upload(api.server, huayang, await toXlsx(again), XLSX, false);
    expect(dup.status).toBe(422);
    expect(brief(dup.body.problems)).toEqual(['7:身份证号码:ID_IN_OTHER_GROUP']);
    expect(await count(CHANGNING.huayang)).toBe(before);
  });

  it('re-importing the same ID numbers updates the households instead of duplicating them', async () => {
    const rows = householdRows(3, CHANGNING.huayang, '复导');
    expect((await upload(api.server, huayang, await toXlsx(rows), XLSX, false)).status).toBe(200);
    const before = await count(CHANGNING.huayang);
    const [first] = await findByName('复导户主2');
    const version = (await admin().exec(HouseholdDocument, { id: first.id })).data!.household!.version;
    rows[2].address = '复导新址2号';
    rows[2].floor = '9';
    rows[3].sex = ''; // unchanged: an empty cell is "not given"
    rows.push({ householdKey: '复导-2', name: '复导子女2', idNumber: freshIdNumber('2010-05-05'), relation: '子女' });
    const res = await upload(api.server, huayang, toCsv(rows, 'gb18030'), 'text/csv', false);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ households: { created: 0, updated: 3 }, members: { created: 1, updated: 6 } });
    expect(await count(CHANGNING.huayang)).toBe(before);
    const { data } = await admin().exec(HouseholdDocument, { id: first.id });
    expect(data?.household).toMatchObject({ address: '复导新址2号', housing: { floor: 9 } });
    expect(data!.household!.version).toBeGreaterThan(version);
    expect(data!.household!.members.map((m) => m.name)).toEqual(['复导户主2', '复导配偶2', '复导子女2']);
  });

  it('an adviser cannot import into another street, nor update households of one', async () => {
    const rows = householdRows(2, CHANGNING.huayang, '越界');
    const before = await count(CHANGNING.huayang);
    const res = await upload(api.server, jiangsu, await toXlsx(rows), XLSX, false);
    expect(res.status).toBe(422);
    expect(brief(res.body.problems)).toEqual(['2:街镇代码:FORBIDDEN_STREET', '4:街镇代码:FORBIDDEN_STREET']);
    expect(await count(CHANGNING.huayang)).toBe(before);
    // Households the adviser cannot see are not updated through their ID numbers either.
    await upload(api.server, huayang, await toXlsx(rows), XLSX, false);
    const moved = rows.map((r) => ({ ...r, streetCode: r.streetCode ? CHANGNING.jiangsu : undefined }));
    const sneaky = await upload(api.server, jiangsu, await toXlsx(moved), XLSX, false);
    expect(sneaky.status).toBe(422);
    expect(brief(sneaky.body.problems)).toEqual(['2:身份证号码:ALREADY_REGISTERED', '4:身份证号码:ALREADY_REGISTERED']);
    expect((await findByName('越界户主1'))[0].streetCode).toBe(CHANGNING.huayang);
  });

  it('refuses PARTNER and VIEWER, anonymous callers and files of another type', async () => {
    const file = toCsv(householdRows(1, CHANGNING.huayang, '拒绝'), 'utf-8');
    for (const role of ['PARTNER', 'VIEWER'] as const) {
      const res = await upload(api.server, tokenFor({ role, providerId: 'org-1' }), file, 'text/csv', true);
      expect(res.status).toBe(403);
      expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    expect((await upload(api.server, huayang, file, 'application/json', true)).status).toBe(415);
    const anonymous = await download(api.server, null, '/spreadsheets/households/template.csv');
    expect(anonymous.status).toBe(401);
  });

  it('audits imports and never logs a name or an ID number from a file', async () => {
    const rows = householdRows(1, CHANGNING.huayang, '审计');
    await upload(api.server, huayang, await toXlsx(rows), XLSX, false);
    const audit = await api.db.query(
      `SELECT action, operation, outcome FROM access_audit WHERE actor_id = 'sheet-adviser-huayang'
        AND outcome = 'CREATED'`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(1);
    const logs = api.logs.join('\n');
    expect(logs).toContain('household import');
    for (const secret of [rows[0].idNumber!, rows[0].name!, rows[1].idNumber!]) expect(logs).not.toContain(secret);
  });
});
