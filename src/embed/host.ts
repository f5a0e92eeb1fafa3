import type { ResizeMessage } from './resize-message.ts';

/**
 * The host script of workreport embeds, served at `/embed/host.js` for news sites to load next to
 * an embed `<iframe data-workreport-embed>` (see README "Embedding a chart"). It sets each such
 * iframe's `height` to the content height its page reports in `workreport:resize` messages
 * (src/embed/resize-message.ts), accepting a message only from the window of an embed iframe and
 * only from that iframe's origin. It has no imports, runs as a classic or a module script, and
 * loading it twice installs one listener.
 */

declare global {
  interface Window {
    /** Set once the host script listens, so a second copy does nothing. */
    workreportHost?: true;
  }
}

const TYPE: ResizeMessage['type'] = 'workreport:resize';

/**
 * The tallest a frame may grow, in CSS pixels: an embed is a chart with its texts, a few screens at
 * most; a larger height (a page that reports 1e9 px) is clamped, not trusted.
 */
const MAX_HEIGHT = 4000;

function isResizeMessage(data: unknown): data is ResizeMessage {
  const message = data as Partial<ResizeMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    message.type === TYPE &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0
  );
}

function onMessage(event: MessageEvent): void {
  if (!isResizeMessage(event.data)) return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-workreport-embed]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return;
    frame.style.border = '0';
    frame.height = String(Math.min(MAX_HEIGHT, Math.ceil(event.data.height)));
    return;
  }
}

if (window.workreportHost !== true) {
  window.workreportHost = true;
  window.addEventListener('message', onMessage);
}
