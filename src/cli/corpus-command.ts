import { Command } from 'commander';
/** placeholder */
export function corpusCommand(): Command {
  return new Command('corpus');
}
