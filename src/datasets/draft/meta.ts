import type { Place } from '../../figures/figure.ts';
import { isIsoDate } from '../../figures/iso-date.ts';
import { labelText, oneLine } from './clean-text.ts';
import { mergePlace, placeIn } from './place.ts';

/** What the opening of a report says about it; each field is absent when the text does not say. */
export interface TextMeta {
  title?: string;
  publisher?: string;
  /** ISO date of the report: the date it was delivered (——2020年4月29日在…会议上), else the page's date. */
  published?: string;
  place: Place;
}

/** Words of a title line: a report, a summary, a plan, an overview. */
const TITLE_WORDS = /报告|報告|总结|總結|思路|计划|計劃|概况|概況|工作|要点|要點/;
/** Lines that are not a title: breadcrumbs, sentences, label: value lines, dated lines. */
const NOT_TITLE =
  /[>›→»]|[，,。：:；;]|^[—─-]{1,2}|在.{0,30}(?:会议|會議|大会|大會)|^\d{4}-|^\d{1,2}[:：]|发布|發布|发文|發文|索引|分类|分類|来源|來源|日期|文号|文號|当前位置|當前位置/;
/** A delivered date: 2019年2月26日在镇第十四届人民代表大会…, ——2020年7月3日在…. */
const DELIVERED = /((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*在/;
/** A page's date after its label: 发布时间:2013-02-01, 公开日期: 2018年03月09日, 日期\n- 2021-04-15. */
const LABELLED_DATE =
  /(?:发布时间|發布時間|发布日期|發布日期|公开日期|公開日期|生成日期|发文日期|發文日期|成文日期|日期)[\s:：-]*((?:19|20)\d\d)(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})/;
/** A date at the start of a line (2015-02-09 10:00 蔡甸区人民政府办公室). */
const LINE_DATE = /^\s*((?:19|20)\d\d)-(\d{1,2})-(\d{1,2})/m;
/** Who issued it: 发布机构 蔡甸区人民政府办公室, 信息来源:洪山区政府办公室, 发文机构\n- 隆阳区金鸡乡人民政府. */
const PUBLISHER = /(?:发布机构|發布機構|发文机构|發文機構|信息来源|信息來源|来源|來源)[\s:：-]*([^\s:：|｜]{2,40})/;
/** The meeting a report was delivered at names its place: 在武汉市武昌区第十五届人民代表大会. */
const MEETING_PLACE = /在(.{2,24}?)(?:第[一二三四五六七八九十百\d]*届|人民代表大会|人民代表大會)/;
/** Labels that follow an empty 发布机构 on the same line (文号, 分类). */
const FIELD_LABEL = /^(?:文\s*号|文\s*號|分\s*类|分\s*類|索\s*引\s*号|主题分类|字体)$/;

/** A line that is only a date, bare or in brackets, as under a title: （2021年12月20日）. */
const DATE_LINE = /^\s*[(（]?\s*((?:19|20)\d\d)年(\d{1,2})月(\d{1,2})日\s*[)）]?\s*$/m;
/** A line that is only an issuing body, as under a title: 青石镇人民政府, 武昌区人民政府办公室. */
const BODY_LINE = /^\s*([\u4e00-\u9fff]{2,24}(?:人民政府|政府|人民政府办公室|政府办公室|办事处|委员会|党委))\s*$/m;
/**
 * The line naming who delivers the report, under its title: 广州市番禺区人民政府代理区长 何汝诚 gives the
 * government it speaks for. A body without its place (市人民政府市长王雄文) is not taken: it names no one.
 */
const SPEAKER_LINE =
  /^\s*([\u4e00-\u9fff]{2,24}人民政府)(?:代理|常务副|副)?(?:省长|市长|区长|县长|旗长|州长|镇长|乡长|主任|主席)/m;

const pad = (n: string): string => n.padStart(2, '0');
const isoOf = (match: RegExpExecArray | null): string | undefined => {
  if (match === null) return undefined;
  const [, y = '', m = '', d = ''] = match;
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  return isIsoDate(iso) ? iso : undefined;
};

/** The first line of `opening` that reads as a title, with the spaces of 政 府 工 作 报 告 closed up. */
function titleIn(opening: string): string | undefined {
  for (const raw of opening.split(/\r?\n/)) {
    const line = oneLine(raw).replace(/^[-•·*]\s*/, '');
    const outsideParentheses = line.replace(/[（(][^（()）]*[)）]/g, '');
    if (line.length >= 4 && line.length <= 60 && TITLE_WORDS.test(outsideParentheses) && !NOT_TITLE.test(line))
      return line;
  }
  return undefined;
}

/**
 * What the opening of a report (the text before its first heading) says about it: its title line,
 * its publisher (发布机构, 信息来源, 来源, else a line naming only an issuing body: 青石镇人民政府, else
 * the government its speaker's line names: 武昌区人民政府区长 余松 → 武昌区人民政府),
 * its date (the date it was delivered, else the page's labelled date, else a date opening a line,
 * else a line that is only a date: （2021年12月20日）; dates that do not exist are ignored) and the place names of its title, publisher and
 * meeting line.
 *
 * @param opening the report's text before its first heading (or its first lines)
 * @example readMeta('蒲鞋市街道2020年工作总结及2021年工作思路\n发布机构 蒲鞋市街道\n生成日期 2021-01-28')
 *   // { title: '蒲鞋市街道2020年工作总结及2021年工作思路', publisher: '蒲鞋市街道', published: '2021-01-28', place: { town: '蒲鞋市街道' } }
 */
export function readMeta(opening: string): TextMeta {
  const meta: TextMeta = { place: {} };
  const title = titleIn(opening);
  if (title !== undefined) meta.title = title;
  const publisher = PUBLISHER.exec(opening)?.[1] ?? BODY_LINE.exec(opening)?.[1] ?? SPEAKER_LINE.exec(opening)?.[1];
  const cleanPublisher = publisher === undefined ? '' : labelText(publisher);
  if (cleanPublisher !== '' && !FIELD_LABEL.test(cleanPublisher)) meta.publisher = cleanPublisher;
  const published =
    isoOf(DELIVERED.exec(opening)) ??
    isoOf(LABELLED_DATE.exec(opening)) ??
    isoOf(LINE_DATE.exec(opening)) ??
    isoOf(DATE_LINE.exec(opening));
  if (published !== undefined) meta.published = published;
  const lines = [title ?? '', meta.publisher ?? '', MEETING_PLACE.exec(opening)?.[1] ?? ''];
  meta.place = lines.map(placeIn).reduce(mergePlace, {});
  return meta;
}
