/**
 * The embed code boxes of an embed page: the page is built without knowing the address it is
 * served from, so the code is written with root-relative URLs; this makes them absolute on this
 * origin and shows the buttons that copy the code.
 */

/** `src="/embed/…"` → `src="https://host/embed/…"` for every root-relative `src` and `href` in `code`. */
export function absoluteSnippet(code: string, origin: string): string {
  return code.replace(/\b(src|href)="\/(?!\/)/g, `$1="${origin}/`);
}

/**
 * Finish the embed code boxes inside `root`: each `textarea.embed__code` gets absolute URLs, and
 * each `button[data-copy]` (hidden in the HTML, as it needs JavaScript) is shown and copies the
 * code of the box whose id it names, saying so in its label for two seconds.
 */
export function enableSnippet(root: HTMLElement): void {
  for (const code of root.querySelectorAll<HTMLTextAreaElement>('textarea.embed__code')) {
    code.value = absoluteSnippet(code.value, window.location.origin);
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const code = root.querySelector<HTMLTextAreaElement>(`textarea#${CSS.escape(button.dataset.copy ?? '')}`);
    if (code !== null) enableCopy(button, code);
  }
}

/** Show `button` and make it copy the text of `code`. */
function enableCopy(button: HTMLButtonElement, code: HTMLTextAreaElement): void {
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
