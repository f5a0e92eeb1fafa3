import { defineChecks } from '../../src/indicators/consistency/define-checks.ts';
import { defineIndicators } from '../../src/indicators/define-indicators.ts';

/**
 * Derived indicators of the Yangshahu 2019 report (report.ts beside this file): what a careful
 * reader computes from its figures. Only definitions live here; `computeIndicators` computes the
 * values with arquero, unrounded. Ratios are fractions (`ratio`, 0..1). Each `method` names the
 * sentence of source.txt the inputs come from and the caveats of the reading.
 */
export const yangshahu2019Indicators = defineIndicators([
  // 四、三大攻坚: 全镇有建档立卡贫困户812户2624人,已脱贫665户2269人,今年预计脱贫233人
  {
    id: 'poor-households-lifted-share',
    label: { zh: '建档立卡贫困户脱贫比例', en: 'Share of registered poor households lifted out of poverty' },
    unit: 'ratio',
    formula: "d['poor-households-lifted'] / d['poor-households-registered']",
    inputs: [
      { id: 'poor-households-lifted', unit: 'households', direction: 'increasing' },
      { id: 'poor-households-registered', unit: 'households', direction: 'decreasing' },
    ],
    method: {
      zh: '已脱贫户数除以建档立卡贫困户数(第四部分:“全镇有建档立卡贫困户812户……已脱贫665户”)。',
      en: 'Households lifted out of poverty divided by registered poor households (section 4: “812 registered poor households … 665 lifted”).',
    },
  },
  {
    id: 'poor-persons-lifted-share',
    label: { zh: '建档立卡贫困人口脱贫比例', en: 'Share of registered poor persons lifted out of poverty' },
    unit: 'ratio',
    formula: "d['poor-persons-lifted'] / d['poor-persons-registered']",
    inputs: [
      { id: 'poor-persons-lifted', unit: 'persons', direction: 'increasing' },
      { id: 'poor-persons-registered', unit: 'persons', direction: 'decreasing' },
    ],
    method: {
      zh: '已脱贫人口除以建档立卡贫困人口(第四部分:“……2624人,已脱贫665户2269人”)。',
      en: 'Persons lifted out of poverty divided by registered poor persons (section 4: “… 2624 persons, 665 households and 2269 persons lifted”).',
    },
  },
  {
    id: 'poor-households-remaining',
    label: { zh: '尚未脱贫的建档立卡贫困户', en: 'Registered poor households not yet lifted out of poverty' },
    unit: 'households',
    formula: "d['poor-households-registered'] - d['poor-households-lifted']",
    inputs: [
      { id: 'poor-households-registered', unit: 'households', direction: 'increasing' },
      { id: 'poor-households-lifted', unit: 'households', direction: 'decreasing' },
    ],
    method: {
      zh: '建档立卡贫困户数减已脱贫户数(第四部分)。报告未直接给出此数。',
      en: 'Registered poor households minus households lifted out of poverty (section 4). The report does not state this number.',
    },
  },
  {
    id: 'poor-persons-remaining',
    label: { zh: '尚未脱贫的建档立卡贫困人口', en: 'Registered poor persons not yet lifted out of poverty' },
    unit: 'persons',
    formula: "d['poor-persons-registered'] - d['poor-persons-lifted']",
    inputs: [
      { id: 'poor-persons-registered', unit: 'persons', direction: 'increasing' },
      { id: 'poor-persons-lifted', unit: 'persons', direction: 'decreasing' },
    ],
    method: {
      zh: '建档立卡贫困人口减已脱贫人口(第四部分)。若“今年预计脱贫233人”已含在2269人之中,这就是年底仍未脱贫的人数。',
      en: 'Registered poor persons minus persons lifted (section 4). If the 233 expected to leave poverty this year are already among the 2269, this is the number still poor at year end.',
    },
  },
  {
    id: 'poor-persons-remaining-if-expected-additional',
    label: { zh: '预计脱贫233人另计时尚未脱贫的人口', en: 'Registered poor persons still poor if the 233 expected this year come on top of the 2269' },
    unit: 'persons',
    formula: "d['poor-persons-registered'] - d['poor-persons-lifted'] - d['poor-persons-expected-lifted-2019']",
    inputs: [
      { id: 'poor-persons-registered', unit: 'persons', direction: 'increasing' },
      { id: 'poor-persons-lifted', unit: 'persons', direction: 'decreasing' },
      { id: 'poor-persons-expected-lifted-2019', unit: 'persons', direction: 'decreasing' },
    ],
    method: {
      zh: '建档立卡贫困人口减已脱贫人口,再减今年预计脱贫人口。报告未说明233人是否在2269人之内:这是“另计”的读法,累计数与年度预计数混用。',
      en: 'Registered minus lifted minus expected this year. The report does not say whether the 233 are inside the 2269: this is the “on top” reading, and it mixes a cumulative count with a yearly expectation.',
    },
  },
  {
    id: 'poor-persons-lifted-share-if-expected-additional',
    label: { zh: '预计脱贫233人另计时的脱贫比例', en: 'Share lifted out of poverty if the 233 expected this year come on top of the 2269' },
    unit: 'ratio',
    formula: "(d['poor-persons-lifted'] + d['poor-persons-expected-lifted-2019']) / d['poor-persons-registered']",
    inputs: [
      { id: 'poor-persons-lifted', unit: 'persons', direction: 'increasing' },
      { id: 'poor-persons-expected-lifted-2019', unit: 'persons', direction: 'increasing' },
      { id: 'poor-persons-registered', unit: 'persons', direction: 'decreasing' },
    ],
    method: {
      zh: '(已脱贫人口+今年预计脱贫人口)除以建档立卡贫困人口;“另计”读法,累计数与年度预计数混用。',
      en: '(Lifted + expected this year) divided by registered poor persons; the “on top” reading, mixing a cumulative count with a yearly expectation.',
    },
  },
  {
    id: 'registered-poor-household-size',
    label: { zh: '建档立卡贫困户平均人口', en: 'Average size of a registered poor household' },
    unit: 'persons/households',
    formula: "d['poor-persons-registered'] / d['poor-households-registered']",
    inputs: [
      { id: 'poor-persons-registered', unit: 'persons', direction: 'increasing' },
      { id: 'poor-households-registered', unit: 'households', direction: 'decreasing' },
    ],
    method: {
      zh: '建档立卡贫困人口除以建档立卡贫困户数(第四部分:“812户2624人”)。',
      en: 'Registered poor persons divided by registered poor households (section 4: “812 households, 2624 persons”).',
    },
  },
  {
    id: 'lifted-poor-household-size',
    label: { zh: '已脱贫户平均人口', en: 'Average size of a household lifted out of poverty' },
    unit: 'persons/households',
    formula: "d['poor-persons-lifted'] / d['poor-households-lifted']",
    inputs: [
      { id: 'poor-persons-lifted', unit: 'persons', direction: 'increasing' },
      { id: 'poor-households-lifted', unit: 'households', direction: 'decreasing' },
    ],
    method: {
      zh: '已脱贫人口除以已脱贫户数(第四部分:“已脱贫665户2269人”)。',
      en: 'Persons lifted divided by households lifted (section 4: “665 households, 2269 persons lifted”).',
    },
  },
  {
    id: 'remaining-poor-household-size',
    label: { zh: '尚未脱贫户平均人口', en: 'Average size of a registered poor household not yet lifted' },
    unit: 'persons/households',
    formula: "(d['poor-persons-registered'] - d['poor-persons-lifted']) / (d['poor-households-registered'] - d['poor-households-lifted'])",
    inputs: [
      { id: 'poor-persons-registered', unit: 'persons', direction: 'increasing' },
      { id: 'poor-persons-lifted', unit: 'persons', direction: 'decreasing' },
      { id: 'poor-households-registered', unit: 'households', direction: 'decreasing' },
      { id: 'poor-households-lifted', unit: 'households', direction: 'increasing' },
    ],
    method: {
      zh: '(建档立卡贫困人口−已脱贫人口)除以(建档立卡贫困户−已脱贫户),第四部分。',
      en: '(Registered − lifted persons) divided by (registered − lifted households), section 4.',
    },
  },
  // 七、五大整治 三是: 集中组织行动15次,拆除违建房93处,9312平方,拆除乱搭乱建棚亭319处,1.6万平方
  {
    id: 'illegal-building-average-area',
    label: { zh: '拆除违建房平均面积', en: 'Average floor area per illegal building demolished' },
    unit: 'm2/count',
    formula: "d['illegal-buildings-demolished-area'] / d['illegal-buildings-demolished']",
    inputs: [
      { id: 'illegal-buildings-demolished-area', unit: 'm2', direction: 'increasing' },
      { id: 'illegal-buildings-demolished', unit: 'count', counted: 'illegal buildings', direction: 'decreasing' },
    ],
    method: {
      zh: '拆除违建房面积除以处数(第七部分:“拆除违建房93处,9312平方”)。',
      en: 'Area of illegal buildings demolished divided by their number (section 7: “93 illegal buildings, 9312 m²”).',
    },
  },
  {
    id: 'shed-average-area',
    label: { zh: '拆除棚亭平均面积', en: 'Average area per shed or kiosk demolished' },
    unit: 'm2/count',
    formula: "d['sheds-demolished-area'] / d['sheds-demolished']",
    inputs: [
      { id: 'sheds-demolished-area', unit: 'm2', direction: 'increasing' },
      { id: 'sheds-demolished', unit: 'count', counted: 'sheds and kiosks', direction: 'decreasing' },
    ],
    method: {
      zh: '拆除棚亭面积除以处数(第七部分:“拆除乱搭乱建棚亭319处,1.6万平方”)。1.6万是取整的写法,平均值的精度随之有限。',
      en: 'Area of sheds demolished divided by their number (section 7: “319 sheds and kiosks, 1.6万 m²”). 1.6万 is a rounded figure, so the average is only as precise.',
    },
  },
  // 七、五大整治 四是: 共拆除“四房”448处,65802㎡
  {
    id: 'four-types-building-average-area',
    label: { zh: '拆除“四房”平均面积', en: 'Average floor area per “four types” building demolished' },
    unit: 'm2/count',
    formula: "d['four-types-buildings-demolished-area'] / d['four-types-buildings-demolished']",
    inputs: [
      { id: 'four-types-buildings-demolished-area', unit: 'm2', direction: 'increasing' },
      { id: 'four-types-buildings-demolished', unit: 'count', counted: 'buildings', direction: 'decreasing' },
    ],
    method: {
      zh: '拆除“四房”面积除以处数(第七部分:“共拆除‘四房’448处,65802㎡”)。“四房”可能包含上文的违建房。',
      en: 'Area of “four types” buildings demolished divided by their number (section 7: “448 ‘four types’ buildings, 65802 m²”). They may include the illegal buildings counted above.',
    },
  },
  // 七、五大整治 四是: 按照30元/人的标准收取卫生费126.9万元,寓外乡友捐款413.5万元
  {
    id: 'sanitation-fee-payers-implied',
    label: { zh: '卫生费隐含的缴费人数', en: 'Fee-paying persons implied by the sanitation fee' },
    unit: 'persons',
    formula: "d['sanitation-fees-collected'] / d['sanitation-fee-rate']",
    inputs: [
      { id: 'sanitation-fees-collected', unit: 'CNY', direction: 'increasing' },
      { id: 'sanitation-fee-rate', unit: 'CNY/person', direction: 'decreasing' },
    ],
    method: {
      zh: '收取的卫生费除以每人收费标准(第七部分:“按照30元/人的标准收取卫生费126.9万元”)。报告未给出缴费人数。',
      en: 'Sanitation fees collected divided by the fee per person (section 7: “at 30 CNY per person, 1.269 million CNY collected”). The report does not state the number of payers.',
    },
  },
  {
    id: 'donations-to-sanitation-fees',
    label: { zh: '乡友捐款与卫生费之比', en: 'Donations from natives living elsewhere relative to sanitation fees' },
    unit: 'ratio',
    formula: "d['expatriate-donations'] / d['sanitation-fees-collected']",
    inputs: [
      { id: 'expatriate-donations', unit: 'CNY', direction: 'increasing' },
      { id: 'sanitation-fees-collected', unit: 'CNY', direction: 'decreasing' },
    ],
    method: {
      zh: '寓外乡友捐款除以收取的卫生费(第七部分同一句)。',
      en: 'Donations from natives living elsewhere divided by sanitation fees collected (same sentence of section 7).',
    },
  },
  // 七、五大整治 五是: 到11月底,今年累计劝导婚事新办101起,丧事简办142起,其中劝导火化67起,劝导其他事不办183起,累计为群众节约资金600余万元
  {
    id: 'cremation-share-of-simplified-funerals',
    label: { zh: '简办丧事中劝导火化的比例', en: 'Share of simplified funerals persuaded to cremate' },
    unit: 'ratio',
    formula: "d['cremations-persuaded'] / d['funerals-simplified']",
    inputs: [
      { id: 'cremations-persuaded', unit: 'count', direction: 'increasing' },
      { id: 'funerals-simplified', unit: 'count', direction: 'decreasing' },
    ],
    method: {
      zh: '劝导火化起数除以丧事简办起数(第七部分:“丧事简办142起,其中劝导火化67起”)。',
      en: 'Funerals persuaded to cremate divided by simplified funerals (section 7: “142 simplified funerals, of which 67 persuaded to cremate”).',
    },
  },
  {
    id: 'customs-reform-events',
    label: { zh: '移风易俗劝导事项合计', en: 'Weddings, funerals and other banquets reformed, in total' },
    unit: 'count',
    formula: "d['weddings-simplified'] + d['funerals-simplified'] + d['other-events-cancelled']",
    inputs: [
      { id: 'weddings-simplified', unit: 'count', direction: 'increasing' },
      { id: 'funerals-simplified', unit: 'count', direction: 'increasing' },
      { id: 'other-events-cancelled', unit: 'count', direction: 'increasing' },
    ],
    method: {
      zh: '婚事新办、丧事简办、其他事不办起数之和(第七部分,到11月底)。劝导火化的67起已在丧事简办142起之中,不另加。',
      en: 'Simplified weddings, simplified funerals and cancelled banquets added up (section 7, through the end of November). The 67 cremations are part of the 142 funerals and are not added again.',
    },
  },
  {
    id: 'customs-reform-savings-per-event',
    label: { zh: '每起移风易俗事项为群众节约的资金', en: 'Money saved for residents per reformed event' },
    unit: 'CNY/count',
    formula: "d['customs-reform-savings'] / (d['weddings-simplified'] + d['funerals-simplified'] + d['other-events-cancelled'])",
    inputs: [
      { id: 'customs-reform-savings', unit: 'CNY', direction: 'increasing' },
      { id: 'weddings-simplified', unit: 'count', direction: 'decreasing' },
      { id: 'funerals-simplified', unit: 'count', direction: 'decreasing' },
      { id: 'other-events-cancelled', unit: 'count', direction: 'decreasing' },
    ],
    method: {
      zh: '“累计为群众节约资金600余万元”除以婚事新办、丧事简办、其他事不办起数之和。600余万元是下限,所以结果也是下限。',
      en: '“More than 6 million CNY saved” divided by the weddings, funerals and banquets reformed. 600余万元 is a lower bound, so the result is one too.',
    },
  },
  // 二、项目建设: 截至目前,共征地430亩;完成房屋拆迁163户;完成青苗补偿500亩
  {
    id: 'land-acquired-ha',
    label: { zh: '征地面积(公顷)', en: 'Land acquired, in hectares' },
    unit: 'ha',
    formula: "d['land-acquired']",
    inputs: [{ id: 'land-acquired', unit: 'ha', direction: 'increasing' }],
    method: {
      zh: '征地430亩换算为公顷(1亩 = 10000/15平方米,第二部分)。',
      en: 'The 430 mu of land acquired in hectares (1 mu = 10000/15 m², section 2).',
    },
  },
  {
    id: 'young-crop-compensation-ha',
    label: { zh: '青苗补偿面积(公顷)', en: 'Land with young-crop compensation, in hectares' },
    unit: 'ha',
    formula: "d['young-crop-compensation-area']",
    inputs: [{ id: 'young-crop-compensation-area', unit: 'ha', direction: 'increasing' }],
    method: {
      zh: '青苗补偿500亩换算为公顷(第二部分)。',
      en: 'The 500 mu with young-crop compensation in hectares (section 2).',
    },
  },
  {
    id: 'land-reclamation-ha',
    label: { zh: '增减挂项目面积(公顷)', en: 'Land in urban–rural land-quota swap projects, in hectares' },
    unit: 'ha',
    formula: "d['land-reclamation-area']",
    inputs: [{ id: 'land-reclamation-area', unit: 'ha', direction: 'increasing' }],
    method: {
      zh: '“完成增减挂项目近300亩”换算为公顷(第七部分);“近”使结果为约数。',
      en: 'The “nearly 300 mu” of land-quota swap projects in hectares (section 7); “nearly” makes the result approximate.',
    },
  },
  // 六、农业农村: 种植优质稻2万亩,流转1700亩低洼田稻田养虾,打造了近300亩的葡萄、杨梅等水果果园 … 种植药材500亩,特别是两村种植油菜1200亩
  {
    id: 'farmland-structure-total',
    label: { zh: '报告列出的种植面积之和', en: 'Crop areas named in the report, added up' },
    unit: 'mu',
    formula: "d['quality-rice-area'] + d['rice-shrimp-area'] + d['orchard-area'] + d['herb-area'] + d['rapeseed-area']",
    inputs: [
      { id: 'quality-rice-area', unit: 'mu', direction: 'increasing' },
      { id: 'rice-shrimp-area', unit: 'mu', direction: 'increasing' },
      { id: 'orchard-area', unit: 'mu', direction: 'increasing' },
      { id: 'herb-area', unit: 'mu', direction: 'increasing' },
      { id: 'rapeseed-area', unit: 'mu', direction: 'increasing' },
    ],
    method: {
      zh: '优质稻、稻田养虾、果园、药材、油菜面积之和(第六部分)。各项可能重叠:稻田养虾也种稻,油菜(冬季作物)可能与药材或稻田同地,故此和是这些作物占地的上限,不是耕地面积。',
      en: 'High-quality rice, rice–shrimp, orchards, herbs and rapeseed added up (section 6). The parts may overlap: rice–shrimp paddies also grow rice, and rapeseed (a winter crop) may share land with the herbs or the rice, so the sum bounds the land they occupy from above and is not the farmland area.',
    },
  },
  {
    id: 'quality-rice-share',
    label: { zh: '优质稻占所列种植面积的比例', en: 'High-quality rice as a share of the crop areas named' },
    unit: 'ratio',
    formula: "d['quality-rice-area'] / (d['quality-rice-area'] + d['rice-shrimp-area'] + d['orchard-area'] + d['herb-area'] + d['rapeseed-area'])",
    inputs: [
      { id: 'quality-rice-area', unit: 'mu', direction: 'increasing' },
      { id: 'rice-shrimp-area', unit: 'mu', direction: 'decreasing' },
      { id: 'orchard-area', unit: 'mu', direction: 'decreasing' },
      { id: 'herb-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rapeseed-area', unit: 'mu', direction: 'decreasing' },
    ],
    method: {
      zh: '优质稻面积除以五项种植面积之和(第六部分)。各项可能重叠(见“报告列出的种植面积之和”),这是所列面积中的份额,不是耕地结构的精确比例。',
      en: 'High-quality rice over the five crop areas added up (section 6). The parts may overlap (see “crop areas named, added up”): a share of the areas named, not an exact land-use structure.',
    },
  },
  {
    id: 'rice-shrimp-share',
    label: { zh: '稻田养虾占所列种植面积的比例', en: 'Rice–shrimp paddies as a share of the crop areas named' },
    unit: 'ratio',
    formula: "d['rice-shrimp-area'] / (d['quality-rice-area'] + d['rice-shrimp-area'] + d['orchard-area'] + d['herb-area'] + d['rapeseed-area'])",
    inputs: [
      { id: 'quality-rice-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rice-shrimp-area', unit: 'mu', direction: 'increasing' },
      { id: 'orchard-area', unit: 'mu', direction: 'decreasing' },
      { id: 'herb-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rapeseed-area', unit: 'mu', direction: 'decreasing' },
    ],
    method: {
      zh: '稻田养虾面积除以五项种植面积之和(第六部分)。稻田养虾可能是2万亩优质稻的一部分。',
      en: 'Rice–shrimp paddies over the five crop areas added up (section 6). They may be part of the 20,000 mu of high-quality rice.',
    },
  },
  {
    id: 'orchard-share',
    label: { zh: '果园占所列种植面积的比例', en: 'Orchards as a share of the crop areas named' },
    unit: 'ratio',
    formula: "d['orchard-area'] / (d['quality-rice-area'] + d['rice-shrimp-area'] + d['orchard-area'] + d['herb-area'] + d['rapeseed-area'])",
    inputs: [
      { id: 'quality-rice-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rice-shrimp-area', unit: 'mu', direction: 'decreasing' },
      { id: 'orchard-area', unit: 'mu', direction: 'increasing' },
      { id: 'herb-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rapeseed-area', unit: 'mu', direction: 'decreasing' },
    ],
    method: {
      zh: '果园面积(近300亩)除以五项种植面积之和(第六部分);“近”使结果为约数,各项可能重叠。',
      en: 'Orchards (nearly 300 mu) over the five crop areas added up (section 6); “nearly” makes the result approximate, and the parts may overlap.',
    },
  },
  {
    id: 'herb-share',
    label: { zh: '药材占所列种植面积的比例', en: 'Medicinal herbs as a share of the crop areas named' },
    unit: 'ratio',
    formula: "d['herb-area'] / (d['quality-rice-area'] + d['rice-shrimp-area'] + d['orchard-area'] + d['herb-area'] + d['rapeseed-area'])",
    inputs: [
      { id: 'quality-rice-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rice-shrimp-area', unit: 'mu', direction: 'decreasing' },
      { id: 'orchard-area', unit: 'mu', direction: 'decreasing' },
      { id: 'herb-area', unit: 'mu', direction: 'increasing' },
      { id: 'rapeseed-area', unit: 'mu', direction: 'decreasing' },
    ],
    method: {
      zh: '药材面积除以五项种植面积之和(第六部分)。药材与油菜种在同两村的空坪隙地、空心房整治地块上,可能重叠。',
      en: 'Medicinal herbs over the five crop areas added up (section 6). Herbs and rapeseed grow on the same two villages’ vacant and cleared plots and may overlap.',
    },
  },
  {
    id: 'rapeseed-share',
    label: { zh: '油菜占所列种植面积的比例', en: 'Rapeseed as a share of the crop areas named' },
    unit: 'ratio',
    formula: "d['rapeseed-area'] / (d['quality-rice-area'] + d['rice-shrimp-area'] + d['orchard-area'] + d['herb-area'] + d['rapeseed-area'])",
    inputs: [
      { id: 'quality-rice-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rice-shrimp-area', unit: 'mu', direction: 'decreasing' },
      { id: 'orchard-area', unit: 'mu', direction: 'decreasing' },
      { id: 'herb-area', unit: 'mu', direction: 'decreasing' },
      { id: 'rapeseed-area', unit: 'mu', direction: 'increasing' },
    ],
    method: {
      zh: '油菜面积除以五项种植面积之和(第六部分)。油菜为冬季作物,可能与药材或稻田同地。',
      en: 'Rapeseed over the five crop areas added up (section 6). Rapeseed is a winter crop and may share land with the herbs or the rice.',
    },
  },
  // 三、社会大局: 回复12345信访件413件,回复率达98%
  {
    id: 'hotline-petitions-received-implied',
    label: { zh: '回复率隐含的12345信访件总数', en: '12345 hotline petitions received, implied by the reply rate' },
    unit: 'count',
    formula: "d['hotline-petitions-answered'] / d['hotline-reply-rate']",
    inputs: [
      { id: 'hotline-petitions-answered', unit: 'count', counted: 'petitions', direction: 'increasing' },
      { id: 'hotline-reply-rate', unit: 'ratio', direction: 'decreasing' },
    ],
    method: {
      zh: '回复件数除以回复率(第三部分:“回复12345信访件413件,回复率达98%”)。结果不是整数:98%是取整后的比率,收件总数报告未给出。',
      en: 'Petitions answered divided by the reply rate (section 3: “413 petitions answered, a reply rate of 98%”). The result is not a whole number: 98% is rounded and the report does not state the total received.',
    },
  },
  // 三、社会大局: 我镇共摸排线索4条,上面交办3条,配合扫黑办依法打击20余人,刑拘35人,行政拘留25人
  {
    id: 'gang-crime-leads-total',
    label: { zh: '涉黑涉恶线索合计', en: 'Organised-crime leads, found and assigned' },
    unit: 'count',
    formula: "d['gang-crime-leads-found'] + d['gang-crime-leads-assigned']",
    inputs: [
      { id: 'gang-crime-leads-found', unit: 'count', counted: 'leads', direction: 'increasing' },
      { id: 'gang-crime-leads-assigned', unit: 'count', counted: 'leads', direction: 'increasing' },
    ],
    method: {
      zh: '自行摸排线索与上级交办线索之和(第三部分),假定两者不重复。',
      en: 'Leads found by the town plus leads assigned from above (section 3), assuming no lead is in both.',
    },
  },
  {
    id: 'detentions-total',
    label: { zh: '刑事拘留与行政拘留人数合计', en: 'Persons detained, criminal and administrative' },
    unit: 'persons',
    formula: "d['criminal-detentions'] + d['administrative-detentions']",
    inputs: [
      { id: 'criminal-detentions', unit: 'persons', direction: 'increasing' },
      { id: 'administrative-detentions', unit: 'persons', direction: 'increasing' },
    ],
    method: {
      zh: '刑拘35人与行政拘留25人之和(第三部分),假定无人两者兼有。合计多于“依法打击20余人”,见一致性检查。',
      en: 'The 35 criminally detained plus the 25 in administrative detention (section 3), assuming nobody is in both. The total exceeds the “20-odd persons targeted”; see the consistency checks.',
    },
  },
]);

/**
 * Consistency checks of the Yangshahu 2019 report: relations between its figures that a
 * fact-checker should verify. `checkConsistency` runs them; the period mixes of the indicators
 * above (233 expected this year against the cumulative 2269) are found without a definition.
 */
export const yangshahu2019Checks = defineChecks([
  {
    kind: 'part-of',
    id: 'cremations-within-funerals',
    whole: 'funerals-simplified',
    parts: ['cremations-persuaded'],
    stated: true,
    note: {
      zh: '第七部分:“丧事简办142起,其中劝导火化67起”,“其中”说明67起是142起的一部分。',
      en: 'Section 7: “142 simplified funerals, of which (其中) 67 persuaded to cremate”: the 67 are part of the 142.',
    },
  },
  {
    kind: 'part-of',
    id: 'lifted-within-registered-households',
    whole: 'poor-households-registered',
    parts: ['poor-households-lifted'],
    stated: false,
    note: {
      zh: '第四部分:已脱贫的户是建档立卡贫困户的一部分。',
      en: 'Section 4: households lifted out of poverty are registered poor households.',
    },
  },
  {
    kind: 'part-of',
    id: 'lifted-within-registered-persons',
    whole: 'poor-persons-registered',
    parts: ['poor-persons-lifted'],
    stated: false,
    note: {
      zh: '第四部分:已脱贫人口是建档立卡贫困人口的一部分。',
      en: 'Section 4: persons lifted out of poverty are registered poor persons.',
    },
  },
  {
    kind: 'part-of',
    id: 'detained-within-persons-struck',
    whole: 'gang-crime-persons-struck',
    parts: ['criminal-detentions'],
    stated: false,
    note: {
      zh: '第三部分:“配合扫黑办依法打击20余人,刑拘35人,行政拘留25人”。被刑拘者应在被打击者之中,35人却多于“20余人”(通常指20至29人);另有行政拘留25人。报告未说明两组数字的关系。',
      en: 'Section 3: “20-odd persons targeted by law enforcement, 35 criminally detained, 25 in administrative detention”. Those detained should be among those targeted, yet 35 exceeds “20-odd” (usually 20 to 29), before adding the 25 administrative detentions. The report does not say how the counts relate.',
    },
  },
  {
    kind: 'rate',
    id: 'hotline-reply-rate',
    rate: 'hotline-reply-rate',
    numerator: 'hotline-petitions-answered',
    note: {
      zh: '第三部分:“回复12345信访件413件,回复率达98%”。收件总数未给出,只能由回复率反推。',
      en: 'Section 3: “413 hotline petitions answered, a reply rate of 98%”. The number received is not stated and can only be inferred from the rate.',
    },
  },
  {
    kind: 'overlap',
    id: 'herbs-and-rapeseed',
    figures: ['herb-area', 'rapeseed-area'],
    note: {
      zh: '第六部分:“在花石、联合等村利用空坪隙地、空心房整治的地块种植药材500亩,特别是两村种植油菜1200亩”。两者种在同两村的同类地块上,“特别是”的油菜可能部分或全部与药材同地。',
      en: 'Section 6: herbs (500 mu) on vacant plots and cleared hollow-village land in Huashi, Lianhe and other villages, “in particular” rapeseed (1200 mu) in the two villages. Both grow on the same kind of plots in the same villages and may share land.',
    },
  },
  {
    kind: 'overlap',
    id: 'rice-and-rice-shrimp',
    figures: ['quality-rice-area', 'rice-shrimp-area'],
    note: {
      zh: '第六部分:“种植优质稻2万亩,流转1700亩低洼田稻田养虾”。稻田养虾的田也种稻,可能已计入2万亩。',
      en: 'Section 6: 20,000 mu of high-quality rice and 1700 mu of rice–shrimp paddies. Rice–shrimp paddies also grow rice and may be within the 20,000 mu.',
    },
  },
  {
    kind: 'overlap',
    id: 'four-types-and-illegal-buildings',
    figures: ['four-types-buildings-demolished', 'illegal-buildings-demolished'],
    note: {
      zh: '第七部分:三是“拆除违建房93处”,四是“共拆除‘四房’448处”。“四房”通常包括违建房,两项可能重复计数。',
      en: 'Section 7: “93 illegal buildings demolished” (point 3) and “448 ‘four types’ buildings demolished” (point 4). The four types usually include illegal buildings, so the counts may overlap.',
    },
  },
  {
    kind: 'overlap',
    id: 'four-types-and-illegal-buildings-area',
    figures: ['four-types-buildings-demolished-area', 'illegal-buildings-demolished-area'],
    note: {
      zh: '第七部分:违建房9312平方与“四房”65802㎡,理由同上。',
      en: 'Section 7: 9312 m² of illegal buildings and 65802 m² of “four types” buildings, for the same reason.',
    },
  },
  {
    kind: 'overlap',
    id: 'land-acquired-and-young-crop-compensation',
    figures: ['land-acquired', 'young-crop-compensation-area'],
    note: {
      zh: '第二部分:“共征地430亩……完成青苗补偿500亩”。青苗补偿通常付在被征的土地上,两项面积可能重叠。',
      en: 'Section 2: “430 mu acquired … young-crop compensation on 500 mu”. Young-crop compensation is usually paid on acquired land, so the areas may overlap.',
    },
  },
  {
    kind: 'overlap',
    id: 'evaluation-methods-mentioned-three-times',
    figures: ['points-based-evaluation-methods', 'points-based-evaluation-methods-applied', 'points-based-evaluation-methods-2020'],
    note: {
      zh: '“五个积分办法”在第一、第七部分和2020年工作思路中各出现一次,是同一组办法,不可相加。',
      en: 'The “five points-based methods” appear in sections 1 and 7 and in the 2020 plan: the same five methods, not to be added up.',
    },
  },
]);
