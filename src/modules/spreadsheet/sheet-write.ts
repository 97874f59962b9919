// Writing spreadsheets: one table (header + rows of plain values) as .xlsx (exceljs) or .csv
// (csv-stringify). CSV is UTF-8 with a BOM by default, so Excel opens Chinese text correctly; GB18030
// on request for older Excel installations.
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { exceljs } from './exceljs-lazy';

export type CellValue = string | number | boolean | null;

export interface SheetTable {
  /** Worksheet name (xlsx). */
  name: string;
  header: string[];
  rows: CellValue[][];
  /** 0-based columns stored as text in xlsx (ID numbers, codes), so Excel never turns them into numbers. */
  textColumns?: number[];
  /** Optional second worksheet: notes (说明) such as a template's allowed values. */
  notes?: { header: string[]; rows: CellValue[][] };
}

export type CsvEncoding = 'utf-8' | 'gb18030';

export function tableToCsv(table: SheetTable, encoding: CsvEncoding = 'utf-8'): Buffer {
  const text = stringify([table.header, ...table.rows.map((row) => row.map((v) => (v === null ? '' : v)))], {
    record_delimiter: '\r\n',
    cast: { boolean: (v) => (v ? 'TRUE' : 'FALSE') },
  });
  return encoding === 'gb18030'
    ? iconv.encode(text, 'gb18030')
    : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export async function tableToXlsx(table: SheetTable): Promise<Buffer> {
  const { Workbook } = exceljs();
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.header.map((header, i) => ({
    header,
    width: Math.max(10, Math.min(40, header.length * 2 + 4)),
    style: table.textColumns?.includes(i) ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  if (table.notes) {
    const notes = workbook.addWorksheet('说明 notes');
    notes.columns = table.notes.header.map((header) => ({ header, width: 30 }));
    notes.getRow(1).font = { bold: true };
    for (const row of table.notes.rows) notes.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
