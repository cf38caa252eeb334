/**
 * The options every command that reads documents shares, built fresh for each command (commander keeps state in
 * an Option): what the inputs are, which files a directory scan takes, where the output goes, the reference date;
 * and the per-document limits of the commands that extract in worker threads.
 */
import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_QUEUE, DEFAULT_REDIS } from '../queue/connect.js';
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

export function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a whole number of 1 or more');
  return n;
}

export function seconds(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('must be a number of seconds above 0, such as 30 or 0.5');
  return n;
}

function megabytes(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 32) throw new InvalidArgumentError('must be a whole number of MB, at least 32');
  return n;
}

/** Far above what any real article needs (a long encyclopedia page takes about a second and a few dozen MB). */
export const DEFAULT_DOC_TIMEOUT_S = 60;
export const DEFAULT_DOC_MEMORY_MB = 1024;

/** The per-document limits, shared by every command that extracts in worker threads (extract, worker). */
export interface LimitOptions {
  docTimeout: number;
  docMemory: number;
}

export const LIMIT_OPTIONS = {
  docTimeout: () =>
    new Option('--doc-timeout <seconds>', 'time limit of one document: over it, the document is an error record and the rest go on')
      .argParser(seconds)
      .default(DEFAULT_DOC_TIMEOUT_S),
  docMemory: () =>
    new Option('--doc-memory <MB>', 'memory limit of one worker thread (heap, in MB): a document over it is an error record')
      .argParser(megabytes)
      .default(DEFAULT_DOC_MEMORY_MB),
};

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

/** Where the queue of the queue commands (enqueue, worker, collect) is. */
export interface QueueCliOptions {
  redis: string;
  queue: string;
}

function queueName(v: string): string {
  if (!v || v.includes(':')) throw new InvalidArgumentError('must be a name without ":"');
  return v;
}

export const QUEUE_OPTIONS = {
  redis: () => new Option('--redis <url>', 'the Redis server: redis://[user:password@]host:port[/db], or rediss:// for TLS').default(DEFAULT_REDIS),
  queue: () => new Option('--queue <name>', 'the queue\'s name: enqueue, the workers and collect must give the same').argParser(queueName).default(DEFAULT_QUEUE),
};
