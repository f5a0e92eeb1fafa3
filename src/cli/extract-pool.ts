import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerTask } from './extract-worker.ts';
import { WorkreportError } from '../errors.ts';
import { message as catalogued } from '../messages.ts';

/**
 * Worker threads that run `extract-worker.ts` tasks, one task per thread at a time, the others
 * waiting in order. Under the compiled CLI the worker is `extract-worker.js` beside this module
 * (bin/compiled-cli.js puts every module in one folder); run from the TypeScript (tsx, vitest) it
 * is started through tsx.
 */
export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<
    number,
    { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void }
  >();
  private nextId = 0;

  constructor(private readonly size: number) {}

  /** Run `task` on the next free thread. */
  async run(task: WorkerTask): Promise<WorkerReply> {
    const worker = await this.acquire();
    try {
      return await new Promise<WorkerReply>((resolve, reject) => {
        const id = this.nextId++;
        this.pending.set(id, { resolve, reject });
        worker.postMessage({ id, task });
      });
    } finally {
      this.release(worker);
    }
  }

  /** Stop every thread. */
  async close(): Promise<void> {
    await Promise.all(this.all.map((worker) => worker.terminate()));
  }

  private async acquire(): Promise<Worker> {
    const free = this.idle.pop();
    if (free !== undefined) return free;
    if (this.all.length < this.size) return this.spawn();
    await new Promise<void>((resolve) => this.waiting.push(resolve));
    return this.acquire();
  }

  private release(worker: Worker): void {
    this.idle.push(worker);
    this.waiting.shift()?.();
  }

  private spawn(): Worker {
    const worker = startWorker();
    worker.on('message', (message: { id: number; reply?: WorkerReply; error?: string }) => {
      const entry = this.pending.get(message.id);
      if (entry === undefined) return;
      this.pending.delete(message.id);
      if (message.reply !== undefined) entry.resolve(message.reply);
      else {
        const reason = message.error ?? 'unknown error';
        entry.reject(new WorkreportError(catalogued('INTERNAL', 'worker', { command: 'extract', reason })));
      }
    });
    worker.on('error', (error) => {
      for (const entry of this.pending.values()) entry.reject(error);
      this.pending.clear();
    });
    this.all.push(worker);
    return worker;
  }
}

/** A thread running extract-worker: the compiled module beside this one, or the TypeScript through tsx. */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./extract-worker.js', here));
  const tsx = tsxApi(here);
  const target = new URL('./extract-worker.ts', here).href;
  return new Worker(
    `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); })`,
    { eval: true },
  );
}

/** The URL of tsx's ES module API (`tsx/esm/api` under the `import` condition, which `require.resolve` does not give). */
function tsxApi(from: string): string {
  const manifest = createRequire(from).resolve('tsx/package.json');
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const entry = exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(manifest), entry)).href;
}
