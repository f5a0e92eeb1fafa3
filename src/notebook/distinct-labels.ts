import type { Figure, Label } from '../figures/figure.ts';

/** The label text of a figure that shares its label with another: the report's quote, then the id. */
const WITH = {
  zh: (label: string, extra: string) => `${label}（${extra}）`,
  en: (label: string, extra: string) => `${label} (${extra})`,
} as const;

/** How often each text occurs in `texts`. */
function counts(texts: readonly string[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const text of texts) seen.set(text, (seen.get(text) ?? 0) + 1);
  return seen;
}

/**
 * `figures` with labels a chart can tell apart. A chart draws one category per label and refuses
 * two items with one label (`OPTION_INVALID` from `barChart`, `smallMultiples`, …), yet figures of
 * one report share labels: a drafted label is the words before the number (`workreport init`
 * labels 脱贫 170户 and 脱贫 456户 alike), and a reviewed one may name the same measure in two
 * years. A label (zh and en separately) that several figures share gets the figure's quote
 * appended, 脱贫（170户）; where label and quote both repeat, the quote and the id, which is
 * unique in a report. Figures whose labels are already unique are returned as they are, the
 * others as copies with a new `label`; the order is kept.
 *
 * @example distinctLabels(panel).map((f) => f.label.zh) // ['脱贫（170户）', '脱贫（456户）', '贫困发生率']
 */
export function distinctLabels(figures: readonly Figure[]): Figure[] {
  const labels = figures.map((f) => ({ ...f.label }));
  for (const lang of ['zh', 'en'] as const) {
    const byLabel = counts(figures.map((f) => f.label[lang]));
    const quoted = figures.map((f) =>
      byLabel.get(f.label[lang]) === 1 ? f.label[lang] : WITH[lang](f.label[lang], f.provenance.quote),
    );
    const byQuoted = counts(quoted);
    figures.forEach((f, i) => {
      const label = labels[i] as Label;
      label[lang] =
        byQuoted.get(quoted[i] as string) === 1
          ? (quoted[i] as string)
          : WITH[lang](f.label[lang], `${f.provenance.quote} · ${f.id}`);
    });
  }
  return figures.map((f, i) => {
    const label = labels[i] as Label;
    return label.zh === f.label.zh && label.en === f.label.en ? f : { ...f, label };
  });
}
