// Modules imported one by one: the public index loads vega, whose canvas probe jsdom does not implement.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLogger } from '../../src/log.ts';
import { downloadButton } from '../../src/notebook/download-button.ts';
import type { Problem } from '../../src/problem.ts';

afterEach(() => vi.unstubAllGlobals());

/** jsdom's Blob has no `text()`: read its bytes and decode them as UTF-8, keeping a BOM. */
const textOf = (blob: Blob): Promise<string> =>
  new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new TextDecoder('utf-8', { ignoreBOM: true }).decode(reader.result as ArrayBuffer));
    reader.readAsArrayBuffer(blob);
  });

/** Click `button` and resolve with the link the browser was asked to follow and the blob behind it. */
async function download(button: HTMLButtonElement): Promise<{ filename: string; blob: Blob; revoked: string[] }> {
  const blobs = new Map<string, Blob>();
  const revoked: string[] = [];
  vi.stubGlobal(
    'URL',
    Object.assign(class extends URL {}, {
      createObjectURL: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
      revokeObjectURL: (url: string) => revoked.push(url),
    }),
  );
  const clicked = new Promise<HTMLAnchorElement>((resolve) =>
    document.addEventListener(
      'click',
      (event) => {
        if (event.target instanceof HTMLAnchorElement) {
          event.preventDefault();
          resolve(event.target);
        }
      },
      { once: true },
    ),
  );
  button.click();
  const link = await clicked;
  await new Promise((resolve) => setTimeout(resolve, 10));
  return { filename: link.download, blob: blobs.get(link.href) as Blob, revoked };
}

describe('downloadButton', () => {
  it('saves text made on click as a typed blob under the file name, then releases it', async () => {
    const button = downloadButton('下载 CSV', 'figures.csv', 'text/csv', () => '\uFEFFid,value\nland-acquired,430\n');
    const { filename, blob, revoked } = await download(button);
    expect(filename).toBe('figures.csv');
    expect(blob.type).toBe('text/csv');
    expect(await textOf(blob)).toBe('\uFEFFid,value\nland-acquired,430\n');
    expect(revoked).toEqual(['blob:test/0']);
    expect(button.disabled).toBe(false);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('passes a blob through as it is, even when made asynchronously', async () => {
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const { blob } = await download(downloadButton('PNG', 'chart.png', 'image/png', () => Promise.resolve(png)));
    expect(blob).toBe(png);
  });

  it('reports contents that fail to the logger as DOWNLOAD_FAILED, saves nothing and enables the button again', async () => {
    const warnings: Problem[] = [];
    const previous = setLogger({ warn: (p) => warnings.push(p) });
    try {
      const button = downloadButton('CSV', 'figures.csv', 'text/csv', () =>
        Promise.reject(new Error('the view is gone')),
      );
      button.click();
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(warnings).toEqual([
        { code: 'DOWNLOAD_FAILED', ids: ['figures.csv'], message: 'download of figures.csv failed: the view is gone' },
      ]);
      expect(button.disabled).toBe(false);
      expect(document.querySelector('a[download]')).toBeNull();
    } finally {
      setLogger(previous);
    }
  });
});
