/**
 * The datasets of the notebooks as modules, decided when the site is built: a Vite plugin that
 * serves
 * - `virtual:workreport/datasets`: what the site's scan of the datasets folder found
 *   (src/site/site-report.ts `siteDiscovery`, the `discoverDatasets` that `workreport check` and the
 *   site build run): each published dataset's id and report metadata, each folder left out with its
 *   messages, and a loader per published dataset;
 * - `virtual:workreport/dataset/<id>`: the files of one published dataset as text, by file name
 *   (`report.json` → its text), a chunk of its own that a notebook loads when it shows the dataset.
 *
 * So a notebook page checks nothing when it opens (the build did, with the same code) and carries
 * no dataset it does not show: a folder added to `datasets/` adds an entry to the pickers and a
 * chunk beside the pages, not work or weight to every page. Node only (it reads the folders).
 */
import { join, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { readFolderText } from '../src/datasets/read-dataset.ts';
import { forgetSiteDiscovery, publishedLeftOut, siteDatasetsDir, siteDiscovery } from '../src/site/site-report.ts';

/** The module of the published datasets' entries, the folders left out and the loaders. */
export const DATASETS_MODULE = 'virtual:workreport/datasets';

/** The prefix of a dataset's module: `virtual:workreport/dataset/<id>`. */
const DATASET_MODULE = 'virtual:workreport/dataset/';

/** Rollup's mark of a module that is no file. */
const VIRTUAL = '\0';

/** The source of {@link DATASETS_MODULE}: `catalog`, `leftOut` and `loaders`, for notebooks/datasets.ts. */
function datasetsModule(): string {
  const { datasets } = siteDiscovery();
  const leftOut = publishedLeftOut();
  const catalog = datasets.map((dataset) => ({ id: dataset.id, report: { meta: dataset.report.meta } }));
  const loaders = datasets.map(
    (dataset) => `  ${JSON.stringify(dataset.id)}: () => import(${JSON.stringify(DATASET_MODULE + dataset.id)}),`,
  );
  return [
    `export const catalog = ${JSON.stringify(catalog)};`,
    `export const leftOut = ${JSON.stringify(leftOut)};`,
    `export const loaders = {\n${loaders.join('\n')}\n};`,
  ].join('\n');
}

/** The events of the dev server's file watcher that change what a scan of the datasets folder finds. */
const FOLDER_EVENTS = new Set(['add', 'addDir', 'change', 'unlink', 'unlinkDir']);

/**
 * The Vite plugin of the notebooks' dataset modules (see above). Its modules follow the folder the
 * site publishes: `WORKREPORT_DATASETS` when set, else `datasets/` of the site root. In the dev
 * server, a file added, changed or removed under that folder scans it again and reloads the pages:
 * a folder added or fixed is in the pickers, one broken is left out with its messages.
 */
export function notebookDatasets(): Plugin {
  return {
    name: 'workreport:notebook-datasets',

    resolveId(source) {
      if (source === DATASETS_MODULE) return VIRTUAL + source;
      // Only published datasets have a module; any other id is left unresolved (Vite names it).
      const published = (id: string) => siteDiscovery().datasets.some((dataset) => dataset.id === id);
      return source.startsWith(DATASET_MODULE) && published(source.slice(DATASET_MODULE.length))
        ? VIRTUAL + source
        : null;
    },

    configureServer(server) {
      const folder = resolve(siteDatasetsDir());
      server.watcher.add(folder);
      server.watcher.on('all', (event, path) => {
        if (!FOLDER_EVENTS.has(event) || !resolve(path).startsWith(folder + sep)) return;
        forgetSiteDiscovery();
        for (const environment of Object.values(server.environments)) {
          const graph = environment.moduleGraph;
          for (const module of graph.idToModuleMap.values())
            if (module.id === VIRTUAL + DATASETS_MODULE || module.id?.startsWith(VIRTUAL + DATASET_MODULE) === true)
              graph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },

    load(id) {
      if (id === VIRTUAL + DATASETS_MODULE) return datasetsModule();
      if (!id.startsWith(VIRTUAL + DATASET_MODULE)) return null;
      const datasetId = id.slice(VIRTUAL.length + DATASET_MODULE.length);
      const folder = join(siteDatasetsDir(), datasetId);
      const files = readFolderText(folder);
      for (const file of files.keys()) this.addWatchFile(join(folder, file));
      return `export default ${JSON.stringify(Object.fromEntries(files))};`;
    },
  };
}
