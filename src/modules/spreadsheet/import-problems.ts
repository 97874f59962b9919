// One problem of an import, by row and column in Chinese and English. Messages never quote a cell:
// a shifted column would otherwise put a name or an ID number into the report.
import { ID_PROBLEM_MESSAGES, IdNumberProblem } from '../../common/id-number';
import { ColumnDef, HOUSEHOLD_COLUMNS } from './household-columns';

export interface ImportProblem {
  /** Row number as the spreadsheet shows it (CSV: the line the record starts on). */
  row: number;
  /** Chinese column name (the template's header), null for a whole-row or whole-file problem. */
  column: string | null;
  /** English key of the column. */
  columnKey: string | null;
  /** English column name. */
  columnEn: string | null;
  reason: string;
  /** English explanation. */
  message: string;
  /** 中文说明. */
  messageZh: string;
}

const ZH: Record<string, string> = {
  REQUIRED: '必填项未填写',
  EMPTY: '必填项未填写',
  UNKNOWN_VALUE: '不是允许的取值',
  NOT_A_NUMBER: '不是数字（最多两位小数）',
  NOT_AN_INTEGER: '不是整数',
  NOT_A_BOOLEAN: '请填写“是”或“否”',
  INVALID_DATE: '日期格式应为 YYYY-MM-DD',
  DATE_IN_FUTURE: '日期晚于今天',
  BELOW_MINIMUM: '低于允许的最小值',
  ABOVE_MAXIMUM: '超过允许的最大值',
  TOO_LONG: '内容过长',
  TOO_MANY: '条目过多',
  ALREADY_REGISTERED: '身份证号码已在其他家庭登记',
  DUPLICATE_IN_INPUT: '身份证号码在同一户中重复',
  DUPLICATE_HEAD: '一户只能有一位户主',
  UNKNOWN_STREET: '街镇代码不存在',
  FORBIDDEN_STREET: '该街镇不在您的负责范围内',
  ID_BIRTH_DATE_MISMATCH: '出生日期与身份证号码不符',
  ID_SEX_MISMATCH: '性别与身份证号码不符',
  INCONSISTENT: '与本行其他栏目矛盾',
  INVALID_RANGE: '日期范围有误',
  DATE_REQUIRED: '需要填写日期',
  CONFLICTING_VALUE: '同一户的各行填写不一致',
  UNKNOWN_COLUMN: '未知栏目',
  MISSING_COLUMN: '缺少必填栏目',
  DUPLICATE_COLUMN: '栏目重复',
  EXTRA_CELL: '超出表头范围的单元格有内容',
  MIXED_HOUSEHOLDS: '同一户编号下的身份证号码已分属不同家庭',
  ID_IN_OTHER_GROUP: '身份证号码已在本文件另一户中出现',
  UNREADABLE_CELL: '单元格无法读取（例如身份证号码被Excel存为数字，请将该列设为文本）',
  STRAY_QUOTE: 'CSV 引号使用有误',
  TEXT_AFTER_QUOTE: 'CSV 引号使用有误',
  UNTERMINATED_QUOTE: 'CSV 引号未闭合',
  MALFORMED_CSV: '不是有效的 CSV',
  NOT_XLSX: '不是有效的 .xlsx 文件',
  MISSING_HEADER: '缺少表头行',
  NO_ROWS: '文件中没有数据行',
  TOO_MANY_ROWS: '数据行过多',
  CONFLICT: '数据已被他人修改，请重试',
  NOT_FOUND: '家庭不存在或不可见',
};

function chinese(reason: string): string {
  if (reason in ID_PROBLEM_MESSAGES) {
    const text = ID_PROBLEM_MESSAGES[reason as IdNumberProblem];
    return /（|\(([^)]*)\)/.exec(text)?.[1] ?? '身份证号码有误';
  }
  return ZH[reason] ?? '数据有误';
}

export function problem(row: number, column: ColumnDef | null, reason: string, message: string): ImportProblem {
  return {
    row,
    column: column?.zh ?? null,
    columnKey: column?.key ?? null,
    columnEn: column?.en ?? null,
    reason,
    message,
    messageZh: chinese(reason),
  };
}

/** A problem on a column that is not one of ours (an unknown header). */
export function headerProblem(row: number, header: string, reason: string, message: string): ImportProblem {
  return { ...problem(row, null, reason, message), column: header };
}

const position = (p: ImportProblem) => {
  const index = HOUSEHOLD_COLUMNS.findIndex((c) => c.zh === p.column);
  return index < 0 ? (p.column === null ? -1 : HOUSEHOLD_COLUMNS.length) : index;
};

/** Row by row, columns in template order (whole-row problems first). */
export const byRowAndColumn = (a: ImportProblem, b: ImportProblem) =>
  a.row - b.row || position(a) - position(b) || a.reason.localeCompare(b.reason);
