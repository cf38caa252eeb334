import { createWriteStream } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import cliProgress from 'cli-progress';
import { summarize } from '../reconcile/summarize.js';
import { claimJsonSchema, type Claim } from '../schema.js';
import { documents } from './inputs.js';
import { ResultWriter, type Format } from './output.js';
import { reportCommand } from './report.js';
import { defaultWorkers, runBatch, streamWriter } from './run.js';
import { SUMMARY_OPTIONS, renderSummary, summaryFormat, summaryOptions } from './summary.js';

const VERSION = '0.1.0';

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

function isoDate(v: string): string {
  if (Number.isNaN(new Date(v).getTime())) throw new InvalidArgumentError('must be a date such as 2023-09-28');
  return v;
}

interface ExtractCliOptions {
  input: 'text' | 'jsonl';
  format: Format;
  out?: string;
  referenceDate?: string;
  workers: number;
  quiet?: boolean;
  schema?: boolean;
  summary?: boolean;
  convention?: string;
  groupBy?: string;
  period?: string;
}

async function extract(inputs: string[], o: ExtractCliOptions): Promise<number> {
  if (o.schema) {
    process.stdout.write(JSON.stringify(claimJsonSchema, null, 2) + '\n');
    return 0;
  }
  const stream = o.out ? createWriteStream(o.out) : process.stdout;
  const out = streamWriter(stream);
  // With --summary the claims are gathered (as JSON Lines from the workers) and grouped at the end.
  const collected: Claim[] | null = o.summary ? [] : null;
  const writer = new ResultWriter(o.format, out.write);
  const showBar = !o.quiet && process.stderr.isTTY === true;
  const bar = showBar
    ? new cliProgress.SingleBar(
        { format: 'extracting {bar} {value} docs | {claims} claims | {rate} docs/s', stream: process.stderr, hideCursor: true, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const started = Date.now();
  bar?.start(0, 0, { claims: 0, rate: 0 });
  let claims = 0;
  let done = 0;
  if (!collected) writer.begin();
  const stats = await runBatch(documents(inputs, o.input, process.stdin), {
    workers: o.workers,
    referenceDate: o.referenceDate,
    format: collected ? 'jsonl' : o.format,
    onResult: async (r) => {
      if (r.error) {
        bar?.stop();
        process.stderr.write(`fact-claims: ${r.doc}: ${r.error}\n`);
      }
      if (collected) {
        for (const line of r.pieces.join('').split('\n')) if (line && !r.error) collected.push(JSON.parse(line));
      } else {
        writer.add(r);
        await out.flush();
      }
      done++;
      claims += r.claims;
      if (bar) {
        bar.setTotal(done);
        bar.update(done, { claims, rate: Math.round(done / Math.max(0.001, (Date.now() - started) / 1000)) });
      }
    },
  });
  bar?.stop();
  if (collected) out.write(renderSummary(summarize(collected, summaryOptions(o)), o.format));
  else writer.end();
  if (o.out) await new Promise<void>((resolve) => (stream as NodeJS.WritableStream).end(resolve));
  if (!o.quiet && stats.failed) process.stderr.write(`fact-claims: ${stats.failed} of ${stats.docs} documents failed\n`);
  return stats.failed ? 1 : 0;
}

export function program(): Command {
  const cli = new Command('fact-claims')
    .version(VERSION)
    .description('Extract loss claims (killed, wounded, missing, destroyed ...) from news and encyclopedia text.')
    .enablePositionalOptions();
  cli
    .command('extract')
    .description('extract the claims of plain-text files, directories, globs, stdin or a JSONL export')
    .argument('[inputs...]', 'files, directories (their .txt/.md files), globs, or - for stdin (the default)')
    .addOption(new Option('-i, --input <kind>', 'input kind: text files, or jsonl lines of {"id","text","date"?}').choices(['text', 'jsonl']).default('text'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'json', 'csv', 'table']).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .option('-r, --reference-date <date>', 'publication date for every input (a JSONL "date" wins)', isoDate)
    .option('-w, --workers <n>', 'worker threads for large batches', positiveInt, defaultWorkers())
    .option('-q, --quiet', 'no progress bar and no summary on stderr (failures are still named)')
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

Output records carry the document's path or id in "doc". A missing, unreadable, binary or empty input is named
on stderr (and written as {"doc","error"} in jsonl/json); the others are still processed; the exit code is 1
when any input failed, 0 otherwise.`,
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
    process.stderr.write(`fact-claims: ${e.message}\n`);
    process.exitCode = 2;
  });
