import type { ServerResponse } from 'node:http';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Lang } from '../charts/chart.ts';
import { fillChartIndex } from './chart-index.ts';
import { HOST_SCRIPT_PATH } from './routes.ts';
import { generatedFiles, generatedPages, type GeneratedFile, type GeneratedPage } from './site-files.ts';
import { buildStoryPage } from './story-template.ts';

/**
 * The Vite plugin that makes the site static first (DESIGN.md "Site"). In `vite build` and in the
 * dev server it:
 * - builds every story page (`stories/<dataset>/index.html`, `…/en/index.html`) from its template
 *   with `buildStoryPage`: charts pre-rendered as inline SVG, numbers linked to the source view;
 * - fills the chart list of the site index (`<ul data-chart-index>`, chart-index.ts);
 * - adds the generated pages (site-files.ts: `/source/<dataset>/`, `/embed/<chart-id>/`, `…/en/`)
 *   as HTML entries served from memory, so Vite bundles their scripts and stylesheets;
 * - emits the generated files (precompiled Vega JSON, CSV, JSON metadata, SVG, PNG) and the host
 *   script `/embed/host.js` (src/embed/host.ts, a stable unhashed URL for other sites);
 * - in browser bundles, resolves `vega` imported by src/charts/vega-format.ts to `vega-functions`
 *   (where `vega` takes `expressionFunction` from), so a page that registers the number format
 *   does not pull in all of vega.
 * All of this runs in Node at build time (arquero, vega-lite and resvg never reach a page).
 */
export function workreportSite(): Plugin {
  /** The site root (Vite's `root`), known from the `config` hook on. */
  let root = process.cwd();
  const pageByFile = new Map<string, GeneratedPage>();
  const pageByPath = new Map<string, GeneratedPage>();

  /** The page's HTML file under the root: `/embed/x/y/` → `<root>/embed/x/y/index.html`. */
  const fileOf = (page: GeneratedPage): string => join(root, ...page.path.split('/').filter(Boolean), 'index.html');

  return {
    name: 'workreport:site',
    // Before Vite's resolver, which would otherwise resolve `vega` (see above) and the generated pages first.
    enforce: 'pre',

    config(config) {
      root = resolve(config.root ?? process.cwd());
      const pages = generatedPages(root);
      for (const page of pages) {
        pageByFile.set(fileOf(page), page);
        pageByPath.set(page.path, page);
      }
      return { build: { rolldownOptions: { input: Object.fromEntries(pages.map((page) => [page.name, fileOf(page)])) } } };
    },

    async resolveId(source, importer, options) {
      if (pageByFile.has(source)) return source;
      if (source === 'vega' && importer !== undefined && !options.ssr && importer.split(sep).join('/').endsWith('/src/charts/vega-format.ts')) {
        return this.resolve('vega-functions', importer, { skipSelf: true });
      }
      return null;
    },

    load(id) {
      const page = pageByFile.get(id);
      return page === undefined ? null : page.html();
    },

    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        const story = storyOf(root, context.filename);
        if (story !== undefined) return buildStoryPage(html, story.datasetId, story.lang);
        return resolve(context.filename) === join(root, 'index.html') ? fillChartIndex(html) : html;
      },
    },

    buildStart() {
      if (this.environment?.config.command !== 'build') return;
      this.emitFile({ type: 'chunk', id: join(root, 'src/embed/host.ts'), fileName: HOST_SCRIPT_PATH.slice(1) });
    },

    async generateBundle() {
      const files = generatedFiles(pngCacheDir(root));
      const contents = await Promise.all(files.map((file) => file.content()));
      files.forEach((file, index) => this.emitFile({ type: 'asset', fileName: file.path.slice(1), source: contents[index] ?? '' }));
    },

    configureServer(server) {
      const files = new Map(generatedFiles(pngCacheDir(root)).map((file) => [file.path, file]));
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname;
        const page = pageByPath.get(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
        const file = files.get(path);
        const served =
          page !== undefined
            ? servePage(server, page, request.url ?? path, response)
            : file !== undefined
              ? serveFile(file, response)
              : path === HOST_SCRIPT_PATH
                ? serveHostScript(server, response)
                : undefined;
        if (served === undefined) next();
        else served.catch(next);
      });
    },
  };
}

/** Where rendered PNGs are kept between builds. */
function pngCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/workreport-site/png');
}

/** The dataset and language of a story template, or undefined for any other page. */
function storyOf(root: string, filename: string): { datasetId: string; lang: Lang } | undefined {
  const path = relative(root, filename).split(sep).join('/');
  if (isAbsolute(path)) return undefined;
  const match = /^stories\/([^/]+)\/(en\/)?index\.html$/.exec(path);
  if (match === null) return undefined;
  return { datasetId: match[1] ?? '', lang: match[2] === undefined ? 'zh' : 'en' };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

async function servePage(server: ViteDevServer, page: GeneratedPage, url: string, response: ServerResponse): Promise<void> {
  const html = await server.transformIndexHtml(url, await page.html());
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(html);
}

async function serveFile(file: GeneratedFile, response: ServerResponse): Promise<void> {
  const content = await file.content();
  response.setHeader('Content-Type', CONTENT_TYPES[file.path.slice(file.path.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
  response.end(content);
}

async function serveHostScript(server: ViteDevServer, response: ServerResponse): Promise<void> {
  const result = await server.transformRequest('/src/embed/host.ts');
  if (result === null) throw new Error('the dev server could not transform src/embed/host.ts');
  response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  response.end(result.code);
}
