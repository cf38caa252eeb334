/**
 * The documents and options of extractMany, checked with zod at the boundary. Browser-safe: both the worker-thread
 * version (Node) and the inline one (elsewhere) use it.
 */
import { z } from 'zod';
import { ExtractOptionsSchema, describeIssues, optionsError, parseExtractOptions, type ExtractOptions } from '../options.js';
import type { Claim } from '../schema.js';

export const BatchDocSchema = z.strictObject({
  id: z.union([z.string().min(1), z.number()]).transform(String).meta({ description: 'Names the document in results, errors and claim.doc.' }),
  text: z.string(),
  referenceDate: z.union([z.instanceof(Date), z.string()]).optional().meta({ description: 'This document\'s reference date (wins over the option).' }),
});

export const ExtractManyOptionsSchema = ExtractOptionsSchema.omit({ docId: true }).extend({
  concurrency: z.number().int().min(1).optional().meta({ description: 'Worker threads at most (Node; default: the cores). Inline runs one at a time.' }),
  docTimeout: z.number().positive().optional().meta({ description: 'Milliseconds one document may take in its worker (Node; default 60,000).' }),
  docMemory: z.number().int().min(32).optional().meta({ description: 'Heap limit of each worker in MB (Node; default 1024).' }),
});

export type BatchDoc = z.input<typeof BatchDocSchema>;
export type ExtractManyOptions = z.input<typeof ExtractManyOptionsSchema>;
/** One result a document, in input order: its claims (each with `doc` set to its id), or why it failed. */
export type BatchResult = { id: string; claims: Claim[] } | { id: string; error: string };

export interface ParsedManyOptions {
  /** What every document shares, as extractClaims options. */
  shared: Omit<ExtractOptions, 'docId'>;
  concurrency?: number;
  docTimeout?: number;
  docMemory?: number;
}

const kindOf = (v: unknown) => (v === null ? 'null' : typeof v === 'string' ? 'a string' : typeof v === 'object' ? 'an object that is not iterable' : typeof v);

/**
 * The documents argument, checked at the call rather than once iteration starts: an iterable or async iterable of
 * documents (an array, a generator, a stream), not a string; a TypeError naming what came otherwise.
 */
export function checkDocs(docs: unknown): void {
  const iterable =
    (typeof docs === 'object' || typeof docs === 'function') && docs !== null &&
    (typeof (docs as Iterable<unknown>)[Symbol.iterator] === 'function' || typeof (docs as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function');
  if (!iterable) throw new TypeError(`extractMany expects an iterable or async iterable of documents ({ id, text, referenceDate? }), got ${kindOf(docs)}`);
}

/** Options checked before any document is read: a TypeError or RangeError names the bad one. */
export function parseManyOptions(options: unknown): ParsedManyOptions {
  const parsed = ExtractManyOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) throw optionsError('extractMany', parsed.error);
  const { concurrency, docTimeout, docMemory, ...shared } = parsed.data;
  parseExtractOptions(shared, 'extractMany'); // a bad referenceDate or lexicon fails now, not once a document
  return { shared, concurrency, docTimeout, docMemory };
}

/** A document ready to extract, or its error result: a bad document is a result, never the end of the batch. */
export function checkDoc(doc: unknown, index: number, shared: ParsedManyOptions['shared']): { id: string; text: string; options: ExtractOptions } | { id: string; error: string } {
  const parsed = BatchDocSchema.safeParse(doc);
  const rawId = typeof doc === 'object' && doc !== null ? (doc as { id?: unknown }).id : undefined;
  const fallbackId = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : `#${index}`;
  if (!parsed.success) {
    const what = typeof doc !== 'object' || doc === null || Array.isArray(doc) ? 'not an object' : describeIssues(parsed.error);
    return { id: fallbackId, error: `not a document ({ id, text, referenceDate? }): ${what}` };
  }
  const d = parsed.data;
  const options = { ...shared, docId: d.id, ...(d.referenceDate !== undefined ? { referenceDate: d.referenceDate } : {}) };
  try {
    parseExtractOptions(options, 'extractMany');
  } catch (e) {
    return { id: d.id, error: (e as Error).message };
  }
  return { id: d.id, text: d.text, options };
}
