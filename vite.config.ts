import { fileURLToPath } from 'node:url';
import { observable } from '@observablehq/notebook-kit/vite';
import { defineConfig, type IndexHtmlTransformHook, type Plugin } from 'vite';
import { notebookDatasets } from './notebooks/dataset-modules.ts';
import { NOTEBOOKS } from './notebooks/notebooks.ts';
import { composeOpeningChart } from './notebooks/opening-chart.ts';
import { workreportSite } from './src/site/plugin.ts';

/** The repository root, which is also the site root. */
const root = fileURLToPath(new URL('.', import.meta.url));
const absolute = (path: string): string => fileURLToPath(new URL(path, import.meta.url));

/**
 * The pages of the site that are files. Vite 8 wants absolute paths here (STACK.md). Every other page
 * (stories, source views, embeds, the gallery) is generated for each dataset found in `datasets/` by
 * the workreport plugin (src/site/plugin.ts): adding a dataset is adding a folder.
 */
const pages: Record<string, string> = { index: absolute('./index.html') };

/** The notebooks, built in their own environment (see `environments` below). */
const notebookPages: Record<string, string> = Object.fromEntries(
  NOTEBOOKS.map((name) => [`notebook-${name}`, absolute(`./notebooks/${name}/index.html`)]),
);

/**
 * notebook-kit's Vite plugin, applied to the notebooks only. Its HTML transform reads every page as a
 * notebook (Notebooks 2.0 `<notebook>` file) and rebuilds it from `notebooks/template.html`, which
 * would blank the other pages of the site.
 */
function notebooks(): Plugin {
  const plugin = observable({ template: absolute('./notebooks/template.html') }) as Plugin;
  const transform = plugin.transformIndexHtml as { order: 'pre'; handler: IndexHtmlTransformHook };
  const folder = absolute('./notebooks/');
  return {
    ...plugin,
    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        return context.filename.startsWith(folder) ? transform.handler.call(this, html, context) : html;
      },
    },
  };
}

export default defineConfig({
  root,
  appType: 'mpa',
  // composeOpeningChart: the compose notebook's first chart as static SVG in its page (notebooks/opening-chart.ts).
  // notebookDatasets: the notebooks' datasets, published or left out as the site build decides, each loaded when shown (notebooks/dataset-modules.ts).
  // workreportSite: pre-rendered charts in the stories, and the generated /source/ and /embed/ pages and files (src/site/plugin.ts).
  plugins: [
    notebooks(),
    composeOpeningChart(absolute('./notebooks/compose/index.html')),
    notebookDatasets(),
    workreportSite(),
  ],
  resolve: {
    alias: [
      // The runtime the compiled notebooks import: notebook-kit's, publishing the cells' state (notebooks/runtime.ts).
      { find: /^observable:runtime$/, replacement: absolute('./notebooks/runtime.ts') },
      // notebook-kit's own modules and styles (what its `config()` maps). Its `npm:` and `jsr:` imports are
      // left unmapped on purpose: they would load from a CDN, so a notebook that uses one fails to build.
      { find: /^observable:(.*)$/, replacement: absolute('./node_modules/@observablehq/notebook-kit/dist/src/$1') },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Vite's report gzips every file it lists to print its compressed size: ~3,000 files (pages, SVG,
    // PNG, CSV, specs) cost 6 CPU-s a build. It still lists each file with its size.
    reportCompressedSize: false,
    // No page has a <link rel="modulepreload">, and the browsers that run modules without it are gone:
    // the polyfill was one more script every page requested and ran before its chart was live.
    modulePreload: { polyfill: false },
  },
  // The site pages and the notebooks are bundled apart, into the same `dist/`: a module they share would
  // keep every export either side uses (vega's and d3's single-file builds: all of d3-geo for the
  // notebooks' projections), and its chunk would load in the story and embed pages (STACK.md "Bundle weight").
  environments: {
    client: { build: { rolldownOptions: { input: pages } } },
    notebooks: { consumer: 'client', build: { emptyOutDir: false, rolldownOptions: { input: notebookPages } } },
  },
  builder: {
    // One config for both environments, as the dev server has: by default Vite bundles and runs this
    // file again for each environment it builds (three times in all), scanning the datasets and
    // printing each LEFT_OUT warning three times; paired builds 54.7/51.0 → 49.2/49.4 CPU-s, the
    // output the same (clip ids aside, which vega numbers per process).
    sharedConfigBuild: true,
    // The site first: it empties `dist/`, the notebooks are added to it.
    async buildApp(builder) {
      for (const name of ['client', 'notebooks']) {
        const environment = builder.environments[name];
        if (environment === undefined) throw new Error(`vite.config.ts: no ${name} environment to build`);
        await builder.build(environment);
      }
    },
  },
  preview: { port: 4173, strictPort: true },
});
