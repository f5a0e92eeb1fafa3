/**
 * The module notebooks/dataset-modules.ts serves, as notebooks/datasets.ts imports it. An ambient
 * module cannot import by relative path, hence the `import()` types.
 */
declare module 'virtual:workreport/datasets' {
  /** Each published dataset's id and report metadata, sorted by id. */
  // oxlint-disable-next-line typescript/consistent-type-imports
  export const catalog: import('./datasets.ts').DatasetEntry[];
  /** Each folder left out, sorted by id, with its messages. */
  // oxlint-disable-next-line typescript/consistent-type-imports
  export const leftOut: import('../src/datasets/discover.ts').LeftOut[];
  /** Each published dataset's files (by file name, as text), by dataset id. */
  export const loaders: Partial<Record<string, () => Promise<{ default: Record<string, string> }>>>;
}
