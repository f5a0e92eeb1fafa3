import type { Figure } from '../figures/figure.ts';
import type { StatedFigure } from './result.ts';

/** A figure's quantity, period and provenance, as an indicator or a finding shows it. */
export function statedFigure(figure: Figure): StatedFigure {
  const { value, unit, qualifier, counted } = figure.quantity;
  return {
    value,
    unit,
    qualifier,
    ...(counted === undefined ? {} : { counted }),
    period: figure.period,
    quote: figure.provenance.quote,
    offset: figure.provenance.offset,
  };
}
