/** `fact-claims enqueue`: one job a document on a Redis queue, for workers on many machines (see worker, collect). */
import { Command } from 'commander';
import { DEFAULT_ATTEMPTS, type JobData } from '../queue/jobs.js';
import { enqueueJobs } from '../queue/enqueue.js';
import { shownUrl } from '../queue/connect.js';
import { EXIT } from './errors.js';
import { documents } from './inputs.js';
import { inputNames } from './io.js';
import { INPUT_OPTIONS, positiveInt, QUEUE_OPTIONS, type InputOptions, type QueueCliOptions } from './options.js';

interface EnqueueCliOptions extends InputOptions, QueueCliOptions {
  attempts: number;
  quiet?: boolean;
}

/** The documents as jobs: an input that cannot be read is named on stderr and queued as its error, to be collected. */
async function* jobs(names: string[], o: EnqueueCliOptions, unreadable: { count: number }): AsyncGenerator<JobData> {
  for await (const d of documents(names, o.input, process.stdin)) {
    if (d.text === undefined) {
      unreadable.count++;
      process.stderr.write(`fact-claims: ${d.id}: ${d.error ?? 'unreadable'}\n`);
      yield { id: d.id, error: d.error ?? 'unreadable' };
      continue;
    }
    const date = d.date ?? o.referenceDate;
    yield { id: d.id, text: d.text, ...(date ? { date } : {}), ...(d.format && d.format !== 'text' ? { format: d.format } : {}) };
  }
}

async function enqueue(args: string[], o: EnqueueCliOptions): Promise<number> {
  const names = await inputNames(args, o);
  const unreadable = { count: 0 };
  const stats = await enqueueJobs(jobs(names, o, unreadable), { redis: o.redis, queue: o.queue, attempts: o.attempts });
  if (!o.quiet) {
    const held = stats.documents - stats.added;
    process.stderr.write(
      `fact-claims: queued ${stats.added} of ${stats.documents} documents on "${o.queue}" at ${shownUrl(o.redis)}` +
        `${held ? ` (${held} already there: a document id is queued once)` : ''}\n`,
    );
  }
  return unreadable.count ? EXIT.failed : EXIT.ok;
}

export function enqueueCommand(): Command {
  return new Command('enqueue')
    .description('add one job a document to a Redis queue, for `fact-claims worker` on any number of machines')
    .argument('[inputs...]', 'files, directories (their .txt/.md/.html files, see --ext), globs, or - for stdin (the default)')
    .addOption(QUEUE_OPTIONS.redis())
    .addOption(QUEUE_OPTIONS.queue())
    .addOption(INPUT_OPTIONS.input())
    .addOption(INPUT_OPTIONS.referenceDate())
    .addOption(INPUT_OPTIONS.ext())
    .option('--attempts <n>', 'tries of a document that fails its limits before it goes to failed', positiveInt, DEFAULT_ATTEMPTS)
    .option('-q, --quiet', 'no summary on stderr (unreadable inputs are still named)')
    .addHelpText(
      'after',
      `
Examples:
  $ fact-claims enqueue articles/ --redis redis://queue-host:6379 --queue archive
  $ fact-claims enqueue export.jsonl --input jsonl --queue archive     # {"id","text","date"?,"format"?} a line

A job's id is its document's id (the path as written, or the JSONL "id"): enqueueing a document again adds no
second job. An input that cannot be read is named on stderr and queued as its error, so that collect reports it.
Needs the optional packages bullmq and ioredis (npm install bullmq ioredis).

Exit codes: 0 every document queued; 1 an input could not be read (it is queued as its error), or the command could
not start (a bad option, an input that matches nothing, Redis not answering, bullmq not installed).`,
    )
    .action(async (inputs: string[], o: EnqueueCliOptions) => {
      process.exitCode = await enqueue(inputs, o);
    });
}
