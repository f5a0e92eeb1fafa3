/** The notebooks of the site, in reading order: `notebooks/<name>/index.html`, served at `/notebooks/<name>/`. */
export const NOTEBOOKS = ['figures', 'compose', 'indicators', 'compare', 'extract'] as const;

/** The import path of the datasets folder in notebook modules (notebooks/datasets.ts globs it); vite.config.ts and vitest.config.ts point it at the folder the site publishes. */
export const DATASETS_ALIAS = '@workreport-datasets';
