import {
  barChart,
  dotPlot,
  dumbbellChart,
  kpiChart,
  progressChart,
  smallMultiples,
  waffleChart,
  type Chart,
  type ChartOptions,
  type Lang,
  type ThemeMode,
} from '../../src/charts/index.ts';
import { WorkreportError } from '../../src/errors.ts';
import type { Figure, Label } from '../../src/figures/figure.ts';
import { yangshahu2019 } from './report.ts';
import { message } from '../../src/messages.ts';

/**
 * The registered charts of the Yangshahu 2019 report, as data: which figures each chart shows
 * and with which builder. At least one chart per section of the 2019 summary; the 2020 plan has
 * a single figure (the five evaluation methods, carried over) and gets prose, not a chart.
 * One unit per chart; titles, subtitles and notes in both languages.
 */

/** What every chart definition carries, whatever its kind. */
interface DefinitionBase {
  /** Chart id without the dataset prefix: `land-and-compensation` → `yangshahu-2019/land-and-compensation`. */
  slug: string;
  /** The report section the chart illustrates. */
  section: string;
  title: Label;
  subtitle?: Label;
  notes?: Label[];
}

/** A chart of the dataset, by builder kind; figures are named by id. */
export type ChartDefinition = DefinitionBase &
  (
    | { kind: 'bar'; figures: readonly string[]; sort?: 'input' | 'value' }
    | { kind: 'progress'; part: string; whole: string }
    | { kind: 'kpi'; figure: string }
    | { kind: 'waffle'; part: string; whole: string }
    | { kind: 'dot-plot'; figures: readonly string[]; stems?: boolean }
    | {
        kind: 'dumbbell';
        ends: { from: Label; to: Label };
        rows: readonly { label: Label; from: string; to: string }[];
      }
    | { kind: 'small-multiples'; panels: readonly { title: Label; figures: readonly string[] }[] }
  );

/** Prefix of every chart id of this dataset. */
const PREFIX = `${yangshahu2019.meta.id}/`;

const THROUGH_PUBLICATION: Label = {
  zh: '截至2019年12月16日报告发布',
  en: 'Through publication of the report, 16 Dec 2019',
};
const SINCE_CAMPAIGN: Label = {
  zh: '自2018年扫黑除恶专项斗争开展以来',
  en: 'Since the campaign against organised crime began in 2018',
};
const YEAR_2019: Label = { zh: '2019年', en: '2019' };

/** The charts of the story, in reading order. */
export const YANGSHAHU_CHARTS: readonly ChartDefinition[] = [
  {
    slug: 'party-discipline',
    section: 'party-building',
    kind: 'kpi',
    figure: 'cadres-criticised-or-held-accountable',
    title: { zh: '批评问责党员干部', en: 'Party members and cadres criticised or held accountable' },
    subtitle: THROUGH_PUBLICATION,
  },
  {
    slug: 'land-and-compensation',
    section: 'projects',
    kind: 'bar',
    figures: ['land-acquired', 'young-crop-compensation-area'],
    title: { zh: '征地与青苗补偿面积', en: 'Land acquired and land with young-crop compensation' },
    subtitle: THROUGH_PUBLICATION,
    notes: [{ zh: '报告未说明两个面积之间的关系。', en: 'The report does not say how the two areas relate.' }],
  },
  {
    slug: 'crackdown-persons',
    section: 'public-order',
    kind: 'bar',
    figures: ['criminal-detentions', 'administrative-detentions', 'gang-crime-persons-struck'],
    title: { zh: '扫黑除恶涉及的人数', en: 'Persons in the campaign against organised crime' },
    subtitle: SINCE_CAMPAIGN,
    notes: [
      {
        zh: '“依法打击”的人数少于刑拘人数，报告未说明三项人数之间的关系。',
        en: 'Fewer persons were “targeted” than criminally detained; the report does not say how the three counts relate.',
      },
    ],
  },
  {
    slug: 'poverty-households',
    section: 'three-battles',
    kind: 'progress',
    part: 'poor-households-lifted',
    whole: 'poor-households-registered',
    title: { zh: '已脱贫户占建档立卡贫困户的比例', en: 'Registered poor households lifted out of poverty' },
    subtitle: THROUGH_PUBLICATION,
  },
  {
    slug: 'poverty-persons',
    section: 'three-battles',
    kind: 'progress',
    part: 'poor-persons-lifted',
    whole: 'poor-persons-registered',
    title: { zh: '已脱贫人口占建档立卡贫困人口的比例', en: 'Registered poor persons lifted out of poverty' },
    subtitle: THROUGH_PUBLICATION,
    notes: [
      {
        zh: '报告另称今年预计脱贫233人，未说明是否已计入2269人。',
        en: 'The report also expects 233 persons to leave poverty this year, without saying whether they are among the 2,269.',
      },
    ],
  },
  {
    slug: 'poverty-households-waffle',
    section: 'three-battles',
    kind: 'waffle',
    part: 'poor-households-lifted',
    whole: 'poor-households-registered',
    title: {
      zh: '812户建档立卡贫困户中，已脱贫665户',
      en: '665 of 812 registered poor households lifted out of poverty',
    },
    subtitle: {
      zh: '每格代表1户，截至2019年12月16日报告发布',
      en: 'One square per household, through publication of the report, 16 Dec 2019',
    },
  },
  {
    slug: 'poverty-households-gap',
    section: 'three-battles',
    kind: 'dumbbell',
    ends: { from: { zh: '建档立卡', en: 'Registered' }, to: { zh: '已脱贫', en: 'Lifted out' } },
    rows: [
      {
        label: { zh: '贫困户', en: 'Poor households' },
        from: 'poor-households-registered',
        to: 'poor-households-lifted',
      },
    ],
    title: { zh: '建档立卡贫困户与已脱贫户', en: 'Poor households registered and lifted out of poverty' },
    subtitle: THROUGH_PUBLICATION,
    notes: [
      {
        zh: '人口（2624人、2269人）单位不同，不在同一坐标轴上比较。',
        en: 'Persons (2,624 and 2,269) are another unit and are not put on this axis.',
      },
    ],
  },
  {
    slug: 'livelihood-overview',
    section: 'livelihood',
    kind: 'small-multiples',
    panels: [
      {
        title: { zh: '低保与危房', en: 'Welfare and housing' },
        figures: ['minimum-living-allowance-households', 'dilapidated-houses-renovated'],
      },
      { title: { zh: '道路', en: 'Roads' }, figures: ['roads-hardened', 'roads-asphalted'] },
      {
        title: { zh: '残疾人与饮水', en: 'Disability and water' },
        figures: ['disability-certificates-issued', 'drinking-water-persons'],
      },
      { title: { zh: '资金', en: 'Funds' }, figures: ['bridge-repair-investment', 'temporary-relief-funds'] },
    ],
    title: { zh: '民生实事一览，按单位分组', en: 'Public services at a glance, by unit' },
    subtitle: YEAR_2019,
    notes: [
      {
        zh: '各面板刻度不同，不宜跨面板比较长短。',
        en: 'Each panel has its own scale: do not compare bars across panels.',
      },
    ],
  },
  {
    slug: 'road-and-ditch-lengths',
    section: 'livelihood',
    kind: 'dot-plot',
    stems: true,
    figures: ['roads-hardened', 'roads-asphalted', 'ditches-dredged'],
    title: { zh: '道路与沟渠工程的长度', en: 'Length of road and ditch works' },
    subtitle: YEAR_2019,
    notes: [
      { zh: '沟渠疏浚一项出自“五大整治”部分。', en: 'Ditch dredging is reported under the five clean-up campaigns.' },
    ],
  },
  {
    slug: 'welfare-households',
    section: 'livelihood',
    kind: 'bar',
    figures: ['minimum-living-allowance-households', 'dilapidated-houses-renovated'],
    title: { zh: '低保评定与危房改造户数', en: 'Households assessed for welfare and houses renovated' },
    subtitle: YEAR_2019,
  },
  {
    slug: 'farmland-by-crop',
    section: 'agriculture',
    kind: 'bar',
    sort: 'value',
    figures: ['quality-rice-area', 'rice-shrimp-area', 'orchard-area', 'herb-area', 'rapeseed-area'],
    title: { zh: '各类种植面积', en: 'Farmland by crop' },
    subtitle: YEAR_2019,
    notes: [
      {
        zh: '报告未说明各项面积是否重叠，不宜相加。',
        en: 'The report does not say whether the areas overlap; do not add them up.',
      },
    ],
  },
  {
    slug: 'demolished-area',
    section: 'five-campaigns',
    kind: 'bar',
    sort: 'value',
    figures: ['illegal-buildings-demolished-area', 'sheds-demolished-area', 'four-types-buildings-demolished-area'],
    title: { zh: '拆除违建、棚亭和“四房”的面积', en: 'Area of illegal buildings, sheds and “four types” demolished' },
    subtitle: YEAR_2019,
    notes: [
      {
        zh: '报告未说明各项是否重叠，不宜相加。',
        en: 'The report does not say whether the items overlap; do not add them up.',
      },
    ],
  },
  {
    slug: 'customs-reform-events',
    section: 'five-campaigns',
    kind: 'bar',
    figures: ['weddings-simplified', 'funerals-simplified', 'other-events-cancelled'],
    title: { zh: '劝导移风易俗的事项', en: 'Family events persuaded to follow reformed customs' },
    subtitle: { zh: '2019年1月至11月底', en: 'January to November 2019' },
    notes: [
      {
        zh: '丧事简办142起中，劝导火化67起。',
        en: 'Of the 142 funerals held simply, 67 were persuaded to cremate.',
      },
    ],
  },
  {
    slug: 'customs-reform-savings',
    section: 'five-campaigns',
    kind: 'kpi',
    figure: 'customs-reform-savings',
    title: { zh: '移风易俗为群众节约的资金', en: 'Money saved for residents by reformed customs' },
    subtitle: { zh: '2019年1月至11月底，报告所称', en: 'January to November 2019, as claimed by the report' },
  },
];

/** Chart layout shared by every chart of the set. */
export interface ChartSetOptions {
  /** Overall width of each chart in pixels (at least 200). Default: each builder's own. */
  width?: number;
  /** Colour variant of the theme. Default: `'light'`. */
  theme?: ThemeMode;
}

/** The figure of this report with id `id`. Throws `FIGURE_NOT_FOUND` naming the id and the chart. */
function figure(id: string, slug: string): Figure {
  const found = yangshahu2019.figures.find((f) => f.id === id);
  if (found === undefined) {
    const params = { where: `chart "${PREFIX}${slug}"`, id, report: yangshahu2019.meta.id };
    throw new WorkreportError(message('FIGURE_NOT_FOUND', 'named', params), { input: id });
  }
  return found;
}

/** Build one chart definition in `lang`. Throws `SECTION_UNKNOWN` for a section the report lacks. */
function buildChart(definition: ChartDefinition, lang: Lang, layout: ChartSetOptions = {}): Chart {
  const { slug, section, title, subtitle, notes } = definition;
  if (!yangshahu2019.sections.some((s) => s.id === section)) {
    const known = yangshahu2019.sections.map((s) => s.id);
    const params = { chart: PREFIX + slug, section, report: yangshahu2019.meta.id, known };
    throw new WorkreportError(message('SECTION_UNKNOWN', 'ofChart', params), { input: section });
  }
  const options: ChartOptions = { report: yangshahu2019.meta, id: PREFIX + slug, lang, title: title[lang] };
  if (subtitle !== undefined) options.subtitle = subtitle[lang];
  if (notes !== undefined) options.notes = notes.map((note) => note[lang]);
  if (layout.width !== undefined) options.width = layout.width;
  if (layout.theme !== undefined) options.theme = layout.theme;
  const pick = (id: string): Figure => figure(id, slug);
  switch (definition.kind) {
    case 'bar':
      return barChart(
        definition.figures.map(pick),
        definition.sort === undefined ? options : { ...options, sort: definition.sort },
      );
    case 'progress':
      return progressChart({ part: pick(definition.part), whole: pick(definition.whole) }, options);
    case 'kpi':
      return kpiChart(pick(definition.figure), options);
    case 'waffle':
      return waffleChart({ part: pick(definition.part), whole: pick(definition.whole) }, options);
    case 'dot-plot':
      return dotPlot(
        definition.figures.map(pick),
        definition.stems === undefined ? options : { ...options, stems: definition.stems },
      );
    case 'dumbbell':
      return dumbbellChart(
        {
          ends: definition.ends,
          rows: definition.rows.map((row) => ({ label: row.label, from: pick(row.from), to: pick(row.to) })),
        },
        options,
      );
    case 'small-multiples':
      return smallMultiples(
        definition.panels.map((panel) => ({ title: panel.title, items: panel.figures.map(pick) })),
        options,
      );
  }
}

/**
 * Every registered chart of the Yangshahu 2019 report in `lang`, in reading order, with ids
 * `yangshahu-2019/<slug>`.
 *
 * @example yangshahuCharts('zh', { width: 360 }).map((c) => c.id) // ['yangshahu-2019/party-discipline', …]
 * @example yangshahuCharts('en', { theme: 'dark' }) // the same charts in the dark variant
 * @throws WorkreportError `FIGURE_NOT_FOUND` when a definition names a figure the report lacks;
 *   the builders' `CHART_MIXED_UNITS` / `OPTION_INVALID` when a definition breaks their rules.
 */
export function yangshahuCharts(lang: Lang, layout: ChartSetOptions = {}): Chart[] {
  return YANGSHAHU_CHARTS.map((definition) => buildChart(definition, lang, layout));
}
