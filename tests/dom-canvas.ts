// Vitest setup file of the DOM tests (jsdom): a canvas has no 2D context, as in a browser without
// canvas support. jsdom returns none too, but first prints a "Not implemented" error with a stack,
// each time vega's scenegraph module asks for one to measure text when it loads.
HTMLCanvasElement.prototype.getContext = () => null;
