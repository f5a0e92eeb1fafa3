/**
 * The runtime of the site's notebooks: notebook-kit's, with each cell's state published on the
 * `<html>` element, so that a reader's tools and the browser tests can tell when a notebook has
 * settled. vite.config.ts points the compiled notebooks' `observable:runtime` import here.
 *
 * - `data-cells`: how many cells the notebook defines.
 * - `data-cells-pending`: how many are computing or waiting on an input; `0` once all have settled
 *   (it rises again while an input's change recomputes the cells that depend on it).
 * - `data-cells-failed`: how many show an error (notebook-kit draws it as `.observablehq--error`).
 * - `data-cells-runs`: how many times a cell has started computing, so far: a tool that changes an
 *   input waits for it to rise before it waits for `data-cells-pending` to be `0` again (a run may
 *   start a while after the input's event, and end before anyone looks).
 */
import { define as defineCell, observe, type DefineState, type Definition } from '@observablehq/notebook-kit/runtime';

type CellState = 'pending' | 'fulfilled' | 'rejected';

const cells = new Map<number, CellState>();
let runs = 0;

function publish(): void {
  const states = [...cells.values()];
  const { dataset } = document.documentElement;
  dataset.cells = String(states.length);
  dataset.cellsPending = String(states.filter((s) => s === 'pending').length);
  dataset.cellsFailed = String(states.filter((s) => s === 'rejected').length);
  dataset.cellsRuns = String(runs);
}

/** notebook-kit's `define`, observing the cell with notebook-kit's observer and recording its state. */
export function define(state: DefineState, definition: Definition): void {
  const set = (cell: CellState): void => {
    if (cell === 'pending') runs += 1;
    cells.set(definition.id, cell);
    publish();
  };
  set('pending');
  defineCell(state, definition, (state, definition) => {
    const observer = observe(state, definition);
    return {
      get _error() {
        return observer._error;
      },
      // The element the runtime watches for visibility.
      _node: observer._node,
      pending() {
        set('pending');
        observer.pending();
      },
      fulfilled(value: unknown) {
        set('fulfilled');
        observer.fulfilled(value);
      },
      rejected(error: unknown) {
        set('rejected');
        observer.rejected(error);
      },
    };
  });
}
