import type { Chart, ChartKind, Lang } from '../charts/chart.ts';
import { ariaText } from '../charts/datum.ts';
import { qualified } from '../charts/item.ts';
import { formatShare, labelled } from '../charts/locale.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/** The number a social card shows large, with the words that say what it counts. */
export interface KeyNumber {
  /** As the chart prints it, with qualifier and unit: `81.9%`, `近300亩`, `126.9万元`. */
  value: string;
  /** What the value is, in the chart's language. */
  label: string;
}

/**
 * The fields every row of a chart's inline data carries (src/charts/datum.ts `ChartDatum`), and
 * those some kinds add: `group` (grouped bar), `role` (progress: part, whole; waffle: part, rest),
 * `row` and `end` (dumbbell), `panel` (small multiples).
 */
interface Row {
  label: string;
  value: number;
  display: string;
  unit?: string;
  qualifier?: string;
  group?: string;
  role?: string;
  row?: string;
  end?: string;
  panel?: number;
}

function isRow(value: unknown): value is Row {
  const row = value as Partial<Row> | null;
  return (
    typeof row === 'object' &&
    row !== null &&
    typeof row.label === 'string' &&
    typeof row.value === 'number' &&
    typeof row.display === 'string'
  );
}

/** The row with the largest value; the first of ties. */
function largest(rows: readonly Row[]): Row | undefined {
  return rows.reduce<Row | undefined>(
    (max, row) => (max === undefined || row.value > max.value ? row : max),
    undefined,
  );
}

/** How a key number's caption joins its words, per language. */
interface KeyWords {
  /** `group·label`, `group: label`. */
  within: (group: string, label: string) => string;
  /** Two captions in one: `a；b`, `a; b`. */
  both: (first: string, second: string) => string;
  /** `label（aside）`, `label (aside)`: a year or a start value beside a label. */
  aside: (label: string, aside: string) => string;
  /** Where a panel title's unit starts: `（单位`, ` (unit`. */
  unitAt: (unit: string) => string;
}

const KEY_WORDS: Record<Lang, KeyWords> = {
  zh: {
    within: (group, label) => `${group}·${label}`,
    both: (first, second) => `${first}；${second}`,
    aside: (label, aside) => `${label}（${aside}）`,
    unitAt: (unit) => `（${unit}`,
  },
  en: {
    within: (group, label) => `${group}: ${label}`,
    both: (first, second) => `${first}; ${second}`,
    aside: (label, aside) => `${label} (${aside})`,
    unitAt: (unit) => ` (${unit.toLowerCase()}`,
  },
};

/** `group·label` in zh, `group: label` in en. */
function within(group: string, label: string, lang: Lang): string {
  return KEY_WORDS[lang].within(group, label);
}

/**
 * The share of the `part` row in the whole, with both figures as captions: `81.9%`,
 * `已脱贫户：665户；建档立卡贫困户：812户`. A progress bar's whole is the `whole` row; a waffle's is
 * the `rest` row, which carries the whole figure (its squares are the rest). The share is `约…`
 * (`about …`) unless both figures are exact, as the charts print it.
 */
function partOfWhole(rows: readonly Row[], lang: Lang): KeyNumber | undefined {
  const part = rows.find((r) => r.role === 'part');
  const whole = rows.find((r) => r.role === 'whole' || r.role === 'rest');
  if (part === undefined || whole === undefined) return undefined;
  const exact = part.qualifier === 'exact' && whole.qualifier === 'exact';
  return {
    value: qualified(formatShare(part.value, whole.value, lang), exact ? 'exact' : 'approx', lang),
    label: KEY_WORDS[lang].both(ariaText(part.label, part.display, lang), ariaText(whole.label, whole.display, lang)),
  };
}

/**
 * The name of panel `index` of a small-multiples spec: its title without the unit, which the
 * value already carries (`低保与危房（单位：户）` → `低保与危房`, en `Roads (unit: km)` → `Roads`);
 * none for a panel titled with its unit alone (`单位：户`).
 */
function panelName(chart: Chart, index: number): string | undefined {
  const panels = (chart.spec as { vconcat?: { title?: { text?: unknown } }[] }).vconcat;
  const title = panels?.[index]?.title?.text;
  const unit = labelled('unit', chart.lang);
  if (typeof title !== 'string' || title.startsWith(unit)) return undefined;
  const at = title.lastIndexOf(KEY_WORDS[chart.lang].unitAt(unit));
  return at > 0 ? title.slice(0, at) : title;
}

/** Picks the key number from the rows of the builders' shape (`rows`) or, for kinds with rows of their own, the raw ones. */
type KeyPicker = (rows: readonly Row[], chart: Chart, raw: readonly Record<string, unknown>[]) => KeyNumber | undefined;

/** A string field of a raw row, or undefined. */
const text = (row: Record<string, unknown> | undefined, field: string): string | undefined =>
  typeof row?.[field] === 'string' ? row[field] : undefined;

/** `label（year）` in zh, `label (year)` in en. */
const inYear = (label: string, year: string, lang: Lang): string => KEY_WORDS[lang].aside(label, year);

/** The largest value, labelled with its row's label. */
const largestValue: KeyPicker = (rows) => {
  const max = largest(rows);
  return max && { value: max.display, label: max.label };
};

/**
 * How each kind of chart names its key number; a kind without an entry does not compile.
 * - bar, dot plot: the largest value (`2万亩`, 优质稻种植面积; `185.31公里`, 沟渠疏浚); in a grouped
 *   bar, labelled `group·label`.
 * - progress bar, waffle: the share of the part in the whole, with both figures (`81.9%`,
 *   已脱贫户：665户；建档立卡贫困户：812户), the same for both kinds of the same figures.
 * - KPI card: its figure.
 * - dumbbell: the end value of the first row (the `to` figure: after, actual, lifted out), labelled
 *   with its figure and the start beside it (`665户`, 已脱贫户（建档立卡贫困户：812户）). Not the larger
 *   end, which for a falling row would headline the old value; not the difference, which the chart
 *   states only between two exact figures and which alone does not say what was compared.
 * - small multiples: the largest value, labelled `panel·label` (`306户`, 低保与危房·完成低保评定).
 *   Panels of different units are not comparable, so then the largest of the first panel.
 * - slope: the later value of the first indicator, with its year (`138.7亿元`, 地方一般公共预算收入（2018年）).
 * - line: the last value of the first indicator, with its year.
 * - change table: the first flagged change (else the first), its label saying computed vs stated.
 */
const KEY_NUMBERS: Record<ChartKind, KeyPicker> = {
  bar: largestValue,
  'grouped-bar': (rows, chart) => {
    const max = largest(rows);
    return (
      max && {
        value: max.display,
        label: max.group === undefined ? max.label : within(max.group, max.label, chart.lang),
      }
    );
  },
  progress: (rows, chart) => partOfWhole(rows, chart.lang),
  kpi: (rows) => {
    const [row] = rows;
    return row && { value: row.display, label: row.label };
  },
  waffle: (rows, chart) => partOfWhole(rows, chart.lang),
  'dot-plot': largestValue,
  dumbbell: (rows, chart) => {
    // The builder writes each row's two dots in order: the `from` end, then the `to` end.
    const [from, to] = rows.filter((r) => r.row !== undefined && r.row === rows[0]?.row);
    if (from === undefined || to === undefined) return undefined;
    const start = ariaText(from.label, from.display, chart.lang);
    return { value: to.display, label: KEY_WORDS[chart.lang].aside(to.label, start) };
  },
  'small-multiples': (rows, chart) => {
    const oneUnit = rows.every((r) => r.unit === rows[0]?.unit);
    const max = largest(oneUnit ? rows : rows.filter((r) => r.panel === rows[0]?.panel));
    if (max === undefined) return undefined;
    const panel = max.panel === undefined ? undefined : panelName(chart, max.panel);
    return { value: max.display, label: panel === undefined ? max.label : within(panel, max.label, chart.lang) };
  },
  slope: (_rows, chart, raw) => {
    const right = raw.find((r) => r.side === 'right');
    const value = text(right, 'display');
    const row = text(right, 'row');
    const year = text(right, 'year');
    return value === undefined || row === undefined || year === undefined
      ? undefined
      : { value, label: inYear(row, year, chart.lang) };
  },
  line: (_rows, chart, raw) => {
    const last = raw.find((r) => r.last === true && r.row === raw[0]?.row);
    const value = text(last, 'display');
    const row = text(last, 'row');
    const year = text(last, 'year');
    return value === undefined || row === undefined || year === undefined
      ? undefined
      : { value, label: inYear(row, year, chart.lang) };
  },
  'change-table': (_rows, _chart, raw) => {
    const pick = raw.find((r) => r.flagged === true) ?? raw[0];
    const value = text(pick, 'text');
    const line = text(pick, 'line');
    return value === undefined || line === undefined ? undefined : { value, label: line };
  },
};

/**
 * The key number of a chart, read from the rows of its inline data (`spec.data.values`), and for
 * small multiples the panel titles; see {@link KEY_NUMBERS} for what each kind shows.
 *
 * @example keyNumber(povertyHouseholdsChart) // { value: '81.9%', label: '已脱贫户：665户；建档立卡贫困户：812户' }
 * @throws WorkreportError `RENDER_FAILED` naming the chart when its spec has no inline rows of
 *   the builders' shape (label, value, display) to take the number from.
 */
export function keyNumber(chart: Chart): KeyNumber {
  const values = (chart.spec as { data?: { values?: unknown } }).data?.values;
  const raw = Array.isArray(values)
    ? values.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null)
    : [];
  const key = KEY_NUMBERS[chart.kind](
    raw.filter((v): v is Record<string, unknown> & Row => isRow(v)),
    chart,
    raw,
  );
  if (key === undefined) {
    throw new WorkreportError(message('RENDER_FAILED', 'noRows', { id: chart.id, kind: chart.kind }), {
      input: chart.id,
    });
  }
  return key;
}
