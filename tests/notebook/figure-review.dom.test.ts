// Modules imported one by one: the public index loads vega, whose canvas probe jsdom does not implement.
import { describe, expect, it } from 'vitest';
import { clauseLabel } from '../../src/notebook/clause-label.ts';
import { figureReview, type ReviewFigure } from '../../src/notebook/figure-review.ts';
import { rangeOffsets } from '../../src/notebook/range-offsets.ts';

const TEXT = '截至目前，共征地430亩，迁坟100冢，用时三个月完成。';
const sections = [{ id: 'all', start: 0, end: TEXT.length }];
const figure = (
  id: string,
  quote: string,
  value: number,
  unit: ReviewFigure['quantity']['unit'],
  tags?: string[],
): ReviewFigure => ({
  id: id as ReviewFigure['id'],
  section: 'all' as ReviewFigure['section'],
  label: { zh: id },
  quantity: { value, unit, qualifier: 'exact' },
  period: { kind: 'year', year: 2019 },
  provenance: { quote, offset: TEXT.indexOf(quote) },
  ...(tags === undefined ? {} : { tags }),
  review: 'draft',
});
const FIGURES = [
  figure('land', '430亩', 430, 'mu', ['needs-review:label', 'period-inferred']),
  figure('graves', '100冢', 100, 'count'),
];

/** The desk in the document (selections need it), with helpers to reach its controls. */
function desk(figures = FIGURES) {
  const element = figureReview(TEXT, figures, { sections, period: { kind: 'year', year: 2019 } });
  document.body.replaceChildren(element);
  const control = <T extends HTMLElement>(id: string, field: string) =>
    element.querySelector<T>(`[data-figure="${id}"][data-field="${field}"]`) as T;
  const type = (input: HTMLInputElement | HTMLSelectElement, value: string) => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const select = (start: number, end: number) => {
    const root = element.querySelector('.wr-text') as HTMLElement;
    const walker = document.createTreeWalker(root, 4);
    const range = document.createRange();
    let at = 0;
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (start >= at && start <= at + length) range.setStart(node, start - at);
      if (end >= at && end <= at + length) {
        range.setEnd(node, end - at);
        break;
      }
      at += length;
    }
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    // A reader's drag ends with a mouseup in the text: the desk notes the selection and enables Add.
    root.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    (element.querySelector('.wr-review__add') as HTMLButtonElement).click();
  };
  const message = () => (element.querySelector('.wr-message') as HTMLElement).textContent;
  return { element, control, type, select, message };
}

describe('figureReview', () => {
  it('starts with every figure as given, highlighted in the text, none edited', () => {
    const { element } = desk();
    expect(element.value).toEqual({ figures: FIGURES, dropped: [], added: [], edited: [], problems: [] });
    expect([...element.querySelectorAll('.wr-text mark')].map((m) => m.textContent)).toEqual(['430亩', '100冢']);
    expect(element.querySelector('.wr-text')?.textContent).toBe(TEXT);
  });

  it('reads edits of value, unit, qualifier, labels and period; marks the figure edited, and fires input', () => {
    const { element, control, type } = desk();
    let events = 0;
    element.addEventListener('input', () => events++);
    type(control('land', 'value'), '431');
    type(control('land', 'qualifier'), 'approx');
    type(control('land', 'label-zh'), '征地面积');
    type(control('land', 'label-en'), 'Land acquired');
    type(control('land', 'period-kind'), 'through');
    type(control('land', 'period-dates'), '2019-01/2019-11-30');
    const land = element.value.figures[0];
    expect(land).toMatchObject({
      quantity: { value: 431, unit: 'mu', qualifier: 'approx' },
      label: { zh: '征地面积', en: 'Land acquired' },
      period: { kind: 'through', start: '2019-01', end: '2019-11-30' },
    });
    expect(element.value.edited).toEqual(['land']);
    expect(element.querySelector('mark.is-edited')?.textContent).toBe('430亩');
    expect(events).toBe(6);
  });

  it('keeps the last good value of a field that does not read and names it in problems', () => {
    const { element, control, type } = desk();
    type(control('land', 'value'), '');
    type(control('land', 'label-zh'), ' ');
    type(control('land', 'period-dates'), '19');
    expect(element.value.figures[0]).toMatchObject({
      quantity: { value: 430 },
      label: { zh: 'land' },
      period: { kind: 'year', year: 2019 },
    });
    expect(element.value.problems).toEqual([
      'figure "land": 数值 value: not a number',
      'figure "land": 中文标签 zh label: empty',
      'figure "land": 年度 year: write a year such as 2019',
    ]);
    expect(control('land', 'value').hasAttribute('aria-invalid')).toBe(true);
  });

  it('marks a figure reviewed, dropping its needs-review tags (back when unticked)', () => {
    const { element, control } = desk();
    const box = control<HTMLInputElement>('land', 'reviewed');
    box.click();
    expect(element.value.figures[0]).toMatchObject({ review: 'reviewed', tags: ['period-inferred'] });
    expect(element.querySelector('mark.is-reviewed')?.textContent).toBe('430亩');
    box.click();
    expect(element.value.figures[0]).toMatchObject({
      review: 'draft',
      tags: ['needs-review:label', 'period-inferred'],
    });
  });

  it('drops a figure and restores it', () => {
    const { element, control } = desk();
    control<HTMLButtonElement>('graves', 'drop').click();
    expect(element.value.figures.map((f) => f.id)).toEqual(['land']);
    expect(element.value.dropped).toEqual(['graves']);
    expect(element.querySelector('mark.is-dropped')?.textContent).toBe('100冢');
    control<HTMLButtonElement>('graves', 'drop').click();
    expect(element.value.figures.map((f) => f.id)).toEqual(['land', 'graves']);
  });

  it('adds a figure from a selection: quote and UTF-16 offset from the selection, quantity from parseQuantity', () => {
    const { element, select } = desk();
    const start = TEXT.indexOf('三个');
    select(start, start + 2);
    const added = element.value.figures.find((f) => f.provenance.quote === '三个');
    expect(added).toEqual({
      id: `figure-at-${start}`,
      section: 'all',
      label: { zh: '用时' },
      quantity: { value: 3, unit: 'count', qualifier: 'exact', counted: 'items' },
      period: { kind: 'year', year: 2019 },
      provenance: { quote: '三个', offset: start },
      review: 'draft',
    });
    expect(element.value.added).toEqual([`figure-at-${start}`]);
    expect(element.value.figures.map((f) => f.provenance.offset)).toEqual(
      [...element.value.figures.map((f) => f.provenance.offset)].sort((a, b) => a - b),
    );
  });

  it('counts offsets in UTF-16 code units past characters outside the BMP, and trims white space from a selection', () => {
    const text = '𠀀𠀁 共征地 430亩 。';
    const element = figureReview(text, [], { sections: [{ id: 'all', start: 0, end: text.length }] });
    document.body.replaceChildren(element);
    const node = element.querySelector('.wr-text')?.firstChild as Text;
    const range = document.createRange();
    range.setStart(node, text.indexOf('430') - 1);
    range.setEnd(node, text.indexOf('亩') + 2);
    expect(rangeOffsets(element.querySelector('.wr-text') as Node, range)).toEqual({ start: 8, end: 14 });
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    node.parentElement?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    (element.querySelector('.wr-review__add') as HTMLButtonElement).click();
    expect(element.value.figures[0]?.provenance).toEqual({ quote: '430亩', offset: 9 });
    expect(text.slice(9, 13)).toBe('430亩');
  });

  it('refuses a selection that is no quantity or overlaps a kept figure, with a message; replaces a dropped one it overlaps', () => {
    const { element, control, select, message } = desk();
    select(0, 4);
    expect(message()).toContain('「截至目前」 does not read as a quantity');
    select(TEXT.indexOf('征地'), TEXT.indexOf('亩') + 1);
    expect(message()).toContain('overlaps the figure 「430亩」 (land); drop it first');
    expect(element.value.figures).toHaveLength(2);
    control<HTMLButtonElement>('land', 'drop').click();
    select(TEXT.indexOf('430'), TEXT.indexOf('430') + 3 + 1);
    expect(element.value.dropped).toEqual([]);
    expect(element.value.figures.map((f) => f.provenance.quote)).toEqual(['430亩', '100冢']);
    expect(element.value.added).toHaveLength(1);
  });

  it('shows hostile texts as text: a label in an input, the report in text nodes', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const text = `${evil}共征地430亩`;
    const element = figureReview(
      text,
      [
        {
          ...(FIGURES[0] as ReviewFigure),
          label: { zh: evil },
          provenance: { quote: '430亩', offset: text.indexOf('430亩') },
        },
      ],
      { sections: [{ id: 'all', start: 0, end: text.length }] },
    );
    expect(element.querySelectorAll('img')).toHaveLength(0);
    expect(element.querySelector('.wr-text')?.textContent).toBe(text);
    expect((element.querySelector('[data-field="label-zh"]') as HTMLInputElement).value).toBe(evil);
  });

  it('refuses figures whose quote is not at its offset', () => {
    expect(() =>
      figureReview(TEXT, [{ ...(FIGURES[0] as ReviewFigure), provenance: { quote: '430亩', offset: 0 } }], {
        sections,
      }),
    ).toThrow(/「430亩」 is not at offset 0/);
  });
});

describe('clauseLabel', () => {
  it('takes the words of the clause before the quote, else the quote', () => {
    expect(clauseLabel(TEXT, { start: TEXT.indexOf('430亩'), end: TEXT.indexOf('430亩') + 4 })).toBe('共征地');
    expect(clauseLabel('430亩', { start: 0, end: 4 })).toBe('430亩');
  });
});
