import type { FigureId } from '../../figures/figure.ts';
import type { StatedFigure } from '../result.ts';

/** `poor-persons-lifted 「2269人」 at offset 1292`: a figure as findings cite it. */
export function cite(figure: { id: FigureId } & StatedFigure): string {
  return `${figure.id} 「${figure.quote}」 at offset ${figure.offset}`;
}

/** A number for a message: at most 4 decimals, no trailing zeros (421.42857142857144 → 421.4286). */
export function formatNumber(value: number): string {
  return String(Number(value.toFixed(4)));
}

/** A fraction as a percentage for a message: 0.98 → 98%, 0.960532 → 96.05%. */
export function formatPercent(ratio: number): string {
  return `${Number((ratio * 100).toFixed(2))}%`;
}
