import type { Label } from '../figures/figure.ts';
import { punctuation } from '../figures/locale.ts';
import type { Lang } from './chart.ts';
import { WORDS } from './locale.ts';

/**
 * Screen-reader texts of axes and legends in the chart's language. Vega writes its own English
 * `aria-label`s ("X-axis titled … for a linear scale with values from 0 to 500") unless a guide
 * has a `description`; marks get theirs from the `description` channel (the datum's `aria` field),
 * and data labels that repeat the marks are hidden with `aria: false`.
 */

/** zh `数值轴，单位：亩`, en `Value axis, Unit: mu`. `unitTitle` is the axis title (locale.ts `unitTitle`). */
export function valueAxisDescription(unitTitle: string, lang: Lang): string {
  return WORDS.valueAxis[lang] + punctuation(lang).comma + unitTitle;
}

/** zh `类别轴：征地、青苗补偿`, en `Category axis: Land acquired; Land with young-crop compensation paid`. */
export function categoryAxisDescription(labels: readonly string[], lang: Lang): string {
  const { colon, labels: between } = punctuation(lang);
  return colon(WORDS.categoryAxis[lang]) + labels.join(between);
}

/** zh `图例：建档立卡、已脱贫`, en `Legend: Registered; Lifted out of poverty`. */
export function legendDescription(entries: readonly string[], lang: Lang): string {
  const { colon, labels } = punctuation(lang);
  return colon(WORDS.legend[lang]) + entries.join(labels);
}

/** What a data mark is, for `ariaRoleDescription` (Vega's default is the English `rect mark`). */
const MARK_ROLES = {
  bar: { zh: '条形', en: 'bar' },
  dot: { zh: '圆点', en: 'dot' },
  number: { zh: '数字', en: 'number' },
} as const satisfies Record<string, Label>;

/** Mark properties naming a data mark's role for screen readers in `lang`: zh `条形`, en `bar`. */
export function markRole(role: keyof typeof MARK_ROLES, lang: Lang): { ariaRoleDescription: string } {
  return { ariaRoleDescription: MARK_ROLES[role][lang] };
}
