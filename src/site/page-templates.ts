import { withPageModeScript } from './embed-page.ts';
import type { GeneratedPage, PageHead } from './site-files.ts';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * The template pages of the site build. Every generated page of one kind (story, source view,
 * comparison, embed page, gallery) has the same head tags (site-files.ts `PageHead`), and nothing
 * else in it needs Vite: its links, specs and downloads are plain URLs. So `vite build` processes
 * one small template page per kind rather than every page (hundreds of HTML entries that Vite and
 * rolldown held until the end of the build: 1.6 GB for 22 datasets, out of memory for 60), and the
 * site plugin (plugin.ts) writes each page with the head Vite made of its kind's template
 * ({@link builtHead}, {@link builtPage}).
 *
 * The template's tags sit where every generated page has them, indented the same (`    <tags>\n  </head>`):
 * Vite writes its own tags (scripts, stylesheets, module preloads) before `</head>`, indented as
 * the line it finds there, so what it makes of the template's head is what it made of a page's.
 * Its URLs start with Vite's `base`, which is absolute (routes.ts `useSiteBase`), so the head is
 * the same whatever folder a page is in.
 *
 * A kind the site has more than one page of is built from two copies of its template. Rolldown puts
 * a module that a single entry imports into that entry's chunk, named after the entry, and a module
 * that several entries import into a chunk of its own, named after the module: the pages of a kind,
 * as entries, shared chunks `main-….js`, `page-….css`, in the order their head lists them. Two
 * copies bundle the kind as its pages did (scripts and stylesheets in the same chunks, under the
 * same names, in the same order); one would put them into one chunk named after the template.
 */

/** A template page. */
export interface PageTemplate {
  /** Its file relative to the site root: `.workreport/templates/story.html`, `.workreport/templates/story-2.html`. */
  path: string;
  /** Its Rolldown input name: the kind, `story-2` for the second copy. */
  name: string;
  /** The head tags of its kind. */
  head: PageHead;
}

/** The folder of the templates under the site root: Vite reads them from memory; they are not in `dist/`. */
const TEMPLATE_FOLDER = '.workreport/templates';

/**
 * The templates of `pages`: per kind of page (`head.kind`), one, or two when there are several pages
 * of the kind (see the module comment), in the order of the pages' first of each kind.
 */
export function pageTemplates(pages: readonly GeneratedPage[]): PageTemplate[] {
  const count = new Map<PageHead, number>();
  for (const page of pages) count.set(page.head, (count.get(page.head) ?? 0) + 1);
  return [...count].flatMap(([head, pagesOfKind]) =>
    (pagesOfKind > 1 ? [head.kind, `${head.kind}-2`] : [head.kind]).map((name) => ({
      path: `${TEMPLATE_FOLDER}/${name}.html`,
      name,
      head,
    })),
  );
}

/** The template page of `head`'s kind: an HTML document whose head holds its tags, its body empty. */
export function templateHtml(head: PageHead): string {
  return `<!doctype html>\n<html>\n  <head>\n    ${head.tags}\n  </head>\n  <body></body>\n</html>\n`;
}

/** The head of a built template, as {@link templateHtml} laid it out: the tags Vite wrote are group 1. */
const BUILT_HEAD = /^<!doctype html>\n<html>\n {2}<head>\n {4}([\s\S]*)\n {2}<\/head>\n/;

/**
 * What Vite made of a template's tags: the tags between `<head>` and `</head>` of the built
 * template `html` (the bundle's asset at `path`), without the indentation of the first and the line
 * break before `</head>`, which the pages have themselves.
 *
 * @throws WorkreportError `INTERNAL` when `html` does not start as the template did (a Vite that
 *   rewrites more than the head's tags).
 */
export function builtHead(html: string, path: string): string {
  const tags = BUILT_HEAD.exec(html)?.[1];
  if (tags === undefined)
    throw new WorkreportError(
      message('INTERNAL', 'pageTemplate', { path, found: 'no head as the template wrote it' }),
      {
        input: path,
      },
    );
  return tags;
}

/** The `<link>` and `<script>` start tags the site writes (data in a page is escaped: `<` starts a tag only in its markup). */
const TAG = /<(?:link|script)\b(?:"[^"]*"|'[^']*'|[^"'>])*>/g;

/** An attribute of a start tag, with the space before it (group 1) and its name (group 2). */
const ATTRIBUTE = /(\s)([^\s"'=<>/]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?/g;

/**
 * The `<link>` and `<script>` tags of `html` without their `vite-ignore` attribute, which tells Vite
 * to leave a tag as it is and which Vite removes (the attribute only: the space before it stays).
 * Text and attribute values are left as they are.
 */
function withoutViteIgnore(html: string): string {
  return html.replace(TAG, (tag) =>
    tag.replace(ATTRIBUTE, (attribute, space: string, name: string) =>
      name.toLowerCase() === 'vite-ignore' ? space : attribute,
    ),
  );
}

/**
 * A generated page as the build publishes it: `html`, which holds its kind's tags (`head.tags`),
 * with those tags replaced by `built` (what Vite made of them, {@link builtHead}), the rest as Vite
 * left a page it processed (`vite-ignore` attributes removed), and the first script of an embed
 * page in its place (embed-page.ts `withPageModeScript`).
 *
 * @throws WorkreportError `INTERNAL` when `html` does not hold `head.tags` (`path` names the page).
 */
export function builtPage(html: string, head: PageHead, built: string, path: string): string {
  const at = html.indexOf(head.tags);
  if (at < 0)
    throw new WorkreportError(
      message('INTERNAL', 'pageTemplate', { path, found: `not the head tags of the ${head.kind} pages` }),
      { input: path },
    );
  return withPageModeScript(
    withoutViteIgnore(html.slice(0, at)) + built + withoutViteIgnore(html.slice(at + head.tags.length)),
  );
}
