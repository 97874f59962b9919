// Spreadsheet parsing, encodings and the household columns (issue 16): pure, no database.
import 'reflect-metadata';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { makeIdNumber } from '../../../src/common/id-number';
import { enumCode, enumLabels, HOUSEHOLD_COLUMNS } from '../../../src/modules/spreadsheet/household-columns';
import { cellValue, householdDrafts } from '../../../src/modules/spreadsheet/household-rows';
import { templateTable } from '../../../src/modules/spreadsheet/household-template';
import { decodeText, readCsv, readSheet, readXlsx } from '../../../src/common/sheet-read';
import { tableToCsv, tableToXlsx } from '../../../src/modules/spreadsheet/sheet-write';

const column = (key: string) => HOUSEHOLD_COLUMNS.find((c) => c.key === key)!;
const text = '户编号,姓名\r\n1,王建国\r\n';

describe('encodings', () => {
  it('reads UTF-8, UTF-8 with a BOM and GB18030, and says which', () => {
    expect(decodeText(Buffer.from(text, 'utf8'))).toEqual({ text, encoding: 'UTF-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toEqual({
      text,
      encoding: 'UTF-8-BOM',
    });
    const gb = iconv.encode(text, 'gb18030');
    expect(gb.equals(Buffer.from(text))).toBe(false); // really a different byte sequence
    expect(decodeText(gb)).toEqual({ text, encoding: 'GB18030' });
  });

  it('writes CSV as UTF-8 with a BOM, or GB18030 on request, that reads back the same', async () => {
    const table = { name: 't', header: ['姓名', '金额'], rows: [['王, "建国"', 12.5]] };
    const utf8 = tableToCsv(table);
    expect([...utf8.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const back = await readSheet(utf8, 'csv');
    expect(back.encoding).toBe('UTF-8-BOM');
    expect(back.records.map((r) => r.cells)).toEqual([
      ['姓名', '金额'],
      ['王, "建国"', '12.5'],
    ]);
    const gb = await readSheet(tableToCsv(table, 'gb18030'), 'csv');
    expect(gb.encoding).toBe('GB18030');
    expect(gb.records[1].cells[0]).toBe('王, "建国"');
  });
});

describe('CSV and xlsx reading', () => {
  it('reports the line each record starts on and each quoting problem on its line', () => {
    const { records, problems } = readCsv('a,b\n"x\ny",1\n\nq,w"e\n"open,1\n');
    expect(records.map((r) => [r.line, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['x\ny', '1']],
      [4, ['']],
    ]);
    expect(problems.map((p) => [p.line, p.reason])).toEqual([
      [5, 'STRAY_QUOTE'],
      [6, 'UNTERMINATED_QUOTE'],
    ]);
  });

  it('reads xlsx text, numbers and dates, and refuses a number that Excel has already rounded', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(['身份证号码', '出生日期', '楼层']);
    sheet.addRow(['310105195003011235', new Date(Date.UTC(1950, 2, 1)), 5]);
    sheet.addRow([310105195003011235, null, 6]);
    const read = await readXlsx(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(read.records.map((r) => r.cells)).toEqual([
      ['身份证号码', '出生日期', '楼层'],
      ['310105195003011235', '1950-03-01', '5'],
      ['', '', '6'],
    ]);
    expect(read.problems).toEqual([expect.objectContaining({ line: 3, column: 1, reason: 'UNREADABLE_CELL' })]);
    expect((await readXlsx(Buffer.from('not a zip'))).problems[0].reason).toBe('NOT_XLSX');
  });
});

describe('household columns', () => {
  it('takes Chinese labels from the GraphQL enum descriptions, each label naming one value', () => {
    expect(enumLabels('Sex')).toEqual([
      { code: 'MALE', zh: '男' },
      { code: 'FEMALE', zh: '女' },
    ]);
    for (const c of HOUSEHOLD_COLUMNS.filter((col) => col.enumName)) {
      const labels = enumLabels(c.enumName!).map((l) => l.zh);
      expect(new Set(labels).size).toBe(labels.length);
    }
    expect(enumCode('Tenure', '公房/公租房/廉租房')).toBe('PUBLIC_RENTAL');
    expect(enumCode('AssistanceCategory', '特困分散供养')).toBe('TK_DISPERSED');
    expect(enumCode('Sex', 'MALE')).toBe('MALE');
    expect(enumCode('Sex', '男性')).toBeNull();
  });

  it('converts cells by type and coerces nothing', () => {
    expect(cellValue(column('sex'), '女')).toEqual({ value: 'FEMALE' });
    expect(cellValue(column('sex'), 'F')).toMatchObject({ reason: 'UNKNOWN_VALUE' });
    expect(cellValue(column('hasElevator'), '是')).toEqual({ value: true });
    expect(cellValue(column('hasElevator'), '有')).toMatchObject({ reason: 'NOT_A_BOOLEAN' });
    expect(cellValue(column('birthDate'), '1950/03/01')).toMatchObject({ reason: 'INVALID_DATE' });
    expect(cellValue(column('birthDate'), '1950-02-30')).toMatchObject({ reason: 'INVALID_DATE' });
    expect(cellValue(column('floor'), '5.5')).toMatchObject({ reason: 'NOT_AN_INTEGER' });
    expect(cellValue(column('incomePensions'), '2100.505')).toMatchObject({ reason: 'NOT_A_NUMBER' });
    expect(cellValue(column('categories'), '低保、重残无业')).toEqual({ value: ['DB', 'ZC'] });
    expect(cellValue(column('categories'), '低保、贫困户')).toMatchObject({ reason: 'UNKNOWN_VALUE' });
    expect(cellValue(column('name'), '  ')).toEqual({});
  });

  it('groups member rows by 户编号 and refuses a household column that differs on a later row', () => {
    const header = ['户编号', '街镇代码', '居住地址', '姓名', '身份证号码', '性别'];
    const id = (n: number) => makeIdNumber('310105', '1950-01-01', n);
    const { drafts, problems } = householdDrafts({
      problems: [],
      records: [
        { line: 1, cells: header },
        { line: 2, cells: ['A', '310105001', '一号', '甲', id(1), '男'] },
        { line: 3, cells: ['B', '310105001', '二号', '乙', id(2), ''] },
        { line: 4, cells: ['A', '', '', '丙', id(3), '女'] },
        { line: 5, cells: ['A', '310105002', '', '丁', id(5), '未知'] },
        { line: 6, cells: ['', '', '', '', '', ''] },
      ],
    });
    expect(drafts.map((d) => [d.key, d.row, d.members.map((m) => m.row)])).toEqual([
      ['A', 2, [2, 4, 5]],
      ['B', 3, [3]],
    ]);
    expect(problems.map((p) => `${p.row}:${p.column}:${p.reason}`)).toEqual([
      '5:街镇代码:CONFLICTING_VALUE',
      '5:性别:UNKNOWN_VALUE',
    ]);
    expect(problems[1].messageZh).toBe('不是允许的取值');
  });

  it('names unknown, repeated and missing columns on the header row', () => {
    const { problems } = householdDrafts({
      problems: [],
      records: [{ line: 1, cells: ['户编号', '姓名', '姓名', '爱好'] }],
    });
    expect(problems.map((p) => `${p.row}:${p.column}:${p.reason}`).sort()).toEqual(
      [
        '1:姓名:DUPLICATE_COLUMN',
        '1:爱好:UNKNOWN_COLUMN',
        '1:街镇代码:MISSING_COLUMN',
        '1:居住地址:MISSING_COLUMN',
        '1:身份证号码:MISSING_COLUMN',
        '1:null:NO_ROWS',
      ].sort(),
    );
  });

  it('generates a template whose header reads back as the template columns', async () => {
    const table = templateTable();
    const xlsx = await readSheet(await tableToXlsx(table), 'xlsx');
    expect(xlsx.records[0].cells).toEqual(HOUSEHOLD_COLUMNS.map((c) => c.zh));
    const { drafts, problems } = householdDrafts(xlsx);
    expect(problems).toEqual([]);
    expect(drafts[0].members[0].values.get('sex')).toBe('MALE');
    const csv = await readSheet(tableToCsv(table), 'csv');
    expect(householdDrafts(csv).problems).toEqual([]);
  });
});
