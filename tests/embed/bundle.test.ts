/**
 * `workreport/embed` is what a page of one's own bundles to make charts interactive: it must stay
 * a few KB, with no vega and no message catalogue of the Node side (a fresh user found 83 KB gzip
 * of vega in it when it re-exported the number format).
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('../../src/embed/index.ts', import.meta.url));

describe('the workreport/embed bundle', () => {
  it('is under 8 KB gzip with every export kept, and holds no vega', async () => {
    const output = (await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, lib: { entry: ENTRY, formats: ['es'], fileName: 'embed' } },
    })) as Rolldown.RolldownOutput[];
    const chunks = output.flatMap((o) => o.output).filter((file) => file.type === 'chunk');
    const code = chunks.map((chunk) => chunk.code).join('\n');
    const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
    expect(modules.filter((id) => id.includes('node_modules'))).toEqual([]);
    expect(modules.some((id) => id.endsWith('/src/messages.ts'))).toBe(false);
    expect(code).toMatch(/export\s*\{[^}]*chartBlock/);
    expect(gzipSync(code).length).toBeLessThan(8 * 1024);
  });
});
