// Spreadsheet records → household drafts: the header matched to the column definitions, every
// cell turned into the value its column's type takes (or a problem), rows grouped by 户编号.
// Pure: no database, no service. Nothing is coerced: a value is taken exactly or reported.
import { isIsoDate } from '../../common/dates';
import {
  allowedValues,
  BOOLEAN_LABELS,
  ColumnDef,
  columnByHeader,
  enumCode,
  HOUSEHOLD_COLUMNS,
} from './household-columns';
import { byRowAndColumn, headerProblem, ImportProblem, problem } from './import-problems';
import type { SheetContents } from '../../common/sheet-read';

export type CellValue = string | number | boolean | string[];

export interface MemberDraft {
  row: number;
  /** By column path (name, idNumber, relation …); only the cells that were filled in. */
  values: Map<string, CellValue>;
}

export interface HouseholdDraft {
  key: string;
  /** The first row of the household: its household columns are read there. */
  row: number;
  values: Map<string, CellValue>;
  members: MemberDraft[];
}

export const MAX_IMPORT_ROWS = 5000;

/** A cell's text → its column's value, or a problem; empty text is "not given" (undefined). */
export function cellValue(column: ColumnDef, raw: string): { value?: CellValue } | { reason: string; message: string } {
  const text = raw.trim();
  if (text === '') return {};
  switch (column.type) {
    case 'text':
    case 'idNumber':
      return { value: text };
    case 'int':
      return /^-?\d{1,9}$/.test(text)
        ? { value: Number(text) }
        : { reason: 'NOT_AN_INTEGER', message: 'must be a whole number' };
    case 'number':
      return /^-?\d{1,12}(\.\d{1,2})?$/.test(text)
        ? { value: Number(text) }
        : { reason: 'NOT_A_NUMBER', message: 'must be a number with at most two decimals' };
    case 'bool':
      if (text === BOOLEAN_LABELS.true || text === 'TRUE') return { value: true };
      if (text === BOOLEAN_LABELS.false || text === 'FALSE') return { value: false };
      return { reason: 'NOT_A_BOOLEAN', message: 'must be 是 (yes) or 否 (no)' };
    case 'date':
      return isIsoDate(text) ? { value: text } : { reason: 'INVALID_DATE', message: 'must be a date YYYY-MM-DD' };
    case 'enum': {
      const code = enumCode(column.enumName!, text);
      return code ? { value: code } : { reason: 'UNKNOWN_VALUE', message: `must be one of ${allowedValues(column)}` };
    }
    case 'enumList': {
      const parts = text.split(/[、,，;；]/).map((p) => p.trim());
      const codes = parts.map((p) => enumCode(column.enumName!, p));
      return codes.every((code): code is string => code !== null)
        ? { value: codes }
        : { reason: 'UNKNOWN_VALUE', message: `each entry must be one of ${allowedValues(column)}` };
    }
  }
}

const same = (a: CellValue, b: CellValue) => JSON.stringify(a) === JSON.stringify(b);

/** Records (header first) → drafts in order of first appearance, and every problem found. */
export function householdDrafts(sheet: SheetContents): { drafts: HouseholdDraft[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = sheet.problems.map((p) => ({
    ...problem(p.line, null, p.reason, p.message),
    column: null,
  }));
  const [header, ...body] = sheet.records;
  if (!header) return { drafts: [], problems: [...problems, problem(1, null, 'MISSING_HEADER', 'no header row')] };
  const columns: (ColumnDef | null)[] = header.cells.map((text, i) => {
    if (text.trim() === '') return null;
    const column = columnByHeader(text);
    if (!column) {
      problems.push(
        headerProblem(header.line, text.trim(), 'UNKNOWN_COLUMN', `column ${i + 1} is not a template column`),
      );
      return null;
    }
    if (header.cells.slice(0, i).some((earlier) => columnByHeader(earlier) === column)) {
      problems.push(problem(header.line, column, 'DUPLICATE_COLUMN', 'the column appears more than once'));
      return null;
    }
    return column;
  });
  for (const column of HOUSEHOLD_COLUMNS)
    if (column.required && !columns.includes(column))
      problems.push(problem(header.line, column, 'MISSING_COLUMN', 'a required column is missing'));
  const rows = body.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  if (rows.length === 0) problems.push(problem(header.line, null, 'NO_ROWS', 'the file has no data rows'));
  if (rows.length > MAX_IMPORT_ROWS)
    return {
      drafts: [],
      problems: [...problems, problem(header.line, null, 'TOO_MANY_ROWS', `at most ${MAX_IMPORT_ROWS} rows per file`)],
    };
  const byKey = new Map<string, HouseholdDraft>();
  for (const record of rows) {
    const values = new Map<ColumnDef, CellValue>();
    record.cells.forEach((raw, i) => {
      const column = columns[i];
      if (!column) {
        if (i >= header.cells.length && raw.trim() !== '')
          problems.push(problem(record.line, null, 'EXTRA_CELL', `cell ${i + 1} has no column header`));
        return;
      }
      const read = cellValue(column, raw);
      if ('reason' in read) problems.push(problem(record.line, column, read.reason, read.message));
      else if (read.value !== undefined) values.set(column, read.value);
    });
    for (const column of HOUSEHOLD_COLUMNS)
      if (column.required && columns.includes(column) && !values.has(column) && column.level !== 'household')
        problems.push(problem(record.line, column, 'REQUIRED', 'required'));
    const keyColumn = HOUSEHOLD_COLUMNS[0];
    const key = values.get(keyColumn) as string | undefined;
    if (key === undefined) continue;
    let draft = byKey.get(key);
    if (!draft) {
      draft = { key, row: record.line, values: new Map(), members: [] };
      byKey.set(key, draft);
      for (const column of HOUSEHOLD_COLUMNS)
        if (column.level === 'household') {
          const value = values.get(column);
          if (value !== undefined) draft.values.set(column.path, value);
          else if (column.required && columns.includes(column))
            problems.push(problem(record.line, column, 'REQUIRED', 'required on the first row of a household'));
        }
    } else {
      for (const column of HOUSEHOLD_COLUMNS) {
        const value = values.get(column);
        if (column.level !== 'household' || value === undefined) continue;
        const first = draft.values.get(column.path);
        if (first === undefined || !same(first, value))
          problems.push(
            problem(
              record.line,
              column,
              'CONFLICTING_VALUE',
              `household columns are read from the household's first row (${draft.row}); leave them empty or the ` +
                `same here`,
            ),
          );
      }
    }
    const member: MemberDraft = { row: record.line, values: new Map() };
    for (const [column, value] of values) if (column.level === 'member') member.values.set(column.path, value);
    draft.members.push(member);
  }
  return { drafts: [...byKey.values()], problems: problems.sort(byRowAndColumn) };
}
