import type { Chart } from '../charts/chart.ts';
import { WorkreportError } from '../errors.ts';
import { punctuation } from '../figures/locale.ts';
import { message } from '../messages.ts';

/** Options of {@link embedSnippet}. */
export interface EmbedSnippetOptions {
  /** The address of the report the chart's figures come from, linked under the chart. Default: no link. */
  sourceUrl?: string;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escape = (text: string): string => text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** The words of the caption, by chart language. */
const REPORT_LINK = { zh: '报告原文', en: 'The report (in Chinese)' } as const;

/**
 * A snippet that a content management system accepts, for a chart composed in the notebooks:
 * HTML with no script, no style and no external file, so it also shows under a strict
 * Content-Security-Policy (`default-src 'self'`, no inline script or style).
 *
 * ```html
 * <figure class="workreport-chart" lang="zh-CN">
 *   <svg … width="100%" viewBox="0 0 560 184" role="img" aria-label="<alt text>">…</svg>
 *   <figcaption><a href="https://…">报告原文</a></figcaption>
 * </figure>
 * ```
 *
 * `svg` is the chart drawn by Vega (`view.toSVG()` in a browser, `renderSvg` in Node): title,
 * notes, source line and marks, every colour and font a presentation attribute. It scales to the
 * width of the article's column (`width="100%"` with its `viewBox`); its alt text is the chart's
 * `description`. The caption links the report when `sourceUrl` is an http(s) address. Texts are
 * escaped; the SVG is taken as Vega wrote it, without its `xml:lang` (the figure carries `lang`).
 *
 * @throws WorkreportError `OPTION_INVALID` when `svg` is not one `<svg>` element with a `viewBox`
 *   (an SVG from elsewhere), holds a script, a `style` attribute or an event handler (a CMS or the
 *   site's policy would drop them), or `sourceUrl` is not an http(s) URL.
 * @example embedSnippet(chart, await view.toSVG(), { sourceUrl: report.meta.url })
 */
export function embedSnippet(chart: Chart, svg: string, options: EmbedSnippetOptions = {}): string {
  const { sourceUrl } = options;
  const trimmed = svg.trim();
  if (!/^<svg [^>]*\bviewBox="[^"]+"[^>]*>[\s\S]*<\/svg>$/.test(trimmed)) {
    throw new WorkreportError(message('OPTION_INVALID', 'snippetSvg', { got: trimmed.slice(0, 40) }), {
      input: trimmed.slice(0, 200),
    });
  }
  const forbidden = /<script\b|\sstyle="|\son[a-z]+="/i.exec(trimmed);
  if (forbidden !== null) {
    throw new WorkreportError(message('OPTION_INVALID', 'snippetForbidden', { found: forbidden[0].trim() }), {
      input: forbidden[0],
    });
  }
  if (sourceUrl !== undefined && !/^https?:\/\/\S+$/.test(sourceUrl)) {
    throw new WorkreportError(message('OPTION_INVALID', 'snippetSourceUrl', { value: sourceUrl }), {
      input: sourceUrl,
    });
  }
  const root = /^<svg [^>]*>/.exec(trimmed)?.[0] ?? '';
  const attributes = root
    .replace(/\s(?:xml:lang|width|height|role|aria-label)="[^"]*"/g, '')
    .replace(/>$/, ` width="100%" role="img" aria-label="${escape(chart.description)}">`);
  const caption =
    sourceUrl === undefined
      ? ''
      : `\n  <figcaption><a href="${escape(sourceUrl)}">${REPORT_LINK[chart.lang]}</a></figcaption>`;
  return `<figure class="workreport-chart" lang="${punctuation(chart.lang).tag}">\n  ${attributes}${trimmed.slice(root.length)}${caption}\n</figure>\n`;
}
