/**
 * knip (`npm run unused`): exports that no file imports. Entries are the package's exports (read from
 * package.json), the CLI, the site plugin, the browser scripts, the notebooks and the tests; the notebooks'
 * `.html` files count through the module scripts of their cells.
 */
import type { KnipConfig } from 'knip';

const MODULE_SCRIPT = /<script\b[^>]*\btype="module"[^>]*>([\s\S]*?)<\/script>/g;

const config: KnipConfig = {
  entry: [
    'src/cli/main.ts',
    'src/site/plugin.ts',
    'src/embed/page.ts',
    'src/embed/charts-page.ts',
    'src/embed/element.ts',
    'src/embed/host.ts',
    'src/embed/page-mode.ts',
    'src/story/main.ts',
    'notebooks/**/*.{ts,html}',
    'bench/*.ts',
    'scripts/*.ts',
    'tests/**/*.test-d.ts',
  ],
  project: ['src/**/*.ts', 'tests/**/*.ts', 'notebooks/**/*.{ts,html}', 'bench/*.ts', 'scripts/*.ts', 'bin/*.js'],
  ignoreExportsUsedInFile: true,
  compilers: {
    html: (text: string) => [...text.matchAll(MODULE_SCRIPT)].map((match) => match[1]).join('\n'),
  },
};

export default config;
