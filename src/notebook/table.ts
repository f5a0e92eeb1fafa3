import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { h, type Child } from './h.ts';

/** One column of a {@link table}. */
export interface Column<T> {
  /** Header text. */
  label: string;
  /** What the cell shows: text or nodes (a link, a `<mark>`). */
  cell: (row: T) => Child;
  /**
   * What the column sorts by when its header is clicked: numbers numerically, strings in Chinese
   * (pinyin) order with `Intl.Collator('zh')`. Default: not sortable.
   */
  sort?: (row: T) => number | string;
  /** `'right'` for numbers. Default: `'left'`. */
  align?: 'left' | 'right';
}

/** Options of {@link table}. */
export interface TableOptions<T> {
  /** The columns, left to right. */
  columns: readonly Column<T>[];
  /** Index of the column sorted at first, and its direction. Default: rows in the given order. */
  sort?: { column: number; descending?: boolean };
  /** Text shown in place of the rows when there are none. Default: `'—'`. */
  empty?: string;
}

const collator = new Intl.Collator('zh');

/**
 * A table of `rows` whose sortable columns sort when their header is clicked (again: the other
 * direction), with `aria-sort` on the sorted header. With no rows, the body holds one
 * `tr.wr-table__empty` showing `empty`. Rows are never dropped or rounded here:
 * filter and format before.
 *
 * @example table(figures, { sort: { column: 1, descending: true }, columns: [
 *   { label: '数字', cell: (f) => f.label.zh },
 *   { label: '数值', cell: (f) => formatFigure(f, 'zh'), sort: (f) => f.quantity.value, align: 'right' },
 * ] })
 * @throws WorkreportError `OPTION_INVALID` when `sort.column` is not a sortable column.
 */
export function table<T>(rows: readonly T[], options: TableOptions<T>): HTMLTableElement {
  const { columns, empty = '—' } = options;
  let sorted = options.sort;
  if (sorted !== undefined && columns[sorted.column]?.sort === undefined) {
    throw new WorkreportError(
      message('OPTION_INVALID', 'sortColumn', {
        column: sorted.column,
        sortable: columns.flatMap((c, i) => (c.sort ? [`${i} (${c.label})`] : [])),
      }),
      { input: sorted },
    );
  }
  const headers = columns.map((column, i) => {
    const label =
      column.sort === undefined
        ? column.label
        : h('button', { type: 'button', onclick: () => sortBy(i) }, column.label);
    return h('th', { scope: 'col', class: column.align === 'right' ? 'wr-number' : null }, label);
  });
  const body = h('tbody');
  const element = h('table', { class: 'wr-table' }, h('thead', {}, h('tr', {}, headers)), body);

  function render(): void {
    const order = [...rows];
    const key = sorted === undefined ? undefined : columns[sorted.column]?.sort;
    if (sorted !== undefined && key !== undefined) {
      const sign = sorted.descending === true ? -1 : 1;
      order.sort((a, b) => sign * compare(key(a), key(b)));
    }
    headers.forEach((header, i) => {
      if (sorted?.column === i)
        header.setAttribute('aria-sort', sorted.descending === true ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    });
    const cells = (row: T) =>
      columns.map((column) => h('td', { class: column.align === 'right' ? 'wr-number' : null }, column.cell(row)));
    body.replaceChildren(
      ...(order.length > 0
        ? order.map((row) => h('tr', {}, cells(row)))
        : [h('tr', { class: 'wr-table__empty' }, h('td', { colspan: columns.length }, empty))]),
    );
  }

  function sortBy(column: number): void {
    sorted = { column, descending: sorted?.column === column ? sorted.descending !== true : false };
    render();
  }

  render();
  return element;
}

function compare(a: number | string, b: number | string): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}
