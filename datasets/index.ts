import type { ReportData } from '../src/figures/report-data.ts';
import type { CheckDef } from '../src/indicators/consistency/check.ts';
import type { IndicatorDef } from '../src/indicators/indicator.ts';
import { yangshahu2019Checks, yangshahu2019Indicators } from './yangshahu-2019/indicators.ts';
import { yangshahu2019 } from './yangshahu-2019/report.ts';

/** One shipped dataset: its curated data, where its source text is, and its analyses. */
export interface DatasetEntry {
  data: ReportData;
  /** The verbatim report text: a file URL in Node, an asset URL once bundled by Vite. */
  source: URL;
  /** Derived indicators computed over its figures. */
  indicators: IndicatorDef[];
  /** Consistency checks a fact-checker should review. */
  checks: CheckDef[];
}

/** Every dataset shipped with workreport, by id. */
export const DATASETS: Readonly<Record<string, DatasetEntry>> = {
  'yangshahu-2019': {
    data: yangshahu2019,
    source: new URL('./yangshahu-2019/source.txt', import.meta.url),
    indicators: yangshahu2019Indicators,
    checks: yangshahu2019Checks,
  },
};
