import { mkdir, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { GALLERY_PAGE } from './gallery-page.ts';
import { fillReportIndex } from './report-index.ts';
import { withPageModeScript } from './embed-page.ts';
import { builtHead, builtPage, pageTemplates, templateHtml, type PageTemplate } from './page-templates.ts';
import { ELEMENT_SCRIPT_PATH, HOST_SCRIPT_PATH, PAGE_MODE_SCRIPT_PATH, useSiteBase } from './routes.ts';
import { generatedFiles, generatedPages, type GeneratedFile, type GeneratedPage, type PageHead } from './site-files.ts';
import { siteDiscovery, useSiteRoot } from './site-report.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';
import { warn } from '../log.ts';
import { problem } from '../problem.ts';

/**
 * The scripts at fixed URLs, by URL path: those other sites load (README "Embedding a chart"), the
 * iframe host script (src/embed/host.ts) and the script that defines `<workreport-chart>`
 * (src/embed/element.ts), and the classic script embed pages run first (src/embed/page-mode.ts).
 * Their imports are hashed chunks beside the site's other scripts.
 */
const FIXED_SCRIPTS: Readonly<Record<string, string>> = {
  [HOST_SCRIPT_PATH]: 'src/embed/host.ts',
  [ELEMENT_SCRIPT_PATH]: 'src/embed/element.ts',
  [PAGE_MODE_SCRIPT_PATH]: 'src/embed/page-mode.ts',
};

/**
 * The Vite plugin that makes the site static first (DESIGN.md "Site"). In `vite build` and in the
 * dev server it:
 * - finds the datasets by scanning `<root>/datasets/` (site-report.ts): each that passes its check
 *   is published, each that fails is left out with its message (printed as a build warning and
 *   listed on the index), so one broken dataset never takes the site down;
 * - fills the site index with one section per report (`<div data-report-index>`, report-index.ts);
 * - publishes the generated pages (site-files.ts: `/stories/<dataset>/`, `/source/<dataset>/`,
 *   `/embed/<chart-id>/`, each with `…/en/`; gallery-page.ts: `/gallery/`). In `vite build` the
 *   HTML entries are a small template page per kind of page (two for a kind of several pages),
 *   served from memory (page-templates.ts), so Vite bundles each kind's scripts and stylesheets
 *   once and never holds the pages; once Vite has written the templates, the plugin takes them out
 *   of the bundle and emits every page of the kind with the head Vite made of its template
 *   (page-templates.ts `builtPage`), each as soon as it is generated. The dev server serves each page
 *   through Vite's HTML transform;
 * - writes the generated files (CSV, JSON metadata, SVG, PNG) and emits the scripts other sites
 *   load from stable unhashed URLs ({@link FIXED_SCRIPTS});
 * - publishes under Vite's `base` (routes.ts `useSiteBase`): every link, spec, download and script
 *   URL the pages write starts with it, and the dev server strips it from requests;
 * - once Vite has processed an embed page, puts its first, classic script where the page says
 *   (embed-page.ts `withPageModeScript`).
 * All of this runs in Node at build time (arquero, vega-lite and resvg never reach a page).
 */
export function workreportSite(): Plugin {
  /** The site root (Vite's `root`), known from the `config` hook on. */
  let root = process.cwd();
  let pages: GeneratedPage[] = [];
  const pageByPath = new Map<string, GeneratedPage>();
  /** The template pages of the kinds of page, by their file (page-templates.ts). */
  const templateByFile = new Map<string, PageTemplate>();
  let warned = false;

  return {
    name: 'workreport:site',
    // Before Vite's resolver, which would otherwise resolve the templates first.
    enforce: 'pre',

    configResolved(config) {
      useSiteBase(config.base);
    },

    config(config) {
      root = resolve(config.root ?? process.cwd());
      useSiteRoot(root);
      // The hook runs once per environment (site, notebooks): say what is left out once.
      if (!warned)
        for (const { id, message: reason } of siteDiscovery().leftOut)
          warn(problem('LEFT_OUT', 'dataset', { reason }, [id]));
      warned = true;
      pages = [...generatedPages(), GALLERY_PAGE];
      for (const page of pages) pageByPath.set(page.path, page);
      for (const template of pageTemplates(pages)) templateByFile.set(join(root, template.path), template);
    },

    // The templates are entries of the site's build (`client`), not of other environments (the notebooks, vite.config.ts).
    configEnvironment(name) {
      if (name !== 'client') return null;
      return {
        build: {
          rolldownOptions: {
            input: Object.fromEntries([...templateByFile].map(([file, template]) => [template.name, file])),
          },
        },
      };
    },

    resolveId(source) {
      return templateByFile.has(source) ? source : null;
    },

    load(id) {
      const template = templateByFile.get(id);
      return template === undefined ? null : templateHtml(template.head);
    },

    transformIndexHtml: {
      order: 'pre',
      handler(html, context) {
        return resolve(context.filename) === join(root, 'index.html') ? fillReportIndex(html) : html;
      },
    },

    buildStart() {
      if (this.environment?.config.command !== 'build' || this.environment.name !== 'client') return;
      for (const [path, source] of Object.entries(FIXED_SCRIPTS))
        this.emitFile({ type: 'chunk', id: join(root, source), fileName: path.slice(1) });
    },

    generateBundle: {
      // After Vite's HTML plugin, which writes the built templates into the bundle.
      order: 'post',
      async handler(_, bundle) {
        if (this.environment.name !== 'client') return;
        // What Vite made of each kind's head, from its first template (a second one is the same).
        const builtTags = new Map<PageHead, string>();
        for (const { path, head } of templateByFile.values()) {
          const template = bundle[path];
          if (template?.type === 'asset' && !builtTags.has(head))
            builtTags.set(head, builtHead(String(template.source), path));
          delete bundle[path];
        }
        const emitPage = async (page: GeneratedPage): Promise<void> => {
          const tags = builtTags.get(page.head);
          if (tags === undefined)
            throw new WorkreportError(
              message('INTERNAL', 'pageTemplate', {
                path: page.path,
                found: `no built template of the ${page.head.kind} pages`,
              }),
              { input: page.path },
            );
          const fileName = `${page.path.slice(1)}index.html`;
          this.emitFile({ type: 'asset', fileName, source: builtPage(await page.html(), page.head, tags, fileName) });
        };
        // A few pages at a time, each emitted once generated: 1.36–1.38 GB peak RSS for 22 datasets;
        // 2.1 GB with every page and file generated at once (their renders alive together).
        const queue = pages.values();
        await Promise.all(
          Array.from({ length: PAGES_AT_ONCE }, async () => {
            for (const page of queue) await emitPage(page);
          }),
        );
      },
    },

    async writeBundle(options) {
      const outDir = options.dir;
      if (this.environment.name !== 'client' || outDir === undefined) return;
      // The files (data, SVG, PNG) go straight to disk, a few at a time: emitted into the bundle, each
      // would stay in memory until the bundle is written.
      const queue = generatedFiles(pngCacheDir(root)).values();
      await Promise.all(
        Array.from({ length: FILES_AT_ONCE }, async () => {
          for (const file of queue) {
            const target = join(outDir, file.path);
            await mkdir(dirname(target), { recursive: true });
            await writeFile(target, await file.content());
          }
        }),
      );
    },

    configureServer(server) {
      const files = new Map(generatedFiles(pngCacheDir(root)).map((file) => [file.path, file]));
      const base = new URL(server.config.base, 'http://localhost').pathname;
      server.middlewares.use((request, response, next) => {
        const requested = new URL(request.url ?? '/', 'http://localhost').pathname;
        if (!requested.startsWith(base)) return next();
        const path = `/${requested.slice(base.length)}`;
        const page = pageByPath.get(path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path);
        const file = files.get(path);
        const script = FIXED_SCRIPTS[path];
        const served =
          page !== undefined
            ? servePage(server, page, request.url ?? path, response)
            : file !== undefined
              ? serveFile(file, response)
              : script !== undefined
                ? serveScript(server, script, response)
                : undefined;
        if (served === undefined) next();
        else served.catch(next);
      });
    },
  };
}

/** How many pages the build generates at once (their renders take turns on the one thread anyway). */
const PAGES_AT_ONCE = 4;

/** How many of the generated files the build has in hand at once (made and written). */
const FILES_AT_ONCE = 8;

/** Where rendered PNGs are kept between builds. */
function pngCacheDir(root: string): string {
  return join(root, 'node_modules/.cache/workreport-site/png');
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
};

async function servePage(
  server: ViteDevServer,
  page: GeneratedPage,
  url: string,
  response: ServerResponse,
): Promise<void> {
  const html = withPageModeScript(await server.transformIndexHtml(url, await page.html()));
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(html);
}

async function serveFile(file: GeneratedFile, response: ServerResponse): Promise<void> {
  const content = await file.content();
  response.setHeader(
    'Content-Type',
    CONTENT_TYPES[file.path.slice(file.path.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
  );
  response.end(content);
}

async function serveScript(server: ViteDevServer, source: string, response: ServerResponse): Promise<void> {
  const result = await server.transformRequest(`/${source}`);
  if (result === null) throw new WorkreportError(message('INTERNAL', 'devTransform', { source }), { input: source });
  response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
  response.end(result.code);
}
