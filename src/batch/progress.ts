/** Counts a run keeps for its progress line and closing summary. */
export interface Tally {
  total: number;
  done: number;
  pages: number;
  figures: number;
  failures: number;
}

export function emptyTally(total: number): Tally {
  return { total, done: 0, pages: 0, figures: 0, failures: 0 };
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** The one-line progress shown on a terminal: files done/total, pages/s, ETA, failures. */
export function progressLine(t: Tally, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? t.pages / elapsedSeconds : 0;
  const eta = t.done > 0 ? (elapsedSeconds / t.done) * (t.total - t.done) : Infinity;
  const percent = t.total > 0 ? Math.floor((t.done / t.total) * 100) : 100;
  return `${t.done}/${count(t.total, 'file')} (${percent}%), ${rate.toFixed(1)} pages/s, ETA ${duration(eta)}, ${t.failures} failed`;
}

/** The closing line of a run: files, pages, figures, failures, seconds. */
export function summaryLine(t: Tally, elapsedSeconds: number): string {
  return `${count(t.done, 'file')}, ${count(t.pages, 'page')}, ${count(t.figures, 'figure')}, ${t.failures} failed, ${elapsedSeconds.toFixed(1)} s`;
}

/** Redraws the progress line on a terminal's standard error, at most a few times a second. */
export class ProgressDisplay {
  private last = 0;
  private shown = false;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly started: number,
  ) {}

  update(t: Tally, force = false): void {
    const now = performance.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    this.shown = true;
    this.stream.write(`\r\x1b[2K${progressLine(t, (now - this.started) / 1000)}`);
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[2K');
    this.shown = false;
  }
}
