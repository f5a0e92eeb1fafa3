// Modules imported one by one: the public index loads vega, whose canvas probe jsdom does not implement.
import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import type { Figure } from '../../src/figures/figure.ts';
import { checkboxes } from '../../src/notebook/checkboxes.ts';
import type { InputElement } from '../../src/notebook/field.ts';
import { fileInput } from '../../src/notebook/file-input.ts';
import { numberInput } from '../../src/notebook/number-input.ts';
import { radio } from '../../src/notebook/radio.ts';
import { search } from '../../src/notebook/search.ts';
import { select } from '../../src/notebook/select.ts';
import { textArea } from '../../src/notebook/text-area.ts';

/** What notebook-kit's `view()` does with an input: read `value` now and after each bubbling `input` event. */
function watch<T>(input: InputElement<T>): T[] {
  const seen = [input.value];
  input.addEventListener('input', () => seen.push(input.value));
  return seen;
}

/** Change a control the way a reader does: set it, then fire the bubbling `input` event the browser fires. */
function change<E extends HTMLElement>(control: E | null, set: (control: E) => void): void {
  if (control === null) throw new Error('no such control');
  set(control);
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

const sections = yangshahu2019.sections;

describe('select', () => {
  it('gives the chosen option itself, here a section object or null for “all”', () => {
    const input = select([null, ...sections], {
      label: '章节 Section',
      format: (s) => (s === null ? '全部' : s.label.zh),
    });
    const seen = watch(input);
    change(input.querySelector('select'), (s) => (s.selectedIndex = 2));
    expect(seen).toEqual([null, sections[1]]);
    expect(input.querySelector('label')?.textContent).toContain('章节 Section');
    expect([...input.querySelectorAll('option')].map((o) => o.textContent).slice(0, 2)).toEqual(['全部', '前言']);
  });

  it('starts on the given value and refuses a value that is not an option', () => {
    expect(select(['zh', 'en'], { label: 'Language', value: 'en' }).value).toBe('en');
    expect(() => select(['zh', 'en'], { label: 'Language', value: 'fr' })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
    expect(() => select([], { label: 'Nothing' })).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});

describe('radio', () => {
  it('gives the option of the checked button, in a fieldset named by its legend', () => {
    const input = radio(['bar', 'progress', 'kpi'], { label: '图表类型', value: 'progress' });
    const seen = watch(input);
    change(input.querySelectorAll('input')[2] ?? null, (b) => (b.checked = true));
    expect(seen).toEqual(['progress', 'kpi']);
    expect(input.querySelector('fieldset legend')?.textContent).toBe('图表类型');
  });
});

describe('checkboxes', () => {
  it('gives the ticked options in the order of the options, grouped under their names', () => {
    const figures = yangshahu2019.figures.slice(0, 8);
    const input = checkboxes(figures, {
      label: '数字',
      value: [figures[5], figures[1]] as Figure[],
      format: (f) => f.label.zh,
      group: (f) => f.section,
    });
    const seen = watch(input);
    change(input.querySelectorAll('input')[0] ?? null, (b) => (b.checked = true));
    expect(seen).toEqual([
      [figures[1], figures[5]],
      [figures[0], figures[1], figures[5]],
    ]);
    expect([...input.querySelectorAll('.wr-input__group-name')].map((g) => g.textContent)).toEqual([
      'party-building',
      'projects',
    ]);
  });

  it('with no options says so in place of the boxes when given `empty` (value []), and throws OPTION_INVALID without it', () => {
    const input = checkboxes([], { label: '指标 Indicators', empty: '这份报告没有指标 No indicators' });
    expect(input.value).toEqual([]);
    expect(input.querySelectorAll('input')).toHaveLength(0);
    expect(input.querySelector('legend')?.textContent).toBe('指标 Indicators');
    expect(input.querySelector('[data-empty]')?.textContent).toBe('这份报告没有指标 No indicators');
    expect(() => checkboxes([], { label: 'Nothing' })).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });
});

describe('text inputs', () => {
  it('search and textArea give the text as typed, line breaks included', () => {
    const box = search({ label: '搜索', placeholder: '贫困' });
    const area = textArea({ label: '全文', value: '一、\n共征地430亩' });
    change(box.querySelector('input'), (i) => (i.value = '亩'));
    expect([box.value, area.value]).toEqual(['亩', '一、\n共征地430亩']);
  });

  it('numberInput gives a number, and null (never NaN) while empty or below its minimum', () => {
    const input = numberInput({ label: '已脱贫户', value: 665, min: 0 });
    const seen = watch(input);
    change(input.querySelector('input'), (i) => (i.value = '900'));
    change(input.querySelector('input'), (i) => (i.value = ''));
    change(input.querySelector('input'), (i) => (i.value = '-1'));
    expect(seen).toEqual([665, 900, null, null]);
  });

  it('fileInput gives null until a file is chosen', () => {
    expect(fileInput({ label: 'CSV', accept: '.csv' }).value).toBeNull();
  });
});
