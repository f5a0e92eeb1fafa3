import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
