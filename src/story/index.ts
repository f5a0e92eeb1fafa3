/** Browser-only scrollytelling runtime: steps (scrollama) mapped to pre-rendered chart layers in a sticky graphic. */
export { ACTIVE_CLASS, setActiveStep } from './active-step.ts';
export { createChartStage, SHOWN_CLASS, type ChartStage } from './chart-stage.ts';
export { followLangParameter } from './lang.ts';
export { startScrolly, type ScrollyOptions } from './scrolly.ts';
export { activeStepIndex } from './step-at.ts';
