/**
 * The browser side of the layout check (bundled by matrix.ts and loaded into one Chromium page):
 * vega draws each precompiled chart as SVG, with text measured by the page's canvas and the
 * system's Noto Sans CJK SC, and {@link measureChart} reads back what a reader sees: every text
 * box, every horizontal value axis with the marks drawn along it, and the title block's lines.
 */
import * as vega from 'vega';
import { registerNumberFormat } from '../../../src/charts/vega-format.ts';
import type { AxisMeasure, ChartMeasure, LayoutCase, TextMeasure } from './measure.ts';

registerNumberFormat();

/** A DOMRect as a plain box in page pixels. */
function box(rect: DOMRect): { x: number; y: number; width: number; height: number } {
  return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
}

/** Whether an SVG element is drawn: no zero opacity on it or an ancestor inside the chart. */
function visible(element: Element, root: Element): boolean {
  for (let node: Element | null = element; node !== null && node !== root; node = node.parentElement) {
    const opacity = node.getAttribute('opacity') ?? node.getAttribute('fill-opacity');
    if (opacity !== null && Number(opacity) === 0) return false;
  }
  return true;
}

/** The role of a text: the `role-…` class of its mark group (`axis-label`, `title-text`, `mark`…). */
function roleOf(text: Element): string {
  const group = text.closest('g[class*="role-"]');
  const role = [...(group?.classList ?? [])].find((c) => c.startsWith('role-'));
  return role === undefined ? 'unknown' : role.slice('role-'.length);
}

/** The lines of a text element: its tspans, or itself; with each line's drawn width. */
function lines(text: SVGTextElement): { text: string; width: number }[] {
  const spans = [...text.querySelectorAll('tspan')];
  const nodes: SVGTextContentElement[] = spans.length > 0 ? spans : [text];
  return nodes.map((node) => ({ text: node.textContent ?? '', width: node.getComputedTextLength() }));
}

/** Horizontal axes with a domain line, and the extent of the data marks of the view they belong to. */
function axes(svg: SVGSVGElement): AxisMeasure[] {
  const found: AxisMeasure[] = [];
  for (const axis of svg.querySelectorAll('g.role-axis')) {
    const domain = axis.querySelector('.role-axis-domain line, .role-axis-domain path');
    if (domain === null) continue;
    const line = domain.getBoundingClientRect();
    if (line.height > 1 || line.width < 1) continue;
    // The view of the axis: the nearest group above it that holds data marks.
    let scope: Element | null = axis.parentElement;
    while (scope !== null && scope.querySelector('.role-mark') === null) scope = scope.parentElement;
    const marks = [...(scope?.querySelectorAll('.mark-rect.role-mark path, .mark-symbol.role-mark path') ?? [])]
      .map((m) => m.getBoundingClientRect())
      .filter((r) => r.width > 0 || r.height > 0);
    if (marks.length === 0) continue;
    const zeroLabel = [...axis.querySelectorAll('.role-axis-label text')].find(
      (t) => (t.textContent ?? '').trim() === '0',
    );
    const zero =
      zeroLabel === undefined
        ? null
        : zeroLabel.getBoundingClientRect().left + zeroLabel.getBoundingClientRect().width / 2;
    found.push({
      zero,
      x0: line.left,
      x1: line.right,
      marksLeft: Math.min(...marks.map((r) => r.left)),
      marksRight: Math.max(...marks.map((r) => r.right)),
    });
  }
  return found;
}

/** What one drawn chart shows, read from its SVG inside `container`. */
function measureChart(id: string, container: HTMLElement): ChartMeasure {
  const svg = container.querySelector('svg');
  if (svg === null) throw new Error(`${id}: vega drew no SVG`);
  const texts: TextMeasure[] = [...svg.querySelectorAll('text')]
    .filter((t) => (t.textContent ?? '').trim() !== '' && visible(t, svg))
    .map((t) => ({
      role: roleOf(t),
      text: t.textContent ?? '',
      lines: lines(t),
      fontSize: Number.parseFloat(getComputedStyle(t).fontSize),
      box: box(t.getBoundingClientRect()),
    }));
  return {
    id,
    container: box(container.getBoundingClientRect()),
    svg: box(svg.getBoundingClientRect()),
    texts,
    axes: axes(svg),
  };
}

/**
 * Draw every case into a fresh block of the page (on the chart's own background, as a card) and
 * measure it. Cases are drawn one after another, so the page holds them all for screenshots.
 */
async function renderCases(cases: readonly LayoutCase[]): Promise<ChartMeasure[]> {
  const host = document.getElementById('charts') ?? document.body;
  const measures: ChartMeasure[] = [];
  for (const c of cases) {
    const block = document.createElement('div');
    block.className = 'case';
    block.dataset.case = c.key;
    block.style.width = `${c.width}px`;
    host.append(block);
    const view = new vega.View(vega.parse(c.vega as vega.Spec), { renderer: 'svg', container: block, hover: false });
    await view.runAsync();
    measures.push(measureChart(c.key, block));
  }
  return measures;
}

(window as unknown as { renderCases: typeof renderCases }).renderCases = renderCases;
