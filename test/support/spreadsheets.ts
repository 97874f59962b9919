// Household spreadsheets for tests, built from the template's own column definitions
// (src/modules/spreadsheet/household-columns.ts): rows by column key, written as .xlsx (exceljs)
// or as CSV in UTF-8 or GB18030 (csv-stringify, iconv-lite), as Chinese Excel saves them.
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import request from 'supertest';
import type { Server } from 'node:http';
import { HOUSEHOLD_COLUMNS } from '../../src/modules/spreadsheet/household-columns';
import { freshIdNumber } from './factories';

export type SheetRow = Partial<Record<(typeof HOUSEHOLD_COLUMNS)[number]['key'], string>>;
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** n households of two members (户主 and 配偶) in one street; names carry `tag` so tests can find them. */
export function householdRows(n: number, streetCode: string, tag: string): SheetRow[] {
  return Array.from({ length: n }, (_, i) => [
    {
      householdKey: `${tag}-${i + 1}`,
      streetCode,
      address: `${tag}小区${i + 1}号`,
      tenure: '公房/公租房/廉租房',
      floor: String((i % 6) + 1),
      hasElevator: '否',
      incomePensions: '2100',
      categories: '低保',
      categoriesSince: '2023-07-01',
      name: `${tag}户主${i + 1}`,
      idNumber: freshIdNumber(),
      relation: '户主',
      hukou: '本市户籍',
    },
    { householdKey: `${tag}-${i + 1}`, name: `${tag}配偶${i + 1}`, idNumber: freshIdNumber(), relation: '配偶' },
  ]).flat();
}

const cells = (rows: SheetRow[]) => rows.map((row) => HOUSEHOLD_COLUMNS.map((c) => row[c.key as keyof SheetRow] ?? ''));

export async function toXlsx(rows: SheetRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('名册');
  sheet.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.zh, style: c.key === 'idNumber' ? { numFmt: '@' } : {} }));
  for (const row of cells(rows)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function toCsv(rows: SheetRow[], encoding: 'utf-8' | 'gb18030'): Buffer {
  const text = stringify([HOUSEHOLD_COLUMNS.map((c) => c.zh), ...cells(rows)], { record_delimiter: '\r\n' });
  return encoding === 'gb18030' ? iconv.encode(text, 'gb18030') : Buffer.from(text, 'utf8');
}

export function upload(server: Server, token: string, body: Buffer, type: string, dryRun: boolean) {
  return request(server)
    .post(`/spreadsheets/households/import?dryRun=${dryRun}`)
    .set('authorization', `Bearer ${token}`)
    .set('content-type', type)
    .send(body);
}

/** GET a binary response (xlsx or csv) as a Buffer. */
export function download(server: Server, token: string | null, path: string) {
  let req = request(server)
    .get(path)
    .buffer(true)
    .parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done(null, Buffer.concat(chunks)));
    });
  if (token) req = req.set('authorization', `Bearer ${token}`);
  return req;
}
