/**
 * Which step of a story is active, from geometry alone: the last step whose top edge is at or
 * above the trigger line, or the first step when none has reached it yet. Scroll events and
 * scrollama's enter/exit callbacks can be skipped or reordered (fast scrolling, a reload half-way
 * down, a resize); recomputing from positions always gives exactly one active step.
 *
 * @param tops the steps' top edges in viewport pixels (`getBoundingClientRect().top`), in reading order.
 * @param trigger the trigger line in viewport pixels from the top.
 * @returns an index into `tops`; 0 for an empty list.
 * @example activeStepIndex([-900, -100, 350, 1200], 400) // 2
 */
export function activeStepIndex(tops: readonly number[], trigger: number): number {
  let active = 0;
  tops.forEach((top, index) => {
    if (top <= trigger) active = index;
  });
  return active;
}
