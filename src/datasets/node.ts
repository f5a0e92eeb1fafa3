/**
 * `workreport/datasets`: reading dataset folders in Node (the main entry `workreport` holds the
 * pure parts: `parseDataset`, `checkDataset`, `datasetCharts` …). The data files themselves are
 * exported too: `workreport/datasets/yangshahu-2019/figures.json`.
 */
export { datasetFolders, datasetsDir, loadDataset, readDataset, readDatasetFiles } from './read-dataset.ts';
export { discoverDatasets, type Discovery, type LeftOut } from './discover.ts';
