import { WorkreportError } from '../errors.ts';
import { runtimeMessage } from '../runtime-messages.ts';

/** The class a step carries while it is the one the reader is on. */
export const ACTIVE_CLASS = 'is-active';

/**
 * Make `active` the only active step of `steps`: it gets the `is-active` class and
 * `aria-current="step"`, every other step loses both. `active` must be one of `steps`.
 *
 * @throws WorkreportError `PAGE_INVALID` when `active` is not among `steps` (the page would end with no active step).
 */
export function setActiveStep(steps: readonly HTMLElement[], active: HTMLElement): void {
  if (!steps.includes(active)) {
    const params = { element: describe(active), steps: steps.length };
    throw new WorkreportError(runtimeMessage('PAGE_INVALID', 'notAStep', params), { input: active });
  }
  for (const step of steps) {
    const isActive = step === active;
    step.classList.toggle(ACTIVE_CLASS, isActive);
    if (isActive) step.setAttribute('aria-current', 'step');
    else step.removeAttribute('aria-current');
  }
}

function describe(element: HTMLElement): string {
  return element.id ? `#${element.id}` : `<${element.tagName.toLowerCase()}>`;
}
