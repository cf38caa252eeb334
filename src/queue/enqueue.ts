/** Enqueueing: one job a document, named by the document's id, so that enqueueing a document again adds nothing. */
import { z } from 'zod';
import { optionsError } from '../options.js';
import { ReferenceDateSchema } from '../reference-date.js';
import { QueueTargetSchema, withQueue, type QueueTarget } from './connect.js';
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
export function enqueueJobs(jobs: Iterable<JobData> | AsyncIterable<JobData>, target: QueueTarget & { attempts?: number }): Promise<EnqueueStats> {
  return withQueue(target, (queue, client) => addJobs(queue, client, jobs, target.attempts ?? DEFAULT_ATTEMPTS));
}

/**
 * Removes the queue from Redis: its jobs, their results and its counters (bullmq's obliterate), so that its memory is
 * freed. Do it once the results are collected and nothing adds to the queue; enqueueing after adds every document anew.
 */
export async function removeQueue(target: QueueTarget = {}): Promise<void> {
  const parsed = QueueTargetSchema.safeParse(target);
  if (!parsed.success) throw optionsError('removeQueue', parsed.error);
  await withQueue(parsed.data, (queue) => queue.obliterate({ force: true }));
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
