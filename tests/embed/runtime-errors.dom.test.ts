/**
 * The browser runtimes refuse a page they cannot work on with a coded WorkreportError (runtime-messages.ts)
 * that names what is missing or refused: a story without steps, a step without its chart, a stage without
 * layers, an embed of another origin or an address that does not answer.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartBlock } from '../../src/embed/chart-block.ts';
import '../../src/embed/element.ts';
import { WorkreportError } from '../../src/errors.ts';
import { setActiveStep } from '../../src/story/active-step.ts';
import { createChartStage } from '../../src/story/chart-stage.ts';
import { startScrolly } from '../../src/story/scrolly.ts';
import { thrown } from '../thrown.ts';

function element(html: string): HTMLElement {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  return host.firstElementChild as HTMLElement;
}

/** What `<workreport-chart src>` logs until it gives up on the chart at `src`: the lines, and the error it gave up on. */
async function embedError(src: string): Promise<{ lines: unknown[]; error: unknown }> {
  const lines: unknown[] = [];
  const logged = new Promise<{ lines: unknown[]; error: unknown }>((resolve) => {
    vi.spyOn(console, 'error').mockImplementation((line: unknown, cause?: unknown) => {
      lines.push(line);
      if (cause !== undefined) resolve({ lines, error: cause });
    });
  });
  element(`<workreport-chart src="${src}"></workreport-chart>`);
  return logged;
}

/** `<meta name="workreport-chart-origins" content="…">`: the origins a page lets `<workreport-chart>` load. */
function allowOrigins(content: string): void {
  const origins = document.createElement('meta');
  origins.name = 'workreport-chart-origins';
  origins.content = content;
  document.head.append(origins);
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
  document.head.replaceChildren();
});

describe('the story runtime', () => {
  it('refuses a page without steps, and a step that names no chart, saying which step', () => {
    const graphic = element('<div data-chart></div>');
    expect(thrown(() => startScrolly({ steps: [], graphic }))).toMatchObject({ code: 'PAGE_INVALID' });
    const steps = [element('<p data-step data-chart-id="a/b">一</p>'), element('<p data-step>二</p>')];
    const error = thrown(() => startScrolly({ steps, graphic }));
    expect(error.code).toBe('PAGE_INVALID');
    expect(error.detail).toContain('step 1 has no data-chart-id');
  });

  it('refuses a stage without layers, and a chart no layer shows, naming the chart and the layers', () => {
    expect(thrown(() => createChartStage(element('<div data-chart></div>'))).code).toBe('PAGE_INVALID');
    const stage = createChartStage(element('<div data-chart><div data-chart-layer="x/land"></div></div>'));
    const error = thrown(() => stage.show('x/roads'));
    expect(error.code).toBe('PAGE_INVALID');
    expect(error.detail).toBe('createChartStage: no layer shows chart "x/roads"; layers: x/land');
  });

  it('moves a pending layer’s chart in from its <noscript>, and refuses a pending layer whose chart is nowhere, naming it', () => {
    element(
      '<noscript data-chart-fallback="x/land"><figure><div class="chart" data-chart-block="x/land"><svg width="560" height="200"></svg></div></figure></noscript>',
    );
    const stage = createChartStage(
      element(
        '<div data-chart><div data-chart-layer="x/roads"></div><div data-chart-layer="x/land" data-chart-pending><div class="chart" aria-hidden="true"></div></div><div data-chart-layer="x/dams" data-chart-pending></div></div>',
      ),
    );
    stage.show('x/land');
    const land = document.querySelector<HTMLElement>('[data-chart-layer="x/land"]');
    expect(land?.dataset.chartPending).toBeUndefined();
    expect(land?.innerHTML).toBe(
      '<div class="chart" data-chart-block="x/land" tabindex="0" data-interactive=""><svg width="560" height="200"></svg></div>',
    );
    const error = thrown(() => stage.show('x/dams'));
    expect(error.code).toBe('PAGE_INVALID');
    expect(error.detail).toContain('chart "x/dams" waits for it, and no <noscript data-chart-fallback>');
  });

  it('refuses to activate an element that is not a step, naming it', () => {
    const steps = [element('<p id="one" data-step>一</p>')];
    const error = thrown(() => setActiveStep(steps, element('<p id="stray">?</p>')));
    expect(error.code).toBe('PAGE_INVALID');
    expect(error.detail).toContain('(#stray) is not one of the 1 steps');
  });
});

describe('the embed runtime', () => {
  it('refuses a chart block without a chart SVG, naming the block', () => {
    const error = thrown(() => chartBlock(element('<div data-chart-block="x/land"></div>')));
    expect(error.code).toBe('PAGE_INVALID');
    expect(error.detail).toContain('block "x/land"');
  });

  it('refuses an embed of an origin the page does not list, naming the address and the allowed origins', async () => {
    // A listed origin without its scheme is no URL: said, and left out.
    allowOrigins('reports.example');
    const { lines, error } = await embedError('https://elsewhere.example/embed/x/land/');
    expect(lines[0]).toBe(
      'workreport [ATTRIBUTE_INVALID] workreport-chart: "reports.example" in <meta name="workreport-chart-origins"> is not a URL; list origins such as https://example.org',
    );
    expect(error).toBeInstanceOf(WorkreportError);
    expect(error).toMatchObject({ code: 'ORIGIN_REFUSED', input: 'https://elsewhere.example/embed/x/land/' });
    expect((error as WorkreportError).detail).toContain('<meta name="workreport-chart-origins">');
  });

  it('says which address answered with an HTTP error', async () => {
    const page = 'https://reports.example/embed/x/gone/';
    allowOrigins('https://reports.example');
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('not found', { status: 404 })));
    const { lines, error } = await embedError(page);
    expect(lines).toEqual(['workreport [CHART_STATIC] workreport-chart: the chart could not be shown']);
    expect(error).toMatchObject({ code: 'FETCH_FAILED', input: page });
    expect((error as WorkreportError).detail).toContain(`${page} answered HTTP 404`);
  });
});
