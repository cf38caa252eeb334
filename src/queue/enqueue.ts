/** Enqueueing: one job a document, named by the document's id, so that enqueueing a document again adds nothing. */
import { z } from 'zod';
import { optionsError } from '../options.js';
import { ReferenceDateSchema } from '../reference-date.js';
import { connectRedis, DEFAULT_QUEUE, DEFAULT_REDIS, loadQueueModules, QueueTargetSchema, type QueueTarget } from './connect.js';
import { addJobs, DEFAULT_ATTEMPTS, toJobData, type EnqueueStats, type JobData, type QueueDoc } from './jobs.js';

export const EnqueueOptionsSchema = QueueTargetSchema.extend({
  referenceDate: ReferenceDateSchema.optional(),
  format: z.enum(['text', 'html']).optional().meta({ description: 'How every document is read (a document\'s own format wins).' }),
  attempts: z.number().int().min(1).optional().meta({ description: `Tries of a document that fails its limits before it goes to failed (default ${DEFAULT_ATTEMPTS}).` }),
});
export type EnqueueOptions = z.input<typeof EnqueueOptionsSchema>;

const iterable = (v: unknown) =>
  typeof v === 'object' && v !== null && (Symbol.iterator in v || Symbol.asyncIterator in v) && typeof v !== 'string';

/** Adds the jobs to the queue, connected once Redis answers; the CLI's way in, with documents already read. */
export async function enqueueJobs(jobs: Iterable<JobData> | AsyncIterable<JobData>, target: QueueTarget & { attempts?: number }): Promise<EnqueueStats> {
  const { bullmq, Redis } = await loadQueueModules();
  const client = await connectRedis(Redis, target.redis ?? DEFAULT_REDIS);
  const queue = new bullmq.Queue(target.queue ?? DEFAULT_QUEUE, { connection: client });
  queue.on('error', () => {}); // the calls reject with it
  try {
    return await addJobs(queue, client, jobs, target.attempts ?? DEFAULT_ATTEMPTS);
  } finally {
    await queue.close();
    await client.quit().catch(() => client.disconnect());
  }
}

/**
 * Adds one job a document ({ id, text, referenceDate?, format? }) to the queue and says how many were new. A bad
 * document becomes a job that fails at once, so collecting reports it like any other; bad options, or documents
 * that are not an iterable, throw at the call (TypeError, RangeError).
 */
export async function enqueueDocuments(docs: Iterable<QueueDoc> | AsyncIterable<QueueDoc>, options: EnqueueOptions = {}): Promise<EnqueueStats> {
  if (!iterable(docs)) throw new TypeError('enqueueDocuments expects an iterable or async iterable of documents ({ id, text, referenceDate?, format? })');
  const parsed = EnqueueOptionsSchema.safeParse(options);
  if (!parsed.success) throw optionsError('enqueueDocuments', parsed.error);
  const o = parsed.data;
  async function* jobs() {
    let index = 0;
    for await (const doc of docs) yield toJobData(doc, index++, o);
  }
  return enqueueJobs(jobs(), o);
}
