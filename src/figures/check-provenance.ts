import { WorkreportError } from '../errors.ts';
import { message, type ProvenanceCode } from '../messages.ts';
import type { Problem } from '../problem.ts';
import type { Figure, FigureId, Report } from './figure.ts';
import { parseQuantity, type ParsedQuantity } from './parse-quantity.ts';
import { RAW_UNITS } from './unit.ts';
import type { Quantity } from './quantity.ts';

/** One way a figure's provenance fails to hold: a {@link Problem} whose `ids` are the figure's id. */
export interface ProvenanceProblem extends Problem<ProvenanceCode> {
  figureId: FigureId;
  /** What the dataset claims (the quote, the section range, or "430 mu exact"). */
  expected: string;
  /** What the source text actually holds there. */
  found: string;
}

/**
 * Prove every figure of a report against its source text. For each figure:
 * 1. `source.slice(offset, offset + quote.length) === quote` (else `PROVENANCE_MISMATCH`, with the
 *    text found there and, if the quote occurs elsewhere, its offsets);
 * 2. the quote lies inside the range of the figure's section (else `PROVENANCE_OUT_OF_SECTION`);
 * 3. the quote parses (`parseQuantity`, the library's one parser) to the figure's value, unit and
 *    qualifier, compared exactly (else `PROVENANCE_VALUE_MISMATCH`);
 * 4. where the quote's classifier names what it counts (冢 is graves, 村 villages: unit.ts `names`),
 *    the figure's `counted` is that (else `PROVENANCE_COUNTED_MISMATCH`).
 *
 * @returns the problems found, in figure order; an empty array means every figure is proven.
 */
export function checkProvenance(report: Report): ProvenanceProblem[] {
  const problems: ProvenanceProblem[] = [];
  for (const figure of report.figures) {
    const problem = checkFigure(report, figure);
    if (problem) problems.push(problem);
  }
  return problems;
}

function checkFigure(report: Report, figure: Figure): ProvenanceProblem | undefined {
  const { quote, offset } = figure.provenance;
  const found = report.source.slice(offset, offset + quote.length);
  if (found !== quote) {
    const elsewhere = occurrences(report.source, quote);
    const text = message('PROVENANCE_MISMATCH', 'quote', { id: figure.id, quote, offset, found, elsewhere });
    return {
      ...text,
      ids: [figure.id],
      figureId: figure.id,
      expected: `「${quote}」 at offset ${offset}`,
      found: `「${found}」`,
    };
  }
  const section = report.sections.find((s) => s.id === figure.section);
  if (!section || offset < section.start || offset + quote.length > section.end) {
    const actual = report.sections.find((s) => offset >= s.start && offset < s.end);
    return problem(
      'PROVENANCE_OUT_OF_SECTION',
      figure,
      `section ${figure.section}${section ? ` [${section.start}, ${section.end})` : ' (not defined)'}`,
      `offset ${offset} in section ${actual?.id ?? '(none)'}`,
    );
  }
  const expected = describe(figure.quantity);
  let parsed: ParsedQuantity;
  try {
    parsed = parseQuantity(quote);
  } catch (error) {
    const reason = error instanceof WorkreportError ? error.message : String(error);
    return problem('PROVENANCE_VALUE_MISMATCH', figure, expected, `no quantity (${reason})`);
  }
  const q = figure.quantity;
  if (
    parsed.value !== q.value ||
    parsed.valueMax !== q.valueMax ||
    parsed.unit !== q.unit ||
    parsed.qualifier !== q.qualifier
  ) {
    return problem('PROVENANCE_VALUE_MISMATCH', figure, expected, `${describe(parsed)} from 「${quote}」`);
  }
  const classifier = RAW_UNITS[parsed.unitRaw];
  if (classifier?.names === true && q.counted !== classifier.counted) {
    return problem(
      'PROVENANCE_COUNTED_MISMATCH',
      figure,
      `counted "${q.counted ?? '(none)'}"`,
      `「${parsed.unitRaw}」, which counts ${classifier.counted ?? ''}`,
    );
  }
  return undefined;
}

/** A problem that names what the dataset claims (`expected`) and what the text holds (`found`). */
function problem(
  code: Exclude<ProvenanceCode, 'PROVENANCE_MISMATCH'>,
  figure: Figure,
  expected: string,
  found: string,
): ProvenanceProblem {
  return {
    ...message(code, 'quote', { id: figure.id, expected, found }),
    ids: [figure.id],
    figureId: figure.id,
    expected,
    found,
  };
}

function describe(q: Pick<Quantity, 'value' | 'valueMax' | 'unit' | 'qualifier'>): string {
  return `${q.value}${q.valueMax === undefined ? '' : `–${q.valueMax}`} ${q.unit} ${q.qualifier}`;
}

/** The UTF-16 offsets at which `quote` occurs in `text`, overlapping ones included, ascending. */
export function occurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}
