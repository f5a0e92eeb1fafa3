import type { ExtractedFigure } from '../../figures/extract-figures.ts';
import { labelText, maskPinyin, MASK } from './clean-text.ts';
import { endsWithThreshold, nameAfter, nameBefore } from './label-name.ts';
import {
  ADDITION_WORDS,
  alternation,
  CHANGE_VERB_LABELS,
  CHANGE_VERBS,
  CLAUSE_ENDS,
  CONNECTORS,
  ITEM_ENDS,
  MEETING_WORDS,
  MOBILIZING_VERBS,
  NEGATED_VERBS,
  NEGATION_WORDS,
  PARALLEL_MODIFIERS,
  RANK_WORDS,
  RELATIVE_NAMES,
  RESULT_MARKS,
  SENTENCE_ENDS,
  THRESHOLD_WORDS,
} from './words.ts';

/**
 * A drafted label: the zh words that name what a figure counts, read from its clause.
 * `found` is false when no words name it and `zh` is a stand-in (the clause as written, or the
 * quote) that a person must replace; `change` marks the amount of a change (增长9%).
 */
export interface DraftLabel {
  zh: string;
  found: boolean;
  change: boolean;
}

/** Longest label kept as found; a longer one is a clause, not a name. */
const LONGEST_LABEL = 24;
const CHANGE_AT_END = new RegExp(`(${alternation(CHANGE_VERBS)})了?(${alternation(RESULT_MARKS)})?\\s*$`);
const RESPECTIVELY = /分别|分別/;
const LIST_SEPARATOR = /[、和及与與]/;
const OPENING = '(（';
const CLOSING = ')）';
const DIGIT = /[0-9０-９]/;
const RANK_BEFORE = new RegExp(`(?:${alternation(RANK_WORDS)})\\s*$`);
const MEETING_AFTER = new RegExp(`^(?:${alternation(MEETING_WORDS)})`);
const ADDITION = new RegExp(`^(?:${alternation(ADDITION_WORDS)})`);
const NEGATION_BEFORE = new RegExp(`(?:${alternation(NEGATION_WORDS)})(?:${alternation(NEGATED_VERBS)})?\\s*$`);
const THRESHOLD_QUOTE = new RegExp(`^(?:${alternation(THRESHOLD_WORDS)})|(?:以上|以下)$`);
const HAN = /^[\u4e00-\u9fff]/;
const MOBILIZING = new RegExp(`^(?:${alternation(MOBILIZING_VERBS)})`);
const RELATIVE_NAME = new RegExp(`^(?:${alternation(RELATIVE_NAMES)})$`);
const PARALLEL = new RegExp(`^(?:${alternation(PARALLEL_MODIFIERS)})`);
/** A share named without its whole (占全县工业产值比重): the subject is the level stated before it. */
const SHARE_WITHOUT_SUBJECT = /^[占佔]/;
const PERSON_UNITS = new Set(['persons', 'person-times']);
/** Counts of persons, households and things: the noun after the classifier may name what is counted (下辖6个社区). */
const NOUN_AFTER_UNITS = new Set(['count', 'persons', 'households']);

/** The offset after the last character of `stops` in `[floor, at)`, or `floor`. */
function backTo(text: string, at: number, stops: string, floor: number): number {
  let i = at;
  while (i > floor && !stops.includes(text.charAt(i - 1))) i--;
  return i;
}

/**
 * Where the item of the figure at `at` starts: after the last item break in `[floor, at)`, stepping
 * over closed parentheses (税收总额(不含海关代征)226.62亿元) and over enumerated names that share the
 * figure (国家级、省级荣誉301个: the name before 、 holds no figure).
 */
function itemStart(text: string, at: number, floor: number, figureAt: (from: number, to: number) => boolean): number {
  let depth = 0;
  for (let i = at; i > floor; i--) {
    const ch = text.charAt(i - 1);
    if (CLOSING.includes(ch)) depth++;
    else if (OPENING.includes(ch)) {
      if (depth === 0) return i;
      depth--;
    } else if (depth === 0 && ch === '、') {
      const before = backTo(text, i - 1, ITEM_ENDS, floor);
      if (figureAt(before, i - 1) || DIGIT.test(text.slice(before, i - 1))) return i;
    } else if (depth === 0 && ITEM_ENDS.includes(ch)) return i;
  }
  return floor;
}

/** The offset of the first character of `stops` in `[at, ceiling)`, or `ceiling`. */
function forwardTo(text: string, at: number, stops: string, ceiling: number): number {
  let i = at;
  while (i < ceiling && !stops.includes(text.charAt(i))) i++;
  return i;
}

/** Whether `at` lies inside a quotation of its sentence (“不漏一户、不落一人”): a slogan or a name, not a count. */
function insideQuotes(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(sentenceStart, at);
  return (before.match(/“/g)?.length ?? 0) > (before.match(/”/g)?.length ?? 0);
}

const endOf = (f: ExtractedFigure): number => f.offset + f.quote.length;
const changeWord = (verb: string): string => CHANGE_VERB_LABELS[verb] ?? verb;

/**
 * Label every figure from the words of its clause, in text order (a figure may take the name of the
 * figure before it: 建档立卡贫困户1193户5992人, 达到614亿元, 增长12.5%).
 *
 * - The name is the item's text before the figure without time words, reporting verbs and scope
 *   (`预计全年实现地区生产总值350亿元` → 地区生产总值; `新建桥梁3座` → 新建桥梁); when nothing is left,
 *   the noun right after it (`下辖6个社区` → 社区).
 * - A change (a change verb before a percentage, or a figure the extractor gave a role of change)
 *   is named after what changed: its own subject (`城镇居民人均可支配收入增长9.4%`) or the level
 *   stated before it in the sentence (`地区生产总值350亿元，增长10%` → 地区生产总值增长).
 * - Enumerations map by position: `A、B、C分别增长6.6%、9%、3.1%`; `A和B分别达到107亿元和45.91亿元，增长11%和14%`.
 * - A figure right after another (1193户5992人) shares its label.
 *
 * @param text the report's text; `figures` from `extractFigures(text)`
 * @returns one label per figure, in the same order
 * @example labelFigures('全年完成地区生产总值1102.5亿元，增长9%', extractFigures(…)).map((l) => l.zh)
 *   // ['地区生产总值', '地区生产总值增长']
 */
export function labelFigures(source: string, figures: readonly ExtractedFigure[]): DraftLabel[] {
  const text = maskPinyin(source);
  /** Labels as read, which later figures may take (a threshold's words name what follows it). */
  const labels: DraftLabel[] = [];
  /** Labels as drafted: a number that counts nothing is not found. */
  const drafted: DraftLabel[] = [];
  /** For the first figure of an enumeration after 分别, the names it distributes. */
  const listNames = new Map<number, string[]>();
  /** For the first change of a run, the first level of the run of levels it refers to. */
  const levelRunOf = new Map<number, number>();
  const between = (i: number): string => {
    const prev = figures[i - 1];
    const f = figures[i];
    return prev === undefined || f === undefined ? '\n' : text.slice(endOf(prev), f.offset);
  };
  const runStart = (i: number): number => {
    let r = i;
    while (r > 0 && CONNECTORS.test(between(r))) r--;
    return r;
  };
  const figureAt = (from: number, to: number): boolean => figures.some((f) => f.offset >= from && f.offset < to);
  const unitKey = (f: ExtractedFigure): string => `${f.unit} ${f.counted ?? ''}`;
  /** Whether `[from, to)` holds a digit outside every figure: a number the extractor did not read (181.47亿美元). */
  const unreadNumber = (from: number, to: number): boolean => {
    let rest = text.slice(from, to);
    for (const g of figures) if (g.offset >= from && g.offset < to) rest = rest.replace(g.quote, '');
    return DIGIT.test(rest);
  };
  const lastLevelBefore = (i: number, sentenceStart: number): number | undefined => {
    for (let j = i - 1; j >= 0; j--) {
      const g = figures[j];
      if (g === undefined || g.offset < sentenceStart) return undefined;
      if (labels[j]?.change === false) return j;
    }
    return undefined;
  };

  figures.forEach((f, i) => {
    const sentenceStart = backTo(text, f.offset, SENTENCE_ENDS, 0);
    const gap = between(i);
    const inSentence = i > 0 && (figures[i - 1]?.offset ?? -1) >= sentenceStart;
    const previous = labels[i - 1];
    let label: DraftLabel;
    if (inSentence && previous !== undefined && gap.trim() === '') label = { ...previous };
    else if (inSentence && previous !== undefined && CONNECTORS.test(gap)) label = enumerated(i);
    else label = own(i, sentenceStart);
    if (label.found && SHARE_WITHOUT_SUBJECT.test(label.zh)) label = withSubject(i, label, sentenceStart);
    labels.push(label);
    // A number that counts nothing is tagged; the figures after it may still take its words (跨过600亿元大关，达到614亿元).
    drafted.push({ ...label, found: label.found && !notACount(f, sentenceStart), zh: label.zh.replaceAll(MASK, '') });
  });
  return drafted;

  /**
   * A number in quotes (“不漏一户”), before a quoted name (八个“走在前”), a rank (分列404名), a
   * meeting (三次会议), a threshold (超10亿元项目, 不足10万元的村) or a negation (未发生一起).
   */
  function notACount(f: ExtractedFigure, sentenceStart: number): boolean {
    const after = text.slice(endOf(f), endOf(f) + 4);
    const before = text.slice(Math.max(0, f.offset - 6), f.offset);
    return (
      insideQuotes(text, sentenceStart, f.offset) ||
      (f.unit === 'count' && /^[“"]/.test(after) && !DIGIT.test(f.quote)) ||
      (f.unit === 'persons' && RANK_BEFORE.test(before)) ||
      MEETING_AFTER.test(after) ||
      isThreshold(f, before, after) ||
      (f.quote.startsWith('一') && NEGATION_BEFORE.test(before))
    );
  }

  /**
   * 超10亿元项目, 年纳税超500万元的企业, 年收入不足10万元的村: after a threshold word (or with one in
   * its quote), a number followed by what it qualifies (的, or for an amount a noun) bounds a set.
   */
  function isThreshold(f: ExtractedFigure, before: string, after: string): boolean {
    if (!endsWithThreshold(before) && !THRESHOLD_QUOTE.test(f.quote)) return false;
    return after.startsWith('的') || (!NOUN_AFTER_UNITS.has(f.unit) && !PERSON_UNITS.has(f.unit) && HAN.test(after));
  }

  /** A share named without its whole (占全县工业产值比重18.9%) takes the level stated before it as its subject, else it is tagged. */
  function withSubject(i: number, label: DraftLabel, sentenceStart: number): DraftLabel {
    const level = lastLevelBefore(i, sentenceStart);
    const source = level === undefined ? undefined : labels[level];
    if (source === undefined || !source.found || SHARE_WITHOUT_SUBJECT.test(source.zh))
      return { ...label, found: false };
    return { ...label, zh: source.zh + label.zh };
  }

  /** The label of figure `i`, the k-th of an enumeration (增长6.6%、9%、3.1%). */
  function enumerated(i: number): DraftLabel {
    const r = runStart(i);
    const k = i - r;
    const first = labels[r] ?? { zh: figures[i]?.quote ?? '', found: false, change: false };
    const verb = first.change ? changeVerbOf(r) : '';
    const name = listNames.get(r)?.[k];
    if (name !== undefined) return { zh: name + verb, found: true, change: first.change };
    const level = levelRunOf.get(r);
    const levelLabel = level === undefined ? undefined : labels[level + k];
    if (
      first.change &&
      levelLabel !== undefined &&
      level !== undefined &&
      level + k < r &&
      runStart(level + k) === level
    ) {
      return { zh: levelLabel.zh + verb, found: levelLabel.found, change: true };
    }
    return { ...first, found: false };
  }

  /** The change verb as a label writes it, read before figure `r`. */
  function changeVerbOf(r: number): string {
    const f = figures[r];
    const verb = f === undefined ? undefined : CHANGE_AT_END.exec(text.slice(Math.max(0, f.offset - 8), f.offset))?.[1];
    return verb === undefined ? '' : changeWord(verb);
  }

  /** The label of figure `i` from its own item. */
  function own(i: number, sentenceStart: number): DraftLabel {
    const f = figures[i] as ExtractedFigure;
    const prev = figures[i - 1];
    // After a change (下降3.6%二氧化碳减排4.1%), the next name starts; after a level it may go on (超10亿元企业达10家).
    const floor =
      prev !== undefined && endOf(prev) > sentenceStart && (labels[i - 1]?.change === true || prev.unit === 'percent')
        ? endOf(prev)
        : sentenceStart;
    const start = itemStart(text, f.offset, floor, figureAt);
    const clauseStart = backTo(text, f.offset, CLAUSE_ENDS, floor);
    const item = text.slice(start, f.offset);
    const clause = text.slice(clauseStart, f.offset);
    const verbMatch = CHANGE_AT_END.exec(item);
    const isChange =
      verbMatch !== null &&
      verbMatch[2] === undefined &&
      (f.role === 'increase' || f.role === 'decrease' || f.unit === 'percent' || f.unit === 'percentage-points');
    const respectively = RESPECTIVELY.exec(clause);
    if (respectively !== null) {
      const names = clause
        .slice(0, respectively.index)
        .split(LIST_SEPARATOR)
        .map((part) => nameBefore(part, false).name);
      shareHead(names);
      if (names.length > 1 && names.every((n) => n !== '')) {
        listNames.set(i, names);
        const verb = isChange && verbMatch?.[1] !== undefined ? changeWord(verbMatch[1]) : '';
        return { zh: (names[0] ?? '') + verb, found: true, change: isChange };
      }
    }
    if (verbMatch !== null && (isChange || verbMatch[2] !== undefined))
      return changeOrResult(
        i,
        item.slice(0, verbMatch.index),
        isChange ? changeWord(verbMatch[1] ?? '') : '',
        sentenceStart,
      );
    const written = labelText(item);
    const before = written.endsWith('等') ? { name: '', territory: false } : nameBefore(item, false);
    const nextStart = figures[i + 1]?.offset ?? text.length;
    // 组织10人参加培训: the persons are named by what they were sent to do, read to the end of the
    // clause (when no other figure stands in it, whose words those would be).
    const clauseEnd = forwardTo(text, endOf(f), CLAUSE_ENDS, text.length);
    if (PERSON_UNITS.has(f.unit) && MOBILIZING.test(before.name) && nextStart >= clauseEnd) {
      const task = labelText(text.slice(endOf(f), clauseEnd));
      if (task !== '') return sized(before.name + task, false, item);
    }
    // 新增企业17家，总数达到196家: a total names the thing of the level before it.
    if (RELATIVE_NAME.test(before.name)) {
      const level = lastLevelBefore(i, sentenceStart);
      const source = level === undefined ? undefined : labels[level];
      const levelFigure = level === undefined ? undefined : figures[level];
      if (source !== undefined && levelFigure !== undefined && unitKey(levelFigure) === unitKey(f)) {
        return { zh: (source.zh.replace(ADDITION, '') || source.zh) + before.name, found: source.found, change: false };
      }
    }
    const after = NOUN_AFTER_UNITS.has(f.unit)
      ? nameAfter(text.slice(endOf(f), forwardTo(text, endOf(f), ITEM_ENDS, nextStart)))
      : '';
    if (after !== '' && (before.name === '' || before.territory || DIGIT.test(before.name)))
      return sized(after, false, item);
    // A classifier's noun names what is counted (围绕防、控两个环节 → 环节); a short verb before it stays (发动党员干部).
    const short = f.unit === 'count' ? 3 : 2;
    if (after !== '' && before.name.length <= short) return sized(before.name + after, false, item);
    if (after !== '' && f.unit === 'count') return sized(after, false, item);
    if (before.name !== '' && !before.territory) return sized(before.name, false, item);
    const level = lastLevelBefore(i, sentenceStart);
    const levelFigure = level === undefined ? undefined : figures[level];
    if (
      level !== undefined &&
      levelFigure !== undefined &&
      written !== '' &&
      unitKey(levelFigure) === unitKey(f) &&
      !unreadNumber(endOf(levelFigure), f.offset)
    ) {
      const source = labels[level];
      if (source !== undefined)
        return { zh: source.zh.replace(ADDITION, '') || source.zh, found: source.found, change: false };
    }
    if (endsWithThreshold(item)) {
      const threshold = labelText(
        `${item}${f.quote}${nameAfter(text.slice(endOf(f), forwardTo(text, endOf(f), ITEM_ENDS, text.length)))}`,
      );
      return { zh: threshold.slice(-LONGEST_LABEL), found: false, change: false };
    }
    return fallback(f, item, sentenceStart, false);
  }

  /**
   * The label of a change (`verb` is its verb as a label writes it) or of the result of a change
   * (`verb` is ''): its subject, else the level stated before it in the sentence, else the words
   * of the clause before it up to the number the extractor did not read (进出口总额181.47亿美元，增长4.5%).
   */
  function changeOrResult(i: number, subjectText: string, verb: string, sentenceStart: number): DraftLabel {
    const f = figures[i] as ExtractedFigure;
    const change = verb !== '';
    const subject = nameBefore(subjectText, true).name;
    if (subject !== '') return sized(subject + verb, change, subjectText);
    const level = lastLevelBefore(i, sentenceStart);
    const levelFigure = level === undefined ? undefined : figures[level];
    if (level !== undefined && levelFigure !== undefined && !unreadNumber(endOf(levelFigure), f.offset)) {
      const levelRun = runStart(level);
      if (change) levelRunOf.set(i, levelRun);
      const source = labels[levelRun] ?? labels[level];
      if (source !== undefined) return { zh: source.zh + verb, found: source.found, change };
    }
    const clauseStart = backTo(
      text,
      backTo(text, f.offset, CLAUSE_ENDS, sentenceStart) - 1,
      CLAUSE_ENDS,
      sentenceStart,
    );
    const previousClause = text.slice(clauseStart, f.offset);
    const digit = DIGIT.exec(previousClause);
    const unread = digit === null ? '' : nameBefore(previousClause.slice(0, digit.index), false).name;
    if (unread !== '' && !CHANGE_AT_END.test(unread)) return sized(unread + verb, change, previousClause);
    return fallback(f, subjectText, sentenceStart, change);
  }

  /**
   * Names of a coordination that share the head of the last one (城镇、农村居民人均可支配收入 →
   * 城镇居民人均可支配收入): a parallel modifier alone takes the last name's words after its own modifier.
   */
  function shareHead(names: string[]): void {
    const last = names.at(-1) ?? '';
    const lastModifier = PARALLEL.exec(last)?.[0];
    if (lastModifier === undefined || last.length <= lastModifier.length) return;
    names.forEach((name, k) => {
      if (k < names.length - 1 && PARALLEL.exec(name)?.[0] === name) names[k] = name + last.slice(lastModifier.length);
    });
  }

  /** A found label, unless it is too long to be a name (then its last words, for review). */
  function sized(zh: string, change: boolean, item: string): DraftLabel {
    return zh.length <= LONGEST_LABEL
      ? { zh, found: true, change }
      : { zh: labelText(item).slice(-LONGEST_LABEL) || zh.slice(-LONGEST_LABEL), found: false, change };
  }

  /** A stand-in label for review: the item as written, else the sentence's last words, else the quote. */
  function fallback(f: ExtractedFigure, item: string, sentenceStart: number, change: boolean): DraftLabel {
    const words = labelText(item) || labelText(text.slice(sentenceStart, f.offset)).slice(-LONGEST_LABEL);
    return { zh: (words || labelText(f.quote) || f.quote).slice(-LONGEST_LABEL), found: false, change };
  }
}
