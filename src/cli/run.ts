import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import type { Writable } from 'node:stream';
import { Piscina } from 'piscina';
import type { InputDoc } from './inputs.js';
import { render, type Format, type Rendered } from './output.js';
import { extractBatch, type Task } from './worker.js';

/** Documents a worker task carries: big enough to pay for the message, small enough to keep order cheap. */
const BATCH = 16;

export interface RunOptions {
  workers: number;
  referenceDate?: string;
  format: Format;
  /** Called with each document's rendered result, in input order. */
  onResult: (r: Rendered) => void | Promise<void>;
}

export interface RunStats {
  docs: number;
  claims: number;
  failed: number;
}

export const defaultWorkers = () => Math.max(1, availableParallelism());

/** Runs one batch: unreadable documents pass through as errors, the rest are extracted. */
async function runTask(batch: InputDoc[], extract: (t: Task) => Promise<Rendered[]> | Rendered[], opts: RunOptions): Promise<Rendered[]> {
  const readable = batch.filter((d) => d.text !== undefined) as Task['docs'];
  const done = readable.length ? await extract({ docs: readable, referenceDate: opts.referenceDate, format: opts.format }) : [];
  let k = 0;
  return batch.map((d) => (d.text === undefined ? render(opts.format, { doc: d.id, error: d.error ?? 'unreadable' }) : done[k++]));
}

/**
 * Extracts every document, on all cores for large batches (worker threads), and hands results on in input
 * order. At most a few batches are in flight, so memory stays bounded however long the input.
 */
export async function runBatch(docs: AsyncIterable<InputDoc>, opts: RunOptions): Promise<RunStats> {
  const stats: RunStats = { docs: 0, claims: 0, failed: 0 };
  const emit = async (results: Rendered[]) => {
    for (const r of results) {
      stats.docs++;
      if (r.error) stats.failed++;
      stats.claims += r.claims;
      await opts.onResult(r);
    }
  };
  const iterator = docs[Symbol.asyncIterator]();
  const first: InputDoc[] = [];
  let next = await iterator.next();
  while (!next.done && first.length <= BATCH) {
    first.push(next.value);
    next = await iterator.next();
  }
  // A small input is quicker on this thread than starting workers.
  if (opts.workers <= 1 || next.done) {
    let batch = first;
    while (batch.length) {
      await emit(await runTask(batch, extractBatch, opts));
      batch = [];
      while (!next.done && batch.length < BATCH) {
        batch.push(next.value);
        next = await iterator.next();
      }
    }
    return stats;
  }
  const pool = new Piscina({ filename: new URL('./worker.js', import.meta.url).href, maxThreads: opts.workers, minThreads: opts.workers });
  const run = (t: Task) => pool.run(t) as Promise<Rendered[]>;
  const inFlight: Array<Promise<Rendered[]>> = [];
  const maxInFlight = opts.workers * 3;
  try {
    let batch = first;
    for (;;) {
      if (batch.length) inFlight.push(runTask(batch, run, opts));
      if (inFlight.length >= maxInFlight || (next.done && inFlight.length)) await emit(await inFlight.shift()!);
      if (next.done && !inFlight.length) break;
      batch = [];
      while (!next.done && batch.length < BATCH) {
        batch.push(next.value);
        next = await iterator.next();
      }
    }
  } finally {
    await pool.destroy();
  }
  return stats;
}

/** Writes to a stream, waiting when it asks to, so a slow consumer never makes output pile up in memory. */
export function streamWriter(stream: Writable): { write: (s: string) => void; flush: () => Promise<void> } {
  let blocked = false;
  return {
    write: (s) => {
      if (!stream.write(s)) blocked = true;
    },
    flush: async () => {
      if (blocked) {
        blocked = false;
        await once(stream, 'drain');
      }
    },
  };
}
