// Modules imported one by one: the public index loads vega, whose canvas probe jsdom does not implement.
import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import type { Figure } from '../../src/figures/figure.ts';
import { h } from '../../src/notebook/h.ts';
import { table } from '../../src/notebook/table.ts';

const figures = yangshahu2019.figures.filter((f) => f.section === 'projects');
const columns = [
  { label: '数字', cell: (f: Figure) => f.label.zh, sort: (f: Figure) => f.label.zh },
  {
    label: '数值',
    cell: (f: Figure) => h('b', {}, f.provenance.quote),
    sort: (f: Figure) => f.quantity.value,
    align: 'right' as const,
  },
  { label: '编号', cell: (f: Figure) => f.id },
];
const firstColumn = (element: HTMLTableElement, column = 1) =>
  [...element.querySelectorAll(`tbody tr td:nth-child(${column})`)].map((td) => td.textContent);

describe('table', () => {
  it('shows one row per figure in the given order, with nodes kept as nodes', () => {
    const element = table(figures, { columns });
    expect(element.querySelectorAll('tbody tr')).toHaveLength(figures.length);
    expect(element.querySelector('tbody td b')?.textContent).toBe(figures[0]?.provenance.quote);
    expect(element.querySelectorAll('th button')).toHaveLength(2);
  });

  it('sorts by a clicked header, numbers numerically, and reverses on a second click', () => {
    const element = table(figures, { columns });
    const values = (el: HTMLTableElement) => firstColumn(el, 2);
    const byValue = [...figures].sort((a, b) => a.quantity.value - b.quantity.value).map((f) => f.provenance.quote);
    element.querySelectorAll<HTMLButtonElement>('th button')[1]?.click();
    expect(values(element)).toEqual(byValue);
    expect(element.querySelectorAll('th')[1]?.getAttribute('aria-sort')).toBe('ascending');
    element.querySelectorAll<HTMLButtonElement>('th button')[1]?.click();
    expect(values(element)).toEqual([...byValue].reverse());
    expect(element.querySelectorAll('th')[1]?.getAttribute('aria-sort')).toBe('descending');
  });

  it('sorts Chinese labels in pinyin order (征地 zhēng after 房屋 fáng), not by code point', () => {
    const element = table(figures, { columns, sort: { column: 0 } });
    const labels = firstColumn(element);
    expect(labels.indexOf('房屋拆迁')).toBeLessThan(labels.indexOf('征地'));
  });

  it('shows the empty text in one marked row when there are no rows, and refuses an unsortable sort column', () => {
    const element = table([], { columns, empty: '没有符合条件的数字' });
    expect(element.querySelector('tbody tr.wr-table__empty')?.textContent).toBe('没有符合条件的数字');
    expect(() => table(figures, { columns, sort: { column: 2 } })).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});
