import * as vega from 'vega';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { NUMBER_FORMAT_TYPE, registerNumberFormat } from '../../src/charts/vega-format.ts';
import { render, svgTexts } from './harness.ts';
import { cropAreas, report, sanitationFees, temporaryRelief } from './fixtures.ts';

const options = { report, id: 'yangshahu-2019/crop-areas' };

describe('the workreport number format in Vega expressions', () => {
  it('is registered once, under one name, and a second registration keeps it', () => {
    const registered = vega.expressionFunction(NUMBER_FORMAT_TYPE) as (value: unknown, lang?: unknown) => string;
    expect(typeof registered).toBe('function');
    registerNumberFormat();
    expect(vega.expressionFunction(NUMBER_FORMAT_TYPE)).toBe(registered);
    expect(registered(16000, 'zh')).toBe('1.6万');
    expect(registered(435000000, 'zh')).toBe('4.35亿');
    expect(registered(1269000, 'en')).toBe('1.27 million');
    expect(registered(16000)).toBe('1.6万');
    expect(registered(null, 'zh')).toBe('');
    expect(() => registered(1, 'fr')).toThrow(/"fr"/);
  });

  it('is what the compiled axis labels call, with the chart language', () => {
    const vg = compile(structuredClone(barChart(cropAreas, options).spec)).spec;
    const axis = (vg.axes ?? []).find((a) => a.orient === 'bottom' && a.encode?.labels !== undefined);
    expect(JSON.stringify(axis?.encode?.labels)).toContain(`${NUMBER_FORMAT_TYPE}(datum.value, \\"zh\\")`);
    // English axes print their ticks in one magnitude: the crop areas reach 2万 = 20,000, so K.
    const en = compile(structuredClone(barChart(cropAreas, { ...options, lang: 'en' }).spec)).spec;
    const enAxis = (en.axes ?? []).find((a) => a.orient === 'bottom' && a.encode?.labels !== undefined);
    expect(JSON.stringify(enAxis?.encode?.labels)).toContain(`${NUMBER_FORMAT_TYPE}(datum.value, \\"en-K\\")`);
  });

  it('reads zh axis ticks as 万: 0, 5000, 1万, 1.5万, 2万', async () => {
    const { svg } = await render(barChart(cropAreas, options).spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0', '5000', '1万', '1.5万', '2万']));
  });

  it('reads en axis ticks in thousands, one letter for the axis: 0, 5K, 10K, 15K, 20K', async () => {
    const { svg } = await render(barChart(cropAreas, { ...options, lang: 'en' }).spec);
    expect(svgTexts(svg)).toEqual(expect.arrayContaining(['0', '5K', '10K', '15K', '20K']));
  });

  it('reads money ticks as 万 in zh and compactly in en (500K, 1M), the data labels in words', async () => {
    const zh = svgTexts((await render(barChart([sanitationFees, temporaryRelief], options).spec)).svg);
    expect(zh).toEqual(expect.arrayContaining(['40万', '120万', '126.9万元']));
    const en = svgTexts(
      (await render(barChart([sanitationFees, temporaryRelief], { ...options, lang: 'en' }).spec)).svg,
    );
    expect(en).toEqual(expect.arrayContaining(['0', '500K', '1M', 'CNY 1.27 million']));
  });
});
