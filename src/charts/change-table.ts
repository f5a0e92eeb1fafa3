import type { TopLevelSpec } from 'vega-lite';
import { z } from 'zod';
import { chartKind, DEFINITION_BASE, yearRows, YearRowSchema } from './chart-kind.ts';
import { WorkreportError } from '../errors.ts';
import type { ComparedChange, ComparisonRow } from '../compare/comparison.ts';
import { BASES } from '../compare/basis.ts';
import { punctuation } from '../figures/locale.ts';
import { markRole } from './aria.ts';
import type { Chart, Lang } from './chart.ts';
import { ariaText } from './datum.ts';
import { changeText, rowFigureIds, rowLabel, yearText } from './compare-rows.ts';
import { chartText, counted } from './sentences.ts';
import { firstRow } from './key-number.ts';
import { BELOW_X_AXIS, frame, sourceFooter, toChart, type FrameParts } from './frame.ts';
import { LABEL_PADDING, labelledRows } from './layout.ts';
import { labelled, WORDS } from './locale.ts';
import { categoryY, valueX } from './row-encoding.ts';
import { resolveOptions, type ChartOptions } from './options.ts';
import { THEME_COLORS } from './theme.ts';
import { message } from '../messages.ts';

/** Options of {@link changeTable}. */
export type ChangeTableOptions = ChartOptions;

const WIDTH = 640;
const ROW_STEP = 34;
/** Height in pixels of one line of a label. */
const LINE_HEIGHT = 14;
/** The share of the plot the labels may take: they are the table's content, the bars its picture. */
const LABEL_SHARE = 0.6;
/** Gap in pixels between a bar's end and its label. */
const LABEL_GAP = 4;
const NAME = { zh: '增速核对表', en: 'Growth check table' } as const;
const WORD = {
  computed: { zh: '计算', en: 'computed' },
  stated: { zh: '报告', en: 'stated' },
  mismatch: { zh: '不符', en: 'mismatch' },
  growth: { zh: '增速', en: 'Growth' },
} as const;

/**
 * The alt text of a growth check table: its unit, how many stated changes do not match the computed
 * ones, then every line (`line：text`).
 */
const DESCRIPTIONS: Record<
  Lang,
  (kind: string, title: string, unit: string, flagged: number, lines: readonly string[]) => string
> = {
  zh: (kind, title, unit, flagged, lines) =>
    `${kind}：${title}，共${lines.length}项，单位：${unit}，${flagged}项报告增速与计算不符；${lines.join('；')}。`,
  en: (kind, title, unit, flagged, lines) =>
    `${kind}: ${title}. ${counted(lines.length, 'change')}, unit: ${unit}; ${flagged} stated ${flagged === 1 ? 'growth does' : 'growths do'} not match the computed one. ${lines.join('; ')}.`,
};

/** One change as a line of the table. */
interface ChangeDatum {
  line: string;
  computed: number;
  stated: number | null;
  /** Where the label starts: past the bar's end and the stated tick, whichever is further out. */
  labelAt: number;
  /** Label at the bar's end: `计算+8.8% · 报告8%（预计） · ⚠ 不符`. */
  text: string;
  /** The label as drawn, a line each: the computed change, the stated change (when the report states one), the ⚠ of a failed check; wrapped to the room the plot leaves. */
  lines: string[];
  side: 'right' | 'left';
  flagged: boolean;
  quote: string;
  aria: string;
}

function statedPart(change: ComparedChange, lang: Lang): string[] {
  if (change.stated === undefined) return [];
  const { space, aside, enumeration } = punctuation(lang);
  const basis = (change.basis ?? []).filter((b) => b !== 'year-on-year').map((b) => BASES[b].label[lang]);
  const stated = WORD.stated[lang] + space + changeText(change.stated, change.measure, lang);
  const said = basis.length === 0 ? stated : aside(stated, basis.join(enumeration));
  return change.flag === undefined ? [said] : [said, `⚠ ${WORD.mismatch[lang]}`];
}

/**
 * A table of growth rates as a chart: one line per change of the comparison rows (indicator and
 * years), a bar of the change computed from the two levels, a tick at the change the report
 * states, and at the bar's end a label `计算+8.8% · 报告8%（预计） · ⚠ 不符` (the ⚠ where the check
 * flags the stated change). Bars of falls run left of zero and their labels sit left of their
 * ends, so a label never overlaps its bar; the axis spans the changes and leaves room on both
 * sides for the labels (layout.ts). Flagged
 * lines are vermillion, the others blue. Percent growth and percentage points never share the axis.
 * E.g. 洪山区 地区生产总值 2012→2013: computed +3.4 %, stated 12 % 按同口径计算, flagged.
 *
 * @throws WorkreportError `CHART_EMPTY` when the rows have no change; `CHART_MIXED_UNITS` when
 *   changes of percent and percentage points are mixed; `OPTION_INVALID` for bad options
 */
export function changeTable(rows: readonly ComparisonRow[], options: ChangeTableOptions): Chart {
  const opts = resolveOptions('changeTable', options, [], WIDTH);
  const { lang } = opts;
  const colors = THEME_COLORS[opts.theme];
  const changes = rows.flatMap((row) => row.changes.map((change) => ({ row, change })));
  if (changes.length === 0)
    throw new WorkreportError(message('CHART_EMPTY', 'noChange', { fn: 'changeTable' }), {
      input: rows.map((r) => r.key),
    });
  const measures = new Set(changes.map((c) => c.change.measure));
  if (measures.size > 1) {
    const by = (m: string) => changes.filter((c) => c.change.measure === m).map((c) => c.row.key);
    const params = { fn: 'changeTable', percent: by('percent'), points: by('percentage-points') };
    throw new WorkreportError(message('CHART_MIXED_UNITS', 'changeMeasures', params), { input: [...measures] });
  }
  const measure = changes[0]?.change.measure ?? 'percent';
  const data: ChangeDatum[] = changes.map(({ row, change }) => {
    const line = `${rowLabel(row, lang)} ${yearText(change.from, lang)}→${yearText(change.to, lang)}`;
    const computed = WORD.computed[lang] + punctuation(lang).space + changeText(change.computed, measure, lang);
    const stated = statedPart(change, lang);
    const text = [computed, ...stated].join(' · ');
    const side = change.computed < 0 ? 'left' : 'right';
    const ends = [change.computed, change.stated ?? change.computed];
    return {
      line,
      computed: change.computed,
      stated: change.stated ?? null,
      labelAt: side === 'right' ? Math.max(...ends) : Math.min(...ends),
      text,
      lines: [computed, ...stated],
      side,
      flagged: change.flag !== undefined,
      quote: change.statedQuote ?? '',
      aria: ariaText(line, text, lang),
    };
  });
  const lines = data.map((d) => d.line);
  const title = opts.title ?? chartText(lang).listTitle([...new Set(rows.map((r) => rowLabel(r, lang)))]);
  const flagged = data.filter((d) => d.flagged).length;
  const unitWord = measure === 'percent' ? '%' : chartText(lang).points;
  const description = DESCRIPTIONS[lang](
    NAME[lang],
    title,
    unitWord,
    flagged,
    data.map((d) => ariaText(d.line, d.text, lang)),
  );
  const parts: FrameParts = { kind: 'change-table', options: opts, title, description, figureIds: rowFigureIds(rows) };
  // A label starts past the bar and the stated tick, so the tick never crosses its text; a line
  // wider than the labels' room wraps (a long list of reasons at 375 px).
  const labels = data.map((d) => ({ value: d.labelAt, side: d.side, text: d.lines }));
  const stated = data.flatMap((d) => (d.stated === null ? [] : [d.stated]));
  const { column, value, step } = labelledRows(lines, labels, opts.width, LABEL_GAP, lang, ROW_STEP, {
    extra: stated,
    labelShare: LABEL_SHARE,
  });
  data.forEach((d, i) => (d.lines = value.lines[i] ?? d.lines));
  const axisTitle = labelled('unit', lang) + unitWord;
  const label = (side: ChangeDatum['side']) => ({
    transform: [{ filter: { field: 'side', equal: side } }],
    mark: {
      type: 'text' as const,
      align: side === 'right' ? ('left' as const) : ('right' as const),
      baseline: 'middle' as const,
      lineHeight: LINE_HEIGHT,
      // The block of lines is centred on its bar (Vega puts the first line there), so no label runs into the axis.
      dy: { expr: `-(length(datum.lines) - 1) * ${LINE_HEIGHT / 2}` },
      dx: side === 'right' ? LABEL_GAP : -LABEL_GAP,
      aria: false,
    },
    encoding: {
      x: { field: 'labelAt', type: 'quantitative' as const },
      text: { field: 'lines', type: 'nominal' as const },
      color: { value: colors.text },
    },
  });
  const spec: TopLevelSpec = {
    ...frame(parts),
    // Each line is tall enough for the most lines a label has.
    height: data.length * Math.max(step, Math.max(...data.map((d) => d.lines.length)) * LINE_HEIGHT + 12),
    data: { values: data },
    encoding: {
      y: categoryY('line', lines, column, lang),
      x: valueX('computed', value, axisTitle, lang),
    },
    layer: [
      {
        mark: { type: 'bar', height: 14, ...markRole('bar', lang) },
        encoding: {
          x2: { datum: 0 },
          color: {
            field: 'flagged',
            type: 'nominal',
            scale: { domain: [false, true], range: [colors.palette[0], colors.palette[1]] },
            legend: null,
          },
          tooltip: [
            { field: 'line', type: 'nominal', title: WORDS.item[lang] },
            { field: 'text', type: 'nominal', title: WORD.growth[lang] },
            { field: 'quote', type: 'nominal', title: WORDS.quote[lang] },
          ],
          description: { field: 'aria', type: 'nominal' },
        },
      },
      {
        transform: [{ filter: 'datum.stated !== null' }],
        mark: { type: 'tick', thickness: 2, color: colors.text, aria: false },
        encoding: { x: { field: 'stated', type: 'quantitative' } },
      },
      label('right'),
      label('left'),
      sourceFooter(parts, { left: column.width + LABEL_PADDING, below: BELOW_X_AXIS }),
    ],
  };
  // The first flagged change, else the first: its label says computed vs stated.
  const key = firstRow([...data.filter((d) => d.flagged), ...data]);
  return toChart(parts, spec, data, { value: key.text, label: key.line });
}

/** The change-table kind in the registry: a definition names year rows of this report's figures. */
export const CHANGE_TABLE_KIND = chartKind({
  schema: z
    .object({ ...DEFINITION_BASE, kind: z.literal('change-table'), rows: z.array(YearRowSchema).min(1) })
    .strict(),
  build: changeTable,
  fromDefinition: (d, options, pick) => changeTable(yearRows(d.rows, options.report.id, pick), options),
  refs: (d) => d.rows.flatMap((row) => row.values.map((v) => v.figure)),
});
