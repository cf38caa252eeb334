import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { glob } from 'tinyglobby';

/** One document to read: its text, or why it could not be read. */
export interface InputDoc {
  id: string;
  text?: string;
  date?: string;
  error?: string;
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '']);

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
    return { id: path, text };
  } catch (e) {
    return { id: path, error: readError(e as NodeJS.ErrnoException) };
  }
}

/** Files named by the arguments: files as given, directories' text files (recursively), globs expanded; sorted within each. */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args.length ? args : ['-']) {
    if (arg === '-') {
      out.push(arg);
      continue;
    }
    if (/[*?[\]{}]/.test(arg)) {
      out.push(...(await glob(arg, { onlyFiles: true })).sort());
      continue;
    }
    const info = await stat(arg).catch(() => null);
    if (info?.isDirectory()) {
      const files = await glob('**/*', { cwd: arg, onlyFiles: true, dot: false });
      out.push(...files.filter((f) => TEXT_EXTENSIONS.has(extname(f).toLowerCase())).sort().map((f) => join(arg, f)));
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
 * Documents from a JSONL stream: one {"id", "text", "date"?} a line, read lazily so memory stays bounded. A file
 * that cannot be read (or stops being readable part-way) is one error record; the run goes on.
 */
async function* jsonlDocs(stream: Readable, source: string): AsyncGenerator<InputDoc> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of lines) {
      n++;
      if (!line.trim()) continue;
      try {
        const o = JSON.parse(line);
        const id = o.id !== undefined ? String(o.id) : `${source}:${n}`;
        if (typeof o.text !== 'string') yield { id, error: `line ${n}: no "text" string` };
        else if (!o.text.trim()) yield { id, error: `line ${n}: empty text` };
        else yield { id, text: o.text, date: typeof o.date === 'string' ? o.date : undefined };
      } catch {
        yield { id: `${source}:${n}`, error: `line ${n}: not valid JSON` };
      }
    }
  } catch (e) {
    const reason = readError(e as NodeJS.ErrnoException);
    yield { id: source, error: n ? `unreadable after line ${n}: ${reason}` : reason };
  }
}

/**
 * Every input document, in input order: plain-text files (or stdin with "-"), or JSONL records.
 */
export async function* documents(names: string[], format: 'text' | 'jsonl', stdin: Readable): AsyncGenerator<InputDoc> {
  for (const name of names) {
    if (format === 'jsonl') yield* jsonlDocs(name === '-' ? stdin : createReadStream(name), name === '-' ? 'stdin' : name);
    else if (name === '-') {
      const text = await readStream(stdin);
      yield text.trim() ? { id: 'stdin', text } : { id: 'stdin', error: 'empty input' };
    } else yield await readDocument(name);
  }
}
