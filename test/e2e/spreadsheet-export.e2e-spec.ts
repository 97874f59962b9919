// Row-level exports (issue 16) over real HTTP: scoped by role as GraphQL lists are (ADVISER their
// streets, ADMIN all, PARTNER and VIEWER none), ID numbers masked, plans one row per item with the
// needs it meets, CSV in UTF-8 with BOM or GB18030, xlsx readable back.
import iconv from 'iconv-lite';
import {
  AssessHouseholdDocument,
  CreateHouseholdDocument,
  GeneratePlanDocument,
  HouseholdsDocument,
} from '../__generated__/graphql';
import { readSheet } from '../../src/common/sheet-read';
import { CHANGNING, elderAloneInput, freshIdNumber } from '../support/factories';
import { download, householdRows, toCsv, upload } from '../support/spreadsheets';
import { tokenFor, useTestApi } from '../support/test-api';

describe('spreadsheet exports (e2e)', () => {
  const api = useTestApi({ requestTimeoutMs: 60_000 });
  const huayang = tokenFor({ role: 'ADVISER', sub: 'export-huayang', streets: [CHANGNING.huayang] });
  const jiangsu = tokenFor({ role: 'ADVISER', sub: 'export-jiangsu', streets: [CHANGNING.jiangsu] });
  const admin = tokenFor({ role: 'ADMIN', sub: 'export-admin' });
  const huayangRows = householdRows(3, CHANGNING.huayang, '导出华阳');
  const jiangsuRows = householdRows(2, CHANGNING.jiangsu, '导出江苏');
  const idNumbers = [...huayangRows, ...jiangsuRows].map((r) => r.idNumber!);

  beforeAll(async () => {
    for (const [token, rows] of [
      [huayang, huayangRows],
      [jiangsu, jiangsuRows],
    ] as const) {
      const res = await upload(api.server, token, toCsv(rows, 'utf-8'), 'text/csv', false);
      expect(res.status).toBe(200);
    }
    // The elder of plan.e2e-spec.ts in two streets: assessment raises needs, plans have items.
    for (const [i, streetCode] of [CHANGNING.huayang, CHANGNING.huayang, CHANGNING.jiangsu].entries()) {
      const idNumber = freshIdNumber('1940-05-05');
      idNumbers.push(idNumber);
      const input = elderAloneInput({ streetCode, address: `导出老人${i}号` }, { name: `导出老人${i}`, idNumber });
      const made = await api.as({ role: 'ADMIN' }).exec(CreateHouseholdDocument, { input: input as never });
      expect(made.data?.createHousehold.__typename).toBe('Household');
    }
    const { data } = await api.as({ role: 'ADMIN' }).exec(HouseholdsDocument, { filter: { text: '导出' } });
    expect(data!.households.items).toHaveLength(8);
    for (const h of data!.households.items) {
      await api.as({ role: 'ADMIN' }).exec(AssessHouseholdDocument, { householdId: h.id });
      await api.as({ role: 'ADMIN' }).exec(GeneratePlanDocument, { householdId: h.id });
    }
  }, 120_000);

  const read = async (token: string, path: string) => {
    const res = await download(api.server, token, path);
    expect(res.status).toBe(200);
    return { res, sheet: await readSheet(res.body as Buffer, path.includes('.xlsx') ? 'xlsx' : 'csv') };
  };
  const streetsOf = (records: { cells: (string | null)[] }[], column: number) =>
    [...new Set(records.slice(1).map((r) => r.cells[column]))].sort();

  it('gives an adviser the needs of their streets only, and ADMIN every street, with masked ID numbers', async () => {
    const mine = await read(huayang, '/exports/needs.csv');
    expect([...(mine.res.body as Buffer).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM for Excel
    const street = mine.sheet.records[0].cells.indexOf('街镇代码 street');
    expect(streetsOf(mine.sheet.records, street)).toEqual([CHANGNING.huayang]);
    const all = await read(admin, '/exports/needs.xlsx');
    expect(streetsOf(all.sheet.records, street)).toEqual(
      expect.arrayContaining([CHANGNING.huayang, CHANGNING.jiangsu]),
    );
    const text = JSON.stringify(all.sheet.records);
    for (const id of idNumbers) expect(text).not.toContain(id);
    expect(text).toMatch(/\d{6}\*+\d{3}[\dX]|\*{4}/); // masked, as Member.idNumberMasked
  });

  it('exports plans one row per item with the needs each item meets', async () => {
    const { sheet } = await read(huayang, '/exports/plans.csv');
    const header = sheet.records[0].cells;
    const needs = header.indexOf('需求编码 need codes');
    const street = header.indexOf('街镇代码 street');
    expect(sheet.records.length).toBeGreaterThan(1);
    expect(streetsOf(sheet.records, street)).toEqual([CHANGNING.huayang]);
    for (const r of sheet.records.slice(1)) expect(r.cells[needs]).toMatch(/^N\d\d([ ,;、]+N\d\d)*$/);
  });

  it('writes GB18030 when asked, and refuses PARTNER and VIEWER', async () => {
    const res = await download(api.server, huayang, '/exports/needs.csv?encoding=gb18030');
    expect(res.status).toBe(200);
    expect(iconv.decode(res.body as Buffer, 'gb18030')).toContain('街镇代码');
    for (const role of ['PARTNER', 'VIEWER'] as const) {
      const token = tokenFor({ role, sub: `export-${role}`, providerId: role === 'PARTNER' ? 'P-CN-HSH' : undefined });
      expect((await download(api.server, token, '/exports/needs.csv')).status).toBe(403);
    }
    expect((await download(api.server, null, '/exports/needs.csv')).status).toBe(401);
  });
});
