import type { FileInput } from '../schema.ts';
import { parseProse } from '../story.ts';
import type { ChartInput } from './charts.ts';
import type { DraftedFigure } from './drafted-figure.ts';
import type { SectionInput } from './sections.ts';

/** A story as `story.json` holds it. */
export type StoryInput = FileInput['story'];

/** Figures a bar step names in its prose, at most. */
const NAMED_IN_STEP = 4;

/** Whether `text` may stand in prose as it is: no braces, no typed number other than a year (story.ts). */
function proseSafe(text: string): boolean {
  try {
    parseProse(text);
    return true;
  } catch {
    return false;
  }
}

/** `label为{figure:id}`, or the reference alone when the label cannot stand in prose (it holds a number). */
function cite(figure: DraftedFigure): string {
  const label = figure.input.label.zh;
  return proseSafe(label) ? `${label}为{figure:${figure.input.id}}` : `{figure:${figure.input.id}}`;
}

/** The zh prose of a step beside `chart` of `section`: how many figures the section has, and the chart's figures cited. */
function stepText(chart: ChartInput, section: SectionInput, byId: ReadonlyMap<string, DraftedFigure>): string {
  const count = `本节读出{count:section/${section.id}}个数字。`;
  const figure = (id: string): DraftedFigure | undefined => byId.get(id);
  switch (chart.kind) {
    case 'progress': {
      const part = figure(chart.part);
      const whole = figure(chart.whole);
      return part === undefined || whole === undefined ? count : `${count}${cite(whole)}，其中${cite(part)}。`;
    }
    case 'kpi': {
      const one = figure(chart.figure);
      return one === undefined ? count : `${count}${cite(one)}。`;
    }
    case 'bar': {
      const cited = chart.figures.slice(0, NAMED_IN_STEP).flatMap((id) => {
        const f = figure(id);
        return f === undefined ? [] : [cite(f)];
      });
      return `${count}${cited.join('；')}${chart.figures.length > NAMED_IN_STEP ? '；等等' : ''}。`;
    }
    default:
      return count;
  }
}

/**
 * A first story for a drafted dataset, in zh (its English waits for English labels): the report's
 * title, a dek saying how many figures were read and that they are drafts, one step per section
 * that has a chart (beside its first chart), a closing on the plan part when there is one, and a
 * method note. Every number in the prose is a reference (`{figure:id}`, `{count:…}`), never typed.
 *
 * @param title the report's zh title; `sections`, `charts` and `figures` of the draft
 * @example draftStory('金鸡乡2020年度政府工作报告', sections, charts, figures).steps[0].text.zh
 *   // '本节读出{count:section/review-2020}个数字。生产总值增长为{figure:review-2020-growth-1}。'
 */
export function draftStory(
  title: string,
  sections: readonly SectionInput[],
  charts: readonly ChartInput[],
  figures: readonly DraftedFigure[],
): StoryInput {
  const byId = new Map(figures.map((f) => [f.input.id, f]));
  const steps = sections.flatMap((section) => {
    const chart = charts.find((c) => c.section === section.id);
    if (chart === undefined) return [];
    return [
      {
        id: section.id,
        chart: chart.id,
        heading: { zh: section.label.zh },
        text: { zh: stepText(chart, section, byId) },
      },
    ];
  });
  const story: StoryInput = {
    title: { zh: title },
    dek: {
      zh: '本稿由 workreport init 从报告原文起草：读出{count:figures}个数字，每个数字都附原文引文与位置；标签、章节与时期由机器推断，发布前请逐一核对。',
      en: 'Drafted by workreport init from the report’s text: {count:figures} figures, each with its quotation and position in the original; labels, sections and periods were inferred by machine and need review before publication.',
    },
    steps,
    method: {
      zh: '数字由抽取器从原文读出，引文与位置逐一核对；标签取自数字所在分句，时期取自时间词与所在章节，存疑之处标为待核对。',
      en: 'Figures were read from the text by the extractor and each quotation was checked at its position; labels come from the clause of each figure, periods from time words and the section, and doubtful readings are tagged for review.',
    },
  };
  const plan = sections.find((s) => s.part === 'plan');
  if (plan !== undefined) {
    story.closing = {
      heading: { zh: plan.label.zh },
      text: { zh: `计划部分从本节开始，读出{count:section/${plan.id}}个目标数字。` },
    };
  }
  return story;
}
