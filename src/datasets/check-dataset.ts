import { buildChart } from '../charts/definition.ts';
import { WorkreportError } from '../errors.ts';
import { checkProvenance } from '../figures/check-provenance.ts';
import { computeIndicators } from '../indicators/compute-indicators.ts';
import { message, type Code } from '../messages.ts';
import type { Problem } from '../problem.ts';
import type { Dataset } from './dataset.ts';
import { DATASET_FILES } from './files.ts';
import { tilingGaps } from './section-tiling.ts';

/**
 * One reason a dataset cannot be published: a {@link Problem} whose message starts with the file it concerns
 * (`datasets/x/figures.json: figure "y": quote is not at its offset …`) and whose `ids` name the figures or chart.
 */
export type DatasetProblem = Problem<Code>;

/**
 * The gate every dataset passes before anything is published (the same check `workreport check`
 * runs and the site build applies):
 * 1. every figure is proven against `source.txt` (checkProvenance: quote at its offset, inside its
 *    section, parsing to its value, unit and qualifier); when every quote is shifted the same way,
 *    the message says whether line endings (CRLF) or a byte-order mark moved the text;
 * 2. the sections tile the text, without gap or overlap (tilingGaps);
 * 3. no two figures quote overlapping text (the source view would print the text twice: `430亩30亩`);
 * 4. every chart of charts.json builds, in both languages.
 * Story references were already resolved by `parseDataset`.
 *
 * @returns the problems; empty when the dataset may be published.
 */
export function checkDataset(dataset: Dataset): DatasetProblem[] {
  const figuresFile = `${dataset.where}/${DATASET_FILES.figures}`;
  const problems: DatasetProblem[] = checkProvenance(dataset.report).map((p) => ({
    code: p.code,
    ids: p.ids,
    message: `${figuresFile}: ${p.message}`,
  }));
  const shift = shiftHint(dataset);
  if (shift !== undefined) problems.unshift(shift);
  else
    problems.push(
      ...tilingGaps(`${dataset.where}/${DATASET_FILES.report}`, dataset.report.sections, dataset.report.source.length),
    );
  problems.push(...overlaps(dataset, figuresFile));
  const indicators = new Map(computeIndicators(dataset.report, dataset.indicators).map((r) => [r.id as string, r]));
  const figures = new Map(dataset.report.figures.map((f) => [f.id as string, f]));
  for (const definition of dataset.charts) {
    for (const lang of ['zh', 'en'] as const) {
      try {
        buildChart(definition, { report: dataset.report.meta, figures, indicators }, lang);
      } catch (error) {
        if (!(error instanceof WorkreportError)) throw error;
        const text = `${dataset.where}/${DATASET_FILES.charts}: chart "${definition.id}" (${lang}): ${error.detail}`;
        problems.push({ code: error.code, ids: [definition.id], message: text });
        break;
      }
    }
  }
  return problems;
}

/**
 * Why every quote is off, when one cause explains it: the text was saved with CRLF line endings
 * (git on Windows without .gitattributes) or with a byte-order mark, while the offsets count in
 * the original. Undefined when the figures are proven or the misses have no common cause.
 */
function shiftHint(dataset: Dataset): DatasetProblem | undefined {
  const { source, figures } = dataset.report;
  if (figures.length === 0) return undefined;
  const at = (text: string, f: (typeof figures)[number]): boolean =>
    text.startsWith(f.provenance.quote, f.provenance.offset);
  if (figures.every((f) => at(source, f))) return undefined;
  const file = `${dataset.where}/${DATASET_FILES.source}`;
  const ids = figures.map((f) => f.id);
  if (source.startsWith('\uFEFF') && figures.every((f) => at(source.slice(1), f)))
    return { ...message('PROVENANCE_SHIFTED', 'bom', { file }), ids };
  if (source.includes('\r\n') && figures.every((f) => at(source.replace(/\r\n/g, '\n'), f))) {
    return { ...message('PROVENANCE_SHIFTED', 'crlf', { file }), ids };
  }
  return undefined;
}

/** `figure "a" 「430亩」 at 984 and figure "b" 「30亩」 at 985 quote overlapping text; …` for every overlapping pair of neighbours. */
function overlaps(dataset: Dataset, file: string): DatasetProblem[] {
  const spans = dataset.report.figures
    .map((f) => ({
      id: f.id,
      quote: f.provenance.quote,
      start: f.provenance.offset,
      end: f.provenance.offset + f.provenance.quote.length,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const found: DatasetProblem[] = [];
  let widest = spans[0];
  for (const span of spans.slice(1)) {
    if (widest !== undefined && span.start < widest.end) {
      found.push({
        ...message('FIGURES_OVERLAP', 'quotes', { file, first: widest, second: span }),
        ids: [widest.id, span.id],
      });
    }
    if (widest === undefined || span.end > widest.end) widest = span;
  }
  return found;
}
