import { WorkreportError } from '../errors.ts';
import type { ReportMeta } from '../figures/figure.ts';
import type { Lang } from './chart.ts';
import type { ThemeMode } from './theme.ts';
import { message, type Message } from '../messages.ts';

/** Options every chart builder takes. */
export interface ChartOptions {
  /** The report the figures come from; it names the source line. */
  report: ReportMeta;
  /** Stable chart id, e.g. `yangshahu-2019/agriculture-area`. */
  id: string;
  /** Language of every text in the chart: labels, numbers, source line, alt text. Default: `'zh'`. */
  lang?: Lang;
  /** Chart title. Default: written from the figures' labels by each builder. */
  title?: string;
  /** One line under the title (what, where, when). Default: none. */
  subtitle?: string;
  /** Notes shown under the subtitle as `注：…` / `Note: …`. Default: none. */
  notes?: string[];
  /** Overall width in pixels, padding included; the height follows the data. Default: per builder. */
  width?: number;
  /** Colour variant of the newsroom theme (theme.ts). Default: `'light'`. */
  theme?: ThemeMode;
}

/** {@link ChartOptions} with defaults applied. */
export interface ResolvedOptions {
  report: ReportMeta;
  id: string;
  lang: Lang;
  title?: string;
  subtitle?: string;
  notes: string[];
  width: number;
  theme: ThemeMode;
}

const COMMON_KEYS: readonly string[] = ['report', 'id', 'lang', 'title', 'subtitle', 'notes', 'width', 'theme'];
const LANGS: readonly Lang[] = ['zh', 'en'];
const THEMES: readonly ThemeMode[] = ['light', 'dark'];
/** Narrowest width in pixels a chart can be laid out in. */
const MIN_WIDTH = 200;

function invalid(error: Message<'OPTION_INVALID'>, input: unknown): WorkreportError {
  return new WorkreportError(error, { input });
}

/**
 * Check `options` once, at a builder's entry, and apply defaults.
 *
 * `builder` names the caller in messages; `extraKeys` are the builder's own option names (checked
 * by the builder); `defaultWidth` is in pixels. Throws `OPTION_INVALID` naming the option, its
 * value and what is allowed: an unknown key, a missing `report` or `id`, a `lang` other than
 * zh/en, a `theme` other than light/dark, a non-string title, subtitle or note, a width under 200 px.
 */
export function resolveOptions(
  builder: string,
  options: ChartOptions,
  extraKeys: readonly string[],
  defaultWidth: number,
): ResolvedOptions {
  const allowed = [...COMMON_KEYS, ...extraKeys];
  const unknown = Object.keys(options).filter((key) => !allowed.includes(key));
  if (unknown.length > 0)
    throw invalid(message('OPTION_INVALID', 'unknownOption', { fn: builder, unknown, allowed }), unknown);
  const { report, id, lang = 'zh', title, subtitle, notes = [], width = defaultWidth, theme = 'light' } = options;
  if (typeof report !== 'object' || report === null || typeof report.title !== 'object') {
    throw invalid(message('OPTION_INVALID', 'chartReport', { fn: builder }), report);
  }
  if (typeof id !== 'string' || id === '')
    throw invalid(message('OPTION_INVALID', 'nonEmptyString', { fn: builder, option: 'id', value: id }), id);
  if (!LANGS.includes(lang))
    throw invalid(
      message('OPTION_INVALID', 'choice', { fn: builder, option: 'lang', value: lang, allowed: LANGS }),
      lang,
    );
  if (!THEMES.includes(theme))
    throw invalid(
      message('OPTION_INVALID', 'choice', { fn: builder, option: 'theme', value: theme, allowed: THEMES }),
      theme,
    );
  for (const [name, text] of [
    ['title', title],
    ['subtitle', subtitle],
  ] as const) {
    if (text !== undefined && (typeof text !== 'string' || text.trim() === '')) {
      throw invalid(message('OPTION_INVALID', 'nonEmptyString', { fn: builder, option: name, value: text }), text);
    }
  }
  if (!Array.isArray(notes) || notes.some((n) => typeof n !== 'string' || n.trim() === '')) {
    throw invalid(message('OPTION_INVALID', 'notes', { fn: builder, value: notes }), notes);
  }
  if (typeof width !== 'number' || !Number.isFinite(width) || width < MIN_WIDTH) {
    throw invalid(message('OPTION_INVALID', 'width', { fn: builder, min: MIN_WIDTH, value: width }), width);
  }
  const resolved: ResolvedOptions = { report, id, lang, notes: [...notes], width, theme };
  if (title !== undefined) resolved.title = title;
  if (subtitle !== undefined) resolved.subtitle = subtitle;
  return resolved;
}

/** Check a keyword or boolean option against its allowed values; throws `OPTION_INVALID` listing them. */
export function oneOf<T extends string | boolean>(builder: string, name: string, value: T, allowed: readonly T[]): T {
  if (!allowed.includes(value)) {
    throw invalid(message('OPTION_INVALID', 'choice', { fn: builder, option: name, value, allowed }), value);
  }
  return value;
}
