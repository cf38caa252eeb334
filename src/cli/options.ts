/**
 * The options every command that reads documents shares, built fresh for each command (commander keeps state in
 * an Option): what the inputs are, which files a directory scan takes, where the output goes, the reference date.
 */
import { InvalidArgumentError, Option } from 'commander';
import { ReferenceDateSchema } from '../reference-date.js';

/** -r/--reference-date, checked by the same schema as the API's referenceDate; the value is named by commander. */
export function referenceDateArgument(v: string): string {
  if (!ReferenceDateSchema.safeParse(v).success) {
    throw new InvalidArgumentError('must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD, with an optional time (2023-09-28T14:30Z)');
  }
  return v;
}

function extensions(v: string): string[] {
  const list = v.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  if (!list.length) throw new InvalidArgumentError('must name one or more extensions, such as txt,md,html');
  return list;
}

/** The options of a command that reads documents, as commander parses them. */
export interface InputOptions {
  input: 'text' | 'jsonl';
  ext?: string[];
  out?: string;
  referenceDate?: string;
}

export const INPUT_OPTIONS = {
  input: () => new Option('-i, --input <kind>', 'input kind: text files, or jsonl lines of {"id","text","date"?,"format"?}').choices(['text', 'jsonl']).default('text'),
  ext: () =>
    new Option('--ext <list>', 'extensions a directory scan takes, comma-separated (default: txt,md,html; jsonl with --input jsonl); .html/.htm files are read as HTML')
      .argParser(extensions),
  out: (what: string) => new Option('-o, --out <file>', `write ${what} to a file instead of stdout (through a temporary file, renamed at the end)`),
  referenceDate: () =>
    new Option('-r, --reference-date <date>', 'publication date for every input, ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD (a JSONL "date" wins)').argParser(referenceDateArgument),
};
