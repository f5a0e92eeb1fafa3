import type { Figure } from '../figures/figure.ts';
import { parseQuantity } from '../figures/parse-quantity.ts';
import { UNITS } from '../figures/unit.ts';
import { isGenericKey, labelKey } from './label-key.ts';
import { isFigureRef, type Mapping } from './mapping.ts';
import { synonymOf, type Synonym } from './synonyms.ts';

/**
 * The key under which a figure matches figures of other years: what it measures (label key, via
 * the synonym table or the user's mapping), in which kind of unit, and whether it is a plan.
 */

/** How a figure got its key. */
export type KeyedBy = 'label' | 'synonym' | 'mapping';

/** A figure's matching key and how it was found. */
export interface FigureKey {
  /** What it measures: `地区生产总值`; a synonym's official name; a mapping group's first label. */
  measure: string;
  /** Its own label's key, before synonyms and mapping (to tell a renaming from a same label). */
  own: string;
  by: KeyedBy;
  synonym?: Synonym;
  /** Unit dimension, and for counts what is counted: `money`, `count:villages`. 亿元 never meets 户. */
  unitClass: string;
  /** A plan target (`period.kind === 'target'`) never matches an actual figure. */
  target: boolean;
}

/** A mapping resolved for lookups: figure references and label keys to the group's measure. */
export interface ResolvedMapping {
  figure: (dataset: string, id: string) => string | undefined;
  label: (key: string) => string | undefined;
}

/** The measure of a label key: the synonym table's official name, or the key itself. */
export function measureOf(key: string): string {
  return synonymOf(key)?.zh ?? key;
}

/**
 * A mapping ready for lookups. A group's measure is that of its first label entry (so a group
 * joining 区级地方财政收入 and 地方公共财政收入 is 地方一般公共预算收入 through the synonym table), or
 * `mapping-<n>` for a group of figure ids only. An entry in two groups belongs to the first.
 */
export function resolveMapping(mapping: Mapping | undefined): ResolvedMapping {
  const figures = new Map<string, string>();
  const labels = new Map<string, string>();
  mapping?.groups.forEach((group, i) => {
    const firstLabel = group.find((e) => !isFigureRef(e));
    const measure = firstLabel === undefined ? `mapping-${i + 1}` : measureOf(labelKey(firstLabel));
    for (const entry of group) {
      const [map, key] = isFigureRef(entry) ? [figures, entry] : [labels, labelKey(entry)];
      if (!map.has(key)) map.set(key, measure);
    }
  });
  return {
    figure: (dataset, id) => figures.get(`${dataset}/${id}`) ?? figures.get(id),
    label: (key) => labels.get(key),
  };
}

/** The tag `workreport init` gives a figure whose label it could not read from the text. */
const UNREAD_LABEL = 'needs-review:label';

/**
 * The matching key of `figure` of dataset `dataset`. The user's mapping (by figure id, then by
 * label) comes first, then the synonym table, then the label key itself. A figure without a label
 * key, with a key that names no indicator (面积, 投入资金: label-key.ts `isGenericKey`), or whose
 * drafted label is a stand-in (tagged `needs-review:label`), matches only by mapping.
 * @example figureKey(gdp2017, 'wuchang-district-2017', resolveMapping(undefined)) // { measure: '地区生产总值', by: 'label', unitClass: 'money', target: false, … }
 */

export function figureKey(figure: Figure, dataset: string, mapping: ResolvedMapping): FigureKey {
  const own = labelKey(figure.label.zh);
  const { unit, counted } = figure.quantity;
  const unitClass =
    unit === 'count'
      ? `count:${counted ?? ''}`
      : unit === 'other'
        ? `other:${unitWordOf(figure)}`
        : UNITS[unit].dimension;
  const target = figure.period.kind === 'target';
  const mapped = mapping.figure(dataset, figure.id) ?? mapping.label(own);
  if (mapped !== undefined) {
    const synonym = synonymOf(mapped);
    return { measure: mapped, own, by: 'mapping', unitClass, target, ...(synonym === undefined ? {} : { synonym }) };
  }
  // A drafted label nobody could read from the text (tagged for review) names nothing: it matches only through a mapping.
  if (own === '' || isGenericKey(own) || figure.tags?.includes(UNREAD_LABEL) === true)
    return { measure: `#${dataset}/${figure.id}`, own, by: 'label', unitClass, target };
  const synonym = synonymOf(own);
  if (synonym !== undefined)
    return { measure: synonym.zh, own, by: synonym.zh === own ? 'label' : 'synonym', synonym, unitClass, target };
  return { measure: own, own, by: 'label', unitClass, target };
}

/** The unit word of a figure of unit `other` (立方米 of 3.5万立方米), read from its quote: only the same word compares. */
function unitWordOf(figure: Figure): string {
  try {
    return parseQuantity(figure.provenance.quote).unitRaw;
  } catch {
    return figure.provenance.quote;
  }
}
