import { afterEach, describe, expect, it } from 'vitest';
import { withPageModeScript } from '../../src/site/embed-page.ts';
import { builtHead, builtPage, pageTemplates, templateHtml } from '../../src/site/page-templates.ts';
import { useSiteBase } from '../../src/site/routes.ts';
import type { GeneratedPage, PageHead } from '../../src/site/site-files.ts';
import { thrown } from '../thrown.ts';

/**
 * The template pages of the site build (src/site/page-templates.ts): one or two per kind of page,
 * the head Vite made of a template taken from its output, and a page written with that head as
 * Vite wrote the pages it processed. The built site is checked in tests/e2e/built-pages.test.ts.
 */

const STORY: PageHead = {
  kind: 'story',
  tags: '<link rel="stylesheet" href="/src/story/page.css" />\n    <script type="module" src="/src/story/main.ts"></script>',
};
const GALLERY: PageHead = { kind: 'gallery', tags: '<link rel="stylesheet" href="/src/site/gallery-page.css" />' };

/** What Vite makes of the story template: its tags replaced, its own added before `</head>`. */
const BUILT_TAGS =
  '\n    <script type="module" crossorigin src="/assets/main-x.js"></script>\n    <link rel="stylesheet" crossorigin href="/assets/page-y.css">';

const page = (path: string, head: PageHead): GeneratedPage => ({ path, head, html: () => '' });

afterEach(() => useSiteBase('/'));

describe('page templates', () => {
  it('has one template for a kind of one page and two for a kind of several, each under .workreport/templates/', () => {
    const templates = pageTemplates([
      page('/stories/a/', STORY),
      page('/gallery/', GALLERY),
      page('/stories/b/', STORY),
    ]);
    expect(templates).toEqual([
      { path: '.workreport/templates/story.html', name: 'story', head: STORY },
      { path: '.workreport/templates/story-2.html', name: 'story-2', head: STORY },
      { path: '.workreport/templates/gallery.html', name: 'gallery', head: GALLERY },
    ]);
  });

  it('takes the tags Vite wrote from the built template, and fails on a document the template did not start', () => {
    const built = templateHtml(STORY).replace(STORY.tags, BUILT_TAGS);
    expect(builtHead(built, '.workreport/templates/story.html')).toBe(BUILT_TAGS);
    const error = thrown(() => builtHead('<html><head></head></html>', '.workreport/templates/story.html'));
    expect(error).toMatchObject({ code: 'INTERNAL' });
    expect(String(error)).toContain('.workreport/templates/story.html');
  });

  it('writes a page with the built head, without vite-ignore in its tags, its text and attribute values as they are', () => {
    const html =
      '<head>\n    <link rel="alternate" href="/en/" vite-ignore />\n' +
      `    <link rel="preload" href="/a.json" title="vite-ignore" vite-ignore />\n    ${STORY.tags}\n  </head>\n` +
      '<body><p>vite-ignore &lt;link rel="x" vite-ignore /&gt;</p></body>';
    expect(builtPage(html, STORY, BUILT_TAGS, 'stories/a/index.html')).toBe(
      '<head>\n    <link rel="alternate" href="/en/"  />\n' +
        `    <link rel="preload" href="/a.json" title="vite-ignore"  />\n    ${BUILT_TAGS}\n  </head>\n` +
        '<body><p>vite-ignore &lt;link rel="x" vite-ignore /&gt;</p></body>',
    );
  });

  it('fails on a page without its kind’s tags', () => {
    expect(thrown(() => builtPage('<head></head>', STORY, BUILT_TAGS, 'stories/a/index.html'))).toMatchObject({
      code: 'INTERNAL',
    });
  });

  it('puts the first script of an embed page where it says, under the site base', () => {
    useSiteBase('/reports/');
    const html = `<head>\n    <!-- workreport:page-mode -->\n    ${STORY.tags}\n  </head>`;
    expect(builtPage(html, STORY, BUILT_TAGS, 'embed/a/b/index.html')).toBe(
      `<head>\n    <script src="/reports/embed/page-mode.js"></script>\n    ${BUILT_TAGS}\n  </head>`,
    );
    expect(withPageModeScript('<p>no placeholder</p>')).toBe('<p>no placeholder</p>');
  });
});
