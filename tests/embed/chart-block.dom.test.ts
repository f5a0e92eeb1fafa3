/**
 * A chart block made interactive from what its SVG items carry (src/embed/chart-block.ts): the
 * tooltip a pointer shows, the link a click follows, the touch screen's two taps, and text that
 * stays text. The items are written as src/render/item-svg.ts writes them (the browser tests
 * check the built pages).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartBlock } from '../../src/embed/chart-block.ts';
import { createTooltip } from '../../src/embed/tooltip.ts';

/** A tooltip value as item-svg.ts writes it into an attribute: JSON, escaped as attribute text. */
function attribute(value: unknown): string {
  return JSON.stringify(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

const QUALITY_RICE = { 项目: '优质稻', 数值: '2万亩', 限定词: '无（确数）', 原文: '优质稻2万亩' };
const HOSTILE = { 项目: '<img src=x onerror="window.__xss=1">', 数值: '1亩' };

/** A block with a figure's bar and its value label, an indicator's bar, a hostile label's bar and an axis (no item). */
function block(): HTMLElement {
  document.body.innerHTML = `<div class="chart" data-chart-block="yangshahu-2019/farmland-by-crop" data-source-view="/source/yangshahu-2019/" data-figure-ids="quality-rice-area hostile">
    <div class="chart__theme chart__theme--light"><div class="chart__variant chart__variant--wide"><svg width="560" height="200">
      <g class="mark-rect role-mark">
        <path id="figure" data-id="quality-rice-area" data-tooltip="${attribute(QUALITY_RICE)}"/>
        <path id="indicator" data-id="rice-share" data-tooltip="${attribute('86.47%')}"/>
        <path id="hostile" data-id="hostile" data-tooltip="${attribute(HOSTILE)}"/>
      </g>
      <g class="mark-text role-mark"><text id="label" data-id="quality-rice-area">2万亩</text></g>
      <g class="mark-text role-axis-label"><text id="axis">优质稻</text></g>
    </svg></div></div></div>`;
  return document.querySelector<HTMLElement>('.chart') as HTMLElement;
}

/** Dispatch `type` at element `id` (or the element itself) as a pointer of `pointerType` (jsdom has no PointerEvent). */
function point(id: string | Element, type: string, pointerType = 'mouse'): void {
  const event = new MouseEvent(type, { bubbles: type !== 'pointerleave', clientX: 40, clientY: 30 });
  Object.defineProperty(event, 'pointerType', { value: pointerType });
  (typeof id === 'string' ? document.getElementById(id) : id)?.dispatchEvent(event);
}

/** The tooltip's rows as `title: text`, and its hint; undefined when hidden. */
function shown(): { rows: string[]; hint: string } | undefined {
  const tip = document.querySelector<HTMLElement>('.wr-tooltip');
  if (tip === null || tip.hidden) return undefined;
  const rows = [...tip.querySelectorAll('tr')].map((row) =>
    [...row.children].map((cell) => cell.textContent).join(': '),
  );
  return { rows, hint: tip.querySelector('.wr-tooltip__hint')?.textContent ?? '' };
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('chartBlock', () => {
  it('shows an item’s tooltip under a mouse, titled rows and the hint, and hides it off the items and outside the block', () => {
    const element = block();
    chartBlock(element, { tooltip: createTooltip('点击查看原文') });
    expect(element.hasAttribute('data-interactive')).toBe(true);
    point('figure', 'pointermove');
    expect(shown()).toEqual({
      rows: ['项目: 优质稻', '数值: 2万亩', '限定词: 无（确数）', '原文: 优质稻2万亩'],
      hint: '点击查看原文',
    });
    point('indicator', 'pointermove');
    expect(shown()?.rows).toEqual(['86.47%']);
    // A value label has no tooltip of its own (item-svg.ts writes each once per id): its bar's.
    point('label', 'pointermove');
    expect(shown()?.rows[1]).toBe('数值: 2万亩');
    // Off the items the tooltip waits a moment (a gap between two items), then hides.
    vi.useFakeTimers();
    point('axis', 'pointermove');
    expect(shown()?.rows[1]).toBe('数值: 2万亩');
    vi.advanceTimersByTime(60);
    point('figure', 'pointermove');
    vi.advanceTimersByTime(200);
    expect(shown()?.rows[0]).toBe('项目: 优质稻');
    point('axis', 'pointermove');
    vi.advanceTimersByTime(60);
    point('axis', 'pointermove');
    vi.advanceTimersByTime(60);
    expect(shown()).toBeUndefined();
    vi.useRealTimers();
    point('figure', 'pointermove');
    point(element, 'pointerleave');
    expect(shown()).toBeUndefined();
  });

  it('follows a click on the item whose tooltip shows: a figure to its sentence, an indicator to its entry', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    chartBlock(block(), { newTab: true });
    point('figure', 'pointermove');
    point('figure', 'click');
    point('indicator', 'pointermove');
    point('indicator', 'click');
    expect(open.mock.calls).toEqual([
      ['/source/yangshahu-2019/#quality-rice-area', '_blank', 'noopener'],
      ['/source/yangshahu-2019/#indicator-rice-share', '_blank', 'noopener'],
    ]);
  });

  it('on a touch screen, the first tap shows the tooltip and the second follows; a touch moving over items shows nothing; a tap outside, a scroll (of the page or of a box), a lost focus or Escape closes it', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    const element = block();
    chartBlock(element, { newTab: true });
    point('figure', 'pointermove', 'touch');
    expect(shown()).toBeUndefined();
    point('figure', 'click', 'touch');
    expect(shown()?.rows[0]).toBe('项目: 优质稻');
    // A lifted finger leaves the block before the click: the tooltip stays for the second tap.
    point(element, 'pointerleave', 'touch');
    expect(shown()?.rows[0]).toBe('项目: 优质稻');
    expect(open).not.toHaveBeenCalled();
    point('indicator', 'click', 'touch');
    expect(shown()?.rows).toEqual(['86.47%']);
    expect(open).not.toHaveBeenCalled();
    point('indicator', 'click', 'touch');
    expect(open.mock.calls).toEqual([['/source/yangshahu-2019/#indicator-rice-share', '_blank', 'noopener']]);
    point('axis', 'click', 'touch');
    expect(shown()).toBeUndefined();
    // A second tap on another item of the same figure (its value label) follows too.
    point('figure', 'click', 'touch');
    point('label', 'click', 'touch');
    expect(open.mock.calls.at(-1)).toEqual(['/source/yangshahu-2019/#quality-rice-area', '_blank', 'noopener']);
    point('figure', 'click', 'touch');
    const outside = document.createElement('p');
    document.body.append(outside);
    point(outside, 'pointerdown', 'touch');
    expect(shown()).toBeUndefined();
    // The page scrolls: browsers fire the event at the document, whence it bubbles to the window.
    point('figure', 'click', 'touch');
    document.dispatchEvent(new Event('scroll', { bubbles: true }));
    expect(shown()).toBeUndefined();
    // A framed page loses the focus when the reader taps the article around it.
    point('figure', 'click', 'touch');
    window.dispatchEvent(new Event('blur'));
    expect(shown()).toBeUndefined();
    // A box around the chart scrolls (its scroll event does not bubble).
    point('figure', 'click', 'touch');
    outside.dispatchEvent(new Event('scroll'));
    expect(shown()).toBeUndefined();
    point('figure', 'click', 'touch');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(shown()).toBeUndefined();
  });

  it('opens a comparison chart’s figure, `<dataset>/<figure>`, in that dataset’s source view under data-source-root; without a root, nowhere', () => {
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    document.body.innerHTML = `<div class="chart" data-chart-block="hongshan-district/levels-cny" data-source-view="/compare/hongshan-district/" data-source-root="/source/" data-figure-ids="hongshan-district-2012/gdp hongshan-district-2013/gdp">
      <svg width="560" height="200"><path id="point" data-id="hongshan-district-2013/gdp" data-tooltip="${attribute({ 项目: '地区生产总值', 数值: '635亿元' })}"/></svg></div>`;
    const element = document.querySelector<HTMLElement>('.chart') as HTMLElement;
    const tooltip = createTooltip('点击查看原文');
    const rooted = chartBlock(element, { newTab: true, tooltip });
    point('point', 'pointermove');
    expect(shown()?.hint).toBe('点击查看原文');
    point('point', 'click');
    expect(open.mock.calls).toEqual([['/source/hongshan-district-2013/#gdp', '_blank', 'noopener']]);
    rooted.destroy();
    delete element.dataset.sourceRoot;
    const rootless = chartBlock(element, { newTab: true, tooltip });
    point('point', 'pointermove');
    expect(shown()?.hint).toBe('');
    rootless.destroy();
  });

  it('shows a label written as HTML as text: no element is made of it', () => {
    chartBlock(block());
    point('hostile', 'pointermove');
    expect(shown()?.rows[0]).toBe('项目: <img src=x onerror="window.__xss=1">');
    expect(document.querySelectorAll('img')).toHaveLength(0);
  });

  it('gives the hint to click only on an item that links somewhere: one with an id', () => {
    const element = block();
    document.getElementById('indicator')?.removeAttribute('data-id');
    chartBlock(element, { tooltip: createTooltip('点击查看原文') });
    point('indicator', 'pointermove');
    expect(shown()).toEqual({ rows: ['86.47%'], hint: '' });
    point('figure', 'pointermove');
    expect(shown()?.hint).toBe('点击查看原文');
  });

  it('shows a tooltip attribute that is not JSON as its text', () => {
    const element = block();
    document.getElementById('indicator')?.setAttribute('data-tooltip', '86.47 %, 2269/2624');
    chartBlock(element);
    point('indicator', 'pointermove');
    expect(shown()?.rows).toEqual(['86.47 %, 2269/2624']);
  });

  it('after destroy, answers no pointer and drops its marker', () => {
    const element = block();
    const interactive = chartBlock(element);
    point('figure', 'pointermove');
    interactive.destroy();
    expect(shown()).toBeUndefined();
    expect(element.hasAttribute('data-interactive')).toBe(false);
    point('figure', 'pointermove');
    expect(shown()).toBeUndefined();
  });
});
