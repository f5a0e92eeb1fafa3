import { warn } from '../log.ts';
import { problem } from '../problem.ts';
import { h } from './h.ts';

/** What a download holds: text (saved as UTF-8) or a blob; computed when the button is clicked. */
export type DownloadContents = string | Blob | Promise<string | Blob>;

/**
 * A button that saves a file made in the browser (no server, no network): on click it calls
 * `contents`, wraps text in a `type` blob, and hands it to the browser as `filename` through a
 * temporary object URL. While `contents` runs the button is disabled. When `contents` throws or rejects, no file
 * is saved, the button is enabled again and the failure goes to the library's logger (log.ts) as `DOWNLOAD_FAILED`.
 *
 * @example downloadButton('SVG', 'chart.svg', 'image/svg+xml', () => view.toSVG())
 */
export function downloadButton(
  label: string,
  filename: string,
  type: string,
  contents: () => DownloadContents,
): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'wr-download', 'data-filename': filename }, label);
  const save = async (): Promise<void> => {
    button.disabled = true;
    try {
      const made = await contents();
      const blob = typeof made === 'string' ? new Blob([made], { type }) : made;
      const url = URL.createObjectURL(blob);
      const link = h('a', { href: url, download: filename });
      document.body.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the file once click() returns; a later tick is enough to release it.
      setTimeout(() => URL.revokeObjectURL(url), 0);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      warn(problem('DOWNLOAD_FAILED', 'contents', { filename, reason }, [filename]));
    } finally {
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void save());
  return button;
}
