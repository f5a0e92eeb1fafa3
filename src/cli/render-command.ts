import { datasetsOption } from './datasets-option.ts';
import { Command, Option } from 'commander';
import { FORMATS, LANGS, THEMES, type RenderCommandOptions } from './render-options.ts';

/**
 * `workreport render`: one chart in one format to a file or stdout, or with `--all`
 * every chart in both languages and every format, plus its social card, to a directory;
 * in the light theme, or the dark one with `--theme dark`.
 */

/**
 * The `render` command, for `program.addCommand(renderCommand())`.
 *
 * - `render <chart-id> [--format svg|png|vega-lite|vega] [--lang zh|en] [--theme light|dark] [-o file]`:
 *   format default svg, language default zh, theme default light, output default stdout (PNG only
 *   to a file or a pipe).
 * - `render --all [--theme light|dark] -o <dir>`: every chart in one theme, light unless `--theme`
 *   is given (one run per theme, each to its own directory); see {@link renderAll}.
 *
 * Errors (WorkreportError, for main's handler): `CHART_UNKNOWN` naming the id and listing the
 * chart ids; `OPTION_INVALID` for a missing id, `--all` with an id, `--format` or `--lang`,
 * `--all` without `-o`, PNG to a terminal; the render errors of src/render.
 */
export function renderCommand(): Command {
  return (
    new Command('render')
      .description(
        'render a chart as SVG, PNG (scale 2), Vega-Lite or Vega JSON; with --all, every chart in zh and en in every format, plus 1200×630 social cards; light theme unless --theme dark',
      )
      .argument('[chart-id]', 'e.g. yangshahu-2019/poverty-households')
      .addOption(new Option('--format <format>', 'output format (default: svg)').choices(FORMATS))
      .addOption(new Option('--lang <lang>', 'language of the chart (default: zh)').choices(LANGS))
      .addOption(
        new Option(
          '--theme <theme>',
          'colour theme of the chart and its social card; with --all, of every file (default: light)',
        ).choices(THEMES),
      )
      .option('-o, --output <path>', 'output file (default: stdout); with --all, the output directory')
      .option('--all', 'render every chart in both languages and every format, with progress on stderr')
      .addOption(datasetsOption())
      // The renderer (vega, resvg, the datasets) loads only when the command runs.
      .action(async (id: string | undefined, options: RenderCommandOptions) =>
        (await import('./render-run.ts')).runRender(id, options),
      )
  );
}
