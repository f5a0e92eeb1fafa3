import type { ExtractedFigure } from '../../figures/extract-figures.ts';
import { DatasetIdSchema } from '../../figures/schema.ts';
import { WorkreportError } from '../../errors.ts';
import { message } from '../../messages.ts';

/**
 * Ids of drafted datasets: ASCII kebab-case, derived from the text's structure only (section, unit,
 * order), so the same text always gives the same ids and no id depends on a guess of the machine.
 */

/**
 * `base`, or `base-2`, `base-3` … the first not in `used`; the id returned is added to `used`.
 *
 * @example uniqueId('section-1', new Set(['section-1'])) // 'section-1-2'
 */
export function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Lower-case ASCII kebab-case of `text`; '' when it has no ASCII letter or digit.
 *
 * @example slug('CNY/person') // 'cny-per-person'
 */
export function slug(text: string): string {
  return text
    .replace(/\//g, '-per-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The part of a figure's id that says what it measures: its unit (`cny`, `households`, `mu`), what
 * a count counts (`enterprises`), or for a change `growth` / `decline` (增长9%, 下降3.6%).
 *
 * @example unitPart({ unit: 'count', counted: 'enterprises' }, false) // 'enterprises'
 */
export function unitPart(figure: Pick<ExtractedFigure, 'unit' | 'counted' | 'role'>, change: boolean): string {
  if (change) return figure.role === 'decrease' ? 'decline' : 'growth';
  const named = figure.unit === 'count' && figure.counted !== undefined ? slug(figure.counted) : slug(figure.unit);
  return named === '' ? 'figure' : named;
}

/**
 * Check a dataset id given to `workreport init`: kebab-case ASCII and not a name of `Object.prototype`.
 *
 * @throws WorkreportError `OPTION_INVALID` naming the id and the rule it breaks.
 * @example assertDatasetId('wuchang-2017') // passes
 */
export function assertDatasetId(id: string): void {
  const result = DatasetIdSchema.safeParse(id);
  if (!result.success) {
    const reason = result.error.issues.map((issue) => issue.message).join('; ');
    throw new WorkreportError(message('OPTION_INVALID', 'datasetId', { id, reason }), { input: id });
  }
}
