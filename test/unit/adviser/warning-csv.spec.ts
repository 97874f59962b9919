import { parseCsv, warningRowsFromCsv } from '../../../src/modules/warning/warning-csv';
import { checkWarningRows } from '../../../src/modules/warning/warning-rows';
import { decodeUtf8 } from '../../../src/modules/warning/warning-csv';
import { makeIdNumber } from '../../../src/common/id-number';

const id = makeIdNumber('310105', '1960-02-03', 11);

describe('warning CSV (strict RFC 4180)', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, reporting the line a record starts on', () => {
    const text =
      '\uFEFFevent_id,type,id_number,date,detail\r\nE1,DEATH,' +
      id +
      ',2026-01-02,"病故, 家属""张三"""\nE2,MOVE,' +
      id +
      ',2026-01-03,"跨\n行"\nE3,MOVE,' +
      id +
      ',2026-01-04,\n';
    const { rows, problems } = warningRowsFromCsv(decodeUtf8(Buffer.from(text))!);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.line, r.eventId, r.detail])).toEqual([
      [2, 'E1', '病故, 家属"张三"'],
      [3, 'E2', '跨\n行'],
      [5, 'E3', ''],
    ]);
  });

  it('reports stray quotes, unterminated quotes, wrong field counts and bad headers with their lines', () => {
    expect(parseCsv('a,b\nx,y"z\n').problems).toEqual([expect.objectContaining({ line: 2, reason: 'STRAY_QUOTE' })]);
    expect(parseCsv('a,b\n"x,y\n').problems).toEqual([
      expect.objectContaining({ line: 2, reason: 'UNTERMINATED_QUOTE' }),
    ]);
    const short = warningRowsFromCsv(`event_id,type,id_number,date,detail\nE1,DEATH,${id}\n`);
    expect(short.problems).toEqual([expect.objectContaining({ line: 2, reason: 'WRONG_FIELD_COUNT', eventId: 'E1' })]);
    expect(warningRowsFromCsv('event_id,kind,id_number,date,detail\n').problems[0]).toMatchObject({
      line: 1,
      reason: 'BAD_HEADER',
    });
    expect(
      warningRowsFromCsv(
        `event_id,type,id_number,date,detail\nE1,DEATH,${id},2026-01-02,x\n\nE2,DEATH,${id},2026-01-02,y\n\n\n`,
      ).problems,
    ).toEqual([expect.objectContaining({ line: 3, reason: 'EMPTY_LINE' })]);
    expect(decodeUtf8(Buffer.from([0x61, 0xff, 0x62]))).toBeNull();
  });

  it('checks every row and never quotes the ID number in a message', () => {
    const bad = `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
    const { rows, problems } = checkWarningRows(
      [
        { line: 2, eventId: 'A', type: 'DEATH', idNumber: id, date: '2026-01-01', detail: '' },
        { line: 3, eventId: 'A', type: 'FLOOD', idNumber: bad, date: '2999-01-01', detail: '' },
      ],
      '2026-02-01',
      ['DEATH', 'DRUG_USE'],
    );
    expect(rows).toHaveLength(1);
    expect(problems.map((p) => `${p.line}:${p.field}:${p.reason}`)).toEqual([
      '3:eventId:DUPLICATE_IN_BATCH',
      '3:type:UNKNOWN_TYPE',
      '3:idNumber:INVALID_CHECK_DIGIT',
      '3:date:DATE_IN_FUTURE',
    ]);
    expect(JSON.stringify(problems)).not.toContain(bad);
  });
});
