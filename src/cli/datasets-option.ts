import { Option } from 'commander';

/**
 * The `--datasets <dir>` option of the commands that read datasets (`init`, `check`, `figures`,
 * `indicators`, `render`, `compare`): the folder that holds them, as `init --datasets` writes it.
 * Default: `WORKREPORT_DATASETS` when set, else `./datasets`.
 */
export const datasetsOption = (): Option =>
  new Option('--datasets <dir>', 'folder that holds the datasets').default(
    process.env.WORKREPORT_DATASETS ?? 'datasets',
  );
