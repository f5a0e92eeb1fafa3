import { describe, expect, it } from 'vitest';
import { WorkreportError } from '../src/errors.ts';
import { CONSOLE_LOGGER, setLogger, warn } from '../src/log.ts';
import { MESSAGES, message, type Code } from '../src/messages.ts';
import { problem, type Problem } from '../src/problem.ts';

describe('the message catalogue', () => {
  it('keys every message by a stable SCREAMING_SNAKE code', () => {
    for (const code of Object.keys(MESSAGES)) expect(code).toMatch(/^[A-Z]+(?:_[A-Z]+)*$/);
    expect(Object.keys(MESSAGES).length).toBeGreaterThanOrEqual(40);
  });

  it('writes a message from its parameters, naming the bad value and the fix', () => {
    expect(message('OPTION_INVALID', 'year', { year: 1800 })).toEqual({
      code: 'OPTION_INVALID',
      message: '--year 1800: give the year the report reviews, a whole number from 1949 to 2100',
    });
    expect(message('INPUT_MISSING', 'figures', { ids: ['a', 'b'] }).message).toBe(
      'needs figures a, b, which the report does not have',
    );
    expect(message('INPUT_MISSING', 'figures', { ids: ['a'] }).message).toBe(
      'needs figure a, which the report does not have',
    );
  });

  it('writes a growth mismatch with the numbers to 4 decimals and the reasons the texts give', () => {
    const text = message('GROWTH_MISMATCH', 'change', {
      label: '地区生产总值',
      from: { year: 2012, quote: '614亿元' },
      to: { year: 2013, quote: '635亿元' },
      unit: 'percent',
      computed: 3.420195439739414,
      computedRange: [3.2543, 3.5858],
      stated: 12,
      statedQuote: '增长12%',
      statedRange: [11.5, 12.5],
      reasons: [{ reason: 'estimate', words: '预计', dataset: 'hongshan-district-2013', offset: 350 }],
    }).message;
    expect(text).toBe(
      '地区生产总值: 614亿元 (2012) → 635亿元 (2013) is +3.4202 percent computed (3.2543 to 3.5858 at the precision the levels are written with), ' +
        'but the report states 「增长12%」 = 12 (11.5 to 12.5); likely an estimate (预计 in hongshan-district-2013 at 350)',
    );
  });
});

describe('WorkreportError', () => {
  it('carries the code, the catalogue text (with and without the code) and the input', () => {
    const error = new WorkreportError(message('INDICATOR_DUPLICATE_ID', 'twice', { id: 'share' }), { input: 'share' });
    expect(error).toMatchObject({ name: 'WorkreportError', code: 'INDICATOR_DUPLICATE_ID', input: 'share' });
    expect(error.detail).toBe('indicator id "share" is used twice: give each indicator its own id');
    expect(error.message).toBe(`[INDICATOR_DUPLICATE_ID] ${error.detail}`);
  });

  it('keeps the cause it was given', () => {
    const cause = new Error('disk full');
    const error = new WorkreportError(message('RENDER_FAILED', 'rasterise', { reason: cause.message }), { cause });
    expect(error.cause).toBe(cause);
    expect(error.detail).toBe('resvg cannot rasterise the SVG: disk full');
  });
});

describe('problems and the logger', () => {
  it('builds a Problem {code, ids, message} from the catalogue', () => {
    const ids = ['whole'];
    const made = problem(
      'DIVISION_BY_ZERO',
      'formula',
      {
        formula: "d['part'] / d['whole']",
        inputs: [
          { id: 'part', value: 3 },
          { id: 'whole', value: 0 },
        ],
      },
      ids,
    );
    expect(made).toEqual({
      code: 'DIVISION_BY_ZERO',
      ids: ['whole'],
      message: "divides by zero: d['part'] / d['whole'] with part = 3, whole = 0",
    });
    ids.push('changed later');
    expect(made.ids).toEqual(['whole']);
  });

  it('sends warnings to the logger a caller sets, and gives back the one it replaced', () => {
    const seen: Problem[] = [];
    const previous = setLogger({ warn: (p) => seen.push(p) });
    try {
      expect(previous).toBe(CONSOLE_LOGGER);
      const code: Code = 'RENDER_WARNING';
      warn({ code, ids: [], message: 'a glyph is missing' });
      expect(seen).toEqual([{ code: 'RENDER_WARNING', ids: [], message: 'a glyph is missing' }]);
    } finally {
      expect(setLogger(previous)).not.toBe(CONSOLE_LOGGER);
    }
  });
});
