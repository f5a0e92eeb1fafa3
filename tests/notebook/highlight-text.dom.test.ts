// Modules imported one by one: the public index loads vega, whose canvas probe jsdom does not implement.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { yangshahu2019 } from '../datasets.ts';
import { h } from '../../src/notebook/h.ts';
import { highlightText } from '../../src/notebook/highlight-text.ts';

const source = readFileSync(join(import.meta.dirname, '../../datasets/yangshahu-2019/source.txt'), 'utf8');
const marks = yangshahu2019.figures.map((f) => ({
  offset: f.provenance.offset,
  length: f.provenance.quote.length,
  id: `figure-${f.id}`,
  title: f.label.zh,
}));

describe('highlightText', () => {
  it('marks every Yangshahu 2019 quote at its offset and keeps the text verbatim', () => {
    const element = highlightText(source, [...marks].reverse());
    expect(element.textContent).toBe(source);
    const shown = [...element.querySelectorAll('mark')];
    expect(shown).toHaveLength(yangshahu2019.figures.length);
    expect(element.querySelector('#figure-land-acquired')?.textContent).toBe('430亩');
    expect(shown.map((m) => m.textContent)).toEqual(
      [...yangshahu2019.figures]
        .sort((a, b) => a.provenance.offset - b.provenance.offset)
        .map((f) => f.provenance.quote),
    );
  });

  it('never parses the text as HTML', () => {
    const element = highlightText('<b>共征地430亩</b>', [{ offset: 6, length: 4, className: 'is-current' }]);
    expect(element.querySelector('b')).toBeNull();
    expect(element.querySelector('mark.is-current')?.textContent).toBe('430亩');
  });

  it('refuses overlapping spans and spans outside the text, quoting them', () => {
    expect(() =>
      highlightText('共征地430亩', [
        { offset: 3, length: 4 },
        { offset: 5, length: 2 },
      ]),
    ).toThrow(/「0亩」 at offset 5 overlaps/);
    expect(() => highlightText('共征地430亩', [{ offset: 5, length: 9 }])).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('h', () => {
  it('sets attributes, skips false and null, adds listeners and appends text as text', () => {
    let clicked = 0;
    const button = h(
      'button',
      { type: 'button', disabled: false, 'data-x': 1, title: null, onclick: () => clicked++ },
      '下载 ',
      ['<SVG>', null, 2],
    );
    button.click();
    expect(button.outerHTML).toBe('<button type="button" data-x="1">下载 &lt;SVG&gt;2</button>');
    expect(clicked).toBe(1);
  });
});
