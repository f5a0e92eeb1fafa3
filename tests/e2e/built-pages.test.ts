import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DIST } from '../site/browser.ts';
import { BASE, BUILD_TIMEOUT, fixtureSite } from './fixture-site.ts';

/**
 * The pages as built: the site's generated pages get the head Vite made of their kind's template
 * (src/site/page-templates.ts), so each refers to the bundled scripts and stylesheets, under the
 * site's base, and none keeps a tag Vite resolves (`/src/…`) or a `vite-ignore` attribute. Checked in
 * `dist/` and in the browser tests' site built with `--base /reports/` (tests/e2e/fixture-site.ts).
 */

/** The HTML files under `dir`, relative to it. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
}

/** The `<link>` and `<script>` tags of `html`. */
const tagsOf = (html: string): string[] => html.match(/<(?:link|script)\b[^>]*>/g) ?? [];

/** What is wrong with the built pages of the site in `dir` published under `base`: one line per problem. */
function problems(dir: string, base: string): string[] {
  return htmlFiles(dir).flatMap((file) => {
    const tags = tagsOf(readFileSync(join(dir, file), 'utf8'));
    const urls = tags.flatMap((tag) => [...tag.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1] ?? ''));
    return [
      ...tags.filter((tag) => /\svite-ignore\b/.test(tag)).map((tag) => `${file}: ${tag}`),
      ...urls.filter((url) => url.includes('/src/')).map((url) => `${file}: unbundled ${url}`),
      ...urls
        .filter((url) => url.startsWith(`${base}assets/`) && !existsSync(join(dir, url.slice(base.length))))
        .map((url) => `${file}: missing ${url}`),
    ];
  });
}

/** The module scripts of the story page `file` of the site in `dir`. */
function storyScripts(dir: string, file: string): string[] {
  return tagsOf(readFileSync(join(dir, file), 'utf8')).filter((tag) => /^<script type="module"/.test(tag));
}

describe('the built pages', () => {
  test('of dist/ refer to bundled scripts and stylesheets that exist, keep no /src/ and no vite-ignore', () => {
    const stories = htmlFiles(DIST).filter((file) => file.startsWith('stories/'));
    expect(stories.length).toBeGreaterThan(0);
    expect(problems(DIST, '/')).toEqual([]);
    for (const story of stories)
      expect(storyScripts(DIST, story).some((tag) => /\ssrc="\/assets\/[^"/]+\.js"/.test(tag))).toBe(true);
    expect(htmlFiles(DIST).some((file) => file.startsWith('.workreport'))).toBe(false);
  });

  test(
    `of a site built with --base ${BASE} refer to its bundled scripts and stylesheets under the base`,
    async () => {
      const site = join(await fixtureSite(), 'site', BASE.slice(1));
      const stories = htmlFiles(site).filter((file) => file.startsWith('stories/'));
      expect(stories.length).toBeGreaterThan(0);
      expect(problems(site, BASE)).toEqual([]);
      for (const story of stories)
        expect(storyScripts(site, story).some((tag) => /\ssrc="\/reports\/assets\/[^"/]+\.js"/.test(tag))).toBe(true);
    },
    BUILD_TIMEOUT,
  );
});
