/** `fact-claims report`: one self-contained HTML page to review the claims of a few documents. */
import { Command } from 'commander';
import { extractClaims } from '../extract.js';
import { renderReport, type ReportInput } from '../report/index.js';
import { EXIT, EXIT_CODES_HELP } from './errors.js';
import { documents } from './inputs.js';
import { withIo } from './io.js';
import { INPUT_OPTIONS, type InputOptions } from './options.js';

interface ReportCliOptions extends InputOptions {
  title?: string;
}

/**
 * Reads every input, extracts its claims and writes one review page. A page holds every document in memory, so
 * this is for the tens of articles an editor reviews, not for a whole archive (`extract` streams those).
 */
async function report(inputs: string[], o: ReportCliOptions): Promise<number> {
  return withIo(inputs, o, async ({ names, sink }) => {
    const docs: ReportInput[] = [];
    let failed = 0;
    for await (const d of documents(names, o.input, process.stdin)) {
      const date = d.date ?? o.referenceDate;
      try {
        if (d.text === undefined) throw new Error(d.error ?? 'unreadable');
        const claims = extractClaims(d.text, { referenceDate: date, format: d.format });
        docs.push({ id: d.id, text: d.text, claims, ...(date ? { referenceDate: date } : {}) });
      } catch (e) {
        failed++;
        const reason = (e as Error).message;
        process.stderr.write(`fact-claims: ${d.id}: ${reason}\n`);
        docs.push({ id: d.id, error: reason });
      }
    }
    sink.write(renderReport(docs, o.title ? { title: o.title } : {}));
    await sink.flush();
    if (failed) process.stderr.write(`fact-claims: ${failed} of ${docs.length} documents failed\n`);
    return failed ? EXIT.failed : EXIT.ok;
  });
}

export function reportCommand(): Command {
  return new Command('report')
    .description('write one self-contained HTML page showing each document with its claims highlighted, for review')
    .argument('[inputs...]', 'files, directories (their .txt/.md/.html files, see --ext), globs, or - for stdin (the default)')
    .addOption(INPUT_OPTIONS.input())
    .addOption(INPUT_OPTIONS.out('the page'))
    .addOption(INPUT_OPTIONS.referenceDate())
    .addOption(INPUT_OPTIONS.ext())
    .option('-t, --title <title>', 'the page title')
    .addHelpText(
      'after',
      `
Examples:
  $ fact-claims report article.txt -o report.html
  $ fact-claims report articles/ --reference-date 2023-09-28 -o report.html
  $ fact-claims report 'news/**/*.txt' -o report.html
  $ fact-claims report export.jsonl --input jsonl --title "Desk review" -o review.html

The page needs no network: open it in any browser. An input that cannot be read is named on stderr and in the
page; the others are still shown. Inputs, -o and errors work as for extract: -o is checked before any input is
read, written through a temporary file and renamed at the end, and never one of the inputs.

${EXIT_CODES_HELP}`,
    )
    .action(async (inputs: string[], o: ReportCliOptions) => {
      process.exitCode = await report(inputs, o);
    });
}
