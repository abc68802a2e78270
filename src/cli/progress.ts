// Progress of a long run on standard error: a bar with counts, rate and ETA on a terminal, a
// plain line every few seconds when piped, nothing with --quiet. Failures are always printed.
import cliProgress from "cli-progress";

export interface ProgressCounts {
  done: number;
  total: number | null;
  /** Shown after the counts: "1200 stored, 30 skipped, 2 failed". */
  detail: string;
}

export interface Progress {
  update(c: ProgressCounts): void;
  /** A line that must be seen (a failed input), printed above the bar. */
  log(line: string): void;
  stop(): void;
}

export function createProgress(opts: { quiet: boolean; label: string }): Progress {
  if (opts.quiet) return { update() {}, log: (l) => process.stderr.write(`${l}\n`), stop() {} };
  return process.stderr.isTTY ? new BarProgress(opts.label) : new LineProgress(opts.label);
}

function rateAndEta(c: ProgressCounts, started: number): { rate: number; eta: string } {
  const seconds = (Date.now() - started) / 1000;
  const rate = seconds > 0 ? c.done / seconds : 0;
  if (c.total === null || rate === 0) return { rate, eta: "?" };
  return { rate, eta: `${Math.max(0, Math.round((c.total - c.done) / rate))}s` };
}

class BarProgress implements Progress {
  private readonly multi = new cliProgress.MultiBar(
    {
      format: "{label} {bar} {value}/{totalText} | {detail} | {rate}/s | ETA {eta}",
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly bar: cliProgress.SingleBar;
  private readonly started = Date.now();
  private stopped = false;

  constructor(private readonly label: string) {
    this.bar = this.multi.create(1, 0, { label, totalText: "?", detail: "", rate: "0", eta: "?" });
  }

  update(c: ProgressCounts): void {
    const { rate, eta } = rateAndEta(c, this.started);
    this.bar.setTotal(c.total ?? Math.max(c.done, 1));
    this.bar.update(c.done, {
      label: this.label,
      totalText: c.total ?? "?",
      detail: c.detail,
      rate: rate.toFixed(0),
      eta,
    });
  }

  log(line: string): void {
    this.multi.log(`${line}\n`);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.multi.stop();
  }
}

class LineProgress implements Progress {
  private readonly started = Date.now();
  private lastPrinted = Date.now();
  private last: ProgressCounts | null = null;

  constructor(private readonly label: string) {}

  update(c: ProgressCounts): void {
    this.last = c;
    if (Date.now() - this.lastPrinted >= 5000) this.print(c);
  }

  private print(c: ProgressCounts): void {
    const { rate, eta } = rateAndEta(c, this.started);
    const of = c.total === null ? "" : `/${c.total}`;
    process.stderr.write(
      `${this.label}: ${c.done}${of} documents, ${c.detail}, ${rate.toFixed(0)}/s, ETA ${eta}\n`,
    );
    this.lastPrinted = Date.now();
  }

  log(line: string): void {
    process.stderr.write(`${line}\n`);
  }

  stop(): void {
    if (this.last) this.print(this.last);
    this.last = null;
  }
}
