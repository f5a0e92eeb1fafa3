import type { FigureRow } from '../../figures/figure-row.ts';
import { qualifierGlossary } from '../../figures/qualifier.ts';
import { unitGlossary } from '../../figures/unit.ts';
import type { IndicatorInputRow, IndicatorRow } from '../indicator-row.ts';
import { RESULT_QUALIFIERS } from '../result.ts';

/**
 * Table schemas of the exported tables (Frictionless Table Schema fields), one entry per column so
 * that a column without a description does not compile. Descriptions are in English and Chinese;
 * `description_zh` is a custom property (Frictionless allows them).
 */

export type FieldType = 'string' | 'number' | 'integer';

/** What a column holds. */
export interface FieldSpec {
  type: FieldType;
  en: string;
  zh: string;
}

/** A Frictionless Table Schema field. */
export interface TableSchemaField {
  name: string;
  type: FieldType;
  description: string;
  description_zh: string;
}

export const FIGURE_FIELDS: Record<keyof FigureRow, FieldSpec> = {
  id: { type: 'string', en: 'Figure id, unique in the report (kebab-case)', zh: '数字的标识,报告内唯一' },
  section: { type: 'string', en: 'Id of the report section the figure is in', zh: '所在章节的标识' },
  label_zh: { type: 'string', en: 'What the figure counts, in Chinese', zh: '中文说明' },
  label_en: { type: 'string', en: 'What the figure counts, in English', zh: '英文说明' },
  value: {
    type: 'number',
    en: 'The value in the unit of column unit, after multipliers (1.6万 → 16000), unrounded',
    zh: '数值(按 unit 列的单位,已换算“万”“亿”,不取整)',
  },
  unit: { type: 'string', en: `Canonical unit id: ${unitGlossary('en')}`, zh: `规范单位：${unitGlossary('zh')}` },
  qualifier: { type: 'string', en: `Qualifier: ${qualifierGlossary('en')}`, zh: `限定：${qualifierGlossary('zh')}` },
  counted: {
    type: 'string',
    en: 'For unit count: what is counted (cases, sites, graves …)',
    zh: '单位为 count 时所计之物',
  },
  period_kind: {
    type: 'string',
    en: 'year, cumulative, since, through, target or unspecified',
    zh: '时期类型:年度、累计、自…以来、截至、目标、未说明',
  },
  period_start: {
    type: 'string',
    en: 'Start of the period, ISO date of the precision the report gives',
    zh: '时期起点(ISO 日期)',
  },
  period_end: {
    type: 'string',
    en: 'End of the period, ISO date of the precision the report gives',
    zh: '时期终点(ISO 日期)',
  },
  quote: { type: 'string', en: 'The exact text of the report that carries the number', zh: '报告原文中的数字表述' },
  offset: {
    type: 'integer',
    en: 'Position of quote in the source text, in UTF-16 code units',
    zh: '原文位置(UTF-16 码元)',
  },
  tags: { type: 'string', en: 'Tags joined with ;', zh: '标签,以 ; 分隔' },
  note: { type: 'string', en: 'Why a reading is doubtful, or how it was read', zh: '存疑或解读说明' },
  review: {
    type: 'string',
    en: 'draft: drafted by a program, label, period and section not yet checked by a person; reviewed: checked',
    zh: 'draft：程序起草，名称、时间和所属部分尚未人工核对；reviewed：已核对',
  },
};

export const INDICATOR_FIELDS: Record<keyof IndicatorRow, FieldSpec> = {
  id: { type: 'string', en: 'Indicator id (kebab-case)', zh: '指标标识' },
  label_zh: { type: 'string', en: 'Indicator name in Chinese', zh: '指标中文名' },
  label_en: { type: 'string', en: 'Indicator name in English', zh: '指标英文名' },
  value: {
    type: 'number',
    en: 'The value in the unit of column unit, unrounded; ratios are fractions (0.98, not 98); empty when problem is set',
    zh: '数值(按 unit 列的单位,不取整;比例为小数,如 0.98);有问题时为空',
  },
  unit: {
    type: 'string',
    en: 'Unit id of the value: ratio, a canonical unit, or a rate such as m2/count',
    zh: '单位:ratio(比例)、规范单位或比率(如 m2/count)',
  },
  qualifier: {
    type: 'string',
    en: `Propagated from the inputs: ${qualifierGlossary('en', Object.values(RESULT_QUALIFIERS))}`,
    zh: `由输入推得的限定：${qualifierGlossary('zh', Object.values(RESULT_QUALIFIERS))}`,
  },
  formula: { type: 'string', en: 'The arquero expression over figure ids', zh: '计算公式(arquero 表达式)' },
  inputs: { type: 'string', en: 'Input figure ids joined with ;', zh: '输入数字的标识,以 ; 分隔' },
  problem: {
    type: 'string',
    en: 'Why there is no value: INPUT_MISSING, UNIT_INCOMPATIBLE or DIVISION_BY_ZERO',
    zh: '无值的原因代码',
  },
  problem_figures: { type: 'string', en: 'Inputs at fault, joined with ;', zh: '出问题的输入,以 ; 分隔' },
  problem_message: { type: 'string', en: 'The problem in words', zh: '问题说明' },
  method_zh: { type: 'string', en: 'How the indicator is read, in Chinese', zh: '计算方法与注意事项(中文)' },
  method_en: { type: 'string', en: 'How the indicator is read, in English', zh: '计算方法与注意事项(英文)' },
};

export const INDICATOR_INPUT_FIELDS: Record<keyof IndicatorInputRow, FieldSpec> = {
  indicator: { type: 'string', en: 'Indicator id', zh: '指标标识' },
  figure: { type: 'string', en: 'Input figure id', zh: '输入数字的标识' },
  direction: {
    type: 'string',
    en: 'increasing or decreasing: how the indicator moves when this input grows',
    zh: '该输入增大时指标的变化方向',
  },
  unit: { type: 'string', en: 'Unit the formula saw the input in', zh: '公式所用单位' },
  value: { type: 'number', en: 'The input converted to unit, unrounded', zh: '换算到 unit 后的数值' },
  stated_value: { type: 'number', en: 'The figure as the report states it, in stated_unit', zh: '报告所述数值' },
  stated_unit: { type: 'string', en: 'The figure’s canonical unit', zh: '报告所述单位' },
  stated_qualifier: { type: 'string', en: 'The figure’s qualifier', zh: '报告所述限定' },
  quote: { type: 'string', en: 'The exact text of the report that carries the number', zh: '报告原文中的数字表述' },
  offset: {
    type: 'integer',
    en: 'Position of quote in the source text, in UTF-16 code units',
    zh: '原文位置(UTF-16 码元)',
  },
};

/** The fields of a table, in column order. */
export function tableSchemaFields<K extends string>(
  columns: readonly K[],
  specs: Record<K, FieldSpec>,
): TableSchemaField[] {
  return columns.map((name) => {
    const spec = specs[name];
    return { name, type: spec.type, description: spec.en, description_zh: spec.zh };
  });
}

/**
 * arquero `fromCSV` options that read an exported CSV back as written: string columns stay strings
 * (a period_start of '2019' is not turned into a number, nor '2019-12-16' into a Date), numbers
 * become numbers; empty cells are null. Usage: `aq.fromCSV(text, csvReadOptions(fields))`.
 */
export function csvReadOptions(fields: readonly TableSchemaField[]): {
  parse: Record<string, (value: string) => string | number>;
} {
  return {
    parse: Object.fromEntries(fields.map((f) => [f.name, f.type === 'string' ? (value: string) => value : Number])),
  };
}
