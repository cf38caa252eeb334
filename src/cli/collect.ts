/**
 * `fact-claims collect`: the results of a Redis queue as its jobs finish, one record a document, errors included, in
 * extract's formats. It only reads the queue: run it again and it writes the same results again.
 */
import { Command, Option } from 'commander';
import { collectResults } from '../queue/collect.js';
import { shownUrl } from '../queue/connect.js';
import { removeQueue } from '../queue/enqueue.js';
import { EXIT, UsageError } from './errors.js';
import { withOutput } from './io.js';
import { INPUT_OPTIONS, QUEUE_OPTIONS, type QueueCliOptions } from './options.js';
import { claimCount, render, ResultWriter, type DocResult, type Format } from './output.js';
import { progressBar } from './progress.js';

interface CollectCliOptions extends QueueCliOptions {
  out?: string;
  format: Format;
  quiet?: boolean;
  progress?: boolean;
  remove?: boolean;
}

async function collect(o: CollectCliOptions): Promise<number> {
  const code = await collectInto(o);
  // Only once the output is in place: a failed or interrupted run leaves the queue as it was.
  if (o.remove) {
    await removeQueue({ redis: o.redis, queue: o.queue });
    if (!o.quiet) process.stderr.write(`fact-claims: removed the queue "${o.queue}" from Redis\n`);
  }
  return code;
}

async function collectInto(o: CollectCliOptions): Promise<number> {
  return withOutput(o.out, [], async (sink) => {
    const writer = new ResultWriter(o.format, (s) => sink.write(s));
    const bar = o.quiet ? null : progressBar(null, o.progress === true, 'collecting');
    const stats = { docs: 0, failed: 0 };
    writer.begin();
    try {
      for await (const r of collectResults({ redis: o.redis, queue: o.queue })) {
        stats.docs++;
        let result: DocResult;
        if ('error' in r) {
          stats.failed++;
          const line = `fact-claims: ${r.id}: ${r.error}`;
          bar ? bar.note(line) : process.stderr.write(`${line}\n`);
          result = { doc: r.id, error: r.error };
        } else if (o.format === 'jsonl' || o.format === 'json') {
          // As extract writes them: each claim as it is, its doc included.
          result = { doc: r.id, lines: r.claims.map((c) => JSON.stringify(c)) };
        } else result = { doc: r.id, claims: r.claims };
        writer.add(render(o.format, result));
        await sink.flush();
        bar?.done(undefined, claimCount(result));
      }
    } finally {
      bar?.stop();
    }
    if (!stats.docs) throw new UsageError(`the queue "${o.queue}" at ${shownUrl(o.redis)} has no jobs: enqueue documents first (fact-claims enqueue)`);
    writer.end();
    if (!o.quiet) process.stderr.write(`fact-claims: collected ${stats.docs} documents from "${o.queue}"${stats.failed ? `, ${stats.failed} failed` : ''}\n`);
    return stats.failed ? EXIT.failed : EXIT.ok;
  });
}

export function collectCommand(): Command {
  return new Command('collect')
    .description('write the results of a Redis queue (see enqueue, worker) as its jobs finish, one record a document, errors included')
    .addOption(QUEUE_OPTIONS.redis())
    .addOption(QUEUE_OPTIONS.queue())
    .addOption(new Option('-f, --format <format>', 'output format, as for extract').choices(['jsonl', 'json', 'csv', 'table']).default('jsonl'))
    .addOption(INPUT_OPTIONS.out('the results'))
    .option('-q, --quiet', 'no progress bar and no summary on stderr (failed documents are still named)')
    .option('--progress', 'show the progress bar on stderr even when it is not a terminal (a line a second)')
    .option('--remove', 'once every result is written (and -o is in place), remove the queue from Redis: its jobs, results and counters')
    .addHelpText(
      'after',
      `
Examples:
  $ fact-claims collect --redis redis://queue-host:6379 --queue archive -o claims.jsonl
  $ fact-claims collect --queue archive --format csv -o claims.csv

Records are extract's (jsonl: one claim a line with its "doc", {"doc","claims":0} for a document without claims,
{"doc","error"} for one that failed), in the order the documents finished. Collect ends once no job is waiting or
in work and every finished one is written, so start it after enqueue; a job whose worker died is waited for until
another worker has taken it back. It only reads, so it can be run again, until --remove frees the queue's memory in
Redis (do that once nothing adds to the queue: enqueueing after adds every document anew).
Needs the optional packages bullmq and ioredis (npm install bullmq ioredis).

Exit codes: 0 every document has its claims; 1 a document failed, or the command could not start (a bad option,
an -o that cannot be created, Redis not answering, bullmq not installed, a queue without jobs); 3 the output could
not be written part-way. Errors are one line on stderr.`,
    )
    .action(async (o: CollectCliOptions) => {
      process.exitCode = await collect(o);
    });
}
