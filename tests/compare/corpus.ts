import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFigures } from '../../src/figures/extract-figures.ts';
import type { Figure, FigureId, Place, Report, SectionId } from '../../src/figures/figure.ts';
import type { Period } from '../../src/figures/period.ts';

/** The corpus fixtures (tests/fixtures/corpus): `<name>.txt` and `<name>.meta.json`. */
const DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

interface CorpusMeta {
  url: string;
  title: string;
  place: string;
  yearCovered: number;
}

/** A hand-given label: the figure's quote as written (`#2` for its second occurrence), its zh label, and its period when not the year reviewed. */
export type HandLabel = [quote: string, zh: string, period?: Period];

/**
 * A `Report` of corpus text `name` with the figures `extractFigures` reads at the quotes listed,
 * each with the label given by hand (as a person curating the dataset would write it). Ids are
 * `f<offset>`; every figure is of the year the report reviews unless a period is given.
 */
export function corpusReport(name: string, labels: readonly HandLabel[]): Report {
  const source = readFileSync(`${DIR}${name}.txt`, 'utf8');
  const meta = JSON.parse(readFileSync(`${DIR}${name}.meta.json`, 'utf8')) as CorpusMeta;
  const [province, city, county] = meta.place.split('/');
  const place: Place = { ...(province ? { province } : {}), ...(city ? { city } : {}), ...(county ? { county } : {}) };
  const extracted = extractFigures(source);
  const figures = labels.map(([written, zh, period]): Figure => {
    const [quote = '', nth = '1'] = written.split('#');
    const found = extracted.filter((f) => f.quote === quote)[Number(nth) - 1];
    if (found === undefined) throw new Error(`${name}: no figure 「${written}」`);
    const quantity = {
      value: found.value,
      unit: found.unit,
      qualifier: found.qualifier,
      ...(found.counted === undefined ? {} : { counted: found.counted }),
    };
    return {
      id: `f${found.offset}` as FigureId,
      section: 'review' as SectionId,
      label: { zh, en: zh },
      quantity,
      period: period ?? { kind: 'year', year: meta.yearCovered },
      provenance: { quote: found.quote, offset: found.offset },
    };
  });
  return {
    meta: {
      id: name,
      title: { zh: meta.title, en: meta.title },
      year: meta.yearCovered,
      place,
      url: meta.url,
      language: 'zh-CN',
    },
    source,
    sections: [
      {
        id: 'review' as SectionId,
        heading: '',
        label: { zh: '回顾', en: 'Review' },
        start: 0,
        end: source.length,
        part: 'review',
      },
    ],
    figures,
  };
}
