import { writeFile } from 'node:fs/promises';
import { Command, Option } from 'commander';
import { extractClaims } from '../extract.js';
import { renderReport, type ReportInput } from '../report/index.js';
import { documents } from './inputs.js';
import { INPUT_OPTIONS } from './options.js';

interface ReportCliOptions {
  input: 'text' | 'jsonl';
  out?: string;
  referenceDate?: string;
  title?: string;
}

/**
 * Reads every input, extracts its claims and writes one review page. A page holds every document in memory, so
 * this is for the tens of articles an editor reviews, not for a whole archive (`extract` streams those).
 */
async function report(inputs: string[], o: ReportCliOptions): Promise<number> {
  const docs: ReportInput[] = [];
  let failed = 0;
  for await (const d of documents(inputs, o.input, process.stdin)) {
    const date = d.date ?? o.referenceDate;
    try {
      if (d.text === undefined) throw new Error(d.error ?? 'unreadable');
      docs.push({ id: d.id, text: d.text, claims: extractClaims(d.text, { referenceDate: date }), ...(date ? { referenceDate: date } : {}) });
    } catch (e) {
      failed++;
      const reason = (e as Error).message;
      process.stderr.write(`fact-claims: ${d.id}: ${reason}\n`);
      docs.push({ id: d.id, error: reason });
    }
  }
  const html = renderReport(docs, o.title ? { title: o.title } : {});
  if (o.out) await writeFile(o.out, html);
  else process.stdout.write(html);
  if (failed) process.stderr.write(`fact-claims: ${failed} of ${docs.length} documents failed\n`);
  return failed ? 1 : 0;
}

/** `fact-claims report`: one self-contained HTML page to review the claims of a few documents. */
export function reportCommand(): Command {
  return new Command('report')
    .description('write one self-contained HTML page showing each document with its claims highlighted, for review')
    .argument('[inputs...]', 'files, directories (their .txt/.md files), globs, or - for stdin (the default)')
    .addOption(new Option('-i, --input <kind>', 'input kind: text files, or jsonl lines of {"id","text","date"?}').choices(['text', 'jsonl']).default('text'))
    .option('-o, --out <file>', 'write the page to a file instead of stdout')
    .addOption(INPUT_OPTIONS.referenceDate())
    .option('-t, --title <title>', 'the page title')
    .addHelpText(
      'after',
      `
Examples:
  $ fact-claims report article.txt -o report.html
  $ fact-claims report articles/ --reference-date 2023-09-28 -o report.html
  $ fact-claims report export.jsonl --input jsonl --title "Desk review" -o review.html

The page needs no network: open it in any browser. An input that cannot be read is named on stderr and in the
page; the others are still shown; the exit code is 1 when any input failed, 0 otherwise.`,
    )
    .action(async (inputs: string[], o: ReportCliOptions) => {
      process.exitCode = await report(inputs, o);
    });
}
