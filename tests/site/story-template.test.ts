import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildStoryPage, storySteps } from '../../src/site/story-template.ts';

const TEMPLATE = readFileSync(new URL('../../stories/yangshahu-2019/index.html', import.meta.url), 'utf8');

describe('storySteps', () => {
  test('reads the Yangshahu story’s steps: anchor, chart, heading and cited figures', () => {
    const steps = storySteps(TEMPLATE);
    expect(steps.length).toBeGreaterThanOrEqual(10);
    expect(steps[0]).toEqual({
      id: 'party-discipline',
      chartId: 'yangshahu-2019/party-discipline',
      heading: '党建：通报11期，问责148人次',
      figureIds: ['cadre-management-rules', 'inspection-bulletins-issued', 'cadres-criticised-or-held-accountable'],
    });
  });

  test('names a step without an id', () => {
    expect(() => storySteps('<section class="step" data-step data-chart-id="x/y"><h2>t</h2></section>')).toThrow(
      expect.objectContaining({ code: 'OPTION_INVALID' }),
    );
  });
});

describe('buildStoryPage', () => {
  test('stacks one pre-rendered layer per chart in the graphic, the first shown, and gives each step its chart for readers without JavaScript', async () => {
    const html = await buildStoryPage(TEMPLATE, 'yangshahu-2019', 'zh');
    const steps = storySteps(TEMPLATE);
    const layers = [...html.matchAll(/<div class="stage__layer( is-shown)?" data-chart-layer="([^"]+)">/g)];
    expect(layers.map((m) => m[2])).toEqual(steps.map((s) => s.chartId));
    expect(layers.map((m) => m[1] !== undefined)).toEqual(steps.map((_, i) => i === 0));
    expect(html.match(/<noscript><figure class="step__chart">/g)).toHaveLength(steps.length);
    expect(html.match(/data-vega-spec="\/embed\/yangshahu-2019\/party-discipline\/vega-zh-(340|560)\.json"/g)).toHaveLength(2);
  });

  test('links every number of the prose: a figure to its highlight, 81.9% to the indicator that computes it, the count to the source view', async () => {
    const html = await buildStoryPage(TEMPLATE, 'yangshahu-2019', 'zh');
    const numbers = TEMPLATE.match(/<data\b/g)?.length ?? 0;
    expect(html.match(/<a class="figure-link" href="[^"]+"><data\b/g)).toHaveLength(numbers);
    expect(html).toContain('<a class="figure-link" href="/source/yangshahu-2019/#land-acquired"><data value="430" data-figure="land-acquired">430亩</data></a>');
    expect(html).toContain('href="/source/yangshahu-2019/#indicator-poor-households-lifted-share"><data value="81.9"');
    expect(html).toContain('<a class="figure-link" href="/source/yangshahu-2019/"><data value="90" data-figure-count>');
  });

  test('refuses a ratio that no indicator computes, and a figure the report does not have', async () => {
    const ratio = TEMPLATE.replace('data-ratio="poor-households-lifted/poor-households-registered"', 'data-ratio="poor-households-registered/poor-households-lifted"');
    await expect(buildStoryPage(ratio, 'yangshahu-2019', 'zh')).rejects.toMatchObject({ code: 'INDICATOR_INVALID' });
    const figure = TEMPLATE.replace('data-figure="land-acquired"', 'data-figure="land-stolen"');
    await expect(buildStoryPage(figure, 'yangshahu-2019', 'zh')).rejects.toMatchObject({ code: 'FIGURE_NOT_FOUND' });
  });

  test('refuses a template without a graphic to draw the charts in', async () => {
    await expect(buildStoryPage(TEMPLATE.replace(' data-chart ', ' '), 'yangshahu-2019', 'zh')).rejects.toMatchObject({ code: 'OPTION_INVALID' });
  });
});
