import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../datasets.ts';
import { checkProvenance } from '../../src/figures/check-provenance.ts';
import { yangshahu2019 } from '../datasets.ts';
import type { Figure, Report } from '../../src/figures/figure.ts';
import { parseQuantity } from '../../src/figures/parse-quantity.ts';

const report = loadReport('yangshahu-2019');
const byId = (id: string): Figure => {
  const figure = report.figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
};

describe('yangshahu-2019 source text', () => {
  it('is the seed report byte for byte (SHA-256 pinned)', () => {
    const bytes = readFileSync(new URL('../../datasets/yangshahu-2019/source.txt', import.meta.url));
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      '9ab2f65b0d2645a490a08148981c87361b8e29f0c1dbba21875a829dc1e0578d',
    );
  });

  it('has sections that tile the text from the first to the last character, in order', () => {
    expect(report.sections[0]?.start).toBe(0);
    expect(report.sections.at(-1)?.end).toBe(report.source.length);
    for (let i = 1; i < report.sections.length; i++) {
      expect(report.sections[i]?.start).toBe(report.sections[i - 1]?.end);
    }
  });

  it('starts each numbered section at its heading', () => {
    for (const section of report.sections.filter((s) => s.part !== 'preamble')) {
      expect(report.source.slice(section.start, section.start + section.heading.length)).toBe(section.heading);
    }
    expect(report.sections.map((s) => s.id)).toEqual([
      'preamble',
      'party-building',
      'projects',
      'public-order',
      'three-battles',
      'livelihood',
      'agriculture',
      'five-campaigns',
      'plan-2020',
    ]);
  });
});

describe('yangshahu-2019 figures', () => {
  it('holds about ninety figures with unique ids', () => {
    expect(report.figures.length).toBe(90);
    expect(new Set(report.figures.map((f) => f.id)).size).toBe(report.figures.length);
  });

  it('proves every figure: quote at its offset, inside its section, parsing to its quantity', () => {
    expect(checkProvenance(report)).toEqual([]);
  });

  it('lists figures in the order they appear in the report', () => {
    const offsets = report.figures.map((f) => f.provenance.offset);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
  });

  it('reads the headline figures as the report states them', () => {
    expect(byId('land-acquired').quantity).toEqual({ value: 430, unit: 'mu', qualifier: 'exact' });
    expect(byId('poor-households-registered').quantity.value).toBe(812);
    expect(byId('poor-persons-registered').quantity.value).toBe(2624);
    expect(byId('poor-households-lifted').quantity.value).toBe(665);
    expect(byId('poor-persons-lifted').quantity.value).toBe(2269);
    expect(byId('sheds-demolished-area').quantity).toEqual({ value: 16000, unit: 'm2', qualifier: 'exact' });
    expect(byId('sanitation-fees-collected').quantity).toEqual({ value: 1269000, unit: 'CNY', qualifier: 'exact' });
    expect(byId('hotline-reply-rate').quantity).toEqual({ value: 98, unit: 'percent', qualifier: 'exact' });
    expect(byId('typical-cases-handled').quantity).toEqual({
      value: 2,
      unit: 'count',
      qualifier: 'exact',
      counted: 'cases',
    });
    expect(byId('orchard-area').quantity).toEqual({ value: 300, unit: 'mu', qualifier: 'approx' });
    expect(byId('project-command-staff').quantity).toEqual({ value: 40, unit: 'persons', qualifier: 'more_than' });
    expect(byId('temporary-relief-funds').quantity).toEqual({ value: 200000, unit: 'CNY', qualifier: 'more_than' });
    expect(byId('cremation-rate-policy-groups').quantity).toEqual({
      value: 60,
      unit: 'percent',
      qualifier: 'at_least',
    });
    expect(byId('sanitation-fee-rate').quantity).toEqual({ value: 30, unit: 'CNY/person', qualifier: 'exact' });
  });

  it('keeps 812户2624人 as two figures with adjacent quotes', () => {
    const households = byId('poor-households-registered').provenance;
    const persons = byId('poor-persons-registered').provenance;
    expect(report.source.slice(households.offset, persons.offset + persons.quote.length)).toBe('812户2624人');
  });

  it('includes the counts written in Chinese numerals', () => {
    const chinese = report.figures
      .filter((f) => /^[一二两三四五六七八九十]/.test(f.provenance.quote))
      .map((f) => f.provenance.quote);
    expect(chinese).toEqual([
      '两个',
      '五个',
      '两起',
      '一次以上',
      '四次',
      '一个',
      '两村',
      '五个',
      '六种',
      '六种',
      '五个',
    ]);
  });

  it('gives 2020 plan figures a target period and summary figures none', () => {
    for (const figure of report.figures) {
      const isPlan = figure.section === 'plan-2020';
      expect(figure.period.kind === 'target', figure.id).toBe(isPlan);
    }
  });

  it('does not count dates, the 12345 hotline, congress names or slogans as figures, and says so', () => {
    const { exclusions } = yangshahu2019;
    for (const e of exclusions) expect(report.source.slice(e.offset, e.offset + e.quote.length), e.quote).toBe(e.quote);
    const reasons = new Map(exclusions.map((e) => [e.quote, e.reason]));
    expect(reasons.get('12345')).toBe('hotline');
    expect(reasons.get('十九大')).toBe('congress-name');
    expect(reasons.get('三会一课')).toBe('slogan');
    expect(reasons.get('一超过,两不愁,三保障')).toBe('slogan');
    expect(reasons.get('2019-12-16 15:26')).toBe('date');
    for (const figure of report.figures) {
      const { offset, quote } = figure.provenance;
      const overlapping = exclusions.filter(
        (e) => e.offset < offset + quote.length && offset < e.offset + e.quote.length,
      );
      expect(overlapping, figure.id).toEqual([]);
    }
  });
});

describe('checkProvenance on a broken figure', () => {
  const broken = (patch: (f: Figure) => Figure): Report => ({
    ...report,
    figures: report.figures.map((f) => (f.id === 'land-acquired' ? patch(structuredClone(f)) : f)),
  });

  it('names the figure, the expected quote and the text found when the offset is wrong', () => {
    const problems = checkProvenance(
      broken((f) => ({ ...f, provenance: { ...f.provenance, offset: f.provenance.offset + 1 } })),
    );
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.code).toBe('PROVENANCE_MISMATCH');
    expect(problem?.figureId).toBe('land-acquired');
    expect(problem?.expected).toContain('430亩');
    expect(problem?.found).toBe('「30亩;」');
    expect(problem?.message).toMatch(/land-acquired.*430亩.*30亩;/);
  });

  it('names the expected and the parsed quantity when the value is wrong', () => {
    const problems = checkProvenance(broken((f) => ({ ...f, quantity: { ...f.quantity, value: 4300 } })));
    expect(problems.map((p) => [p.code, p.figureId, p.expected, p.found])).toEqual([
      ['PROVENANCE_VALUE_MISMATCH', 'land-acquired', '4300 mu exact', '430 mu exact from 「430亩」'],
    ]);
  });

  it('reports a quote that lies outside its section', () => {
    const problems = checkProvenance(broken((f) => ({ ...f, section: 'party-building' as Figure['section'] })));
    expect(problems[0]?.code).toBe('PROVENANCE_OUT_OF_SECTION');
    expect(problems[0]?.found).toContain('projects');
  });

  it('agrees with the parser on every quote', () => {
    for (const figure of report.figures) {
      const parsed = parseQuantity(figure.provenance.quote);
      expect([parsed.value, parsed.unit, parsed.qualifier], figure.id).toEqual([
        figure.quantity.value,
        figure.quantity.unit,
        figure.quantity.qualifier,
      ]);
    }
  });
});
