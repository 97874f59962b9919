// Row checks of a warning batch, shared by the GraphQL mutation and the CSV command. Pure.
import { isIsoDate } from '../../common/dates';
import { ID_PROBLEM_MESSAGES, parseIdNumber } from '../../common/id-number';

export interface WarningRowInput {
  line: number;
  eventId: string;
  type: string;
  idNumber: string;
  date: string;
  detail: string;
}
export interface WarningRowProblem {
  line: number;
  eventId: string | null;
  field: string;
  reason: string;
  message: string;
}
export interface WarningRow {
  line: number;
  eventId: string;
  /** A code of the warning_type table. */
  type: string;
  idNumber: string;
  date: string;
  detail: string;
}

/** Valid rows (normalised), or every problem; problems never quote an ID number. `types`: the known type codes. */
export function checkWarningRows(
  rows: WarningRowInput[],
  today: string,
  types: readonly string[],
): { rows: WarningRow[]; problems: WarningRowProblem[] } {
  const problems: WarningRowProblem[] = [];
  const valid: WarningRow[] = [];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const eventId = row.eventId.trim();
    const own: WarningRowProblem[] = [];
    const problem = (field: string, reason: string, message: string) =>
      own.push({ line: row.line, eventId: eventId || null, field, reason, message });
    if (!eventId) problem('eventId', 'EMPTY', 'event id is required');
    else if (eventId.length > 100 || /\s/.test(eventId))
      problem('eventId', 'INVALID_FORMAT', 'event id must be 1–100 characters without spaces');
    else if (seen.has(eventId))
      problem('eventId', 'DUPLICATE_IN_BATCH', `event id already used on line ${seen.get(eventId)}`);
    if (!types.includes(row.type.trim())) problem('type', 'UNKNOWN_TYPE', `type must be one of ${types.join(', ')}`);
    const parsed = parseIdNumber(row.idNumber.trim(), today);
    if ('problem' in parsed)
      problem('idNumber', parsed.problem, `the ID number ${ID_PROBLEM_MESSAGES[parsed.problem]}`);
    const date = row.date.trim();
    if (!isIsoDate(date)) problem('date', 'INVALID_DATE', 'date must be a calendar date YYYY-MM-DD');
    else if (date > today) problem('date', 'DATE_IN_FUTURE', 'date must not be in the future');
    if (row.detail.length > 2000) problem('detail', 'TOO_LONG', 'detail must be at most 2000 characters');
    if (eventId && !seen.has(eventId)) seen.set(eventId, row.line);
    if (own.length > 0) {
      problems.push(...own);
      continue;
    }
    valid.push({
      line: row.line,
      eventId,
      type: row.type.trim(),
      idNumber: (parsed as { idNumber: string }).idNumber,
      date,
      detail: row.detail.trim(),
    });
  }
  return { rows: valid, problems };
}
