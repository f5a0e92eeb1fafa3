/**
 * `workreport/notebook`: helpers for notebooks (Observable Notebook Kit or any page): inputs that notebook-kit's `view()`
 * reads, a sortable table, highlighted text, downloads made in the browser, an embed snippet, and
 * reading a `workreport figures` CSV back. DOM helpers touch `document` only when called, so this
 * module loads in Node too. Explicit named exports only.
 */
export { h, type Child } from './h.ts';
export type { FieldOptions, InputElement } from './field.ts';
export { select, type SelectOptions } from './select.ts';
export { radio, type RadioOptions } from './radio.ts';
export { checkboxes, type CheckboxesOptions } from './checkboxes.ts';
export { search, type SearchOptions } from './search.ts';
export { numberInput, type NumberInputOptions } from './number-input.ts';
export { textArea, type TextAreaOptions } from './text-area.ts';
export { fileInput, type FileInputOptions } from './file-input.ts';
export { table, type Column, type TableOptions } from './table.ts';
export { highlightText, type Highlight } from './highlight-text.ts';
export { downloadButton, type DownloadContents } from './download-button.ts';
export { embedSnippet, type EmbedSnippetOptions } from './embed-snippet.ts';
export { readFiguresCsv } from './read-figures-csv.ts';
export { textInput, type TextInputOptions } from './text-input.ts';
export { filesInput, type FilesInputOptions } from './files-input.ts';
export { rangeOffsets, type TextSpan } from './range-offsets.ts';
export { PERIOD_KINDS, periodText, readPeriod } from './period-text.ts';
export { figureReview, type ReviewFigure, type FigureReviewOptions, type FigureReviewValue } from './figure-review.ts';
export { clauseLabel } from './clause-label.ts';
export { distinctLabels } from './distinct-labels.ts';
