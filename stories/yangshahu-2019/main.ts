/**
 * The Yangshahu 2019 story page: builds the dataset's charts in Chinese at the width of the sticky
 * graphic and hands them to the scrollytelling runtime.
 */
import { yangshahuCharts } from '../../datasets/yangshahu-2019/charts.ts';
import { startScrolly } from '../../src/story/index.ts';

/** Widest chart in pixels; narrower screens get charts as wide as the graphic. */
const MAX_CHART_WIDTH = 560;
/** Narrowest width the chart builders accept, in pixels. */
const MIN_CHART_WIDTH = 200;

const graphic = document.querySelector<HTMLElement>('[data-chart]');
if (graphic === null) throw new Error('story page: no [data-chart] element to draw charts in');
const steps = [...document.querySelectorAll<HTMLElement>('[data-step]')];
const width = Math.max(MIN_CHART_WIDTH, Math.min(MAX_CHART_WIDTH, Math.floor(graphic.clientWidth)));

startScrolly({ steps, graphic, charts: yangshahuCharts('zh', { width }) });
