// Reading spreadsheets: .xlsx (exceljs) and .csv (csv-parse, RFC 4180) into rows of text cells,
// each with the line (CSV) or row number (xlsx) a person sees. The bytes of a CSV are decoded as
// UTF-8 when they are valid UTF-8 (a BOM is dropped), otherwise as GB18030 (what Chinese Excel
// saves as "CSV"). Nothing is guessed: a stray quote, an unclosed quote or a number Excel has
// already rounded (an 18-digit ID number typed into a number cell) is a problem on its line.
import type ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { exceljs } from './exceljs-lazy';

export type TextEncoding = 'UTF-8' | 'UTF-8-BOM' | 'GB18030';

export interface SheetRecord {
  /** 1-based line (CSV: where the record starts) or worksheet row number. */
  line: number;
  cells: string[];
}

export interface SheetProblem {
  line: number;
  /** 1-based column index, when the problem is in one cell. */
  column: number | null;
  reason: string;
  message: string;
}

export interface SheetContents {
  records: SheetRecord[];
  problems: SheetProblem[];
}

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return text.startsWith('\uFEFF') ? { text: text.slice(1), encoding: 'UTF-8-BOM' } : { text, encoding: 'UTF-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'gb18030'), encoding: 'GB18030' };
  }
}

const CSV_REASONS: Record<string, [string, string]> = {
  INVALID_OPENING_QUOTE: ['STRAY_QUOTE', 'a double quote may only open and close a quoted field ("" inside one)'],
  CSV_INVALID_CLOSING_QUOTE: [
    'TEXT_AFTER_QUOTE',
    'a double quote may only open and close a quoted field ("" inside one)',
  ],
  CSV_QUOTE_NOT_CLOSED: ['UNTERMINATED_QUOTE', 'a quoted field is never closed'],
};

/** CSV text → records (empty lines kept as one empty cell, so callers can report them). */
export function readCsv(text: string): SheetContents {
  const problems: SheetProblem[] = [];
  const parsed = parse(text, {
    bom: true,
    info: true,
    raw: true,
    relax_column_count: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    skip_records_with_error: true,
    on_skip: (error) => {
      if (!error) return;
      const [reason, message] = CSV_REASONS[error.code] ?? ['MALFORMED_CSV', 'this line is not valid CSV'];
      problems.push({ line: (error as { lines?: number }).lines ?? 0, column: null, reason, message });
    },
  }) as unknown as { record: string[]; info: { lines: number }; raw: string }[];
  const records = parsed.map(({ record, info, raw }) => {
    const breaks = (raw.replace(/(\r\n|\n|\r)$/, '').match(/\r\n|\n|\r/g) ?? []).length;
    return { line: info.lines - breaks, cells: record };
  });
  return { records, problems };
}

/** One cell as the text a person sees; a number that cannot be what was typed (>15 digits) is a problem. */
function cellText(value: ExcelJS.CellValue): { text: string } | { problem: string } {
  if (value === null || value === undefined) return { text: '' };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'number') {
    if (Number.isInteger(value) && !Number.isSafeInteger(value))
      return { problem: 'a number of more than 15 digits has lost digits in Excel; format the column as text (文本)' };
    return { text: String(value) };
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE' };
  if (typeof value === 'string') return { text: value };
  if ('richText' in value) return { text: value.richText.map((part) => part.text).join('') };
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return { text: String(value.text) };
  if ('error' in value) return { problem: `the cell holds the Excel error ${value.error}` };
  return { problem: 'the cell holds a value that is not text, a number or a date' };
}

/** The first worksheet of an .xlsx file → records; unreadable files are one problem on line 1. */
export async function readXlsx(bytes: Uint8Array): Promise<SheetContents> {
  const { Workbook } = exceljs();
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    return { records: [], problems: [{ line: 1, column: null, reason: 'NOT_XLSX', message: 'not an .xlsx file' }] };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { records: [], problems: [{ line: 1, column: null, reason: 'EMPTY', message: 'no worksheet' }] };
  const records: SheetRecord[] = [];
  const problems: SheetProblem[] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    for (let column = 1; column <= width; column++) {
      const read = cellText(row.getCell(column).value);
      if ('problem' in read) {
        problems.push({ line, column, reason: 'UNREADABLE_CELL', message: read.problem });
        cells.push('');
      } else cells.push(read.text);
    }
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    records.push({ line, cells });
  });
  return { records, problems };
}

export type SheetFormat = 'xlsx' | 'csv';

export async function readSheet(
  bytes: Uint8Array,
  format: SheetFormat,
): Promise<SheetContents & { encoding: TextEncoding | null }> {
  if (format === 'xlsx') return { ...(await readXlsx(bytes)), encoding: null };
  const { text, encoding } = decodeText(bytes);
  return { ...readCsv(text), encoding };
}
