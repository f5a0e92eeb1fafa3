import { labelKey } from './label-key.ts';
import { synonymOf } from './synonyms.ts';

/**
 * The English name of a common statistical indicator from its zh label as any report writes it
 * (with reporting verbs, scope words, traditional script): from the synonym table, or undefined
 * when the indicator is not in it (callers keep the zh text and mark it untranslated).
 * @example englishName('全年完成地区生产总值') // 'GDP'
 * @example englishName('社會消費品零售總額') // 'Retail sales of consumer goods'
 * @example englishName('征地') // undefined
 */
export function englishName(zhLabel: string): string | undefined {
  return synonymOf(labelKey(zhLabel))?.en;
}
