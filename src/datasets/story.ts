import { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import { LabelSchema, TextSchema } from '../figures/schema.ts';
import { message, type Message } from '../messages.ts';

/**
 * A dataset's story (DESIGN.md "Story") as data: steps of prose, each beside a chart of the
 * dataset. Prose never types a number: it cites one, so a story cannot disagree with its data.
 *
 * Prose grammar (each text one paragraph, zh required, en optional):
 * ```
 * prose     = { text | reference }
 * reference = "{figure:" figure-id "}"        the figure's number, as the report wrote it (zh) or in English
 *           | "{indicator:" indicator-id "}"  a derived indicator's value (a share as a percentage)
 *           | "{count:figures}"                how many figures the dataset has
 *           | "{count:section/" section-id "}" how many figures that section has
 *           | "{quote:" text "}"               a quotation, which must occur verbatim in the report
 * text      = any characters but "{" and "}", and no digit other than in a date (2019年12月16日, 16 December 2019)
 * ```
 */

/** One piece of parsed prose. */
export type ProsePart =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; id: string }
  | { kind: 'indicator'; id: string }
  | { kind: 'count'; section?: string }
  | { kind: 'quote'; text: string };

/** A prose paragraph in both languages; without `en` the English story leaves the step's prose out. */
const ProseSchema = z.object({ zh: TextSchema, en: TextSchema.optional() }).strict();

/** Prose in both languages; `en` may be absent. */
export type Prose = z.output<typeof ProseSchema>;

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case ASCII, e.g. "land-and-compensation"');

export const StoryStepSchema = z
  .object({
    /** The step's anchor in the page. */
    id: Slug,
    /** The chart shown beside the step: a chart id of the dataset's charts.json (without the dataset prefix). */
    chart: Slug,
    heading: LabelSchema,
    text: ProseSchema,
  })
  .strict();

export const StorySchema = z
  .object({
    $schema: z.string().optional(),
    title: LabelSchema,
    /** The paragraph under the title. */
    dek: ProseSchema,
    steps: z.array(StoryStepSchema),
    /** A last section after the steps, without a chart (often the plan for next year). */
    closing: z.object({ heading: LabelSchema, text: ProseSchema }).strict().optional(),
    /** How the numbers were read, under "Sources and method". */
    method: ProseSchema.optional(),
  })
  .strict();

export type StoryStep = z.output<typeof StoryStepSchema>;
export type Story = z.output<typeof StorySchema>;

const REFERENCE = /\{(figure|indicator|count|quote):([^{}]*)\}/g;
/**
 * Dates prose may type, which are not figures: a year (2019年, 2019), a month or day
 * (12月, 11月底, 16日), an English day of a month (16 December).
 */
const DATE =
  /(?:19|20)\d\d(?=年|\D|$)|\d{1,2}(?=月|日)|\d{1,2}(?= (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/g;

/** Why prose is malformed, or undefined when it is fine. */
function proseError(text: string): Message<'STORY_INVALID'> | undefined {
  const rest = text.replace(REFERENCE, '');
  const brace = /[{}]/.exec(rest);
  if (brace !== null) return message('STORY_INVALID', 'strayBrace', { brace: brace[0] });
  const digit = /\d[\d.,，]*%?/.exec(rest.replace(DATE, ''));
  if (digit !== null) return message('STORY_INVALID', 'typedNumber', { number: digit[0] });
  return undefined;
}

/**
 * The parts of one prose paragraph, in order.
 *
 * @example parseProse('征地{figure:land-acquired}。') // [{kind:'text',text:'征地'}, {kind:'figure',id:'land-acquired'}, {kind:'text',text:'。'}]
 * @throws WorkreportError `STORY_INVALID` (its `detail` for the caller to prefix with the file and step)
 *   when the paragraph has a stray brace, a malformed reference or a typed number other than a year.
 */
export function parseProse(text: string): ProsePart[] {
  const error = proseError(text);
  if (error !== undefined) throw new WorkreportError(error, { input: text });
  const parts: ProsePart[] = [];
  let at = 0;
  for (const match of text.matchAll(REFERENCE)) {
    if (match.index > at) parts.push({ kind: 'text', text: text.slice(at, match.index) });
    const [, kind = '', argument = ''] = match;
    if (kind === 'figure' || kind === 'indicator') parts.push({ kind, id: argument });
    else if (kind === 'quote') parts.push({ kind, text: argument });
    else if (argument === 'figures') parts.push({ kind: 'count' });
    else if (argument.startsWith('section/')) parts.push({ kind: 'count', section: argument.slice('section/'.length) });
    else throw new WorkreportError(message('STORY_INVALID', 'countArgument', { argument }), { input: text });
    at = match.index + match[0].length;
  }
  if (at < text.length) parts.push({ kind: 'text', text: text.slice(at) });
  return parts;
}

/** Every paragraph of a story with where it is (`step "x" (zh)`), for checks and messages. */
export function storyParagraphs(story: Story): { where: string; lang: 'zh' | 'en'; text: string }[] {
  const out: { where: string; lang: 'zh' | 'en'; text: string }[] = [];
  const add = (where: string, prose: Prose | undefined): void => {
    if (prose === undefined) return;
    out.push({ where, lang: 'zh', text: prose.zh });
    if (prose.en !== undefined) out.push({ where, lang: 'en', text: prose.en });
  };
  add('dek', story.dek);
  for (const step of story.steps) add(`step "${step.id}"`, step.text);
  add('closing', story.closing?.text);
  add('method', story.method);
  return out;
}
