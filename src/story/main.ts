/**
 * The story page of every dataset (zh and en share it; src/site/story-page.ts writes it): its charts are already in the page as SVG
 * (built by the workreport site plugin); this follows `?lang=` and starts the scrollytelling.
 */
import { followLangParameter, startScrolly } from './index.ts';
import { WorkreportError } from '../errors.ts';
import { runtimeMessage } from '../runtime-messages.ts';

const graphic = document.querySelector<HTMLElement>('[data-chart]');
if (graphic === null) throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'noGraphic', {}));
if (!followLangParameter())
  startScrolly({ steps: [...document.querySelectorAll<HTMLElement>('[data-step]')], graphic });
