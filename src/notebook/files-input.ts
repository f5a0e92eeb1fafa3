import { field, type FieldOptions, type InputElement } from './field.ts';
import { h } from './h.ts';

/** Options of {@link filesInput}. */
export interface FilesInputOptions extends FieldOptions {
  /** File types offered, as in `<input accept>`, e.g. `'.json,.txt'`. Default: any. */
  accept?: string;
}

/**
 * A picker for several files at once (the files of a dataset folder); its `value` is the array of
 * chosen `File`s, empty until some are chosen. Read each with `await file.text()`.
 *
 * @example filesInput({ label: '数据集文件 Dataset files', accept: '.json,.txt' })
 */
export function filesInput({ label, accept }: FilesInputOptions): InputElement<File[]> {
  const control = h('input', { type: 'file', accept, multiple: true });
  return field(label, control, () => [...(control.files ?? [])]);
}
