#!/usr/bin/env node
import { Command, InvalidArgumentError, Option } from 'commander';
import { summarize } from '../reconcile/summarize.js';
import { claimJsonSchema, type Claim } from '../schema.js';
import { DEFAULT_EXTENSIONS, documents, expandInputs, inputOverwrittenBy, NoInputError, progressTotal } from './inputs.js';
import { progressBar } from './progress.js';
import { claimCount, render, ResultWriter, type Format } from './output.js';
import { maxWorkers, runBatch } from './run.js';
import { fileSink, OutputClosed, OutputError, stdoutSink, type Sink } from './sink.js';
import { INPUT_OPTIONS } from './options.js';
import { reportCommand } from './report.js';
import { SUMMARY_OPTIONS, renderSummary, summaryFormat, summaryOptions } from './summary.js';

const VERSION = '0.1.0';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

interface ExtractCliOptions {
  input: 'text' | 'jsonl';
  format: Format;
  out?: string;
  referenceDate?: string;
  workers: number;
  docTimeout: number;
  docMemory: number;
  quiet?: boolean;
  progress?: boolean;
  ext?: string[];
  schema?: boolean;
  summary?: boolean;
  convention?: string;
  groupBy?: string;
  period?: string;
}

/** Exit codes: documented in --help and the README. */
const EXIT = { ok: 0, failed: 1, output: 3 } as const;

/** Far above what any real article needs (a long encyclopedia page takes about a second and a few dozen MB). */
const DEFAULT_DOC_TIMEOUT_S = 60;
const DEFAULT_DOC_MEMORY_MB = 1024;

function seconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number of seconds above 0, such as 30 or 0.5');
  return n;
}

function megabytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 32) throw new InvalidArgumentError('must be a whole number of MB, at least 32');
  return n;
}

class UsageError extends Error {}

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
  const names = await expandInputs(args, o.ext ?? DEFAULT_EXTENSIONS[o.input]).catch((e) => {
    throw e instanceof NoInputError ? new UsageError(e.message) : e;
  });
  if (o.out) {
    const clash = await inputOverwrittenBy(o.out, names);
    if (clash) throw new UsageError(`refusing to write ${o.out}: it is the input ${clash}`);
  }
  const sink = o.out ? await fileSink(o.out) : stdoutSink();
  try {
    const failed = await extractInto(sink, names, o);
    await sink.commit();
    return failed ? EXIT.failed : EXIT.ok;
  } catch (e) {
    sink.discard();
    throw e;
  }
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

function extensions(v: string): string[] {
  const list = v.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  if (!list.length) throw new InvalidArgumentError('must name one or more extensions, such as txt,md,html');
  return list;
}

export function program(): Command {
  const cli = new Command('fact-claims')
    .version(VERSION)
    .description('Extract loss claims (killed, wounded, missing, destroyed ...) from news and encyclopedia text.')
    .enablePositionalOptions();
  cli
    .command('extract')
    .description('extract the claims of plain-text files, directories, globs, stdin or a JSONL export')
    .argument('[inputs...]', 'files, directories (their .txt/.md/.html files, see --ext), globs, or - for stdin (the default)')
    .addOption(new Option('-i, --input <kind>', 'input kind: text files, or jsonl lines of {"id","text","date"?}').choices(['text', 'jsonl']).default('text'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'csv', 'table']).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addOption(INPUT_OPTIONS.referenceDate())
    .option('-w, --workers <n>', `worker threads (at most the cores: ${maxWorkers()} here)`, positiveInt, maxWorkers())
    .option('--doc-timeout <seconds>', 'time limit of one document: over it, the document is an error record and the rest go on', seconds, DEFAULT_DOC_TIMEOUT_S)
    .option('--doc-memory <MB>', 'memory limit of one worker thread (heap, in MB): a document over it is an error record', megabytes, DEFAULT_DOC_MEMORY_MB)
    .option('-q, --quiet', 'no progress bar and no summary on stderr (failures are still named)')
    .option('--progress', 'show the progress bar on stderr even when it is not a terminal (a line a second)')
    .option('--ext <list>', 'extensions a directory scan takes, comma-separated (default: txt,md,html; jsonl with --input jsonl); .html/.htm files are read as HTML', extensions)
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

Exit codes: 0 all documents read; 1 a document failed, or the command could not start (a bad option, an -o that
cannot be created or that names an input); 3 the output could not be written part-way (one line on stderr; an
-o target is left as it was). A reader that closes the pipe early (| head) ends the run quietly with 0.`,
    )
    .action(async (inputs: string[], o: ExtractCliOptions, command: Command) => {
      if (o.summary) o.format = summaryFormat(command, o.format);
      process.exitCode = await extract(inputs, o);
    });
  cli.addCommand(reportCommand());
  return cli;
}

program()
  .parseAsync(process.argv)
  .catch((e: Error) => {
    if (e instanceof OutputClosed) {
      process.exitCode = EXIT.ok;
      return;
    }
    // Errors the user can act on are one line; anything else is a bug, worth its stack trace.
    const known = e instanceof OutputError || e instanceof UsageError;
    process.stderr.write(`fact-claims: ${known ? e.message : e.stack ?? e.message}\n`);
    process.exitCode = e instanceof OutputError && !e.atStart ? EXIT.output : EXIT.failed;
  });
