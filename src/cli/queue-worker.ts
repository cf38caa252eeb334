/**
 * `fact-claims worker`: extracts the jobs of a Redis queue until stopped, under extract's per-document limits. Run as
 * many as there are machines (or cores to spare); SIGTERM or Ctrl-C finishes the documents in hand and stops.
 */
import { Command, InvalidArgumentError } from 'commander';
import { shownUrl } from '../queue/connect.js';
import { createWorker, type JobEvent } from '../queue/worker.js';
import { EXIT } from './errors.js';
import { LIMIT_OPTIONS, positiveInt, QUEUE_OPTIONS, seconds, type LimitOptions, type QueueCliOptions } from './options.js';
import { maxWorkers } from './run.js';

interface WorkerCliOptions extends QueueCliOptions, LimitOptions {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  name?: string;
  quiet?: boolean;
}

const STOP_SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/** A lock's time or check interval in seconds: bullmq counts them in milliseconds and takes no less than 100. */
function lockSeconds(v: string): number {
  const n = seconds(v);
  if (n < 0.1) throw new InvalidArgumentError('must be at least 0.1 seconds');
  return n;
}
const say = (line: string) => process.stderr.write(`fact-claims: ${line}\n`);

async function work(o: WorkerCliOptions): Promise<number> {
  const cores = maxWorkers();
  if (o.concurrency > cores) {
    // Each document runs in its own worker thread with its own copy of the rules: more than the cores only costs memory.
    if (!o.quiet) say(`--concurrency ${o.concurrency} is more than the ${cores} cores here; using ${cores}`);
    o.concurrency = cores;
  }
  const stats = { done: 0, failed: 0 };
  const onJob = (e: JobEvent) => {
    if (e.error === undefined) stats.done++;
    else {
      if (!e.retrying) stats.failed++;
      say(`${e.id}: ${e.error}${e.retrying ? ' (to be tried again)' : ''}`);
    }
  };
  const worker = await createWorker({
    redis: o.redis, queue: o.queue, concurrency: o.concurrency, docTimeout: o.docTimeout * 1000, docMemory: o.docMemory,
    lockDuration: Math.round(o.lockDuration * 1000), stalledInterval: Math.round(o.stalledInterval * 1000), name: o.name, onJob,
  });
  if (!o.quiet) say(`worker ${worker.name} on "${o.queue}" at ${shownUrl(o.redis)}, ${o.concurrency} at once; SIGTERM or Ctrl-C finishes the documents in hand and stops`);
  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: keyof typeof STOP_SIGNALS) => {
      // A second signal leaves at once: the documents in hand go back to the queue when their locks expire.
      if (stopping) process.exit(STOP_SIGNALS[signal]);
      stopping = true;
      if (!o.quiet) say(`${signal}: finishing the documents in hand (again to leave them to other workers)`);
      void worker.close().then(resolve);
    };
    for (const signal of Object.keys(STOP_SIGNALS) as (keyof typeof STOP_SIGNALS)[]) process.on(signal, stop);
  });
  if (!o.quiet) say(`worker stopped: ${stats.done} documents done, ${stats.failed} failed`);
  return EXIT.ok;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('extract the jobs of a Redis queue (see enqueue) until stopped; run one on each machine')
    .addOption(QUEUE_OPTIONS.redis())
    .addOption(QUEUE_OPTIONS.queue())
    .option('-c, --concurrency <n>', `documents at once, each in its own worker thread (at most the cores: ${maxWorkers()} here)`, positiveInt, maxWorkers())
    .addOption(LIMIT_OPTIONS.docTimeout())
    .addOption(LIMIT_OPTIONS.docMemory())
    .option('--lock-duration <seconds>', 'how long a job stays with a worker that stops answering before another may take it', lockSeconds, 30)
    .option('--stalled-interval <seconds>', 'how often to look for jobs whose worker stopped answering', lockSeconds, 30)
    .option('--name <name>', 'this worker\'s name, recorded on the jobs it takes (default: host:pid)')
    .option('-q, --quiet', 'no start and stop lines on stderr (failed documents are still named)')
    .addHelpText(
      'after',
      `
Examples:
  $ fact-claims worker --redis redis://queue-host:6379 --queue archive
  $ fact-claims worker --queue archive --concurrency 2 --doc-timeout 30

A document over --doc-timeout or --doc-memory fails its attempt and is tried again (enqueue --attempts, default 2);
after the last it goes to failed with its error, which collect writes. A worker killed mid-document leaves its jobs
to the other workers once --lock-duration has passed. SIGTERM, SIGINT (Ctrl-C) or SIGHUP finish the documents in
hand and stop (exit 0); a second one leaves them to the other workers and exits at once.
Needs the optional packages bullmq and ioredis (npm install bullmq ioredis).

Exit codes: 0 stopped by a signal; 1 the worker could not start (a bad option, Redis not answering, bullmq not
installed). Errors are one line on stderr.`,
    )
    .action(async (o: WorkerCliOptions) => {
      process.exitCode = await work(o);
    });
}
