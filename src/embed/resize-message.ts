/**
 * The message an embed page posts to the page that frames it, whenever its content height
 * changes, so the host can size the `<iframe>` to fit (README "Embedding a chart"):
 *
 * ```js
 * { type: 'workreport:resize', version: 1, chart: 'yangshahu-2019/poverty-households', height: 512 }
 * ```
 * `height` is the height of the embed page's document in CSS pixels, rounded up.
 */
export interface ResizeMessage {
  type: 'workreport:resize';
  version: 1;
  /** Id of the chart the frame shows. */
  chart: string;
  /** Content height in CSS pixels, an integer. */
  height: number;
}

/** The content height of this document in CSS pixels, rounded up. */
export function contentHeight(): number {
  return Math.ceil(document.documentElement.getBoundingClientRect().height);
}

/**
 * Post a {@link ResizeMessage} to the parent window now and after every change of the document's
 * height (a ResizeObserver on `<html>`). Does nothing on a page that is not framed. Marks `<html>`
 * with `is-embedded`, so the page can drop its own scrollbars inside the frame.
 *
 * @returns A function that stops observing.
 */
export function postResizeMessages(chart: string): () => void {
  if (window.parent === window) return () => undefined;
  document.documentElement.classList.add('is-embedded');
  let last = -1;
  const post = (): void => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: 'workreport:resize', version: 1, chart, height };
    window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  post();
  return () => observer.disconnect();
}
