import type { Lang, ThemeMode } from '../vocabulary.ts';

/** The formats, languages and themes of `workreport render`, shared by the command and its run. */

export const FORMATS = ['svg', 'png', 'vega-lite', 'vega'] as const;
export type Format = (typeof FORMATS)[number];
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const THEMES: readonly ThemeMode[] = ['light', 'dark'];

export interface RenderCommandOptions {
  format?: Format;
  lang?: Lang;
  theme?: ThemeMode;
  output?: string;
  all?: boolean;
  /** The folder that holds the datasets (`--datasets`). Default: `./datasets`. */
  datasets?: string;
}
