import type { ReportMeta } from '../figures/figure.ts';
import type { Lang } from './chart.ts';
import { chartText } from './sentences.ts';

/**
 * The source line every chart shows, naming the report, its publisher and publication date.
 *
 * zh: `来源：《洋沙湖镇2019年工作总结及2020年工作思路》，中共洋沙湖镇委员会 洋沙湖镇人民政府，2019-12-16`
 * en: `Source: "Yangshahu Town: 2019 work summary and 2020 work plan", <publisher>, 16 Dec 2019`
 * The publisher and date are left out when the dataset does not know them. The date keeps the precision of `meta.published` (ISO `YYYY`, `YYYY-MM` or `YYYY-MM-DD`); en
 * spells it without time zones, so it cannot shift a day.
 */
export function sourceLine(meta: ReportMeta, lang: Lang): string {
  return chartText(lang).source(meta);
}
