/** Browser-only scrollytelling runtime: steps (scrollama) mapped to charts in a sticky graphic. */
export { ACTIVE_CLASS, setActiveStep } from './active-step.ts';
export { createChartStage, VIEW_CLASS, type ChartStage } from './chart-stage.ts';
export { startScrolly, type ScrollyOptions } from './scrolly.ts';
