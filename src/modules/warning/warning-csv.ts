// Warning files (RFC 4180) on the shared spreadsheet reader (src/common/sheet-read.ts,
// csv-parse): UTF-8 (a BOM is allowed) or GB18030, a header row, comma-separated fields, double-quoted
// fields with "" for a quote and line breaks inside quotes. Anything else — a stray quote, an
// unterminated quote, a row with the wrong number of fields — is a problem on its line, never guessed at.
import { decodeText, readCsv } from '../../common/sheet-read';
import type { WarningRowInput, WarningRowProblem } from './warning-rows';

export const CSV_COLUMNS = ['event_id', 'type', 'id_number', 'date', 'detail'] as const;

export interface CsvRecord {
  line: number;
  fields: string[];
}

/** Strict UTF-8 (a BOM dropped), or null. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const { text, encoding } = decodeText(bytes);
  return encoding === 'GB18030' ? null : text;
}

/** A warning file's text: UTF-8 when the bytes are valid UTF-8, else GB18030 (Chinese Excel's "CSV"). */
export const decodeWarningFile = (bytes: Uint8Array) => decodeText(bytes);

/** Splits text into records; each record carries the line it starts on. */
export function parseCsv(text: string): { records: CsvRecord[]; problems: WarningRowProblem[] } {
  const sheet = readCsv(text);
  const problems: WarningRowProblem[] = sheet.problems.map((p) => ({
    line: p.line,
    eventId: null,
    field: 'line',
    reason: p.reason,
    message: p.message,
  }));
  const records: CsvRecord[] = [];
  for (const { line, cells } of sheet.records) {
    if (cells.length === 1 && cells[0] === '')
      problems.push({ line, eventId: null, field: 'line', reason: 'EMPTY_LINE', message: 'empty line' });
    else records.push({ line, fields: cells });
  }
  // Blank lines at the end of a file are normal; only an empty line between records is a problem.
  const lastRecord = records.length > 0 ? records[records.length - 1].line : 0;
  return {
    records,
    problems: problems
      .filter((p) => !(p.reason === 'EMPTY_LINE' && p.line > lastRecord))
      .sort((a, b) => a.line - b.line),
  };
}

/** CSV text → warning rows, with every problem of shape (header, field counts, quoting). */
export function warningRowsFromCsv(text: string): { rows: WarningRowInput[]; problems: WarningRowProblem[] } {
  const { records, problems } = parseCsv(text);
  const [header, ...body] = records;
  if (!header || header.line !== 1) {
    return {
      rows: [],
      problems: [
        {
          line: 1,
          eventId: null,
          field: 'header',
          reason: 'MISSING_HEADER',
          message: `the first line must be the header ${CSV_COLUMNS.join(',')}`,
        },
        ...problems,
      ],
    };
  }
  const names = header.fields.map((f) => f.trim());
  const missing = CSV_COLUMNS.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(CSV_COLUMNS as readonly string[]).includes(n));
  const repeated = names.filter((n, k) => names.indexOf(n) !== k);
  if (missing.length > 0 || unknown.length > 0 || repeated.length > 0) {
    const message = [
      missing.length && `missing ${missing.join(', ')}`,
      unknown.length && `unknown ${unknown.join(', ')}`,
      repeated.length && `repeated ${repeated.join(', ')}`,
    ]
      .filter(Boolean)
      .join('; ');
    return {
      rows: [],
      problems: [
        {
          line: 1,
          eventId: null,
          field: 'header',
          reason: 'BAD_HEADER',
          message: `header must name exactly ${CSV_COLUMNS.join(',')}: ${message}`,
        },
        ...problems,
      ],
    };
  }
  const at = (name: (typeof CSV_COLUMNS)[number]) => names.indexOf(name);
  const rows: WarningRowInput[] = [];
  for (const record of body) {
    if (record.fields.length !== names.length) {
      problems.push({
        line: record.line,
        eventId: record.fields[at('event_id')] ?? null,
        field: 'line',
        reason: 'WRONG_FIELD_COUNT',
        message: `expected ${names.length} fields, found ${record.fields.length}`,
      });
      continue;
    }
    rows.push({
      line: record.line,
      eventId: record.fields[at('event_id')],
      type: record.fields[at('type')],
      idNumber: record.fields[at('id_number')],
      date: record.fields[at('date')],
      detail: record.fields[at('detail')],
    });
  }
  return { rows, problems };
}
