import type { Figure } from './figure.ts';
import type { Period } from './period.ts';

/**
 * A figure flattened to one table row (for CSV, arquero tables and spreadsheets).
 * `value` is unrounded; `period_start`/`period_end` are ISO dates of the precision the report gives
 * (a `year` or `target` period has start = end = the year).
 */
export interface FigureRow {
  id: string;
  section: string;
  label_zh: string;
  label_en: string;
  value: number;
  unit: string;
  qualifier: string;
  counted: string;
  period_kind: Period['kind'];
  period_start: string;
  period_end: string;
  quote: string;
  offset: number;
  tags: string;
  note: string;
  /** `draft` (a machine draft nobody has checked) or `reviewed`; a code-built figure without a state is a draft. */
  review: 'draft' | 'reviewed';
}

/** Column order of {@link FigureRow}, as written in CSV headers. */
export const FIGURE_COLUMNS: readonly (keyof FigureRow)[] = [
  'id',
  'section',
  'label_zh',
  'label_en',
  'value',
  'unit',
  'qualifier',
  'counted',
  'period_kind',
  'period_start',
  'period_end',
  'quote',
  'offset',
  'tags',
  'note',
  'review',
];

/** Flatten one figure; nothing is rounded or dropped (tags are joined with `;`). */
export function figureRow(figure: Figure): FigureRow {
  const [start, end] = periodBounds(figure.period);
  return {
    id: figure.id,
    section: figure.section,
    label_zh: figure.label.zh,
    label_en: figure.label.en,
    value: figure.quantity.value,
    unit: figure.quantity.unit,
    qualifier: figure.quantity.qualifier,
    counted: figure.quantity.counted ?? '',
    period_kind: figure.period.kind,
    period_start: start,
    period_end: end,
    quote: figure.provenance.quote,
    offset: figure.provenance.offset,
    tags: (figure.tags ?? []).join(';'),
    note: figure.note ?? '',
    review: figure.review ?? 'draft',
  };
}

function periodBounds(period: Period): [string, string] {
  switch (period.kind) {
    case 'year':
    case 'target':
      return [String(period.year), String(period.year)];
    case 'cumulative':
      return ['', period.through ?? ''];
    case 'since':
      return [period.start, period.through ?? ''];
    case 'through':
      return [period.start ?? '', period.end];
    case 'unspecified':
      return ['', ''];
  }
}
