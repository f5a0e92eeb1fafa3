import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { DATASETS_MODULE, notebookDatasets } from '../../notebooks/dataset-modules.ts';
import { catalog, fetchDataset, fetchDatasets, fetchFolder, leftOut } from '../../notebooks/datasets.ts';
import { datasetFilesOfText } from '../../src/datasets/folder-text.ts';
import { DATASET_FILES } from '../../src/datasets/files.ts';
import { siteDiscovery, siteRootDir, useSiteRoot } from '../../src/site/site-report.ts';
import { DISCOVERY, ROOT } from '../datasets.ts';

/** A folder of files by name. */
const folder = (files: Record<string, string>) => new Map(Object.entries(files));

describe('notebooks/datasets.ts', () => {
  it('lists the datasets the site build publishes (discoverDatasets), in id order, with their report metadata', () => {
    expect(catalog.map((d) => d.id)).toEqual(DISCOVERY.datasets.map((d) => d.id));
    expect(catalog.map((d) => d.report.meta)).toEqual(DISCOVERY.datasets.map((d) => d.report.meta));
    expect(leftOut).toEqual(DISCOVERY.leftOut);
    expect(catalog.length).toBeGreaterThan(0);
  });

  it('loads every published dataset with the data the site build read', async () => {
    const loaded = await fetchDatasets(catalog);
    for (const [i, dataset] of loaded.entries()) {
      const expected = DISCOVERY.datasets[i];
      expect(dataset.id).toBe(expected?.id);
      expect(dataset.report.source).toBe(expected?.report.source);
      expect(dataset.report.figures).toEqual(expected?.report.figures);
      expect(dataset.indicators).toEqual(expected?.indicators);
      expect(dataset.charts).toEqual(expected?.charts);
      expect(dataset.story).toEqual(expected?.story);
      // Once per page: a second call answers the same object.
      expect(await fetchDataset(dataset.id)).toBe(dataset);
    }
    const files = await fetchFolder('yangshahu-2019');
    expect(files.get('source.txt')).toBe(readFileSync(join(ROOT, 'datasets/yangshahu-2019/source.txt'), 'utf8'));
    const datasetFileNames: string[] = Object.values(DATASET_FILES);
    expect([...files.keys()].sort()).toEqual(
      readdirSync(join(ROOT, 'datasets/yangshahu-2019'))
        .filter((file) => datasetFileNames.includes(file))
        .sort(),
    );
  });

  it('refuses a dataset that is not published, naming the ones that are', async () => {
    await expect(fetchDataset('no-such-town-2019')).rejects.toThrow(/no-such-town-2019.*yangshahu-2019/s);
  });

  it('reads a folder of text files as the Node reader does: file, line and column of a JSON error, a missing source', () => {
    const { source } = DISCOVERY.datasets[0]?.report ?? { source: '' };
    const read = (files: Record<string, string>) => datasetFilesOfText(folder(files), 'datasets/b');
    expect(() => read({ 'source.txt': source, 'report.json': '{"id": "broken-json",\n  oops}' })).toThrow(
      /datasets\/b\/report\.json: not valid JSON \(line 2, column 3\)/,
    );
    // A trailing comma, placed where it is (V8 names no position for the token after it).
    expect(() => read({ 'source.txt': source, 'report.json': '{\n  "a": [1,\n  ]\n}' })).toThrow(
      /datasets\/b\/report\.json: .*line 2, column 10/,
    );
    expect(() => read({ 'report.json': '{}' })).toThrow('datasets/b/source.txt: missing');
    expect(read({ 'source.txt': source, 'report.json': '\uFEFF{"a": 1}', 'notes.txt': 'x' })).toEqual({
      source,
      json: { report: { a: 1 } },
    });
  });
});

describe('notebooks/dataset-modules.ts', () => {
  const before = siteRootDir();
  const root = mkdtempSync(join(tmpdir(), 'workreport-notebook-datasets-'));
  afterAll(() => {
    useSiteRoot(before);
    rmSync(root, { recursive: true, force: true });
  });

  it('serves the build’s verdicts and one module per published dataset, for the folder the site publishes', async () => {
    cpSync(join(ROOT, 'datasets/yangshahu-2019'), join(root, 'datasets/yangshahu-2019'), { recursive: true });
    mkdirSync(join(root, 'datasets/bad-2019'));
    writeFileSync(join(root, 'datasets/bad-2019/source.txt'), '共征地430亩。');
    writeFileSync(join(root, 'datasets/bad-2019/report.json'), '{"id": "bad-2019",\n  oops}');
    useSiteRoot(root);
    const plugin = notebookDatasets();
    const call = <T>(hook: unknown, ...args: unknown[]): T =>
      (hook as (...a: unknown[]) => T).call({ addWatchFile: () => undefined }, ...args);

    const id = call<string>(plugin.resolveId, DATASETS_MODULE);
    const code = call<string>(plugin.load, id);
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as {
      catalog: { id: string; report: { meta: { title: { zh: string } } } }[];
      leftOut: { id: string; message: string }[];
      loaders: Record<string, unknown>;
    };
    expect(module.catalog.map((d) => d.id)).toEqual(['yangshahu-2019']);
    expect(module.catalog[0]?.report.meta.title.zh).toBe('洋沙湖镇2019年工作总结及2020年工作思路');
    expect(module.leftOut.map((d) => d.id)).toEqual(['bad-2019']);
    expect(module.leftOut[0]?.message).toMatch(/datasets\/bad-2019\/report\.json: not valid JSON \(line 2/);
    // The folder as the site's readers know it, never where it was on the machine that built the site.
    expect(module.leftOut[0]?.message).not.toContain(root);
    expect(siteDiscovery().leftOut[0]?.message).toContain(root);
    expect(Object.keys(module.loaders)).toEqual(['yangshahu-2019']);

    const good = call<string>(plugin.resolveId, 'virtual:workreport/dataset/yangshahu-2019');
    const files = JSON.parse(
      call<string>(plugin.load, good)
        .replace(/^export default /, '')
        .replace(/;$/, ''),
    ) as Record<string, string>;
    expect(files['source.txt']).toBe(readFileSync(join(root, 'datasets/yangshahu-2019/source.txt'), 'utf8'));
    expect(files['figures.json']).toBe(readFileSync(join(root, 'datasets/yangshahu-2019/figures.json'), 'utf8'));
    // A folder left out has no module: its files never reach a page.
    expect(call(plugin.resolveId, 'virtual:workreport/dataset/bad-2019')).toBeNull();
  });

  it('in the dev server, scans the folder again when a dataset is added, broken or removed', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [notebookDatasets()],
      server: { port: 0, strictPort: false, hmr: false },
    });
    try {
      useSiteRoot(root);
      const served = async () => {
        const result = await server.environments.client.transformRequest(DATASETS_MODULE);
        const code = result?.code ?? '';
        return {
          catalog: [...code.matchAll(/"id":"([^"]+)","report"/g)].map((m) => m[1]),
          leftOut: [...code.matchAll(/\{"id":"([^"]+)","message"/g)].map((m) => m[1]),
        };
      };
      /** Change the folder, then wait until the module says `expected` (the watcher reports within a second). */
      const after = async (change: () => void, expected: { catalog: string[]; leftOut: string[] }) => {
        change();
        await expect.poll(served, { timeout: 10_000, interval: 100 }).toEqual(expected);
      };
      expect(await served()).toEqual({ catalog: ['yangshahu-2019'], leftOut: ['bad-2019'] });
      // Vite's watcher reports nothing of what its first scan finds (chokidar's ignoreInitial): a
      // folder added before the scan has read datasets/ would go unnoticed, as a test under load saw.
      await expect
        .poll(() => server.watcher.getWatched()[join(root, 'datasets')] ?? [], { timeout: 10_000, interval: 50 })
        .toEqual(expect.arrayContaining(['bad-2019', 'yangshahu-2019']));
      await after(() => writeFileSync(join(root, 'datasets/bad-2019/report.json'), '{}'), {
        catalog: ['yangshahu-2019'],
        leftOut: ['bad-2019'],
      });
      await after(
        () => cpSync(join(ROOT, 'datasets/tafang-2019'), join(root, 'datasets/tafang-2019'), { recursive: true }),
        { catalog: ['tafang-2019', 'yangshahu-2019'], leftOut: ['bad-2019'] },
      );
      await after(() => writeFileSync(join(root, 'datasets/tafang-2019/figures.json'), '{"figures": [,,'), {
        catalog: ['yangshahu-2019'],
        leftOut: ['bad-2019', 'tafang-2019'],
      });
      await after(() => rmSync(join(root, 'datasets/bad-2019'), { recursive: true }), {
        catalog: ['yangshahu-2019'],
        leftOut: ['tafang-2019'],
      });
    } finally {
      await server.close();
    }
  });
});
