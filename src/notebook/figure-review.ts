import { WorkreportError } from '../errors.ts';
import { message as catalogued } from '../messages.ts';
import type { Figure, ReviewState } from '../figures/figure.ts';
import { parseQuantity } from '../figures/parse-quantity.ts';
import type { Period } from '../figures/period.ts';
import { QUALIFIER_IDS, QUALIFIERS, type Qualifier } from '../figures/qualifier.ts';
import type { Quantity } from '../figures/quantity.ts';
import { UNIT_IDS, UNITS, type UnitId } from '../figures/unit.ts';
import type { InputElement } from './field.ts';
import { clauseLabel } from './clause-label.ts';
import { h } from './h.ts';
import { highlightText } from './highlight-text.ts';
import { PERIOD_KINDS, periodText, readPeriod } from './period-text.ts';
import { rangeOffsets, type TextSpan } from './range-offsets.ts';
import { table } from './table.ts';

/**
 * A figure as a dataset's `figures.json` holds it: the English label may be left out (not yet
 * translated) and the review state may be absent (a draft).
 */
export type ReviewFigure = Omit<Figure, 'label' | 'review'> & {
  label: { zh: string; en?: string };
  review?: ReviewState;
};

/** Options of {@link figureReview}. */
export interface FigureReviewOptions {
  /** The sections of the report: a figure added from the text goes in the one its quote starts in. */
  sections: readonly { id: string; start: number; end: number }[];
  /** Period of a figure added from the text. Default: `{ kind: 'unspecified' }`. */
  period?: Period;
  /**
   * Label of a figure added from the text, from the text and its quote's span. Default: `clauseLabel`
   * (the words of the clause before the quote, for the reviewer to shorten).
   */
  labelFor?: (text: string, span: TextSpan) => string;
}

/** What the desk holds now: its `value`. */
export interface FigureReviewValue {
  /** The figures kept, in text order, as `figures.json` holds them. Fields that do not read keep their last good value. */
  figures: ReviewFigure[];
  /** Ids of the figures dropped. */
  dropped: string[];
  /** Ids of the figures added from the text. */
  added: string[];
  /** Ids of the kept figures, not added, whose value, unit, qualifier, label or period differ from the start. */
  edited: string[];
  /** Fields that do not read, one line each: `figure "land": 数值 value: not a number`. */
  problems: string[];
}

/** The controls of one figure's row. */
interface Controls {
  value: HTMLInputElement;
  unit: HTMLSelectElement;
  qualifier: HTMLSelectElement;
  labelZh: HTMLInputElement;
  labelEn: HTMLInputElement;
  periodKind: HTMLSelectElement;
  periodDates: HTMLInputElement;
  reviewed: HTMLInputElement;
  drop: HTMLButtonElement;
}

/** One figure at the desk. */
interface Entry {
  /** The figure as it came, or null for one added from the text. */
  original: ReviewFigure | null;
  /** The figure as edited (last good value of each field). */
  figure: ReviewFigure;
  dropped: boolean;
  /** What the figure counts, kept while its unit is `count`. */
  counted: string | undefined;
  /** Its tags as it came. */
  tags: readonly string[] | undefined;
  /** Field → why it does not read. */
  problems: Map<string, string>;
  controls: Controls;
}

/** Tags `workreport init` puts on what a person must check (`needs-review:label`, `needs-review:period`). */
const NEEDS_REVIEW = 'needs-review:';

/** A stable comparison key of the fields a reviewer edits. */
function editedKey(figure: ReviewFigure): string {
  const { quantity, label, period } = figure;
  return JSON.stringify([quantity.value, quantity.unit, quantity.qualifier, label.zh, label.en ?? '', period]);
}

/**
 * The review desk for a drafted dataset's figures: the report's text with every figure highlighted,
 * and a table with one row per figure where a reviewer edits its value, unit, qualifier, zh and en
 * labels and period, marks it reviewed (which removes the `needs-review:*` tags `workreport init`
 * put on it), or drops it (and restores it). A figure the extractor missed
 * is added by selecting its words in the text and pressing 添加 Add: the quote and its UTF-16
 * offset come from the selection, value, unit and qualifier from `parseQuantity`; an expression that
 * does not parse, or a selection overlapping a kept figure, is refused with the parser's message.
 * Every text is shown as text (labels in input boxes, the report in text nodes), never as HTML.
 *
 * Its `value` ({@link FigureReviewValue}) is what to write into `figures.json`; it fires a bubbling
 * `input` event on every change, so notebook-kit's `view()` reads it.
 *
 * @param text the report's text (`source.txt`); offsets count its UTF-16 code units.
 * @param figures the drafted figures; each quote must lie at its offset in `text`.
 * @example const review = view(figureReview(source, draft.figures, { sections: report.sections, period: { kind: 'year', year: 2019 } }))
 * @throws WorkreportError `OPTION_INVALID` when a figure's quote is not at its offset or two figures overlap.
 */
export function figureReview(
  text: string,
  figures: readonly ReviewFigure[],
  options: FigureReviewOptions,
): InputElement<FigureReviewValue> {
  const { sections, period = { kind: 'unspecified' }, labelFor = clauseLabel } = options;
  for (const figure of figures) {
    const { quote, offset } = figure.provenance;
    if (text.slice(offset, offset + quote.length) !== quote) {
      throw new WorkreportError(
        catalogued('OPTION_INVALID', 'quoteNotAtOffset', { fn: 'figureReview', id: figure.id, quote, offset }),
        { input: figure },
      );
    }
  }
  const entries: Entry[] = [...figures]
    .sort((a, b) => a.provenance.offset - b.provenance.offset)
    .map((figure) => entryFor(figure, figure));
  const ids = new Set<string>(figures.map((f) => f.id));

  const textBox = h('div', { class: 'wr-review__text' });
  const tableBox = h('div', { class: 'wr-scroll wr-review__table' });
  const selection = h(
    'span',
    { class: 'wr-review__selection', 'data-selection': '' },
    '在上面的原文中选中一个数字 Select a figure in the text above',
  );
  const message = h('p', { class: 'wr-message', role: 'status', hidden: true });
  const addButton = h(
    'button',
    { type: 'button', class: 'wr-review__add', disabled: true },
    '添加选中的数字 Add the selected figure',
  );
  let selected: TextSpan | null = null;

  const root = h(
    'div',
    { class: 'wr-review', 'data-review': '' },
    textBox,
    h('div', { class: 'wr-review__bar' }, addButton, ' ', selection),
    message,
    tableBox,
  );

  function changed(): void {
    root.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function say(text: string | null): void {
    message.textContent = text ?? '';
    message.hidden = text === null;
  }

  function entryFor(original: ReviewFigure | null, figure: ReviewFigure): Entry {
    const q = figure.quantity;
    const named = (what: string) => `${figure.provenance.quote} 的${what}`;
    const controls: Controls = {
      value: h('input', { type: 'number', step: 'any', 'data-field': 'value', 'aria-label': named('数值 value') }),
      unit: h(
        'select',
        { 'data-field': 'unit', 'aria-label': named('单位 unit') },
        UNIT_IDS.map((id) =>
          h(
            'option',
            { value: id, selected: id === q.unit },
            UNITS[id].label.zh === '' ? id : `${UNITS[id].label.zh} ${id}`,
          ),
        ),
      ),
      qualifier: h(
        'select',
        { 'data-field': 'qualifier', 'aria-label': named('限定 qualifier') },
        QUALIFIER_IDS.map((id) =>
          h(
            'option',
            { value: id, selected: id === q.qualifier },
            QUALIFIERS[id].zh.word === '' ? id : `${QUALIFIERS[id].zh.word} ${id}`,
          ),
        ),
      ),
      labelZh: h('input', { type: 'text', 'data-field': 'label-zh', 'aria-label': named('中文标签 zh label') }),
      labelEn: h('input', {
        type: 'text',
        'data-field': 'label-en',
        'aria-label': named('英文标签 en label'),
        placeholder: '(untranslated)',
      }),
      periodKind: h(
        'select',
        { 'data-field': 'period-kind', 'aria-label': named('时期 period') },
        PERIOD_KINDS.map((k) => h('option', { value: k.kind, selected: k.kind === figure.period.kind }, k.label)),
      ),
      periodDates: h('input', {
        type: 'text',
        'data-field': 'period-dates',
        'aria-label': named('时期日期 period dates'),
      }),
      reviewed: h('input', {
        type: 'checkbox',
        'data-field': 'reviewed',
        checked: figure.review === 'reviewed',
        'aria-label': named('已核对 reviewed'),
      }),
      drop: h('button', { type: 'button', 'data-field': 'drop', 'aria-label': named('删去 drop') }, '删去 Drop'),
    };
    // Texts go in through properties: a label is never parsed as HTML.
    controls.value.value = String(q.value);
    controls.labelZh.value = figure.label.zh;
    controls.labelEn.value = figure.label.en ?? '';
    controls.periodDates.value = periodText(figure.period);
    controls.periodDates.placeholder = PERIOD_KINDS.find((k) => k.kind === figure.period.kind)?.hint ?? '';
    const entry: Entry = {
      original,
      figure: structuredClone(figure),
      dropped: false,
      counted: q.counted,
      tags: figure.tags,
      problems: new Map(),
      controls,
    };
    for (const control of [
      controls.value,
      controls.unit,
      controls.qualifier,
      controls.labelZh,
      controls.labelEn,
      controls.periodKind,
      controls.periodDates,
      controls.reviewed,
    ]) {
      control.dataset.figure = figure.id;
      control.addEventListener('input', () => read(entry));
    }
    controls.drop.dataset.figure = figure.id;
    controls.drop.addEventListener('click', () => {
      entry.dropped = !entry.dropped;
      controls.drop.textContent = entry.dropped ? '恢复 Restore' : '删去 Drop';
      controls.drop.setAttribute('aria-label', named(entry.dropped ? '恢复 restore' : '删去 drop'));
      drawText();
      changed();
    });
    return entry;
  }

  /** Read a row's controls into its figure; a field that does not read keeps its last good value and is named in `problems`. */
  function read(entry: Entry): void {
    const { controls, figure, problems } = entry;
    problems.clear();
    const typed = controls.value.valueAsNumber;
    if (!Number.isFinite(typed)) problems.set('value', '数值 value: not a number');
    const unit = controls.unit.value as UnitId;
    const quantity: Quantity = {
      value: Number.isFinite(typed) ? typed : figure.quantity.value,
      unit,
      qualifier: controls.qualifier.value as Qualifier,
    };
    // What a count counts stays with the figure while its unit is a count.
    if (unit === 'count' && entry.counted !== undefined) quantity.counted = entry.counted;
    figure.quantity = quantity;
    const zh = controls.labelZh.value.trim();
    if (zh === '') problems.set('label-zh', '中文标签 zh label: empty');
    const en = controls.labelEn.value.trim();
    const labelZh = zh === '' ? figure.label.zh : zh;
    figure.label = en === '' ? { zh: labelZh } : { zh: labelZh, en };
    const kind = controls.periodKind.value as Period['kind'];
    controls.periodDates.placeholder = PERIOD_KINDS.find((k) => k.kind === kind)?.hint ?? '';
    const periodRead = readPeriod(kind, controls.periodDates.value);
    if (typeof periodRead === 'string') problems.set('period', periodRead);
    else figure.period = periodRead;
    figure.review = controls.reviewed.checked ? 'reviewed' : 'draft';
    // A person has now checked the label and period: the drafter's needs-review tags go (and come back when unticked).
    if (entry.tags !== undefined) {
      const tags =
        figure.review === 'reviewed' ? entry.tags.filter((tag) => !tag.startsWith(NEEDS_REVIEW)) : [...entry.tags];
      if (tags.length > 0) figure.tags = tags;
      else delete figure.tags;
    }
    for (const [field, control] of [
      ['value', controls.value],
      ['label-zh', controls.labelZh],
      ['period', controls.periodDates],
    ] as const) {
      control.toggleAttribute('aria-invalid', problems.has(field));
    }
    drawText();
  }

  function classOf(entry: Entry): string | undefined {
    if (entry.dropped) return 'is-dropped';
    if (entry.original === null) return 'is-added';
    if (editedKey(entry.figure) !== editedKey(entry.original)) return 'is-edited';
    return entry.figure.review === 'reviewed' ? 'is-reviewed' : undefined;
  }

  function drawText(): void {
    const scroll = textBox.firstElementChild?.scrollTop ?? 0;
    const marks = entries.map((entry) => ({
      offset: entry.figure.provenance.offset,
      length: entry.figure.provenance.quote.length,
      id: `review-${entry.figure.id}`,
      title: `${entry.figure.label.zh} · ${entry.figure.quantity.value} ${entry.figure.quantity.unit}`,
      className: classOf(entry),
    }));
    const shown = highlightText(text, marks);
    textBox.replaceChildren(shown);
    shown.scrollTop = scroll;
  }

  function drawTable(): void {
    tableBox.replaceChildren(
      table(entries, {
        empty: '没有数字 No figure',
        columns: [
          {
            label: '原文 Quote',
            cell: (e) =>
              h('a', { href: `#review-${e.figure.id}`, 'data-figure': e.figure.id }, e.figure.provenance.quote),
            sort: (e) => e.figure.provenance.offset,
          },
          { label: '数值 Value', cell: (e) => e.controls.value, sort: (e) => e.figure.quantity.value, align: 'right' },
          {
            label: '单位 Unit',
            cell: (e) => [
              e.controls.unit,
              e.figure.quantity.counted === undefined ? null : h('small', {}, e.figure.quantity.counted),
            ],
          },
          { label: '限定 Qualifier', cell: (e) => e.controls.qualifier },
          {
            label: '标签 Label',
            cell: (e) => [
              e.controls.labelZh,
              e.controls.labelEn,
              e.tags === undefined ? null : h('small', { 'data-tags': '' }, e.tags.join(' ')),
            ],
            sort: (e) => e.figure.label.zh,
          },
          { label: '时期 Period', cell: (e) => [e.controls.periodKind, e.controls.periodDates] },
          {
            label: '已核对 Reviewed',
            cell: (e) => e.controls.reviewed,
            sort: (e) => (e.figure.review === 'reviewed' ? 1 : 0),
          },
          { label: '', cell: (e) => e.controls.drop },
        ],
      }),
    );
  }

  /** Remember the reader's selection while it lies in the text, and say what it would add. */
  function noteSelection(): void {
    const current = document.getSelection();
    if (current === null || current.rangeCount === 0) return;
    const span = rangeOffsets(textBox, current.getRangeAt(0));
    if (span === null) return;
    selected = span.end > span.start ? span : null;
    addButton.disabled = selected === null;
    selection.textContent =
      selected === null
        ? '在上面的原文中选中一个数字 Select a figure in the text above'
        : `选中 Selected: 「${text.slice(selected.start, selected.end)}」 (offset ${selected.start})`;
  }

  function onSelectionChange(): void {
    if (!root.isConnected && connected) {
      document.removeEventListener('selectionchange', onSelectionChange);
      return;
    }
    connected ||= root.isConnected;
    noteSelection();
  }
  let connected = false;
  document.addEventListener('selectionchange', onSelectionChange);
  textBox.addEventListener('mouseup', noteSelection);
  textBox.addEventListener('keyup', noteSelection);

  addButton.addEventListener('click', () => {
    noteSelection();
    if (selected === null) return say('先在原文中选中一个数字。Select a figure in the text first.');
    say(add(selected));
  });

  /** Add the figure at `span` (whitespace around it trimmed); the message why not, or null. */
  function add(span: TextSpan): string | null {
    let { start, end } = span;
    while (start < end && /\s/.test(text.charAt(start))) start++;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    const quote = text.slice(start, end);
    if (quote === '') return '选中的只有空白。The selection is only white space.';
    const overlaps = (e: Entry) =>
      e.figure.provenance.offset < end && start < e.figure.provenance.offset + e.figure.provenance.quote.length;
    const kept = entries.find((e) => overlaps(e) && !e.dropped);
    if (kept !== undefined)
      return `「${quote}」与已有的数字「${kept.figure.provenance.quote}」重叠，先删去它。「${quote}」 overlaps the figure 「${kept.figure.provenance.quote}」 (${kept.figure.id}); drop it first.`;
    let parsed;
    try {
      parsed = parseQuantity(quote);
    } catch (error) {
      if (!(error instanceof WorkreportError)) throw error;
      return `「${quote}」不是一个带单位的数字。「${quote}」 does not read as a quantity: ${error.detail}`;
    }
    // Dropped figures the new one overlaps go: their marks would overlap its mark.
    for (let i = entries.length - 1; i >= 0; i--)
      if (entries[i]?.dropped === true && overlaps(entries[i] as Entry)) entries.splice(i, 1);
    let id = `figure-at-${start}`;
    for (let n = 2; ids.has(id); n++) id = `figure-at-${start}-${n}`;
    ids.add(id);
    const section = sections.find((s) => start >= s.start && start < s.end) ?? sections[0];
    const quantity: Quantity = { value: parsed.value, unit: parsed.unit, qualifier: parsed.qualifier };
    if (parsed.counted !== undefined) quantity.counted = parsed.counted;
    const figure: ReviewFigure = {
      id: id as Figure['id'],
      section: (section?.id ?? 'preamble') as Figure['section'],
      label: { zh: labelFor(text, { start, end }) },
      quantity,
      period: structuredClone(period),
      provenance: { quote, offset: start },
      review: 'draft',
    };
    const entry = entryFor(null, figure);
    entries.push(entry);
    entries.sort((a, b) => a.figure.provenance.offset - b.figure.provenance.offset);
    selected = null;
    addButton.disabled = true;
    selection.textContent = `已添加 Added: 「${quote}」 (offset ${start}) → ${figure.id}`;
    drawText();
    drawTable();
    changed();
    return null;
  }

  drawText();
  drawTable();
  Object.defineProperty(root, 'value', {
    enumerable: true,
    get: (): FigureReviewValue => {
      const kept = entries.filter((e) => !e.dropped);
      return {
        figures: kept.map((e) => structuredClone(e.figure)),
        dropped: entries.filter((e) => e.dropped).map((e) => e.figure.id),
        added: kept.filter((e) => e.original === null).map((e) => e.figure.id),
        edited: kept
          .filter((e) => e.original !== null && editedKey(e.figure) !== editedKey(e.original))
          .map((e) => e.figure.id),
        problems: kept.flatMap((e) => [...e.problems.values()].map((problem) => `figure "${e.figure.id}": ${problem}`)),
      };
    },
  });
  return root as InputElement<FigureReviewValue>;
}
