import type { ReportData } from '../src/figures/report-data.ts';
import { yangshahu2019 } from './yangshahu-2019/report.ts';

/**
 * Every dataset shipped with workreport, by id. `source` is the URL of the verbatim report text
 * (a file URL in Node, an asset URL once bundled by Vite).
 */
export const DATASETS: Readonly<Record<string, { data: ReportData; source: URL }>> = {
  'yangshahu-2019': { data: yangshahu2019, source: new URL('./yangshahu-2019/source.txt', import.meta.url) },
};
