import cliProgress, { type Bar, type MultiBar } from 'cli-progress';

/** Batch progress on standard error: a live bar on a terminal, a plain line every few seconds otherwise. */
export interface Progress {
  /** one analysis finished (rendered, unchanged or failed) */
  tick(failed: boolean): void;
  /** a message that must not be drawn over by the bar */
  log(line: string): void;
  stop(): void;
}

const PLAIN_EVERY_MS = 2000;

function counters(total: number) {
  const started = performance.now();
  const c = { done: 0, failed: 0 };
  const status = () => {
    const s = (performance.now() - started) / 1000;
    const rate = s > 0 ? c.done / s : 0;
    const eta = rate > 0 ? Math.ceil((total - c.done) / rate) : 0;
    return { rate: rate.toFixed(1), left: `${eta}s`, failed: c.failed };
  };
  return { c, status };
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? barProgress(total, stream) : plainProgress(total, stream);
}

function barProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const { c, status } = counters(total);
  const multi: MultiBar = new cliProgress.MultiBar({ stream, format: 'batch [{bar}] {value}/{total} | {rate}/s | ETA {left} | {failed} failed', hideCursor: true, barsize: 30, fps: 8 });
  const bar: Bar = multi.create(total, 0, status());
  // the bar hides the cursor and turns off line wrapping: give both back on Ctrl-C, then die of the signal
  const onSignal = (signal: NodeJS.Signals) => {
    multi.stop();
    process.kill(process.pid, signal);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    tick(failed) {
      c.done++;
      if (failed) c.failed++;
      bar.update(c.done, status());
    },
    log: (line) => multi.log(line + '\n'),
    stop() {
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      multi.update(); // flushes messages logged since the last redraw
      multi.stop();
    },
  };
}

function plainProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const { c, status } = counters(total);
  const print = () => {
    const s = status();
    stream.write(`batch: ${c.done}/${total} done, ${s.rate}/s, ETA ${s.left}, ${s.failed} failed\n`);
  };
  const timer = setInterval(print, PLAIN_EVERY_MS);
  timer.unref();
  return {
    tick(failed) {
      c.done++;
      if (failed) c.failed++;
    },
    log: (line) => stream.write(line + '\n'),
    stop: () => clearInterval(timer),
  };
}
