import type { FileInput } from '../schema.ts';
import type { DraftedFigure } from './drafted-figure.ts';
import { uniqueId, unitPart } from './ids.ts';
import type { PartOfWhole } from './part-whole.ts';
import type { SectionInput } from './sections.ts';
import { PER_CAPITA_WORDS } from './words.ts';

/** A chart definition as `charts.json` holds it. */
export type ChartInput = FileInput['charts']['charts'][number];

/** Bars per bar chart: fewer is not a comparison, more is not readable. */
const MIN_BARS = 2;
const MAX_BARS = 8;
/** Part-of-whole charts per section, at most. */
const MAX_PROGRESS = 4;
/** Headline cards of a dataset that has no other chart. */
const HEADLINES = 3;

const unitKey = (f: DraftedFigure): string => `${f.input.quantity.unit} ${f.input.quantity.counted ?? ''}`;
/** A per-capita amount (农民人均纯收入 16842 元) is another quantity than a total in the same unit (生产总值 5.17 亿元). */
const isPerCapita = (f: DraftedFigure): boolean => PER_CAPITA_WORDS.some((w) => f.input.label.zh.includes(w));
/** A level whose label was read from the text: what a chart may show on its own. */
const isLevel = (f: DraftedFigure): boolean =>
  !f.change && f.labelFound && f.extracted.role !== 'from' && f.extracted.role !== 'to';

/** `a、b、c等` for a chart title. */
function listTitle(labels: readonly string[]): string {
  return labels.length > 3 ? `${labels.slice(0, 3).join('、')}等` : labels.join('、');
}

/**
 * A chart title that says when its figures are targets (`2022年目标：新建高标准农田、…`), so a plan's
 * numbers are never read as results: the year when every figure charted is a target of that year.
 */
function titled(title: string, figures: readonly DraftedFigure[]): string {
  const years = new Set(figures.map((f) => (f.input.period?.kind === 'target' ? f.input.period.year : undefined)));
  const [year] = years;
  return years.size === 1 && year !== undefined ? `${year}年目标：${title}` : title;
}

/**
 * Bar charts of a section: its levels grouped by unit (and thing counted), per-capita or not, and
 * period, distinct labels, 2–8 bars each.
 */
function barCharts(section: SectionInput, figures: readonly DraftedFigure[], used: Set<string>): ChartInput[] {
  const groups = new Map<string, DraftedFigure[]>();
  for (const f of figures.filter(isLevel)) {
    const key = `${unitKey(f)}|${isPerCapita(f)}|${JSON.stringify(f.input.period)}`;
    const group = groups.get(key) ?? [];
    if (!group.some((g) => g.input.label.zh === f.input.label.zh)) group.push(f);
    groups.set(key, group);
  }
  const charts: ChartInput[] = [];
  for (const group of groups.values()) {
    for (let at = 0; at + MIN_BARS <= group.length; at += MAX_BARS) {
      const bars = group.slice(at, at + MAX_BARS);
      if (bars.length < MIN_BARS) continue;
      const first = bars[0] as DraftedFigure;
      charts.push({
        id: uniqueId(`${section.id}-bar-${unitPart(first.extracted, false)}`, used),
        section: section.id,
        kind: 'bar',
        title: { zh: titled(listTitle(bars.map((b) => b.input.label.zh)), bars) },
        figures: bars.map((b) => b.input.id),
      });
    }
  }
  return charts;
}

/**
 * A first chart set for a drafted dataset, section by section in reading order:
 * - `progress` for each part stated of a whole (其中…; a breakdown in parentheses), at most
 *   `MAX_PROGRESS` per section;
 * - `bar` for the levels of a section that share a unit (and what is counted), per-capita or not, and a period, with
 *   labels read from the text, 2–8 bars (changes such as 增长9% are never bars);
 * - `kpi` for the first labelled level of a section that got no other chart;
 * - when that gives no chart at all, `kpi` cards for the report's first headline figures.
 * Titles of charts whose figures are all targets of one year start with the year and 目标 (`2022年目标：…`).
 * Chart ids are `<section>-bar-<unit>`, `<section>-progress`, `<section>-kpi` (made unique with `-2` …).
 *
 * @param sections the report's sections; `figures` the drafted figures in text order; `pairs` from `partsOfWholes`
 * @example draftCharts(sections, figures, pairs).map((c) => c.kind) // ['bar', 'progress', 'kpi']
 */
export function draftCharts(
  sections: readonly SectionInput[],
  figures: readonly DraftedFigure[],
  pairs: readonly PartOfWhole[],
): ChartInput[] {
  const used = new Set<string>();
  const charts: ChartInput[] = [];
  for (const section of sections) {
    const own = figures.filter((f) => f.input.section === section.id);
    const progress = pairs.filter(
      (p) =>
        p.part.input.section === section.id &&
        p.whole.input.section === section.id &&
        p.part.labelFound &&
        p.whole.labelFound,
    );
    const sectionCharts: ChartInput[] = progress.slice(0, MAX_PROGRESS).map(({ part, whole }) => ({
      id: uniqueId(`${section.id}-progress`, used),
      section: section.id,
      kind: 'progress',
      title: { zh: titled(`${part.input.label.zh}占${whole.input.label.zh}的比例`, [part, whole]) },
      part: part.input.id,
      whole: whole.input.id,
    }));
    sectionCharts.push(...barCharts(section, own, used));
    const headline = own.find(isLevel);
    if (sectionCharts.length === 0 && headline !== undefined) sectionCharts.push(kpi(headline, section.id, used));
    charts.push(...sectionCharts);
  }
  if (charts.length > 0) return charts;
  const levels = figures.filter((f) => !f.change);
  const headlines = (levels.some((f) => f.labelFound) ? levels.filter((f) => f.labelFound) : levels).slice(
    0,
    HEADLINES,
  );
  return headlines.map((f) => kpi(f, f.input.section, used));
}

/** A big-number card of one figure. */
function kpi(figure: DraftedFigure, section: string, used: Set<string>): ChartInput {
  return {
    id: uniqueId(`${section}-kpi`, used),
    section,
    kind: 'kpi',
    title: { zh: titled(figure.input.label.zh, [figure]) },
    figure: figure.input.id,
  };
}
