import type { Chart, ChartKind, Lang } from '../charts/chart.ts';
import { formatShare } from '../charts/locale.ts';
import { WorkreportError } from '../errors.ts';

/** The number a social card shows large, with the words that say what it counts. */
export interface KeyNumber {
  /** As the chart prints it, with qualifier and unit: `81.9%`, `近300亩`, `126.9万元`. */
  value: string;
  /** What the value is, in the chart's language. */
  label: string;
}

/** The fields every row of a chart's inline data carries (src/charts/datum.ts `ChartDatum`). */
interface Row {
  label: string;
  value: number;
  display: string;
  group?: string;
  role?: string;
  caption?: string;
}

function isRow(value: unknown): value is Row {
  const row = value as Partial<Row> | null;
  return typeof row === 'object' && row !== null && typeof row.label === 'string' && typeof row.value === 'number' && typeof row.display === 'string';
}

/** The row with the largest value; the first of ties. */
function largest(rows: readonly Row[]): Row | undefined {
  return rows.reduce<Row | undefined>((max, row) => (max === undefined || row.value > max.value ? row : max), undefined);
}

type KeyPicker = (rows: readonly Row[], lang: Lang) => KeyNumber | undefined;

/**
 * How each kind of chart names its key number; a kind without an entry does not compile.
 * Bars: the largest bar (`2万亩`, 优质稻种植; in a grouped bar, `group·label`); a progress bar:
 * the share, with both captions (`81.9%`, 已脱贫户：665户；建档立卡贫困户：812户); a KPI card: its figure.
 */
const KEY_NUMBERS: Record<ChartKind, KeyPicker> = {
  bar: (rows) => {
    const max = largest(rows);
    return max && { value: max.display, label: max.label };
  },
  'grouped-bar': (rows, lang) => {
    const max = largest(rows);
    return max && { value: max.display, label: max.group === undefined ? max.label : `${max.group}${lang === 'zh' ? '·' : ': '}${max.label}` };
  },
  progress: (rows, lang) => {
    const part = rows.find((r) => r.role === 'part');
    const whole = rows.find((r) => r.role === 'whole');
    if (part === undefined || whole === undefined) return undefined;
    const caption = (row: Row): string => row.caption ?? `${row.label} ${row.display}`;
    return { value: formatShare(part.value, whole.value, lang), label: `${caption(part)}${lang === 'zh' ? '；' : '; '}${caption(whole)}` };
  },
  kpi: (rows) => {
    const [row] = rows;
    return row && { value: row.display, label: row.label };
  },
};

/**
 * The key number of a chart, read from the rows of its inline data (`spec.data.values`).
 *
 * @example keyNumber(povertyHouseholdsChart) // { value: '81.9%', label: '已脱贫户：665户；建档立卡贫困户：812户' }
 * @throws WorkreportError `RENDER_FAILED` naming the chart when its spec has no inline rows of
 *   the builders' shape (label, value, display) to take the number from.
 */
export function keyNumber(chart: Chart): KeyNumber {
  const values = (chart.spec as { data?: { values?: unknown } }).data?.values;
  const rows = Array.isArray(values) ? values.filter(isRow) : [];
  const key = KEY_NUMBERS[chart.kind](rows, chart.lang);
  if (key === undefined) {
    throw new WorkreportError(
      'RENDER_FAILED',
      `chart "${chart.id}" (${chart.kind}) has no inline data rows with label, value and display to take a key number from; build it with the src/charts builders`,
      { input: chart.id },
    );
  }
  return key;
}
