/** The notebooks of the site, in reading order: `notebooks/<name>/index.html`, served at `/notebooks/<name>/`. */
export const NOTEBOOKS = ['figures', 'compose', 'indicators', 'compare', 'extract'] as const;
