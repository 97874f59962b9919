// The household list template (户籍名册导入模板): every column once, with its Chinese name, English
// key, type, whether it is required, its allowed values and where it goes in the registry's
// CreateHouseholdInput / UpdateHouseholdInput. The template files, the importer and the README table
// are all generated from this list.
//
// Layout: one row per member (每位成员一行), as Chinese household lists are kept. Rows with the same
// 户编号 (household key: any text of your own, e.g. 1, 2, A-001) are one household; the household's
// columns (街镇代码 … 救助类别) are read from its first row and must be empty or the same on its other
// rows. Enumerated values are written as their Chinese label (e.g. 性别: 男 / 女); the English code
// (MALE) is accepted too. 是/否 for yes/no; dates as YYYY-MM-DD (or an Excel date cell).
import { getMetadataStorage } from 'type-graphql';
import * as E from '../household/household.enums';

export type ColumnType = 'text' | 'idNumber' | 'int' | 'number' | 'bool' | 'date' | 'enum' | 'enumList';
export type ColumnLevel = 'key' | 'household' | 'member';

export interface ColumnDef {
  /** English key, also accepted as the header. */
  key: string;
  /** Chinese column name: the template's header. */
  zh: string;
  en: string;
  level: ColumnLevel;
  type: ColumnType;
  required: boolean;
  /**
   * Dotted path in the input: household columns in CreateHouseholdInput (housing.floor), member
   * columns in NewMemberInput (relation). `categories` and `categoriesSince` make the categories list.
   */
  path: string;
  /** GraphQL enum whose values (and Chinese labels) the column takes. */
  enumName?: string;
  example: string;
}

const c = (
  key: string,
  zh: string,
  en: string,
  level: ColumnLevel,
  type: ColumnType,
  path: string,
  example: string,
  more: Partial<ColumnDef> = {},
): ColumnDef => ({ key, zh, en, level, type, path, example, required: false, ...more });

export const HOUSEHOLD_COLUMNS: readonly ColumnDef[] = [
  c('householdKey', '户编号', 'Household key', 'key', 'text', '', '1', { required: true }),
  c('streetCode', '街镇代码', 'Street code', 'household', 'text', 'streetCode', '310105001', { required: true }),
  c('address', '居住地址', 'Address of residence', 'household', 'text', 'address', '华阳路街道示例小区1号501室', {
    required: true,
  }),
  c('neighbourhood', '居村委', 'Neighbourhood committee', 'household', 'text', 'neighbourhood', '示例居委会'),
  c('tenure', '住房性质', 'Tenure', 'household', 'enum', 'housing.tenure', '公房/公租房/廉租房', {
    enumName: 'Tenure',
  }),
  c('floor', '楼层', 'Floor', 'household', 'int', 'housing.floor', '5'),
  c('hasElevator', '有电梯', 'Has an elevator', 'household', 'bool', 'housing.hasElevator', '否'),
  c('livingAreaSqm', '居住面积(平方米)', 'Living area (m²)', 'household', 'number', 'housing.livingAreaSqm', '28'),
  c('monthlyRent', '月租金(元)', 'Monthly rent (yuan)', 'household', 'number', 'housing.monthlyRent', ''),
  c('incomeWages', '月工资收入(元)', 'Monthly wages (yuan)', 'household', 'number', 'economics.incomeWages', '0'),
  c(
    'incomePensions',
    '月养老金(元)',
    'Monthly pensions (yuan)',
    'household',
    'number',
    'economics.incomePensions',
    '2100',
  ),
  c(
    'incomeBenefits',
    '月救助津贴(元)',
    'Monthly benefits (yuan)',
    'household',
    'number',
    'economics.incomeBenefits',
    '',
  ),
  c('incomeOther', '其他月收入(元)', 'Other monthly income (yuan)', 'household', 'number', 'economics.incomeOther', ''),
  c(
    'liquidAssets',
    '存款等金融资产(元)',
    'Liquid assets (yuan)',
    'household',
    'number',
    'economics.liquidAssets',
    '3000',
  ),
  c('categories', '救助类别', 'Assistance categories', 'household', 'enumList', 'categories', '低保', {
    enumName: 'AssistanceCategory',
  }),
  c(
    'categoriesSince',
    '救助类别认定日期',
    'Categories held since',
    'household',
    'date',
    'categoriesSince',
    '2023-07-01',
  ),
  c('name', '姓名', 'Name', 'member', 'text', 'name', '演示王建国', { required: true }),
  c('idNumber', '身份证号码', 'Resident ID number', 'member', 'idNumber', 'idNumber', '310105195003011235', {
    required: true,
  }),
  c('relation', '与户主关系', 'Relation to the head', 'member', 'enum', 'relation', '户主', { enumName: 'Relation' }),
  c('sex', '性别', 'Sex', 'member', 'enum', 'sex', '男', { enumName: 'Sex' }),
  c('birthDate', '出生日期', 'Birth date', 'member', 'date', 'birthDate', '1950-03-01'),
  c('hukou', '户籍', 'Household registration', 'member', 'enum', 'hukou', '本市户籍', { enumName: 'Hukou' }),
  c('hasDisability', '持残疾证', 'Holds a disability certificate', 'member', 'bool', 'hasDisability', '是'),
  c('disabilityGrade', '残疾等级', 'Disability grade (1–4)', 'member', 'int', 'disabilityGrade', '2'),
  c('employmentStatus', '就业状况', 'Employment status', 'member', 'enum', 'employmentStatus', '退休', {
    enumName: 'EmploymentStatus',
  }),
  c('educationLevel', '文化程度', 'Education completed', 'member', 'enum', 'educationLevel', '初中', {
    enumName: 'EducationLevel',
  }),
  c('seriousIllness', '患大病', 'Serious illness', 'member', 'bool', 'seriousIllness', '否'),
  c('chronicIllness', '患慢性病', 'Chronic illness', 'member', 'bool', 'chronicIllness', '是'),
  c('mobilityImpaired', '行动不便', 'Cannot manage stairs unaided', 'member', 'bool', 'mobilityImpaired', '否'),
  c('bedridden', '卧床', 'Bedridden', 'member', 'bool', 'bedridden', '否'),
];

// The enums are registered by household.enums.ts; importing it here makes sure that has happened.
void E;

export interface EnumLabel {
  code: string;
  /** The Chinese label: the Chinese part of the value's GraphQL description, e.g. 男 for MALE. */
  zh: string;
}

const compact = (text: string) => text.replace(/\s+/g, '');

/** The Chinese labels of a GraphQL enum, from the descriptions the schema already carries. */
export function enumLabels(enumName: string): EnumLabel[] {
  const metadata = getMetadataStorage().enums.find((e) => e.name === enumName);
  if (!metadata) throw new Error(`unknown enum ${enumName}`);
  const config = (metadata.valuesConfig ?? {}) as Record<string, { description?: string }>;
  return Object.keys(metadata.enumObj).map((code) => {
    const description = config[code]?.description ?? code;
    const zh = /^(?:[^\x00-\x7F]|[0-9/]| (?=[^\x00-\x7F]))+/.exec(description)?.[0]?.trim() || code;
    return { code, zh };
  });
}

/** A cell's value → the enum code: the Chinese label (spaces ignored) or the code itself; null if neither. */
export function enumCode(enumName: string, cell: string): string | null {
  const labels = enumLabels(enumName);
  const text = compact(cell);
  return labels.find((l) => compact(l.zh) === text || l.code === text)?.code ?? null;
}

export const BOOLEAN_LABELS = { true: '是', false: '否' } as const;

/** What a column accepts, in words (template notes, README, problem messages). */
export function allowedValues(column: ColumnDef): string {
  switch (column.type) {
    case 'enum':
      return enumLabels(column.enumName!)
        .map((l) => l.zh)
        .join(' / ');
    case 'enumList':
      return `${enumLabels(column.enumName!)
        .map((l) => l.zh)
        .join(' / ')}（多个用、分隔 several separated by 、）`;
    case 'bool':
      return '是 / 否';
    case 'date':
      return 'YYYY-MM-DD';
    case 'int':
      return '整数 integer';
    case 'number':
      return '数字 number';
    case 'idNumber':
      return '18位身份证号码 18-character ID number';
    default:
      return '文本 text';
  }
}

/** Column by header text: the Chinese name or the English key. */
export function columnByHeader(header: string): ColumnDef | undefined {
  const text = header.trim();
  return HOUSEHOLD_COLUMNS.find((col) => col.zh === text || col.key === text);
}
