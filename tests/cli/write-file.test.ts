import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputDir, writeFileAtomic } from '../../src/cli/write-file.ts';
import { decodePng } from '../render/pixels.ts';

const bin = join(process.cwd(), 'bin/workreport.js');

/** Every file under `dir`, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => statSync(join(dir, name)).isFile());
}

describe('writing output files', () => {
  it('replaces a file in one step and says it replaced one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-write-'));
    expect(writeFileAtomic(join(dir, 'a', 'b.txt'), 'one')).toBe(false);
    expect(writeFileAtomic(join(dir, 'a', 'b.txt'), 'two')).toBe(true);
    expect(readFileSync(join(dir, 'a', 'b.txt'), 'utf8')).toBe('two');
    expect(filesUnder(dir)).toEqual(['a/b.txt']);
  });

  it('refuses /proc, /sys and /dev at once instead of hanging', () => {
    for (const dir of ['/proc/workreport', '/sys/x', '/dev/charts'])
      expect(() => outputDir(dir)).toThrow(expect.objectContaining({ code: 'OPTION_INVALID' }));
  });

  it('leaves no partial file when render --all is killed half way: every file under its final name is whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workreport-kill-'));
    const child = spawn(process.execPath, [bin, 'render', '--all', '-o', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    // Kill it once it has written some charts but not all.
    await new Promise<void>((resolve) => {
      let lines = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        lines += String(chunk)
          .split('\n')
          .filter((line) => line.startsWith('[')).length;
        if (lines >= 5) resolve();
      });
      child.on('exit', () => resolve());
    });
    child.kill('SIGTERM');
    await new Promise((resolve) => child.on('exit', resolve));
    const files = existsSync(dir) ? filesUnder(dir) : [];
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => f.endsWith('.partial'))).toEqual([]);
    for (const file of files) {
      const bytes = readFileSync(join(dir, file));
      if (file.endsWith('.png')) expect(decodePng(bytes).width, file).toBeGreaterThan(0);
      else if (file.endsWith('.svg')) expect(bytes.toString('utf8').trimEnd().endsWith('</svg>'), file).toBe(true);
      else expect(() => JSON.parse(bytes.toString('utf8')), file).not.toThrow();
    }
  }, 60_000);
});
