/**
 * fact-claims/queue (Node only): extraction spread over many machines through a Redis queue (bullmq). Enqueue the
 * documents from one machine, run workers on many, collect the results anywhere:
 *   import { enqueueDocuments, createWorker, collectResults } from 'fact-claims/queue';
 * bullmq and ioredis are optional peer dependencies: `npm install bullmq ioredis` to use this entry.
 */
export { enqueueDocuments, removeQueue, EnqueueOptionsSchema, type EnqueueOptions } from './enqueue.js';
export { createWorker, WorkerOptionsSchema, type WorkerOptions, type QueueWorker, type JobEvent } from './worker.js';
export { collectResults, CollectOptionsSchema, type CollectOptions } from './collect.js';
export { jobId, QueueDocSchema, type QueueDoc, type EnqueueStats } from './jobs.js';
export { QueueSetupError, QueueTargetSchema, type QueueTarget } from './connect.js';
export type { BatchResult } from '../batch/docs.js';
