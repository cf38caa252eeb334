/**
 * One job a document. A job's id is its document's id, so that enqueueing a document again adds no second job:
 * bullmq keeps the job it has (waiting, in work or finished) and ignores the new one.
 */
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { z } from 'zod';
import { describeIssues } from '../zod-issues.js';
import { referenceDay, ReferenceDateSchema } from '../reference-date.js';

/** What a job carries: the document, or why it could not be read (it then fails at once, so collect reports it). */
export interface JobData {
  id: string;
  text?: string;
  /** The reference date, ISO 8601. */
  date?: string;
  format?: 'text' | 'html';
  error?: string;
}

export const JOB_NAME = 'extract';
/** Tries of a document that fails its limits: a retry may land on a less loaded machine. */
export const DEFAULT_ATTEMPTS = 2;
/** Jobs added to Redis in one call. */
const CHUNK = 500;

/**
 * The job id of a document id: "doc-" and the id, with "%" and ":" escaped ("%25", "%3A") as bullmq takes no ":"
 * in an id; the prefix keeps a document named "42" (bullmq takes no whole numbers) or "meta" (one of the queue's
 * own keys) apart.
 */
export const jobId = (docId: string) => `doc-${docId.replace(/[%:]/g, (c) => (c === '%' ? '%25' : '%3A'))}`;

/** A document for the queue: as for extractMany, plus its format. */
export const QueueDocSchema = z.strictObject({
  id: z.union([z.string().min(1), z.number()]).transform(String).meta({ description: 'Names the document: its job id, its results and claim.doc.' }),
  text: z.string(),
  referenceDate: ReferenceDateSchema.optional().meta({ description: 'This document\'s reference date (wins over the option).' }),
  format: z.enum(['text', 'html']).optional().meta({ description: 'Read the text as plain text (default) or HTML (wins over the option).' }),
});
export type QueueDoc = z.input<typeof QueueDocSchema>;

/** A Date as the calendar day it names (its day in this machine's time zone), so workers elsewhere read the same day. */
const isoDate = (d: string | Date) => (typeof d === 'string' ? d : referenceDay(d)!.toISOString().slice(0, 10));

/** A document as a job; a bad one (not an object, no text, an unknown key, a bad date) as a job that fails with why. */
export function toJobData(doc: unknown, index: number, shared: { referenceDate?: string | Date; format?: 'text' | 'html' }): JobData {
  const parsed = QueueDocSchema.safeParse(doc);
  if (!parsed.success) {
    const rawId = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `#${index}`;
    const what = typeof doc !== 'object' || doc === null || Array.isArray(doc) ? 'not an object' : describeIssues(parsed.error);
    return { id, error: `not a document ({ id, text, referenceDate?, format? }): ${what}` };
  }
  const { id, text, referenceDate = shared.referenceDate, format = shared.format } = parsed.data;
  return { id, text, ...(referenceDate !== undefined ? { date: isoDate(referenceDate) } : {}), ...(format ? { format } : {}) };
}

export interface EnqueueStats {
  /** Documents read. */
  documents: number;
  /** Jobs added: the documents whose id the queue did not hold yet. */
  added: number;
}

/** Adds a job a document, a chunk at a time; a document whose job id the queue holds already adds nothing. */
export async function addJobs(queue: Queue, client: Redis, docs: Iterable<JobData> | AsyncIterable<JobData>, attempts: number): Promise<EnqueueStats> {
  const stats: EnqueueStats = { documents: 0, added: 0 };
  let chunk = new Map<string, JobData>();
  const flush = async () => {
    if (!chunk.size) return;
    const ids = [...chunk.keys()];
    // Only for the count: bullmq itself skips an id it holds, however many enqueue at once.
    const held = await client.exists(...ids.map((id) => queue.toKey(id)));
    await queue.addBulk(ids.map((id) => ({ name: JOB_NAME, data: chunk.get(id)!, opts: { jobId: id, attempts, removeOnComplete: false, removeOnFail: false } })));
    stats.added += ids.length - held;
    chunk = new Map();
  };
  for await (const data of docs) {
    stats.documents++;
    const id = jobId(data.id);
    if (!chunk.has(id)) chunk.set(id, data); // the same id twice in one chunk is one job, as across chunks
    if (chunk.size >= CHUNK) await flush();
  }
  await flush();
  return stats;
}
