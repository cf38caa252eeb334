/**
 * A pool of worker threads that each extract one document at a time, so one document cannot take a batch down:
 * a document that runs past its time limit or its worker's memory limit ends that worker (which is replaced on
 * demand) and comes back as an error naming the limit. Node only.
 */
import { Worker } from 'node:worker_threads';
import type { Claim } from '../../schema.js';
import type { WorkerJob, WorkerMessage, WorkerSetup } from './worker.js';

export interface PoolLimits {
  /** Worker threads at most; started as documents arrive, so one document starts one thread. */
  size: number;
  /** Milliseconds one document may take before its worker is stopped. */
  timeoutMs: number;
  /** Old-generation heap of each worker, in MB (Node's resourceLimits.maxOldGenerationSizeMb). */
  memoryMb: number;
}

/** Claims as objects, or as JSON strings when the job asked for them (`asJson`), or why the document failed. */
export type JobOutcome = { claims: Claim[] } | { lines: string[] } | { error: string };

interface Slot {
  worker: Worker;
  ready: boolean;
  job: { resolve: (o: JobOutcome) => void; timer: NodeJS.Timeout } | null;
}

interface Waiting {
  job: WorkerJob;
  resolve: (o: JobOutcome) => void;
  reject: (e: Error) => void;
}

/** The built worker sits next to the built pool (dist/batch-worker.js). */
const WORKER_URL = new URL('./batch-worker.js', import.meta.url);

/** How many times a replacement worker that fails to start is started again. */
const MAX_START_RETRIES = 3;

export class ExtractionPool {
  private readonly slots = new Set<Slot>();
  private readonly queue: Waiting[] = [];
  private fatal: Error | null = null;
  private closed = false;
  /** Whether any worker has started: a replacement that fails to start (a machine short of memory for a moment) is retried. */
  private started = false;
  private startRetries = 0;

  constructor(private readonly limits: PoolLimits, private readonly setup: WorkerSetup) {}

  /** Extracts one document; resolves with its claims or with why it failed, never rejects for the document's sake. */
  run(job: WorkerJob): Promise<JobOutcome> {
    if (this.fatal) return Promise.reject(this.fatal);
    if (this.closed) return Promise.reject(new Error('the extraction pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.slots].map((s) => s.worker.terminate()));
    this.slots.clear();
  }

  private dispatch(): void {
    while (this.queue.length) {
      const idle = [...this.slots].find((s) => s.ready && !s.job);
      if (!idle) {
        // A worker that is still starting will take the next document; start another only when all are busy.
        const starting = [...this.slots].filter((s) => !s.ready).length;
        if (this.slots.size < this.limits.size && starting < this.queue.length) this.spawn();
        return;
      }
      const { job, resolve } = this.queue.shift()!;
      const timer = setTimeout(() => this.fail(idle, `took longer than ${this.limits.timeoutMs} ms (the per-document time limit)`), this.limits.timeoutMs);
      idle.job = { resolve, timer };
      idle.worker.postMessage(job);
    }
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL, {
      workerData: this.setup,
      // The parent's flags, less those that describe how its own code was given (node --input-type=module -e).
      execArgv: process.execArgv.filter((a) => !/^--input-type\b/.test(a)),
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
    });
    const slot: Slot = { worker, ready: false, job: null };
    this.slots.add(slot);
    worker.on('message', (m: WorkerMessage) => {
      if (m.kind === 'ready') {
        slot.ready = true;
        this.started = true;
        this.startRetries = 0;
      }
      else if (slot.job) {
        const { resolve, timer } = slot.job;
        clearTimeout(timer);
        slot.job = null;
        resolve(m.kind === 'claims' ? { claims: m.claims } : m.kind === 'json' ? { lines: m.lines } : { error: m.error });
      }
      this.dispatch();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      if (!slot.ready && this.started && this.startRetries < MAX_START_RETRIES) {
        // A replacement after a failed document: try again rather than lose the documents still queued.
        this.startRetries++;
        this.slots.delete(slot);
        if (!this.closed) this.dispatch();
      } else if (!slot.ready) this.abort(new Error(`a worker thread could not start (memory limit ${this.limits.memoryMb} MB): ${e.message}`));
      else if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.fail(slot, `ran out of memory (over the ${this.limits.memoryMb} MB per-document memory limit)`);
      else this.fail(slot, `worker thread failed: ${e.message}`);
    });
    worker.on('exit', (code) => {
      if (this.slots.has(slot)) this.fail(slot, `worker thread exited (code ${code})`);
    });
  }

  /** Ends a worker and its document with an error; the next document starts a fresh worker. */
  private fail(slot: Slot, reason: string): void {
    if (!this.slots.delete(slot)) return;
    void slot.worker.terminate();
    if (slot.job) {
      clearTimeout(slot.job.timer);
      slot.job.resolve({ error: reason });
      slot.job = null;
    }
    if (!this.closed) this.dispatch();
  }

  /** A worker that cannot even start would fail every document the same way: stop the run instead. */
  private abort(e: Error): void {
    this.fatal = e;
    for (const w of this.queue.splice(0)) w.reject(e);
    void this.close();
  }
}
