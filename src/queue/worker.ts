/**
 * A queue worker: takes jobs from the queue and extracts each in a worker thread of the extraction pool, under the
 * same per-document time and memory limits as extractMany and the command line's extract. The extraction runs off
 * the main thread, so a long document never keeps bullmq from renewing its job's lock; a worker that dies
 * mid-document stops renewing it, and another worker takes the job back once the lock has expired (stalled-job
 * recovery). A document over its limits fails its attempt; after its last one it goes to failed with its error.
 */
import { availableParallelism, hostname } from 'node:os';
import type { Job, Worker } from 'bullmq';
import { z } from 'zod';
import { DEFAULT_DOC_MEMORY_MB, DEFAULT_DOC_TIMEOUT_MS } from '../batch/node/index.js';
import { ExtractionPool, type JobOutcome } from '../batch/node/pool.js';
import { ExtractOptionsSchema, optionsError } from '../options.js';
import type { Claim } from '../schema.js';
import { connectRedis, DEFAULT_QUEUE, DEFAULT_REDIS, loadQueueModules, QueueTargetSchema } from './connect.js';
import type { JobData } from './jobs.js';

/** What became of one attempt at a document: its claims, or its error and whether it will be tried again. */
export interface JobEvent {
  id: string;
  claims?: number;
  error?: string;
  retrying?: boolean;
}

const callback = <T>() => z.custom<T>((v) => typeof v === 'function', { error: 'expected a function' });

export const WorkerOptionsSchema = QueueTargetSchema.extend({
  concurrency: z.number().int().min(1).optional().meta({ description: 'Documents at once, each in its own worker thread (default: the cores).' }),
  docTimeout: z.number().positive().optional().meta({ description: 'Milliseconds one document may take (default 60,000).' }),
  docMemory: z.number().int().min(32).optional().meta({ description: 'Heap limit of each worker thread in MB (default 1024).' }),
  lockDuration: z.number().int().min(100).optional().meta({ description: 'Milliseconds a job stays locked to its worker without a renewal (bullmq; default 30,000).' }),
  stalledInterval: z.number().int().min(100).optional().meta({ description: 'Milliseconds between checks for jobs whose worker stopped renewing their lock (bullmq; default 30,000).' }),
  name: z.string().min(1).optional().meta({ description: 'This worker\'s name, recorded on the jobs it takes (default host:pid).' }),
  lexicon: ExtractOptionsSchema.shape.lexicon,
  onJob: callback<(event: JobEvent) => void>().optional().meta({ description: 'Called after each attempt at a document.' }),
  onError: callback<(error: Error) => void>().optional().meta({ description: 'Called with connection errors (default: a line on stderr).' }),
});
export type WorkerOptions = z.input<typeof WorkerOptionsSchema>;

export interface QueueWorker {
  /** The name recorded on the jobs it takes (bullmq's processedBy). */
  readonly name: string;
  /**
   * Stops taking jobs, finishes the documents in hand, and closes. With `force`, leaves them at once: their locks
   * expire and other workers take them back.
   */
  close(force?: boolean): Promise<void>;
}

/** One line on stderr for each new connection error, not one a retry. */
function errorLine(): (e: Error) => void {
  let last = '';
  return (e) => {
    if (e.message !== last) process.stderr.write(`fact-claims: queue worker: ${e.message}\n`);
    last = e.message;
  };
}

/**
 * Starts a worker on the queue, once Redis answers (a QueueSetupError otherwise, or when bullmq or ioredis is not
 * installed). It runs until closed; options are checked first (a TypeError or RangeError naming the bad one).
 */
export async function createWorker(options: WorkerOptions = {}): Promise<QueueWorker> {
  const parsed = WorkerOptionsSchema.safeParse(options);
  if (!parsed.success) throw optionsError('createWorker', parsed.error);
  const o = parsed.data;
  const { bullmq, Redis } = await loadQueueModules();
  const client = await connectRedis(Redis, o.redis ?? DEFAULT_REDIS);
  const size = o.concurrency ?? Math.max(1, availableParallelism());
  const pool = new ExtractionPool(
    { size, timeoutMs: o.docTimeout ?? DEFAULT_DOC_TIMEOUT_MS, memoryMb: o.docMemory ?? DEFAULT_DOC_MEMORY_MB },
    o.lexicon ? { lexicon: o.lexicon } : {},
  );
  const name = o.name ?? `${hostname()}:${process.pid}`;
  let worker: Worker | null = null;
  const extract = async (job: Job<JobData>): Promise<Claim[]> => {
    const d = job.data;
    if (d.text === undefined) throw new bullmq.UnrecoverableError(d.error ?? 'no text');
    let outcome: JobOutcome;
    try {
      outcome = await pool.run({ text: d.text, referenceDate: d.date, docId: d.id, format: d.format });
    } catch (e) {
      // No worker thread can start here (a --doc-memory too small to load the rules): every document would fail alike.
      void worker?.close();
      throw e;
    }
    if ('error' in outcome) throw new Error(outcome.error);
    return (outcome as { claims: Claim[] }).claims;
  };
  worker = new bullmq.Worker<JobData, Claim[]>(o.queue ?? DEFAULT_QUEUE, extract, {
    connection: client,
    concurrency: size,
    name,
    ...(o.lockDuration ? { lockDuration: o.lockDuration } : {}),
    ...(o.stalledInterval ? { stalledInterval: o.stalledInterval } : {}),
  });
  worker.on('error', o.onError ?? errorLine());
  if (o.onJob) {
    const onJob = o.onJob;
    worker.on('completed', (job, claims) => onJob({ id: job.data.id, claims: claims.length }));
    // bullmq sets finishedOn only when the job goes to failed for good.
    worker.on('failed', (job, e) => job && onJob({ id: job.data.id, error: e.message, retrying: !job.finishedOn }));
  }
  let closing: Promise<void> | null = null;
  const w = worker;
  return {
    name,
    close(force = false) {
      closing ??= (async () => {
        await w.close(force);
        await pool.close();
        await client.quit().catch(() => client.disconnect());
      })();
      return closing;
    },
  };
}
