import type { FigureId, Report } from '../figures/figure.ts';
import { extractFigures, type ExtractedFigure } from '../figures/extract-figures.ts';
import { DECREASE_VERBS, INCREASE_VERBS } from '../figures/extract-words.ts';
import type { Qualifier } from '../figures/qualifier.ts';
import { basisWords, type BasisWord } from './basis.ts';
import { estimateWord } from './estimate.ts';
import type { ChangeMeasure } from './growth.ts';

/**
 * Stated changes (DESIGN.md "Change"): the growth a report writes next to a level
 * (`地区生产总值1102.5亿元,增长9%`, `同比下降11.98%`, `比上年提高0.4个百分点`, `增长11%和14%`), linked to
 * the level it qualifies. Read from the source text around the figures, so it works for
 * hand-curated datasets as for drafts: every number of the text is read again with
 * `extractFigures`, and a link is kept only when its level is one of the report's figures.
 */

/** A growth the report states for one of its level figures. */
export interface StatedChange {
  /** The report figure whose change this is (the level: 1102.5亿元). */
  level: FigureId;
  /** The change as a signed number in `measure`: 下降3.81% is -3.81. */
  value: number;
  measure: ChangeMeasure;
  direction: 'increase' | 'decrease';
  /** The qualifier of the rate as written (增长12%左右 is `approx`). */
  qualifier: Qualifier;
  /** The rate as written (`12%`, `0.4个百分点`) and its UTF-16 offset in the source. */
  quote: string;
  offset: number;
  /** Basis words for this change: between level and rate, in a note right after it (同比,下同), 预计 earlier in the sentence. */
  basis: BasisWord[];
}

/** The stated changes of a report, and where its rates are. */
export interface StatedChanges {
  linked: StatedChange[];
  rates: { start: number; end: number }[];
}

/** Clauses end at these: a change never qualifies a level across them. */
const CLAUSE_END = /[。；;！？!?\n]/;
/** Separators inside a list of levels or of rates read 分别 (107亿元和45.91亿元 … 增长11%和14%). */
const LIST_SEPARATOR = /^\s*[和及与、,，]\s*$/;
/** Words allowed between a level and its rate; anything else with two Han characters names another subject. */
const LINK_WORDS = [
  ...INCREASE_VERBS,
  ...DECREASE_VERBS,
  '分别',
  '同比',
  '比上年',
  '较上年',
  '比去年',
  '同口径',
  '按同口径计算',
  '按可比价格计算',
  '按可比价计算',
  '可比价',
  '按',
  '计算',
  '负',
  '了',
  '增',
  '降',
  '实现',
  '达到',
  '为',
];
const HAN = /\p{Script=Han}/gu;
/** Rates that are not a change against the year before: averages over years, changes since a named year. */
const NOT_YEAR_ON_YEAR = /年均|平均|比\d{4}年|比[一二三四五六七八九〇零]{4}年/;
const SHORT_INCREASE = ['增', '升', '涨'];
const SHORT_DECREASE = ['降', '减', '跌'];
/** A note right after a rate: (同比,下同) or （按可比价计算）. */
const NOTE = /^[(（]([^()（）]{1,20})[)）]/;

type Direction = StatedChange['direction'];

/** The direction of a percent or percentage-point figure that states a change, or undefined. */
function changeDirection(text: string, figure: ExtractedFigure): Direction | undefined {
  if (figure.unit !== 'percent' && figure.unit !== 'percentage-points') return undefined;
  if (figure.role === 'increase' || figure.role === 'decrease') return figure.role;
  const before = text.slice(Math.max(0, figure.offset - 1), figure.offset);
  if (SHORT_INCREASE.includes(before)) return text.charAt(figure.offset - 2) === '负' ? 'decrease' : 'increase';
  if (SHORT_DECREASE.includes(before)) return 'decrease';
  return undefined;
}

function clauseStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !CLAUSE_END.test(text.charAt(i - 1))) i--;
  return i;
}

const end = (f: ExtractedFigure): number => f.offset + f.quote.length;

/** True when the words between a level and its rate name no other subject. */
function linkable(gap: string): boolean {
  let rest = gap;
  for (const word of [...LINK_WORDS].sort((a, b) => b.length - a.length)) rest = rest.split(word).join('');
  return (rest.match(HAN) ?? []).length < 2;
}

/** One change figure of the text, its direction, and the run of rates (增长6.6%、9%、3.1%) it belongs to. */
interface Rate {
  figure: ExtractedFigure;
  direction: Direction;
  /** Index of the figure in the extracted list. */
  index: number;
  run: number;
  position: number;
}

/**
 * Every stated change of `report` linked to its level figure, in text order.
 *
 * A change is a percent (or percentage-point) figure after a change verb (增长, 下降, 提高, 增, 降,
 * 负增长) or continuing such a list (增长11%和14%). Its level is the nearest number before it in the
 * same clause (never across 。；), when the words between name no other subject (`地区生产总值614亿元,
 * 增长12.5%` links; `投资100亿元,城镇居民收入增长10%` does not); a list of rates after a list of levels
 * pairs them in order (107亿元和45.91亿元,增长11%和14%). Not year-on-year changes and left out:
 * averages (年均增长11.0%) and changes since a named year (比2010年下降22.2%).
 * The basis words (同比, 同口径, 按可比价, 比上年) are those between level and rate and in a note
 * right after the rate (`(同比,下同)`; 下同 carries its basis to every later change); `预计` counts
 * when it is earlier in the level's sentence.
 *
 * @returns `linked`: links for levels that are figures of the report (matched by overlapping
 *   quotes); `rates`: the UTF-16 ranges of every rate found, linked or not (a figure there is a
 *   change, never a level); never throws
 * @example statedChanges(report) // 地区生产总值1102.5亿元,增长9% → [{ level: 'gdp', value: 9, measure: 'percent', direction: 'increase', basis: [] , … }]
 */
export function statedChanges(report: Pick<Report, 'source' | 'figures'>): StatedChanges {
  const text = report.source;
  const all = extractFigures(text);
  const rates: Rate[] = [];
  all.forEach((figure, index) => {
    const direction = changeDirection(text, figure);
    const previous = rates.at(-1);
    const listed =
      previous !== undefined &&
      previous.index === index - 1 &&
      LIST_SEPARATOR.test(text.slice(end(previous.figure), figure.offset)) &&
      figure.unit === previous.figure.unit;
    if (listed) {
      rates.push({ figure, direction: previous.direction, index, run: previous.run, position: previous.position + 1 });
    } else if (direction !== undefined) {
      const from = index > 0 ? end(all[index - 1] as ExtractedFigure) : 0;
      if (NOT_YEAR_ON_YEAR.test(text.slice(Math.max(from, clauseStart(text, figure.offset)), figure.offset))) return;
      rates.push({ figure, direction, index, run: index, position: 0 });
    }
  });
  const isRate = new Set(rates.map((r) => r.index));
  const runLength = new Map<number, number>();
  for (const r of rates) runLength.set(r.run, Math.max(runLength.get(r.run) ?? 0, r.position + 1));

  let carried: BasisWord[] = [];
  const links: StatedChange[] = [];
  for (const rate of rates) {
    const { figure } = rate;
    const first = all[rate.run] as ExtractedFigure;
    const start = clauseStart(text, first.offset);
    const levels = all
      .slice(0, rate.run)
      .filter((f, i) => !isRate.has(i) && f.offset >= start && f.unit !== 'percentage-points');
    const { level, last: lastLevel } = levelOf(text, levels, rate.position, runLength.get(rate.run) ?? 1);
    const last = all[rate.run + (runLength.get(rate.run) ?? 1) - 1] as ExtractedFigure;
    const note = NOTE.exec(text.slice(end(last)));
    const noted = note === null ? [] : basisWords(text, end(last) + 1, end(last) + 1 + (note[1] ?? '').length);
    if (level === undefined || lastLevel === undefined || !linkable(text.slice(end(lastLevel), first.offset))) {
      if (note?.[1]?.includes('下同')) carried = noted;
      continue;
    }
    const words = [...basisWords(text, end(level), figure.offset), ...noted];
    const estimate = estimateWord(text, level.offset);
    const basis = [...(estimate === undefined ? [] : [estimate]), ...words];
    for (const c of carried) if (!basis.some((b) => b.basis === c.basis)) basis.push(c);
    if (note?.[1]?.includes('下同')) carried = noted;
    const ours = report.figures.find(
      (f) => f.provenance.offset < end(level) && level.offset < f.provenance.offset + f.provenance.quote.length,
    );
    if (ours === undefined) continue;
    links.push({
      level: ours.id,
      value: rate.direction === 'decrease' ? -figure.value : figure.value,
      measure: figure.unit === 'percentage-points' ? 'percentage-points' : 'percent',
      direction: rate.direction,
      qualifier: figure.qualifier,
      quote: figure.quote,
      offset: figure.offset,
      basis,
    });
  }
  return { linked: links, rates: rates.map((r) => ({ start: r.figure.offset, end: end(r.figure) })) };
}

/**
 * The level of the `position`-th rate of a run of `count` rates: with as many levels listed right
 * before (joined by 和、及), the one in the same place; else, for the first rate, the nearest level.
 * `last` is the level nearest the rates, where the words between levels and rates begin.
 */
function levelOf(
  text: string,
  levels: readonly ExtractedFigure[],
  position: number,
  count: number,
): { level?: ExtractedFigure; last?: ExtractedFigure } {
  const last = levels.at(-1);
  if (count > 1 && levels.length >= count) {
    const listed = levels.slice(-count);
    const joined = listed.every(
      (f, i) => i === 0 || LIST_SEPARATOR.test(text.slice(end(listed[i - 1] as ExtractedFigure), f.offset)),
    );
    if (joined) return { level: listed[position], last };
  }
  return position === 0 ? { level: last, last } : {};
}
