import { z } from 'zod';
import { WorkreportError } from '../errors.ts';
import { message } from '../messages.ts';

/**
 * A per-series mapping file a user edits when the synonym table does not know a renaming:
 * groups of labels or figure ids that measure one thing across years.
 *
 * ```json
 * { "groups": [["区级地方财政收入", "地方公共财政收入"], ["hongshan-district-2014/fiscal-total", "全口径财政收入"]] }
 * ```
 * An entry is a figure reference when it is kebab-case ASCII (`<figure-id>`, or
 * `<dataset-id>/<figure-id>` for one dataset only); otherwise a zh label, compared by its
 * {@link labelKey} (so 全年完成X and X are one entry).
 */
export const MappingSchema = z
  .object({
    $schema: z.string().optional(),
    groups: z.array(z.array(z.string().min(1)).min(2)),
  })
  .strict();

/** A parsed mapping file. */
export type Mapping = z.output<typeof MappingSchema>;

/** Figure references: `<figure-id>` or `<dataset-id>/<figure-id>`, kebab-case ASCII. */
const FIGURE_REF = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when a mapping entry names a figure (by id) rather than a label. */
export function isFigureRef(entry: string): boolean {
  return FIGURE_REF.test(entry);
}

/**
 * Validate the JSON of a mapping file.
 * @param json the parsed file contents
 * @param where the file name, for messages
 * @throws WorkreportError `OPTION_INVALID` naming the file, the path of the bad field and what is allowed
 * @example parseMapping({ groups: [['全口径财政收入', '公共财政总收入']] }, 'mapping.json')
 */
export function parseMapping(json: unknown, where: string): Mapping {
  const parsed = MappingSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue === undefined || issue.path.length === 0 ? '(top level)' : issue.path.join('.');
    throw new WorkreportError(
      message('OPTION_INVALID', 'mapping', { where, path, issue: issue?.message ?? 'invalid' }),
      { input: where },
    );
  }
  return parsed.data;
}
