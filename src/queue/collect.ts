/**
 * The results of a queue as its jobs finish: one a document, its claims or its error, read from bullmq's completed
 * and failed sets (which keep every finished job until the queue is removed). Collecting only reads, so running it
 * again writes the same results again, and a collector that crashes loses nothing.
 */
import type { Job, Queue } from 'bullmq';
import { z } from 'zod';
import type { BatchResult } from '../batch/docs.js';
import { optionsError } from '../options.js';
import type { Claim } from '../schema.js';
import { connectRedis, DEFAULT_QUEUE, DEFAULT_REDIS, loadQueueModules, QueueTargetSchema } from './connect.js';
import type { JobData } from './jobs.js';

export const CollectOptionsSchema = QueueTargetSchema.extend({
  follow: z.boolean().optional().meta({ description: 'Keep waiting for new results once the queue is empty, until the loop is left.' }),
  pollInterval: z.number().positive().optional().meta({ description: 'Milliseconds between looks at the queue while waiting (default 250).' }),
});
export type CollectOptions = z.input<typeof CollectOptionsSchema>;

const PENDING = ['wait', 'active', 'delayed', 'prioritized', 'waiting-children'] as const;
const FINISHED = ['completed', 'failed'] as const;
type Finished = (typeof FINISHED)[number];
/** Job ids read from Redis at a time. */
const PAGE = 1000;

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function result(job: Job<JobData, Claim[]>, state: Finished): BatchResult {
  const id = job.data?.id ?? String(job.id);
  return state === 'completed' ? { id, claims: job.returnvalue ?? [] } : { id, error: job.failedReason || 'failed' };
}

/**
 * Yields the result of every finished job once, in the order they finished: `{ id, claims }` (each claim with `doc`)
 * or `{ id, error }`, as extractMany does. Ends once no job is waiting, delayed or in work and every finished one has
 * been yielded, so start it after enqueueing (or pass `follow`, and leave the loop when done). A job whose worker
 * died is in work until another worker takes it back, so collecting waits for it.
 */
export function collectResults(options: CollectOptions = {}): AsyncIterable<BatchResult> {
  const parsed = CollectOptionsSchema.safeParse(options);
  if (!parsed.success) throw optionsError('collectResults', parsed.error);
  const o = parsed.data;
  return {
    async *[Symbol.asyncIterator]() {
      const { bullmq, Redis } = await loadQueueModules();
      const client = await connectRedis(Redis, o.redis ?? DEFAULT_REDIS);
      const queue: Queue = new bullmq.Queue(o.queue ?? DEFAULT_QUEUE, { connection: client });
      queue.on('error', () => {}); // the calls below reject with it
      const seen = new Set<string>();
      const cursor: Record<Finished, number> = { completed: 0, failed: 0 };

      /** The unseen jobs of a finished set from a position on, a page at a time; returns where it stopped. */
      async function* read(state: Finished, from: number): AsyncGenerator<BatchResult, number> {
        for (let at = from; ; ) {
          const ids = (await queue.getRanges([state], at, at + PAGE - 1, true)) as string[];
          if (!ids.length) return at;
          at += ids.length;
          const fresh = ids.filter((id) => !seen.has(id));
          const jobs = await Promise.all(fresh.map((id) => queue.getJob(id) as Promise<Job<JobData, Claim[]> | undefined>));
          for (const job of jobs) {
            if (!job?.id || seen.has(job.id)) continue;
            seen.add(job.id);
            yield result(job, state);
          }
        }
      }

      try {
        for (;;) {
          const pending = sum(await queue.getJobCounts(...PENDING));
          for (const state of FINISHED) cursor[state] = yield* read(state, cursor[state]);
          if (pending === 0 && !o.follow) {
            // Finished sets are ordered by the finishing worker's clock, so a job from a machine whose clock is behind
            // can land before a cursor: one last pass over both sets from the start finds it.
            for (const state of FINISHED) yield* read(state, 0);
            const counts = await queue.getJobCounts(...PENDING, ...FINISHED);
            if (sum(counts) <= seen.size) return; // nothing was enqueued meanwhile
          }
          await sleep(o.pollInterval ?? 250);
        }
      } finally {
        await queue.close();
        await client.quit().catch(() => client.disconnect());
      }
    },
  };
}
