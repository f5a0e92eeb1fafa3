import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { serveStatic } from '../../src/site/static-server.ts';

it('answers a malformed URL (/%E0%A4%A) with 403 and keeps serving', async () => {
  const root = mkdtempSync(join(tmpdir(), 'workreport-static-'));
  writeFileSync(join(root, 'index.html'), '<p>ok</p>');
  const server = await serveStatic(root);
  try {
    expect((await fetch(`${server.origin}/%E0%A4%A`)).status).toBe(403);
    expect((await fetch(`${server.origin}/../etc/passwd`)).status).toBe(404);
    const page = await fetch(`${server.origin}/`);
    expect([page.status, await page.text()]).toEqual([200, '<p>ok</p>']);
  } finally {
    await server.close();
  }
});

/** Status, Content-Encoding, Content-Length and the body as sent (not decompressed) of a GET of `url`. */
function get(
  url: string,
  headers: Record<string, string>,
): Promise<{ encoding?: string; length: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          encoding: response.headers['content-encoding'],
          length: Number(response.headers['content-length']),
          body: Buffer.concat(chunks),
        }),
      );
    })
      .on('error', reject)
      .end();
  });
}

it('sends text gzip-compressed when asked and accepted, PNG and other requests as they are', async () => {
  const root = mkdtempSync(join(tmpdir(), 'workreport-static-'));
  const script = `${'console.log("洋沙湖");\n'.repeat(500)}`;
  writeFileSync(join(root, 'main.js'), script);
  writeFileSync(join(root, 'chart.png'), Buffer.alloc(2000, 1));
  const server = await serveStatic(root, { gzip: true });
  const plain = await serveStatic(root);
  try {
    const zipped = await get(`${server.origin}/main.js`, { 'Accept-Encoding': 'gzip, deflate' });
    expect(zipped.encoding).toBe('gzip');
    // 500 identical lines of 26 bytes (13 000 bytes: 洋沙湖 is 9 in UTF-8) compress to well under 200.
    expect(Buffer.byteLength(script)).toBe(13_000);
    expect(zipped.length).toBe(zipped.body.length);
    expect(zipped.length).toBeLessThan(200);
    expect(gunzipSync(zipped.body).toString('utf8')).toBe(script);
    const refused = await get(`${server.origin}/main.js`, {});
    expect([refused.encoding, refused.length]).toEqual([undefined, 13_000]);
    const png = await get(`${server.origin}/chart.png`, { 'Accept-Encoding': 'gzip' });
    expect([png.encoding, png.length]).toEqual([undefined, 2000]);
    const off = await get(`${plain.origin}/main.js`, { 'Accept-Encoding': 'gzip' });
    expect([off.encoding, off.length]).toEqual([undefined, 13_000]);
  } finally {
    await server.close();
    await plain.close();
  }
});

it("lets browsers keep Vite's content-hashed assets, under any base path, and nothing else", async () => {
  const root = mkdtempSync(join(tmpdir(), 'workreport-static-'));
  for (const dir of ['assets', 'reports/assets', 'embed/x']) mkdirSync(join(root, dir), { recursive: true });
  for (const file of [
    'assets/chart-block-k6YyLr28.js',
    'assets/chart-BKS8TvaU.css',
    'reports/assets/page-Cn-HfC1A.js',
    'assets/page-mode.js',
    'embed/x/vega-zh-560-bare.json',
    'embed/x/index.html',
  ])
    writeFileSync(join(root, file), 'x');
  const server = await serveStatic(root);
  const cacheOf = async (path: string): Promise<string | null> =>
    (await fetch(`${server.origin}/${path}`)).headers.get('cache-control');
  try {
    const immutable = 'public, max-age=31536000, immutable';
    expect(await cacheOf('assets/chart-block-k6YyLr28.js')).toBe(immutable);
    expect(await cacheOf('assets/chart-BKS8TvaU.css')).toBe(immutable);
    expect(await cacheOf('reports/assets/page-Cn-HfC1A.js')).toBe(immutable);
    // Not named by content: a page, a chart's data, a script without a hash may change at the same URL.
    expect(await cacheOf('assets/page-mode.js')).toBeNull();
    expect(await cacheOf('embed/x/vega-zh-560-bare.json')).toBeNull();
    expect(await cacheOf('embed/x/')).toBeNull();
  } finally {
    await server.close();
  }
});
