/**
 * The one catalogue of workreport's messages, keyed by code (as Vega-Lite's `log/message.ts`): every text
 * an error, a problem, a finding or a comparison flag carries is written here, from parameters, and nowhere
 * else. Under each code, one template per case: `MESSAGES.OPTION_INVALID.unknownOption({ … })`. Callers build
 * a {@link Message} with {@link message}; errors (errors.ts) and problems (problem.ts) carry it.
 *
 * Codes are stable (tests assert codes, never wording); never reuse a code for another meaning. Every case is
 * written somewhere in src/ (tests/messages-reach.test.ts), and no text is written anywhere else.
 * Every message names the input, the bad value and the fix; text is quoted with its UTF-16 offset.
 * English only: these are messages for the people who fix datasets and code, not chart text (charts/locale.ts).
 * The codes the browser runtimes throw live in runtime-messages.ts, spread in here, so a page bundles only them.
 */
import { RUNTIME_MESSAGES, type RuntimeCode } from './runtime-messages.ts';

/** `「…」 at offset N`: a snippet of text for a message. */
export function quoteAt(text: string, offset: number, length = 12): string {
  return `「${text.slice(offset, offset + length)}」 at offset ${offset}`;
}

const list = (items: readonly (string | number)[]): string => items.join(', ');
/** Groups that are lists themselves: `a, b (亩); c (元) and d (人)`. */
const groups = (items: readonly string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join('; ')} and ${items.at(-1)}` : list(items);
const plural = (n: number, word: string): string => (n === 1 ? word : `${word}s`);
/** A number in a message: at most 4 decimals (values stay exact elsewhere); null is an open end. */
const shown = (n: number | null): string => (n === null ? 'open' : String(Number(n.toFixed(4))));

/** Why a stated change may differ from the computed one (compare/comparison.ts `ReasonEvidence`). */
export interface ReasonText {
  reason: 'estimate' | 'like-for-like' | 'comparable-prices' | 'renamed';
  words: string;
  dataset?: string;
  offset?: number;
  source?: string;
}

const REASON_TEXT: Record<ReasonText['reason'], string> = {
  estimate: 'an estimate',
  'like-for-like': 'a like-for-like basis (last year recomputed on this year’s scope)',
  'comparable-prices': 'a real growth at comparable prices, while the levels are nominal',
  renamed: 'a renamed indicator whose scope may differ',
};

/** Why a stated change may differ, as a list of clauses: `an estimate (预计 in hongshan-district-2013 at 350)`. */
function reasonsText(reasons: readonly ReasonText[]): string {
  if (reasons.length === 0) return 'the texts give no reason';
  const clause = (r: ReasonText): string =>
    `${REASON_TEXT[r.reason]} (${r.words}${r.dataset === undefined ? '' : ` in ${r.dataset}${r.offset === undefined ? '' : ` at ${r.offset}`}`}` +
    `${r.source === undefined ? '' : `; ${r.source}`})`;
  return `likely ${reasons.map(clause).join('; ')}`;
}

/** A figure as a message cites it: `poor-households 「2624户」 (2624 households)`. Built by consistency/format.ts `cite`. */
type Cited = string;

/** Why a file's bytes are no text (figures/decode-text.ts `Decoded` when not ok), for a message naming the file. */
interface Undecodable {
  file: string;
  failure:
    | { reason: 'unsupported'; encoding: string }
    | { reason: 'binary'; nulAt: number; tried: readonly string[] }
    | { reason: 'undecodable'; tried: readonly string[] };
  /** Whether the reader takes `--encoding` (the command line), so the fix can name it. */
  encodingOption: boolean;
}

function undecodableText({ file, failure, encodingOption }: Undecodable): string {
  if (failure.reason === 'unsupported')
    return `"${file}" is ${failure.encoding} text, which workreport does not read: save it as UTF-8 (or GB18030)`;
  const fix = `convert it to UTF-8${encodingOption ? ', or name its encoding with --encoding' : ''}`;
  return failure.reason === 'binary'
    ? `"${file}" is not a text file (NUL byte at byte offset ${failure.nulAt}; tried encodings: ${list(failure.tried)}): ${fix}`
    : `"${file}" is not valid text in any encoding tried (${list(failure.tried)}): ${fix}`;
}

/** Parts that exceed their whole (indicators/consistency/check-part-of.ts); numbers already formatted. */
interface Exceeds {
  parts: readonly Cited[];
  whole: Cited;
  by: string;
  unit: string;
  /** Quotes that are not exact, each with the phrase of its qualifier: `{ quote: '20余人', phrase: 'a lower bound' }`. */
  qualified: readonly { quote: string; phrase: string }[];
}

function exceedsText(p: Exceeds, whole: string): string {
  const caveat =
    p.qualified.length > 0
      ? ` (comparing the stated numbers; ${p.qualified.map((q) => `${q.quote} is ${q.phrase}`).join(', ')})`
      : '';
  return `${p.parts.join(' + ')} exceeds ${whole}, ${p.whole}, by ${p.by} ${p.unit}${caveat}`;
}

export const MESSAGES = {
  ...RUNTIME_MESSAGES,
  // ── Thrown: bad input (WorkreportError) ───────────────────────────────────────────────────────────────────
  NUMBER_INVALID: {
    empty: () => 'cannot read an empty string as a number: give digits (12.5) or Chinese numerals (十二万)',
    at: (p: { source: string; offset: number; problem: string }) =>
      `cannot read 「${p.source}」 as a number: ${p.problem}, ${quoteAt(p.source, p.offset)}`,
  },
  QUANTITY_INVALID: {
    at: (p: { expression: string; offset: number; problem: string }) =>
      `cannot read 「${p.expression}」 as a quantity: ${p.problem}, ${quoteAt(p.expression, p.offset)}`,
  },
  FIGURE_INVALID: {
    schema: (p: { what: string; issues: string }) => `${p.what} is invalid: ${p.issues}`,
    csvHeader: (p: { missing: readonly string[] }) =>
      `figures CSV: the header lacks ${plural(p.missing.length, 'column')} ${list(p.missing)}; export it with \`workreport figures <dataset-id> --format csv\``,
    csvRow: (p: { line: number; id: string; issues: string }) =>
      `figures CSV, line ${p.line} (${p.id || 'no id'}): ${p.issues}`,
  },
  FIGURE_DUPLICATE_ID: {
    inReport: (p: { id: string; report: string }) =>
      `figure id "${p.id}" is used twice in report "${p.report}": give each figure its own id`,
    inCsv: (p: { id: string; line: number }) =>
      `figures CSV, line ${p.line}: figure id "${p.id}" is on an earlier row too; give each figure its own id`,
  },
  FIGURE_NOT_FOUND: {
    ofChart: (p: { chart: string; ref: string; report: string }) =>
      `chart "${p.chart}" names "${p.ref}", which is neither a figure nor an indicator of report "${p.report}"`,
    named: (p: { where: string; id: string; report: string }) =>
      `${p.where} names figure "${p.id}", which report "${p.report}" does not have`,
  },
  SECTION_UNKNOWN: {
    ofFigure: (p: { figure: string; section: string; report: string; known: readonly string[] }) =>
      `figure "${p.figure}" names section "${p.section}", which report "${p.report}" does not define; use one of: ${list(p.known)}`,
    ofChart: (p: { chart: string; section: string; report: string; known: readonly string[] }) =>
      `chart "${p.chart}" names section "${p.section}", which report "${p.report}" does not define; use one of: ${list(p.known)}`,
  },
  DATASET_UNKNOWN: {
    noFolder: (p: { id: string; root: string; known: readonly string[] }) =>
      `no dataset "${p.id}"; ${p.known.length > 0 ? `datasets in ${p.root}: ${list(p.known)}` : `${p.root} has no dataset; draft one with "workreport init <file> --id <id>"`}`,
    notPublished: (p: { id: string; published: readonly string[] }) =>
      `no published dataset "${p.id}"; published: ${list(p.published) || '(none)'}`,
    noSeries: (p: { id: string; series: readonly string[] }) =>
      `no series "${p.id}"; series: ${list(p.series) || '(none)'}`,
    noStory: (p: { id: string }) =>
      `dataset "${p.id}" has no story.json; write one (steps of prose, each naming a chart) to publish its story page`,
  },
  DATASET_INVALID: {
    notJson: (p: { where: string; file: string; place: string | undefined; reason: string }) =>
      `dataset ${p.where} is invalid:\n  ${p.file}: not valid JSON${p.place === undefined ? '' : ` (${p.place})`}: ${p.reason}`,
    emptyJson: (p: { where: string; file: string }) =>
      `dataset ${p.where} is invalid:\n  ${p.file}: empty; write its JSON (see schema/) or delete the file`,
    trailingComma: (p: { where: string; file: string; place: string; closing: string }) =>
      `dataset ${p.where} is invalid:\n  ${p.file}: not valid JSON (${p.place}): a comma before the closing ${p.closing}; remove it`,
    noSource: (p: { where: string; file: string }) =>
      `dataset ${p.where} is invalid:\n  ${p.file}: missing; it holds the report's text verbatim`,
    undecodable: (p: Undecodable) => undecodableText(p),
    lines: (p: { where: string; lines: readonly string[]; more: number }) =>
      `dataset ${p.where} is invalid:\n  ${p.lines.join('\n  ')}${p.more > 0 ? `\n…and ${p.more} more` : ''}`,
  },
  DATASET_EXISTS: {
    notFolder: (p: { folder: string }) => `"${p.folder}" exists and is not a folder; choose another --id or --datasets`,
    notEmpty: (p: { folder: string; files: readonly string[] }) =>
      `"${p.folder}" already holds ${p.files.length} ${plural(p.files.length, 'file')} (${list(p.files.slice(0, 6))}${p.files.length > 6 ? ', …' : ''}); ` +
      'pass --force to overwrite the dataset, or choose another --id',
  },
  STORY_INVALID: {
    strayBrace: (p: { brace: string }) =>
      `has a "${p.brace}" that is not part of a reference; references are {figure:id}, {indicator:id}, {count:figures}, {count:section/id} and {quote:text}`,
    typedNumber: (p: { number: string }) =>
      `types the number "${p.number}"; cite it instead ({figure:id} or {indicator:id}) so the story cannot disagree with its data`,
    countArgument: (p: { argument: string }) =>
      `has {count:${p.argument}}; use {count:figures} or {count:section/<section-id>}`,
    indicatorNoValue: (p: { story: string; id: string; reason: string }) =>
      `the story of "${p.story}" cites indicator "${p.id}", which has no value: ${p.reason}; cite an indicator that computes, or fix its inputs`,
  },
  CHART_EMPTY: {
    nothing: (p: { where: string; things: string }) => `no ${p.things} for ${p.where}: pass at least one`,
    noChange: (p: { fn: string }) =>
      `${p.fn}: the rows have no change between two years; pass rows with at least two values`,
    noYearPair: (p: { fn: string; from: number | undefined; to: number | undefined }) =>
      `${p.fn}: no row has values for both years ${p.from ?? '?'} and ${p.to ?? '?'}; pass rows of two years (or set years)`,
    noDataRows: (p: { chart: string }) =>
      `chart "${p.chart}" has no inline data rows (spec.data.values) to offer as data; build it with the src/charts builders`,
  },
  CHART_MIXED_UNITS: {
    axis: (p: { where: string; groups: readonly { unit: string; ids: readonly string[] }[]; split: string }) =>
      `${p.where}: ${groups(p.groups.map((g) => `${list(g.ids)} (${g.unit})`))} have different units; ` +
      `an axis shows one unit: split them into one ${p.split} per unit`,
    changeMeasures: (p: { fn: string; percent: readonly string[]; points: readonly string[] }) =>
      `${p.fn}: ${list(p.percent)} (percent) and ${list(p.points)} (percentage points) have different units; one chart per unit`,
  },
  CHART_NO_VALUE: {
    indicator: (p: { id: string; problem: { code: string; message: string } }) =>
      `indicator ${p.id} has no value (${p.problem.code}: ${p.problem.message}); chart only indicators that computed`,
    rowField: (p: { chart: string; row: number; field: string }) =>
      `chart "${p.chart}": data row ${p.row} has no field "${p.field}"; build it with the src/charts builders`,
  },
  CHART_UNKNOWN: {
    inDataset: (p: { id: string; known: readonly string[] }) =>
      `no chart "${p.id}"; charts: ${list(p.known) || '(none)'}`,
    inSeries: (p: { series: string; slug: string; known: readonly string[] }) =>
      `series "${p.series}" has no chart "${p.slug}"; its charts: ${list(p.known) || '(none)'}`,
    noHome: (p: { chart: string; home: string }) =>
      `no chart "${p.chart}": "${p.home}" is neither a published dataset nor a series`,
    notInSet: (p: { chart: string; kind: string; home: string }) =>
      `no chart "${p.chart}" among the charts of ${p.kind} "${p.home}"`,
    figuresOnly: (p: { chart: string; kind: string; ref: string }) =>
      `chart "${p.chart}" is a ${p.kind} chart, which shows figures only; "${p.ref}" is an indicator (use a dot-plot or small-multiples chart)`,
  },
  OPTION_INVALID: {
    unknownOption: (p: { fn: string; unknown: readonly string[]; allowed: readonly string[] }) =>
      `${p.fn}: unknown option ${list(p.unknown)}; allowed: ${list(p.allowed)}`,
    scale: (p: { value: unknown; max: number }) =>
      `svgToPng: option scale must be a number in (0, ${p.max}], got ${JSON.stringify(p.value)}`,
    placeParts: (p: { option: string }) =>
      `--place "${p.option}": give 1 to 4 non-empty parts from the province down, separated by "/", e.g. "湖北省/武汉市/武昌区"`,
    placeLevelTwice: (p: { option: string; part: string; level: string | undefined }) =>
      `--place "${p.option}": "${p.part}" is a second ${p.level ?? 'part below the town'}; name each level once, from the province down`,
    year: (p: { year: number | string }) =>
      `--year ${p.year}: give the year the report reviews, a whole number from 1949 to 2100`,
    published: (p: { published: string }) =>
      `--published "${p.published}": give an ISO date that exists, such as 2019-12-16, 2019-12 or 2019`,
    datasetId: (p: { id: string; reason: string }) => `--id "${p.id}" is not a valid dataset id: ${p.reason}`,
    mapping: (p: { where: string; path: string; issue: string }) =>
      `mapping file ${p.where}: ${p.path}: ${p.issue}; a mapping is {"groups": [["label or figure id", "label or figure id", …], …]}, each group naming one indicator across years`,
    spanOutside: (p: { fn: string; offset: number; length: number; textLength: number }) =>
      `${p.fn}: span at offset ${p.offset} of length ${p.length} is not inside the text (length ${p.textLength})`,
    spanOverlap: (p: { fn: string; text: string; offset: number; previousEnd: number }) =>
      `${p.fn}: span 「${p.text}」 at offset ${p.offset} overlaps the span before it, which ends at offset ${p.previousEnd}; merge or drop one`,
    notAChoice: (p: { fn: string; value: unknown; choices: readonly string[] }) =>
      `${p.fn}: value ${JSON.stringify(p.value)} is not one of the options (${list(p.choices)})`,
    noChoices: (p: { fn: string }) => `${p.fn}: no options to choose from; pass at least one`,
    sortColumn: (p: { column: number; sortable: readonly string[] }) =>
      `table: sort.column ${p.column} is not a sortable column; sortable: ${list(p.sortable) || 'none'}`,
    quoteNotAtOffset: (p: { fn: string; id: string; quote: string; offset: number }) =>
      `${p.fn}: figure "${p.id}": 「${p.quote}」 is not at offset ${p.offset} of the text`,
    snippetSvg: (p: { got: string }) =>
      `embedSnippet: svg must be the chart's <svg> element with a viewBox, as view.toSVG() writes it; got "${p.got}…"`,
    snippetForbidden: (p: { found: string }) =>
      `embedSnippet: the svg holds ${p.found}…, which a CMS or a strict Content-Security-Policy drops; draw it with Vega's SVG renderer`,
    snippetSourceUrl: (p: { value: unknown }) =>
      `embedSnippet: sourceUrl must be an http(s) address, got ${JSON.stringify(p.value)}`,
    // Chart builders (src/charts): `fn` is the builder, e.g. barChart.
    chartReport: (p: { fn: string }) => `${p.fn}: option report must be the ReportMeta of the figures’ report`,
    choice: (p: { fn: string; option: string; value: unknown; allowed: readonly (string | boolean)[] }) =>
      `${p.fn}: option ${p.option} must be one of ${p.allowed.join(', ')}, got ${JSON.stringify(p.value)}`,
    nonEmptyString: (p: { fn: string; option: string; value: unknown }) =>
      `${p.fn}: option ${p.option} must be a non-empty string, got ${JSON.stringify(p.value)}`,
    notes: (p: { fn: string; value: unknown }) =>
      `${p.fn}: option notes must be an array of non-empty strings, got ${JSON.stringify(p.value)}`,
    width: (p: { fn: string; min: number; value: unknown }) =>
      `${p.fn}: option width must be a number of pixels ≥ ${p.min}, got ${JSON.stringify(p.value)}`,
    integerRange: (p: { fn: string; option: string; min: number; max: number; value: unknown }) =>
      `${p.fn}: option ${p.option} must be an integer from ${p.min} to ${p.max}, got ${typeof p.value === 'number' ? String(p.value) : JSON.stringify(p.value)}`,
    sameLabel: (p: { fn: string; what: string; label: string; first: string; second: string }) =>
      `${p.fn}: ${p.first} and ${p.second} have the same ${p.what} "${p.label}"; a chart needs distinct ${p.what}s`,
    sameEnds: (p: { fn: string; name: string }) =>
      `${p.fn}: both ends are named "${p.name}"; name the start and the end differently`,
    emptyGroup: (p: { fn: string; group: string }) =>
      `${p.fn}: group "${p.group}" has no figures; drop it or add figures`,
    shareIndicator: (p: {
      fn: string;
      id: string;
      fault:
        | { unit: string }
        | { inputs: readonly string[]; expected: readonly string[] }
        | { value: number; part: string; whole: string; ratio: number };
    }) =>
      `${p.fn}: share indicator ${p.id} ${
        'unit' in p.fault
          ? `has unit ${p.fault.unit}, not ratio`
          : 'inputs' in p.fault
            ? `reads ${list(p.fault.inputs)}, not ${list(p.fault.expected)}`
            : `is ${p.fault.value}, but ${p.fault.part} / ${p.fault.whole} is ${p.fault.ratio}`
      }; pass the ratio indicator of part / whole, or none`,
    partOfWhole: (p: { fn: string; part: string; partValue: number; whole: string; wholeValue: number }) =>
      `${p.fn}: part ${p.part} (${p.partValue}) must lie between 0 and whole ${p.whole} (${p.wholeValue}), and the whole must be positive`,
    qualifierWord: (p: { word: string; qualifier: string; allowed: readonly string[] }) =>
      `qualifier word "${p.word}" is not a word of qualifier ${p.qualifier} (allowed: ${list(p.allowed) || 'none'})`,
    // The command line (src/cli) and the site build (src/site).
    renderAllWithId: (p: { id: string }) => `render: --all renders every chart; drop the chart id "${p.id}"`,
    renderAllWithFormat: () => 'render: --all writes every format in both languages; drop --format and --lang',
    renderAllNoDir: () => 'render: --all needs an output directory: -o <dir>',
    renderWhich: (p: { charts: readonly string[] }) =>
      `render: name a chart or pass --all; charts: ${list(p.charts) || '(none)'}`,
    renderPngToTerminal: () => 'render: PNG is binary: write it to a file with -o <file.png> or pipe stdout',
    mappingJson: (p: { file: string; reason: string }) =>
      `mapping file ${p.file} is not JSON (${p.reason}); write {"groups": [["label or figure id", …], …]}`,
    corpusStdin: () => 'corpus reads files, not standard input: save the text to a file, or use workreport extract -',
    jobs: (p: { jobs: string; cores: number }) =>
      `--jobs "${p.jobs}": give the number of threads, from 1 (e.g. --jobs ${p.cores})`,
    emptyInput: (p: { file: string }) =>
      `"${p.file}" holds no text (empty or only white space): there is no report to draft a dataset from`,
    kernelDir: (p: { dir: string; kernel: string }) =>
      `"${p.dir}" is under ${p.kernel}, a kernel file system, not a place for output files; choose a folder of your own`,
    siteBase: (p: { base: string }) =>
      `workreport site: base "${p.base}" is relative; build with an absolute path such as --base /reports/ (where the site will be served)`,
  },
  FORMULA_INVALID: {
    syntax: (p: { formula: string; expected: string; found: string }) =>
      `formula "${p.formula}": expected ${p.expected}, found ${p.found}; formulas combine d['figure-id'] references with + - * / and parentheses`,
  },
  INDICATOR_INVALID: {
    schema: (p: { index: number; id: unknown; issues: string }) =>
      `indicator #${p.index} (${String(p.id)}) is invalid: ${p.issues}`,
    inputTwice: (p: { id: string; input: string }) =>
      `indicator "${p.id}": input "${p.input}" is listed twice; list each figure once`,
    undeclared: (p: { id: string; inputs: readonly string[] }) =>
      `indicator "${p.id}": the formula references ${list(p.inputs)}, which \`inputs\` does not declare; add them with their unit and direction`,
    unused: (p: { id: string; inputs: readonly string[]; formula: string }) =>
      `indicator "${p.id}": inputs ${list(p.inputs)} are not used by the formula "${p.formula}"; remove them or use them`,
    direction: (p: { id: string; input: string; declared: string; formula: string; structural: string }) =>
      `indicator "${p.id}": input "${p.input}" is declared ${p.declared} but the formula "${p.formula}" makes it ${p.structural}`,
    ofChart: (p: { chart: string; id: string; dataset: string }) =>
      `chart "${p.chart}" shows indicator "${p.id}", which dataset "${p.dataset}" does not define`,
  },
  INDICATOR_DUPLICATE_ID: {
    twice: (p: { id: string }) => `indicator id "${p.id}" is used twice: give each indicator its own id`,
  },
  CHECK_INVALID: {
    schema: (p: { index: number; id: unknown; issues: string }) =>
      `check #${p.index} (${String(p.id)}) is invalid: ${p.issues}`,
    idTwice: (p: { id: string }) => `check id "${p.id}" is used twice: give each check its own id`,
    figureTwice: (p: { id: string; figure: string }) =>
      `check "${p.id}" names figure "${p.figure}" twice; name each figure once`,
  },
  FONT_MISSING: {
    noCjkFont: (p: { family: string; where: readonly string[] }) =>
      `no ${p.family} font found (looked in: ${p.where.length > 0 ? list(p.where) : 'nowhere'}); without it PNG text would be blank. ` +
      'Install the Debian package fonts-noto-cjk: `sudo apt-get install fonts-noto-cjk`',
    unreadable: (p: { file: string; reason: string; fix: string }) =>
      `cannot read the font file ${p.file}: ${p.reason}; reinstall it: \`sudo apt-get install --reinstall ${p.fix}\``,
  },
  RENDER_FAILED: {
    compile: (p: { name: string; reason: string }) => `vega-lite cannot compile ${p.name}: ${p.reason}`,
    view: (p: { name: string; reason: string }) => `vega cannot render ${p.name}: ${p.reason}`,
    wasm: (p: { path: string; reason: string }) =>
      `cannot load resvg's WebAssembly module ${p.path}: ${p.reason}; reinstall the dependencies (\`npm ci\`)`,
    rasterise: (p: { reason: string }) => `resvg cannot rasterise the SVG: ${p.reason}`,
    notSpec: (p: { fn: string; got: string }) => `${p.fn}: expected a chart or a spec object, got ${p.got}`,
    vegaLiteGiven: (p: { name: string }) =>
      `vegaToSvg: ${p.name} is a Vega-Lite spec, not a compiled Vega one; render it with renderSvg, or compile it with compileVega first`,
    notVega: (p: { name: string }) =>
      `vegaToSvg: ${p.name} is not a Vega spec (no marks, no Vega $schema); pass what compileVega returns`,
  },
  RENDER_WARNING: {
    missingGlyphs: (p: { chars: readonly string[] }) =>
      `WARN no installed font has a glyph for ${p.chars.map((c) => `「${c}」 U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(', ')}: ` +
      'the PNG draws an empty box there; install fonts-noto-core (and fonts-noto-color-emoji for emoji)',
    warnings: (p: { name: string; warnings: readonly string[] }) =>
      `${p.name} compiles or renders with ${p.warnings.length} warning(s): ${p.warnings.join('; ')}; fix the spec (a shipped chart must be warning-free) or pass onWarning to accept them`,
  },
  DOWNLOAD_FAILED: {
    contents: (p: { filename: string; reason: string }) => `download of ${p.filename} failed: ${p.reason}`,
  },
  // ── Thrown: an input file the command line cannot take (src/cli) ──────────────────────────────────────────
  INPUT_UNREADABLE: {
    read: (p: { file: string; reason: string }) => `cannot read "${p.file}": ${p.reason}`,
    emptyFolder: (p: { folder: string; extensions: readonly string[] }) =>
      `the folder "${p.folder}" holds no report text (${list(p.extensions)} files, searched recursively): name the files, or the folder that holds them`,
    noMatch: (p: { pattern: string }) =>
      `no file matches "${p.pattern}": check the pattern (* and ? stay within a folder, ** crosses folders)`,
  },
  INPUT_UNDECODABLE: {
    whole: (p: Undecodable) => undecodableText(p),
    binaryAt: (p: { file: string; offset: number; encoding: string }) =>
      `"${p.file}" is not a text file (NUL byte at byte offset ${p.offset}); read as ${p.encoding}`,
    invalidAt: (p: { file: string; offset: number; encoding: string; truncated: boolean }) =>
      `"${p.file}" ${p.truncated ? `ends inside a ${p.encoding} character (byte offset ${p.offset})` : `is not valid ${p.encoding} text at byte offset ${p.offset}`}, ` +
      'the encoding its first bytes were read in: convert it to UTF-8, or name its encoding with --encoding',
  },
  INPUT_DUPLICATE: {
    twice: (p: { file: string }) => `"${p.file}" is given twice: name each file once`,
    reached: (p: { file: string; first: string; second: string }) =>
      `"${p.file}" is reached twice (by "${p.first}" and by "${p.second}"): name each file once`,
  },
  INPUT_TOO_LARGE: {
    extract: (p: { file: string; bytes: number; atLeast: boolean; max: string }) =>
      `"${p.file}" is ${p.atLeast ? 'over ' : ''}${p.bytes} bytes, more than workreport extract reads (${p.max}): split it into smaller files`,
    corpus: (p: { file: string; bytes: number; max: string }) =>
      `"${p.file}" is ${p.bytes} bytes, more than workreport corpus reads in one file (${p.max}): split it, or use workreport extract --format jsonl`,
  },
  // ── Thrown: a broken invariant or a failing tool, not bad input ───────────────────────────────────────────
  INTERNAL: {
    worker: (p: { command: string; reason: string }) =>
      `workreport ${p.command}: a worker thread failed: ${p.reason}; report it with the input that caused it`,
    devTransform: (p: { source: string }) =>
      `the dev server could not transform ${p.source}; restart it (npm run dev), and report it if it persists`,
    pageTemplate: (p: { path: string; found: string }) =>
      `the site build found ${p.found} in ${p.path} (src/site/page-templates.ts); report it with the Vite version`,
    openingCell: (p: { file: string; cells: number; name: string }) =>
      `${p.file}: ${p.cells} cells build the chart container "data-chart": "${p.name}"; the opening chart goes into exactly one (notebooks/opening-chart.ts)`,
    svgSize: (p: { chart: string }) =>
      `the rendered SVG of chart "${p.chart}" has no width, height or viewBox on its root element; report it with the chart`,
    openingRoot: (p: { file: string; cell: string }) =>
      `${p.file}: no empty root for cell ${p.cell}; list notebook-kit's plugin before the opening-chart plugin in vite.config.ts`,
  },

  // ── Thrown or reported ────────────────────────────────────────────────────────────────────────────────────
  UNIT_INCOMPATIBLE: {
    inputs: (p: { described: readonly string[] }) => `${p.described.join('; ')}; the units do not convert`,
  },

  // ── Reported: provenance (figures/check-provenance.ts) ─────────────────────────────────────────────────────
  PROVENANCE_MISMATCH: {
    quote: (p: { id: string; quote: string; offset: number; found: string; elsewhere: readonly number[] }) =>
      `figure "${p.id}": quote is not at its offset in the source: expected 「${p.quote}」 at offset ${p.offset}, found 「${p.found}」` +
      (p.elsewhere.length > 0
        ? `; the quote occurs at offset ${list(p.elsewhere)}`
        : '; the quote does not occur in the source'),
    draft: (p: { file: string; first: string }) =>
      `the draft of "${p.file}" has figures that do not prove: ${p.first}; report the text that drafts them (workreport init should only draft figures it can prove)`,
    spansLines: (p: { ids: readonly string[] }) =>
      `figures spanning two lines of the source text cannot be highlighted: ${list(p.ids)}; shorten their quotes to one line`,
  },
  PROVENANCE_OUT_OF_SECTION: {
    quote: (p: { id: string; expected: string; found: string }) =>
      `figure "${p.id}": quote lies outside its section: expected ${p.expected}, found ${p.found}`,
  },
  PROVENANCE_VALUE_MISMATCH: {
    quote: (p: { id: string; expected: string; found: string }) =>
      `figure "${p.id}": quote does not parse to the stated quantity: expected ${p.expected}, found ${p.found}`,
  },
  PROVENANCE_COUNTED_MISMATCH: {
    quote: (p: { id: string; expected: string; found: string }) =>
      `figure "${p.id}": counted contradicts the classifier of the quote: expected ${p.expected}, found ${p.found}`,
  },
  PROVENANCE_SHIFTED: {
    bom: (p: { file: string }) =>
      `${p.file}: every offset is shifted by one: the file starts with a byte-order mark (BOM) the offsets do not count; save it as UTF-8 without BOM`,
    crlf: (p: { file: string }) =>
      `${p.file}: the offsets are shifted by the line endings: the file has CRLF line endings, the offsets count LF ones; ` +
      "convert it back to LF (the repository's .gitattributes keeps source.txt as it is)",
  },
  SECTIONS_GAP: {
    gap: (p: { file: string; before: string; after: string; start: number; end: number }) =>
      `${p.file}: characters [${p.start}, ${p.end}) between section "${p.before}" and section "${p.after}" belong to no section; ` +
      'sections tile the text, each starting where the one before ends',
    overlap: (p: { file: string; section: string; start: number; previous: string; previousEnd: number }) =>
      `${p.file}: section "${p.section}" starts at ${p.start}, inside section "${p.previous}", which ends at ${p.previousEnd}; ` +
      'sections tile the text, each starting where the one before ends',
  },
  FIGURES_OVERLAP: {
    quotes: (p: {
      file: string;
      first: { id: string; quote: string; start: number };
      second: { id: string; quote: string; start: number };
    }) =>
      `${p.file}: figure "${p.first.id}" 「${p.first.quote}」 at ${p.first.start} and figure "${p.second.id}" 「${p.second.quote}」 at ${p.second.start} ` +
      'quote overlapping text; a number belongs to one figure: drop one or shorten its quote',
  },

  // ── Reported: what the site build leaves out, and goes on without (src/site) ───────────────────────────────
  LEFT_OUT: {
    dataset: (p: { reason: string }) => `left out of the site: ${p.reason}`,
    seriesChart: (p: { series: string; chart: string; reason: string }) =>
      `series ${p.series}: chart ${p.chart} left out: ${p.reason}`,
    mapping: (p: { file: string; reason: string }) =>
      `${p.file} ignored: ${p.reason}; the series is matched without it`,
  },

  // ── Reported: indicators and consistency checks (src/indicators) ──────────────────────────────────────────
  INPUT_MISSING: {
    figures: (p: { ids: readonly string[] }) =>
      `needs ${plural(p.ids.length, 'figure')} ${list(p.ids)}, which the report does not have`,
  },
  DIVISION_BY_ZERO: {
    formula: (p: { formula: string; inputs: readonly { id: string; value: number | null }[] }) =>
      `divides by zero: ${p.formula} with ${p.inputs.map((i) => `${i.id} = ${i.value}`).join(', ')}`,
  },
  PART_EXCEEDS_WHOLE: {
    slack: (p: Exceeds) => exceedsText(p, 'its whole'),
  },
  COUNT_EXCEEDS_TOTAL: {
    slack: (p: Exceeds) => exceedsText(p, 'the total it belongs to'),
  },
  RATE_VS_PARTS: {
    computed: (p: { stated: Cited; parts: string; computed: string; covers: string }) =>
      `${p.stated} does not match ${p.parts} = ${p.computed}; the stated rate covers ${p.covers}`,
    impliedBase: (p: {
      stated: Cited;
      numerator: Cited;
      base: string;
      unit: string;
      qualifier: string;
      wholes?: { quote: string } | { first: number; last: number | null; covers: string };
    }) =>
      `${p.stated} with ${p.numerator} implies a base of ${p.base} ${p.unit} (${p.qualifier}), which the report does not state` +
      (p.wholes === undefined
        ? ''
        : 'quote' in p.wholes
          ? `; no whole number gives ${p.wholes.quote} when rounded: the rate or the count is wrong`
          : `; ${p.wholes.last === null ? `any whole number from ${p.wholes.first}` : `whole numbers from ${p.wholes.first} to ${p.wholes.last}`} fit the stated rate (${p.wholes.covers})`),
  },
  PERIOD_MIX: {
    indicator: (p: { id: string; formula: string; periods: readonly { period: string; cited: readonly Cited[] }[] }) =>
      `indicator "${p.id}" (${p.formula}) combines figures of different periods: ${p.periods.map((x) => `${x.period}: ${list(x.cited)}`).join('; ')}`,
  },
  POSSIBLE_DOUBLE_COUNT: {
    overlap: (p: { cited: readonly Cited[]; largest: string; sum: string; unit: string }) =>
      `${list(p.cited)} may count the same things twice: together they cover between ${p.largest} and ${p.sum} ${p.unit}, not necessarily the sum`,
  },

  // ── Reported: comparison (src/compare) ────────────────────────────────────────────────────────────────────
  GROWTH_MISMATCH: {
    /** e.g. "地区生产总值: 614亿元 (2012) → 635亿元 (2013) is +3.4202 percent computed (3.2543 to 3.5858 …), but …". */
    change: (p: {
      label: string;
      from: { year: number; quote: string };
      to: { year: number; quote: string };
      unit: string;
      computed: number;
      computedRange: readonly [number | null, number | null];
      stated: number;
      statedQuote: string;
      statedRange: readonly [number | null, number | null];
      reasons: readonly ReasonText[];
    }) =>
      `${p.label}: ${p.from.quote} (${p.from.year}) → ${p.to.quote} (${p.to.year}) is ${p.computed > 0 ? '+' : ''}${shown(p.computed)} ${p.unit} computed ` +
      `(${shown(p.computedRange[0])} to ${shown(p.computedRange[1])} at the precision the levels are written with), ` +
      `but the report states 「${p.statedQuote}」 = ${shown(p.stated)} (${shown(p.statedRange[0])} to ${shown(p.statedRange[1])}); ${reasonsText(p.reasons)}`,
  },
  PLACE_DIFFERS: {
    datasets: (p: { datasets: readonly string[]; detail: string }) =>
      `${list(p.datasets)} are of another place (${p.detail}) than the first report; compared as given`,
  },
  PLACE_UNKNOWN: {
    datasets: (p: { datasets: readonly string[] }) =>
      `${list(p.datasets)} name no place in their metadata; compared as given`,
  },
  YEAR_REPEATED: {
    datasets: (p: { datasets: readonly string[]; detail: string }) =>
      `${list(p.datasets)} review the same year ${p.detail}; their values are listed side by side and no change is computed between them`,
  },
  SINGLE_YEAR: {
    datasets: (p: { datasets: readonly string[] }) =>
      `${list(p.datasets)}: fewer than two reports to compare; every row is listed without changes`,
  },
} as const satisfies Record<string, Record<string, (params: never) => string>>;

/** Every code of the catalogue: one vocabulary for errors, problems, findings and flags. */
export type Code = keyof typeof MESSAGES;
/** The cases of a code's message. */
export type Case<C extends Code> = keyof (typeof MESSAGES)[C] & string;
/** The parameters of one case. */
export type Params<C extends Code, K extends Case<C>> = (typeof MESSAGES)[C][K] extends (params: infer P) => string
  ? P
  : never;

/** A subset of the catalogue's codes; naming a code the catalogue lacks is a type error. */
type Codes<C extends Code> = C;

/** Codes of `WorkreportError` (errors.ts): bad input, thrown. */
export type ErrorCode = Codes<
  | 'NUMBER_INVALID'
  | 'QUANTITY_INVALID'
  | 'FIGURE_INVALID'
  | 'FIGURE_DUPLICATE_ID'
  | 'FIGURE_NOT_FOUND'
  | 'PROVENANCE_MISMATCH'
  | 'PROVENANCE_OUT_OF_SECTION'
  | 'PROVENANCE_VALUE_MISMATCH'
  | 'SECTION_UNKNOWN'
  | 'DATASET_UNKNOWN'
  | 'DATASET_INVALID'
  | 'DATASET_EXISTS'
  | 'STORY_INVALID'
  | 'CHART_EMPTY'
  | 'CHART_MIXED_UNITS'
  | 'CHART_NO_VALUE'
  | 'CHART_UNKNOWN'
  | 'OPTION_INVALID'
  | 'FORMULA_INVALID'
  | 'INDICATOR_INVALID'
  | 'INDICATOR_DUPLICATE_ID'
  | 'CHECK_INVALID'
  | 'UNIT_INCOMPATIBLE'
  | 'FONT_MISSING'
  | 'RENDER_FAILED'
  | 'RENDER_WARNING'
  | 'DOWNLOAD_FAILED'
  | 'INPUT_UNREADABLE'
  | 'INPUT_UNDECODABLE'
  | 'INPUT_DUPLICATE'
  | 'INPUT_TOO_LARGE'
  | 'INTERNAL'
  | RuntimeCode
>;
/** Codes of a figure's provenance problems (figures/check-provenance.ts). */
export type ProvenanceCode = Codes<
  'PROVENANCE_MISMATCH' | 'PROVENANCE_OUT_OF_SECTION' | 'PROVENANCE_VALUE_MISMATCH' | 'PROVENANCE_COUNTED_MISMATCH'
>;
/** Why an indicator has no value (indicators/result.ts). */
export type IndicatorProblemCode = Codes<'INPUT_MISSING' | 'UNIT_INCOMPATIBLE' | 'DIVISION_BY_ZERO'>;
/** Codes of consistency findings; an indicator's problem is a finding too (indicators/consistency/check.ts). */
export type FindingCode = Codes<
  | 'PART_EXCEEDS_WHOLE'
  | 'COUNT_EXCEEDS_TOTAL'
  | 'RATE_VS_PARTS'
  | 'PERIOD_MIX'
  | 'POSSIBLE_DOUBLE_COUNT'
  | IndicatorProblemCode
>;
/** Codes of notes on a comparison as a whole (compare/comparison.ts). */
export type ComparisonNoteCode = Codes<'PLACE_DIFFERS' | 'PLACE_UNKNOWN' | 'YEAR_REPEATED' | 'SINGLE_YEAR'>;

/** A code and the text the catalogue writes for it. */
export interface Message<C extends Code = Code> {
  code: C;
  message: string;
}

/** `error` with the note that the output printed before it stopped is incomplete (the command line's streams). */
export function outputIncomplete<C extends Code>(error: Message<C>): Message<C> {
  return { ...error, message: `${error.message}; the output printed before this message is incomplete` };
}

/**
 * The message of `code` in case `kase`, written from `params`.
 *
 * @example message('INDICATOR_DUPLICATE_ID', 'twice', { id: 'share' }).message // 'indicator id "share" is used twice: give each indicator its own id'
 */
export function message<C extends Code, K extends Case<C>>(code: C, kase: K, params: Params<C, K>): Message<C> {
  const template = MESSAGES[code][kase] as (params: Params<C, K>) => string;
  return { code, message: template(params) };
}
