/**
 * fact-claims/batch in Node: extractMany on worker threads, one document at a time each, with a time and memory
 * limit per document (a document over them is an error result; its worker is replaced).
 */
import { availableParallelism } from 'node:os';
import { checkDoc, checkDocs, parseManyOptions, type BatchDoc, type BatchResult, type ExtractManyOptions } from '../docs.js';
import { mapOrdered } from '../ordered.js';
import { ExtractionPool, type JobOutcome } from './pool.js';

export type { BatchDoc, BatchResult, ExtractManyOptions } from '../docs.js';

export const DEFAULT_DOC_TIMEOUT_MS = 60_000;
export const DEFAULT_DOC_MEMORY_MB = 1024;

/**
 * Extracts many documents on worker threads: an async iterable of `{ id, claims }` or `{ id, error }`, one a
 * document, in input order. Reads ahead only a few documents a worker, so an endless input is fine. Throws a
 * TypeError or RangeError at once for bad options; a bad document is an error result.
 */
export function extractMany(docs: Iterable<BatchDoc> | AsyncIterable<BatchDoc>, options: ExtractManyOptions = {}): AsyncIterable<BatchResult> {
  checkDocs(docs);
  const parsed = parseManyOptions(options);
  const size = parsed.concurrency ?? Math.max(1, availableParallelism());
  return {
    async *[Symbol.asyncIterator]() {
      const { lexicon, format } = parsed.shared;
      const pool = new ExtractionPool(
        { size, timeoutMs: parsed.docTimeout ?? DEFAULT_DOC_TIMEOUT_MS, memoryMb: parsed.docMemory ?? DEFAULT_DOC_MEMORY_MB },
        { lexicon, format },
      );
      let index = 0;
      try {
        yield* mapOrdered(
          docs,
          async (doc): Promise<BatchResult> => {
            const checked = checkDoc(doc, index++, parsed.shared);
            if ('error' in checked) return checked;
            const { referenceDate, docId } = checked.options;
            const outcome = (await pool.run({ text: checked.text, referenceDate, docId })) as Exclude<JobOutcome, { lines: string[] }>;
            return { id: checked.id, ...outcome };
          },
          size * 4,
        );
      } finally {
        await pool.close();
      }
    },
  };
}
