import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { glob } from 'tinyglobby';
import { z } from 'zod';
import { REFERENCE_FORMS, referenceDay } from '../reference-date.js';
import { describeIssues } from '../zod-issues.js';

/** One document to read: its text, or why it could not be read. */
export interface InputDoc {
  id: string;
  text?: string;
  date?: string;
  progress?: number;
  /** Read as HTML (a .html/.htm file). */
  format?: 'text' | 'html';
  error?: string;
}

/** Extensions that directory scans take by default, per input kind. */
export const DEFAULT_EXTENSIONS = { text: ['.txt', '.md', '.html'], jsonl: ['.jsonl'] } as const;

/** A command-line argument that names no input: reported before anything is read. */
export class NoInputError extends Error {}

async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const readError = (e: NodeJS.ErrnoException) =>
  e.code === 'ENOENT' ? 'no such file' : e.code === 'EACCES' ? 'permission denied' : e.code === 'EISDIR' ? 'is a directory' : e.message;

/** A file's text, or the reason it is not a readable plain-text document. */
export async function readDocument(path: string): Promise<InputDoc> {
  try {
    const buf = await readFile(path);
    if (buf.subarray(0, 8192).includes(0)) return { id: path, error: 'binary file (contains NUL bytes)' };
    const text = buf.toString('utf8');
    if (!text.trim()) return { id: path, error: 'empty file' };
    return { id: path, text, format: /\.html?$/i.test(path) ? 'html' : 'text' };
  } catch (e) {
    return { id: path, error: readError(e as NodeJS.ErrnoException) };
  }
}

/**
 * Files named by the arguments: files as given, directories' files with the given extensions (recursively), globs
 * expanded; sorted within each. A glob or directory that matches nothing is a NoInputError.
 */
export async function expandInputs(args: string[], extensions: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const wanted = new Set(extensions.map((e) => e.toLowerCase()));
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    if (/[*?[\]{}]/.test(arg)) {
      // An absolute pattern gives absolute paths (the default would be relative to the working directory).
      const files = (await glob(arg, { onlyFiles: true, absolute: isAbsolute(arg) })).sort();
      if (!files.length) throw new NoInputError(`no files match ${arg}`);
      out.push(...files);
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files = (await glob('**/*', { cwd: arg, onlyFiles: true, dot: false })).filter((f) => wanted.has(extname(f).toLowerCase()));
      if (!files.length) throw new NoInputError(`no ${[...wanted].join(', ')} files in the directory ${arg} (see --ext)`);
      out.push(...files.sort().map((f) => join(arg, f)));
    } else out.push(arg); // a missing file is reported when it is read
  }
  return out;
}

/** The input that `out` would overwrite (the same path or the same file under another name), if any. */
export async function inputOverwrittenBy(out: string, inputs: string[]): Promise<string | null> {
  const target = await stat(out).catch(() => null);
  for (const name of inputs) {
    if (name === '-') continue;
    if (resolve(name) === resolve(out)) return name;
    if (!target) continue;
    const info = await stat(name).catch(() => null);
    if (info && info.ino === target.ino && info.dev === target.dev) return name;
  }
  return null;
}

/**
 * A JSONL record: {"id"?, "text", "date"?, "format"?}, other keys (a CMS export's title, url ...) ignored. The id is a
 * string or number; "date" must be an ISO 8601 date, as it becomes the document's reference date (checked as the API
 * checks it); "format" is "text" (the default) or "html".
 */
const JsonlRecordSchema = z.looseObject({
  id: z.union([z.string().min(1), z.number()]).optional(),
  text: z.string(),
  date: z.string().optional(),
  format: z.enum(['text', 'html']).optional(),
});

/** One JSONL line as a document, or as an error record naming the line. */
export function jsonlRecord(line: string, n: number, source: string): InputDoc {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return { id: `${source}:${n}`, error: `line ${n}: not valid JSON` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: `${source}:${n}`, error: `line ${n}: not an object (expected {"id", "text", "date"?, "format"?}, got ${Array.isArray(value) ? 'an array' : JSON.stringify(value).slice(0, 40)})` };
  }
  const rawId = (value as { id?: unknown }).id;
  const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `${source}:${n}`;
  const parsed = JsonlRecordSchema.safeParse(value);
  if (!parsed.success) return { id, error: `line ${n}: ${describeIssues(parsed.error)}` };
  const { text, date, format } = parsed.data;
  if (!text.trim()) return { id, error: `line ${n}: empty text` };
  if (date !== undefined && !referenceDay(date)) return { id, error: `line ${n}: date ${JSON.stringify(date)} is not ${REFERENCE_FORMS}` };
  return { id, text, date, ...(format ? { format } : {}) };
}

/**
 * Documents from a JSONL stream: one {"id", "text", "date"?, "format"?} a line, read lazily so memory stays bounded. A file
 * that cannot be read (or stops being readable part-way) is one error record; the run goes on.
 */
async function* jsonlDocs(stream: Readable, source: string, before: number): AsyncGenerator<InputDoc, number> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  let bytes = 0;
  try {
    for await (const line of lines) {
      n++;
      bytes += Buffer.byteLength(line) + 1;
      if (!line.trim()) continue;
      yield { ...jsonlRecord(line, n, source), progress: before + bytes };
    }
  } catch (e) {
    const reason = readError(e as NodeJS.ErrnoException);
    yield { id: source, error: n ? `unreadable after line ${n}: ${reason}` : reason };
  }
  return bytes;
}

/**
 * Every input document, in input order: plain-text files (or stdin with "-"), or JSONL records. Each carries its
 * progress: documents so far for text files, bytes so far for JSONL.
 */
export async function* documents(names: string[], format: 'text' | 'jsonl', stdin: Readable): AsyncGenerator<InputDoc> {
  let bytes = 0;
  for (const [k, name] of names.entries()) {
    if (format === 'jsonl') bytes += yield* jsonlDocs(name === '-' ? stdin : createReadStream(name), name === '-' ? 'stdin' : name, bytes);
    else if (name === '-') {
      const text = await readStream(stdin);
      yield text.trim() ? { id: 'stdin', text, progress: k + 1 } : { id: 'stdin', error: 'empty input', progress: k + 1 };
    } else yield { ...(await readDocument(name)), progress: k + 1 };
  }
}

/** The progress units of a whole run: documents for text files, bytes for JSONL files (unknown from stdin). */
export async function progressTotal(names: string[], format: 'text' | 'jsonl'): Promise<number | null> {
  if (format === 'text') return names.length;
  if (names.includes('-')) return null;
  const sizes = await Promise.all(names.map((n) => stat(n).then((i) => i.size, () => 0)));
  return sizes.reduce((a, b) => a + b, 0);
}
