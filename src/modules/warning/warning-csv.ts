// A small, strict CSV reader for warning files (RFC 4180): UTF-8 (a BOM is allowed), a header row,
// comma-separated fields, double-quoted fields with "" for a quote and line breaks inside quotes.
// Anything else — a stray quote, an unterminated quote, a row with the wrong number of fields,
// bytes that are not UTF-8 — is a problem on its line, never guessed at.
import type { WarningRowInput, WarningRowProblem } from './warning-rows';

export const CSV_COLUMNS = ['event_id', 'type', 'id_number', 'date', 'detail'] as const;

export interface CsvRecord {
  line: number;
  fields: string[];
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

/** Splits text into records; each record carries the line it starts on. */
export function parseCsv(text: string): { records: CsvRecord[]; problems: WarningRowProblem[] } {
  const records: CsvRecord[] = [];
  const problems: WarningRowProblem[] = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const start = line;
    const fields: string[] = [];
    let field = '';
    let broken: string | null = null;
    for (;;) {
      if (text[i] === '"') {
        let closed = false;
        for (i++; i < text.length; i++) {
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i++;
              continue;
            }
            closed = true;
            i++;
            break;
          }
          if (text[i] === '\n') line++;
          field += text[i];
        }
        if (!closed) {
          broken = 'UNTERMINATED_QUOTE';
          break;
        }
        if (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') broken = 'TEXT_AFTER_QUOTE';
      }
      while (i < text.length && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
        if (text[i] === '"') broken ??= 'STRAY_QUOTE';
        field += text[i++];
      }
      fields.push(field);
      field = '';
      if (text[i] === ',') {
        i++;
        continue;
      }
      break;
    }
    if (broken === 'UNTERMINATED_QUOTE') {
      problems.push({
        line: start,
        eventId: null,
        field: 'line',
        reason: broken,
        message: 'a quoted field is never closed',
      });
      break;
    }
    // skip to the end of this physical line (whatever broke it)
    while (i < text.length && text[i] !== '\n') i++;
    if (text[i] === '\n') {
      i++;
      line++;
    }
    if (broken)
      problems.push({
        line: start,
        eventId: null,
        field: 'line',
        reason: broken,
        message: 'a double quote may only open and close a quoted field ("" inside one)',
      });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: start, fields });
    else problems.push({ line: start, eventId: null, field: 'line', reason: 'EMPTY_LINE', message: 'empty line' });
  }
  // Blank lines at the end of a file are normal; only an empty line between records is a problem.
  const lastRecord = records.length > 0 ? records[records.length - 1].line : 0;
  return { records, problems: problems.filter((p) => !(p.reason === 'EMPTY_LINE' && p.line > lastRecord)) };
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
