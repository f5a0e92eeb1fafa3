import type { EncodingChoice } from '../figures/decode-text.ts';
import type { ExtractFormat } from './extract-output.ts';

/**
 * The sizes and options `workreport extract` works with, shared by the command, its run, its input
 * reader and its worker threads (the command loads the rest only when it runs).
 */

/** Inputs larger than this in all (bytes) report their progress on a terminal's stderr without `--progress`. */
export const PROGRESS_BYTES = 4 * 1024 * 1024;

/**
 * The largest input `extract` reads (4 GiB), refused with a message beyond: memory does not grow
 * with the input, but a pipe that never ends should not keep it reading forever.
 */
export const MAX_INPUT_BYTES = 2 ** 32;

/** Bytes read from a file at a time: the figures of so few die young, and memory stays small. */
export const READ_BYTES = 1 << 16;

/** Sizes `extract` works with; tests make them small. */
export interface ExtractLimits {
  /** Largest input in bytes. Default: `MAX_INPUT_BYTES`. */
  maxBytes: number;
  /** Bytes its encoding is detected on. Default: `HEAD_BYTES`. */
  headBytes: number;
  /** Bytes read at a time. Default: `READ_BYTES`. */
  readBytes: number;
  /** UTF-16 code units scanned for figures at a time. Default: `PIECE_CHARS`. */
  pieceChars: number;
}

/** Options of `workreport extract` as commander hands them over. */
export interface ExtractOptions {
  format: ExtractFormat;
  encoding: EncodingChoice;
  /** Progress on stderr even when it is not a terminal. */
  progress?: boolean;
  /** Worker threads for many files (default: one per core). */
  jobs?: string;
  /** Also print the candidates set aside (rejected by a named rule, or unread). */
  explain?: boolean;
}

/** `bytes` as people read it: `4 GiB (4294967296 bytes)`. */
export function byteSize(bytes: number): string {
  const units = [
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ] as const;
  const unit = units.find(([size]) => bytes >= size && bytes % size === 0);
  return unit === undefined ? `${bytes} bytes` : `${bytes / unit[0]} ${unit[1]} (${bytes} bytes)`;
}
