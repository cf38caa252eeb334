import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
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

/** A file's text, or the reason it is not a readable plain-text document. */
export async function readDocument(path: string): Promise<InputDoc> {
  try {
    const buf = await readFile(path);
    if (buf.subarray(0, 8192).includes(0)) return { id: path, error: 'binary file (contains NUL bytes)' };
    const text = buf.toString('utf8');
    if (!text.trim()) return { id: path, error: 'empty file' };
    return { id: path, text };
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EACCES' ? 'permission denied' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    return { id: path, error: reason };
  }
}

/** Files named by the arguments: files as given, directories' text files (recursively), globs expanded; sorted within each. */
async function expand(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
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

/** Documents from a JSONL stream: one {"id", "text", "date"?} a line, read lazily so memory stays bounded. */
async function* jsonlDocs(stream: Readable, source: string): AsyncGenerator<InputDoc> {
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
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
}

/**
 * Every input document, in input order: plain-text files (or stdin with "-" or no argument), or JSONL records.
 */
export async function* documents(args: string[], format: 'text' | 'jsonl', stdin: Readable): AsyncGenerator<InputDoc> {
  const names = args.length ? args : ['-'];
  const files = await expand(names.filter((a) => a !== '-'));
  for (const name of names.includes('-') ? ['-', ...files] : files) {
    if (format === 'jsonl') {
      if (name === '-') yield* jsonlDocs(stdin, 'stdin');
      else {
        const info = await stat(name).catch((e: NodeJS.ErrnoException) => e);
        if (info instanceof Error) yield { id: name, error: info.code === 'ENOENT' ? 'no such file' : info.message };
        else yield* jsonlDocs(createReadStream(name), name);
      }
    } else if (name === '-') {
      const text = await readStream(stdin);
      yield text.trim() ? { id: 'stdin', text } : { id: 'stdin', error: 'empty input' };
    } else yield await readDocument(name);
  }
}
