import { expect, it } from 'vitest';
import '../../src/embed/host.ts';

/** An embed iframe of this page's origin, and a resize message from it. */
function resize(height: number): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('data-workreport-embed', '');
  frame.src = `${window.location.origin}/embed/x/y/`;
  document.body.append(frame);
  window.dispatchEvent(
    new MessageEvent('message', {
      data: { type: 'workreport:resize', version: 1, chart: 'x/y', height },
      origin: window.location.origin,
      source: frame.contentWindow,
    }),
  );
  return frame;
}

it('sets the frame to the height its page reports, and clamps an absurd one to 4000 px', () => {
  expect(resize(512.2).height).toBe('513');
  expect(resize(1e9).height).toBe('4000');
});
