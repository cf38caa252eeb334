/** `fact-claims extract`: the claims of many documents, streamed in input order as JSONL, JSON, CSV, a table or a summary. */
import { Command, Option } from 'commander';
import { summarize } from '../reconcile/summarize.js';
import { claimJsonSchema, type Claim } from '../schema.js';
import { documents, progressTotal } from './inputs.js';
import { EXIT, EXIT_CODES_HELP } from './errors.js';
import { withIo } from './io.js';
import { INPUT_OPTIONS, LIMIT_OPTIONS, positiveInt, type InputOptions, type LimitOptions } from './options.js';
import { progressBar } from './progress.js';
import { claimCount, render, ResultWriter, type Format } from './output.js';
import { maxWorkers, runBatch } from './run.js';
import type { Sink } from './sink.js';
import { SUMMARY_OPTIONS, renderSummary, summaryFormat, summaryOptions } from './summary.js';

interface ExtractCliOptions extends InputOptions, LimitOptions {
  format: Format;
  workers: number;
  quiet?: boolean;
  progress?: boolean;
  schema?: boolean;
  summary?: boolean;
  convention?: string;
  groupBy?: string;
  period?: string;
}

async function extract(args: string[], o: ExtractCliOptions): Promise<number> {
  if (o.schema) {
    process.stdout.write(JSON.stringify(claimJsonSchema, null, 2) + '\n');
    return EXIT.ok;
  }
  const cores = maxWorkers();
  if (o.workers > cores) {
    // A worker holds its own copy of the word lists and parser (tens of MB): more than the cores only costs memory.
    if (!o.quiet) process.stderr.write(`fact-claims: --workers ${o.workers} is more than the ${cores} cores here; using ${cores}\n`);
    o.workers = cores;
  }
  return withIo(args, o, async ({ names, sink }) => ((await extractInto(sink, names, o)) ? EXIT.failed : EXIT.ok));
}

/** Runs the batch into the sink; returns how many documents failed. */
async function extractInto(sink: Sink, names: string[], o: ExtractCliOptions): Promise<number> {
  // With --summary the claims are gathered and grouped at the end.
  const collected: Claim[] | null = o.summary ? [] : null;
  const writer = new ResultWriter(o.format, (s) => sink.write(s));
  const bar = o.quiet ? null : progressBar(await progressTotal(names, o.input), o.progress === true);
  if (!collected) writer.begin();
  try {
    const stats = await runBatch(documents(names, o.input, process.stdin), {
      workers: o.workers,
      timeoutMs: o.docTimeout * 1000,
      memoryMb: o.docMemory,
      referenceDate: o.referenceDate,
      asJson: !collected && (o.format === 'jsonl' || o.format === 'json'),
      onResult: async (r) => {
        const line = `fact-claims: ${r.doc}: ${r.error}`;
        if (r.error) bar ? bar.note(line) : process.stderr.write(`${line}\n`);
        if (collected) collected.push(...(r.claims ?? []));
        else {
          writer.add(render(o.format, r));
          await sink.flush();
        }
        bar?.done(r.progress, claimCount(r));
      },
    });
    if (collected) sink.write(renderSummary(summarize(collected, summaryOptions(o)), o.format));
    else writer.end();
    bar?.stop();
    if (!o.quiet && stats.failed) process.stderr.write(`fact-claims: ${stats.failed} of ${stats.docs} documents failed\n`);
    return stats.failed;
  } finally {
    bar?.stop();
  }
}

export function extractCommand(): Command {
  return new Command('extract')
    .description('extract the claims of plain-text files, directories, globs, stdin or a JSONL export')
    .argument('[inputs...]', 'files, directories (their .txt/.md/.html files, see --ext), globs, or - for stdin (the default)')
    .addOption(INPUT_OPTIONS.input())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'csv', 'table']).default('jsonl'))
    .addOption(INPUT_OPTIONS.out('the claims'))
    .addOption(INPUT_OPTIONS.referenceDate())
    .option('-w, --workers <n>', `worker threads (at most the cores: ${maxWorkers()} here)`, positiveInt, maxWorkers())
    .addOption(LIMIT_OPTIONS.docTimeout())
    .addOption(LIMIT_OPTIONS.docMemory())
    .option('-q, --quiet', 'no progress bar and no summary on stderr (failures are still named)')
    .option('--progress', 'show the progress bar on stderr even when it is not a terminal (a line a second)')
    .addOption(INPUT_OPTIONS.ext())
    .option('--schema', 'print the JSON Schema of a claim and exit')
    .option('-s, --summary', 'print each document\'s conflicting figures side by side, grouped by side, category and what is counted, with low/best/high (a table unless --format is given)')
    .addOption(SUMMARY_OPTIONS.convention())
    .addOption(SUMMARY_OPTIONS.groupBy())
    .addOption(SUMMARY_OPTIONS.period())
    .addHelpText(
      'after',
      `
Examples:
  $ fact-claims extract article.txt                      # claims as JSON Lines on stdout
  $ fact-claims extract articles/ --format csv -o claims.csv
  $ fact-claims extract 'news/**/*.txt' --format table
  $ cat article.txt | fact-claims extract - --reference-date 2023-09-28
  $ fact-claims extract export.jsonl --input jsonl --workers 4 -o claims.jsonl
  $ fact-claims extract articles/ --summary               # figures side by side, UCDP low/best/high
  $ fact-claims extract a.txt b.txt --summary --group-by all --convention acled -f csv
  $ fact-claims extract --schema > claim.schema.json

Output records carry the document's path or id in "doc". A missing, unreadable, binary or empty input, or a
document over --doc-timeout or --doc-memory, is named on stderr (and written as {"doc","error"} in jsonl/json);
the others are still processed. -o writes a temporary file next to the target and renames it at the end.

${EXIT_CODES_HELP}`,
    )
    .action(async (inputs: string[], o: ExtractCliOptions, command: Command) => {
      if (o.summary) o.format = summaryFormat(command, o.format);
      process.exitCode = await extract(inputs, o);
    });
}
