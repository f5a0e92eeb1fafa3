/**
 * The progress line of `workreport extract` and `corpus` on stderr: files done, MB read, figures found and the
 * time left at the rate so far. On a terminal one line rewritten in place (at most 4 times a
 * second); elsewhere (with `--progress`) a line every 2 seconds. The last line always says 100%.
 */
export class ExtractProgress {
  private files = 0;
  private bytes = 0;
  private figures = 0;
  private readonly started = performance.now();
  private shownAt = -Infinity;
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    /** The inputs: their names (one file is named in the line) and their total bytes, when known. */
    private readonly inputs: readonly string[],
    private readonly totalBytes: number | undefined,
    /** The subcommand the line names. */
    private readonly command = 'extract',
  ) {}

  /** More bytes read. */
  read(bytes: number): void {
    this.bytes += bytes;
    this.show(false);
  }

  /** A file done, with its figures (and its bytes, when they were not counted with `read`). */
  fileDone(figures: number, bytes = 0): void {
    this.files += 1;
    this.figures += figures;
    this.bytes += bytes;
    this.show(false);
  }

  /** More figures found in the file being read. */
  found(figures: number): void {
    this.figures += figures;
  }

  /** The last line. */
  finish(): void {
    this.show(true);
  }

  private show(last: boolean): void {
    const now = performance.now();
    if (!last && now - this.shownAt < (this.tty ? 250 : 2000)) return;
    this.shownAt = now;
    const line = `workreport ${this.command}: ${this.describe(now, last)}`;
    process.stderr.write(this.tty ? `\r${line}\u001b[K${last ? '\n' : ''}` : `${line}\n`);
  }

  private describe(now: number, last: boolean): string {
    const total = this.totalBytes;
    const done = last ? 1 : total === undefined || total === 0 ? undefined : Math.min(this.bytes / total, 0.999);
    const percent = done === undefined ? '' : `${Math.floor(done * 100)}%`;
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    const size = total === undefined ? `${mb(this.bytes)} MB` : `${mb(last ? total : this.bytes)} of ${mb(total)} MB`;
    const elapsed = (now - this.started) / 1000;
    const left =
      done === undefined || done === 0 || last ? '' : `, about ${duration((elapsed * (1 - done)) / done)} left`;
    const figures = `${this.figures.toLocaleString('en-US')} figure${this.figures === 1 ? '' : 's'}`;
    if (this.inputs.length === 1) return `${this.inputs[0] ?? ''}: ${percent} (${size}, ${figures}${left})`;
    const files = `${(last ? this.inputs.length : this.files).toLocaleString('en-US')} of ${this.inputs.length.toLocaleString('en-US')} files`;
    return `${files}, ${percent} (${size}), ${figures}${left}${last ? ` in ${duration(elapsed)}` : ''}`;
  }
}

/** Seconds as people read them: `45 s`, `3 min 20 s`, `1 h 5 min`. */
export function duration(seconds: number): string {
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
