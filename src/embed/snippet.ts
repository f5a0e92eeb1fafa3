/**
 * The embed code box of an embed page: the page is built without knowing the address it is served
 * from, so the code is written with root-relative URLs; this makes them absolute on this origin
 * and shows a button that copies the code.
 */

/** `src="/embed/…"` → `src="https://host/embed/…"` for every root-relative `src` in `code`. */
export function absoluteSnippet(code: string, origin: string): string {
  return code.replace(/\bsrc="\/(?!\/)/g, `src="${origin}/`);
}

/**
 * Finish the embed code box inside `root`: `textarea.embed__code` gets absolute URLs, and
 * `button[data-copy]` (hidden in the HTML, as it needs JavaScript) is shown and copies the code,
 * saying so in its label for two seconds.
 */
export function enableSnippet(root: HTMLElement): void {
  const code = root.querySelector<HTMLTextAreaElement>('textarea.embed__code');
  const button = root.querySelector<HTMLButtonElement>('button[data-copy]');
  if (code === null) return;
  code.value = absoluteSnippet(code.value, window.location.origin);
  if (button === null) return;
  const label = button.textContent ?? '';
  button.hidden = false;
  // Where the clipboard is unavailable (an insecure origin, a refused permission) the code stays
  // selected for the reader to copy by hand.
  button.addEventListener('click', () => {
    code.select();
    void navigator.clipboard
      ?.writeText(code.value)
      .then(() => {
        button.textContent = `${label} ✓`;
        window.setTimeout(() => (button.textContent = label), 2000);
      })
      .catch(() => undefined);
  });
}
