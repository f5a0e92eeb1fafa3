import { describe, expect, it } from 'vitest';
import { yangshahu2019Checks, yangshahu2019Indicators } from '../datasets.ts';
import { WorkreportError } from '../../src/errors.ts';
import { loadReport } from '../datasets.ts';
import { computeIndicators } from '../../src/indicators/compute-indicators.ts';
import { checkConsistency } from '../../src/indicators/consistency/check-consistency.ts';
import { defineChecks, type CheckDefInput } from '../../src/indicators/consistency/define-checks.ts';
import { defineIndicators } from '../../src/indicators/define-indicators.ts';
import { figure } from './figures.ts';

const report = loadReport('yangshahu-2019');
const findings = checkConsistency(report, yangshahu2019Checks, computeIndicators(report, yangshahu2019Indicators));
const from = (id: string) => findings.filter((f) => f.source.id === id);
const note = { zh: '说明', en: 'Note' };

describe('yangshahu-2019 consistency findings', () => {
  it('flags 98% of 413 petitions: the total is not stated and 420 to 423 fit the rounded rate', () => {
    const [finding] = from('hotline-reply-rate');
    expect(finding?.code).toBe('RATE_VS_PARTS');
    expect(finding?.figures.map((f) => [f.id, f.quote, f.offset])).toEqual([
      ['hotline-reply-rate', '98%', 1232],
      ['hotline-petitions-answered', '413件', 1223],
    ]);
    expect(finding?.message).toContain('implies a base of 421.4286');
    expect(finding?.message).toContain('whole numbers from 420 to 423');
  });

  it('flags 233 expected this year combined with the cumulative 2269 as a period mix', () => {
    const mixes = findings.filter((f) => f.code === 'PERIOD_MIX');
    expect(mixes.map((f) => f.source.id)).toEqual([
      'poor-persons-remaining-if-expected-additional',
      'poor-persons-lifted-share-if-expected-additional',
    ]);
    expect(mixes[0]?.source.kind).toBe('indicator');
    expect(mixes[0]?.message).toContain('cumulative through 2019-12-16');
    expect(mixes[0]?.message).toContain('year 2019: poor-persons-expected-lifted-2019 「233人」 at offset 1304');
  });

  it('flags 35 criminally detained against 20余 persons targeted as a count exceeding its total', () => {
    const [finding] = from('detained-within-persons-struck');
    expect(finding?.code).toBe('COUNT_EXCEEDS_TOTAL');
    expect(finding?.figures.map((f) => f.quote)).toEqual(['20余人', '35人']);
    expect(finding?.message).toContain('by 15 persons');
    expect(finding?.message).toContain('20余人 is a lower bound');
  });

  it('flags possible double counts: herbs and rapeseed on the same plots, 四房 and illegal buildings', () => {
    expect(from('herbs-and-rapeseed')[0]).toMatchObject({ code: 'POSSIBLE_DOUBLE_COUNT' });
    expect(from('herbs-and-rapeseed')[0]?.message).toContain('between 1200 and 1700 mu');
    expect(from('four-types-and-illegal-buildings')[0]?.message).toContain('between 448 and 541');
    expect(from('four-types-and-illegal-buildings-area')[0]?.message).toContain('between 65802 and 75114 m2');
  });

  it('passes cremations 67 within funerals 142 and the lifted within the registered: no finding', () => {
    expect(from('cremations-within-funerals')).toEqual([]);
    expect(from('lifted-within-registered-households')).toEqual([]);
    expect(from('lifted-within-registered-persons')).toEqual([]);
  });

  it('has the four kinds of finding the issue asks for, and nothing from indicator problems', () => {
    const codes = new Set(findings.map((f) => f.code));
    for (const code of ['RATE_VS_PARTS', 'PERIOD_MIX', 'COUNT_EXCEEDS_TOTAL', 'POSSIBLE_DOUBLE_COUNT'])
      expect(codes).toContain(code);
    expect(findings.filter((f) => ['INPUT_MISSING', 'UNIT_INCOMPATIBLE', 'DIVISION_BY_ZERO'].includes(f.code))).toEqual(
      [],
    );
  });

  it('cites every figure with the quote that stands at its offset in source.txt', () => {
    expect.assertions(findings.reduce((n, finding) => n + finding.figures.length, 0) + 1);
    expect(findings.flatMap((finding) => finding.figures).length).toBeGreaterThan(0);
    for (const finding of findings) {
      for (const f of finding.figures) expect(report.source.slice(f.offset, f.offset + f.quote.length)).toBe(f.quote);
    }
  });
});

describe('checkConsistency on synthetic figures', () => {
  const partOf = (parts: string[], stated: boolean): CheckDefInput => ({
    kind: 'part-of',
    id: 'parts',
    whole: 'whole',
    parts,
    stated,
    note,
  });

  it('gives PART_EXCEEDS_WHOLE when stated parts add up to more than the whole, converted to its unit', () => {
    const figures = [figure('whole', 1, 'ha'), figure('a', 10, 'mu'), figure('b', 6, 'mu')];
    const [finding] = checkConsistency({ figures }, defineChecks([partOf(['a', 'b'], true)]));
    expect(finding?.code).toBe('PART_EXCEEDS_WHOLE');
    expect(finding?.message).toContain('by 0.0667 ha');
    expect(
      checkConsistency(
        { figures: [figure('whole', 1, 'ha'), figure('a', 15, 'mu')] },
        defineChecks([partOf(['a'], true)]),
      ),
    ).toEqual([]);
  });

  it('reports a missing figure or incompatible units of a check as findings with the problem codes', () => {
    const missing = checkConsistency({ figures: [figure('whole', 5, 'count')] }, defineChecks([partOf(['a'], false)]));
    expect(missing.map((f) => [f.code, f.source.id])).toEqual([['INPUT_MISSING', 'parts']]);
    expect(missing[0]?.message).toContain('needs figure a');
    const units = checkConsistency(
      { figures: [figure('whole', 5, 'mu'), figure('a', 3, 'households')] },
      defineChecks([partOf(['a'], false)]),
    );
    expect(units[0]?.code).toBe('UNIT_INCOMPATIBLE');
  });

  it('compares a stated rate with its numerator and denominator, within the rate’s rounding', () => {
    const check = defineChecks([
      { kind: 'rate', id: 'rate', rate: 'rate', numerator: 'answered', denominator: 'received', note },
    ]);
    const ok = [figure('rate', 98, 'percent'), figure('answered', 413, 'count'), figure('received', 421, 'count')];
    expect(checkConsistency({ figures: ok }, check)).toEqual([]);
    const off = [figure('rate', 98, 'percent'), figure('answered', 413, 'count'), figure('received', 430, 'count')];
    const [finding] = checkConsistency({ figures: off }, check);
    expect(finding?.code).toBe('RATE_VS_PARTS');
    expect(finding?.message).toContain('= 96.05%; the stated rate covers 97.5% to 98.5%');
  });

  it('says when no whole number fits a rate and its count', () => {
    const check = defineChecks([{ kind: 'rate', id: 'rate', rate: 'rate', numerator: 'answered', note }]);
    const [finding] = checkConsistency(
      { figures: [figure('rate', 99.9, 'percent'), figure('answered', 5, 'count')] },
      check,
    );
    expect(finding?.message).toContain('no whole number gives 99.9 when rounded');
  });

  it('reads 60%以上 as a lower bound: any base up to numerator/0.6 fits', () => {
    const check = defineChecks([{ kind: 'rate', id: 'rate', rate: 'rate', numerator: 'cremated', note }]);
    const [finding] = checkConsistency(
      { figures: [figure('rate', 60, 'percent', { qualifier: 'at_least' }), figure('cremated', 30, 'count')] },
      check,
    );
    expect(finding?.message).toContain('implies a base of 50 count (at_most)');
    expect(finding?.message).toContain('whole numbers from 1 to 50');
  });

  it('turns indicator problems into findings, and a period mix only when periods differ', () => {
    const defs = defineIndicators([
      {
        id: 'sum',
        label: note,
        unit: 'count',
        formula: "d['a'] + d['b']",
        inputs: [
          { id: 'a', unit: 'count', direction: 'increasing' },
          { id: 'b', unit: 'count', direction: 'increasing' },
        ],
        method: note,
      },
    ]);
    const same = [figure('a', 1, 'count'), figure('b', 2, 'count')];
    expect(checkConsistency({ figures: same }, [], computeIndicators({ figures: same }, defs))).toEqual([]);
    const mixed = [figure('a', 1, 'count'), figure('b', 2, 'count', { period: { kind: 'target', year: 2020 } })];
    expect(checkConsistency({ figures: mixed }, [], computeIndicators({ figures: mixed }, defs))[0]?.message).toContain(
      'target for 2020: b',
    );
    const missing = [figure('a', 1, 'count')];
    expect(
      checkConsistency({ figures: missing }, [], computeIndicators({ figures: missing }, defs)).map((f) => f.code),
    ).toEqual(['INPUT_MISSING']);
  });
});

describe('defineChecks', () => {
  it('rejects unknown kinds, duplicate ids and a figure named twice with CHECK_INVALID', () => {
    const codeOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof WorkreportError ? error.code : String(error);
      }
      return undefined;
    };
    expect(codeOf(() => defineChecks([{ kind: 'sum-of', id: 'x', note } as unknown as CheckDefInput]))).toBe(
      'CHECK_INVALID',
    );
    const overlap: CheckDefInput = { kind: 'overlap', id: 'x', figures: ['a', 'b'], note };
    expect(codeOf(() => defineChecks([overlap, overlap]))).toBe('CHECK_INVALID');
    expect(codeOf(() => defineChecks([{ ...overlap, figures: ['a', 'a'] }]))).toBe('CHECK_INVALID');
    expect(codeOf(() => defineChecks([{ ...overlap, figures: ['a'] }]))).toBe('CHECK_INVALID');
  });
});
