/**
 * The progress bar, on stderr only (stdout carries the output). It tracks real progress: documents of the files
 * named, or bytes of the JSONL files read; from stdin, where the total is unknown, it counts documents.
 */
import cliProgress from 'cli-progress';

export interface Progress {
  /** A document is written: its progress units so far (see InputDoc.progress), and the claims it had. */
  done(progress: number | undefined, claims: number): void;
  /** A line for stderr that must not be drawn over. */
  note(line: string): void;
  stop(): void;
}

/**
 * A bar when stderr is a terminal, or always with `force` (--progress: a log file gets a line a second), named for
 * what the command does with each document.
 */
export function progressBar(total: number | null, force: boolean, doing = 'extracting'): Progress | null {
  if (!force && process.stderr.isTTY !== true) return null;
  const known = total !== null && total > 0;
  const bar = new cliProgress.SingleBar(
    {
      format: known ? `${doing} {bar} {percentage}% | {docs} docs | {claims} claims | {rate} docs/s` : `${doing} {docs} docs | {claims} claims | {rate} docs/s`,
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: force,
      notTTYSchedule: 1000,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = Date.now();
  let docs = 0;
  let claims = 0;
  bar.start(known ? total : 0, 0, { docs, claims, rate: 0 });
  return {
    done(progress, found) {
      docs++;
      claims += found;
      const rate = Math.round(docs / Math.max(0.001, (Date.now() - started) / 1000));
      bar.update(known ? (progress ?? docs) : docs, { docs, claims, rate });
    },
    note(line) {
      process.stderr.write(`\n${line}\n`);
    },
    stop() {
      bar.stop();
    },
  };
}
