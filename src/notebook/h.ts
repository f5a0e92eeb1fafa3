/** What {@link h} accepts as a child: nodes, text, numbers; null, undefined and false are skipped; arrays are flattened. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/**
 * Create an element, the way a notebook cell builds its output without a CDN template library.
 *
 * `attributes`: a string sets the attribute (`class`, `href`, `data-*`, `aria-*` …); `true` sets it empty,
 * `false`, null and undefined leave it out; a function under an `on…` name is added as that event's
 * listener. Children are appended in order; strings become text nodes (never parsed as HTML).
 *
 * @example h('a', { href: '#figure-land-acquired' }, '430亩') // <a href="#figure-land-acquired">430亩</a>
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Readonly<Record<string, string | number | boolean | null | undefined | EventListener>> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (typeof child === 'string' || typeof child === 'number')
      parent.appendChild(document.createTextNode(String(child)));
  }
}
