// The downloadable template (导入模板), generated from HOUSEHOLD_COLUMNS: the header in Chinese, one
// example household, and (xlsx) a second sheet describing every column.
import { allowedValues, HOUSEHOLD_COLUMNS } from './household-columns';
import type { SheetTable } from './sheet-write';

const LEVEL = { key: '分组 key', household: '家庭 household', member: '成员 member' } as const;

export function templateTable(): SheetTable {
  return {
    name: '家庭名册 households',
    header: HOUSEHOLD_COLUMNS.map((c) => c.zh),
    rows: [HOUSEHOLD_COLUMNS.map((c) => c.example || null)],
    textColumns: HOUSEHOLD_COLUMNS.flatMap((c, i) =>
      c.type === 'enum' || c.type === 'bool' || c.type === 'number' || c.type === 'int' ? [] : [i],
    ),
    notes: {
      header: [
        '栏目 column',
        '英文键 key',
        'English',
        '层级 level',
        '必填 required',
        '取值 allowed values',
        '示例 example',
      ],
      rows: HOUSEHOLD_COLUMNS.map((c) => [
        c.zh,
        c.key,
        c.en,
        LEVEL[c.level],
        c.required ? '是' : '否',
        allowedValues(c),
        c.example,
      ]),
    },
  };
}
