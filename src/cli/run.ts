import { availableParallelism } from 'node:os';
import { mapOrdered } from '../batch/ordered.js';
import { ExtractionPool, type PoolLimits } from '../batch/node/pool.js';
import type { InputDoc } from './inputs.js';
import { claimCount, type DocResult } from './output.js';

export interface RunOptions extends Omit<PoolLimits, 'size'> {
  workers: number;
  referenceDate?: string;
  /** Claims as JSON strings (for jsonl and json output, which write them as they are). */
  asJson: boolean;
  /** Called with each document's result, in input order. */
  onResult: (r: DocResult) => void | Promise<void>;
}

export interface RunStats {
  docs: number;
  claims: number;
  failed: number;
}

export const maxWorkers = () => Math.max(1, availableParallelism());

/**
 * Extracts every document in worker threads (even one document: a worker is what lets a document that hangs or
 * bloats be stopped without losing the others) and hands results on in input order. Unreadable documents pass
 * through as errors. A few documents a worker are in flight, so memory stays bounded however long the input.
 */
export async function runBatch(docs: AsyncIterable<InputDoc>, opts: RunOptions): Promise<RunStats> {
  const stats: RunStats = { docs: 0, claims: 0, failed: 0 };
  const pool = new ExtractionPool({ size: opts.workers, timeoutMs: opts.timeoutMs, memoryMb: opts.memoryMb }, {});
  const extract = async (d: InputDoc): Promise<DocResult> => {
    if (d.text === undefined) return { doc: d.id, error: d.error ?? 'unreadable', progress: d.progress };
    const outcome = await pool.run({ text: d.text, referenceDate: d.date ?? opts.referenceDate, docId: d.id, format: d.format, asJson: opts.asJson });
    return { doc: d.id, progress: d.progress, ...outcome };
  };
  try {
    for await (const r of mapOrdered(docs, extract, opts.workers * 4)) {
      stats.docs++;
      if (r.error) stats.failed++;
      stats.claims += claimCount(r);
      await opts.onResult(r);
    }
  } finally {
    await pool.close();
  }
  return stats;
}
