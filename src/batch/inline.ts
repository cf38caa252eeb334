/**
 * extractMany where there are no worker threads (browsers, workers of other runtimes): the same contract, one
 * document at a time on this thread, yielding to the event loop between documents. No per-document limits here.
 */
import { extractClaims } from '../extract.js';
import { checkDoc, checkDocs, parseManyOptions, type BatchDoc, type BatchResult, type ExtractManyOptions } from './docs.js';
import { mapOrdered } from './ordered.js';

export type { BatchDoc, BatchResult, ExtractManyOptions } from './docs.js';

export function extractMany(docs: Iterable<BatchDoc> | AsyncIterable<BatchDoc>, options: ExtractManyOptions = {}): AsyncIterable<BatchResult> {
  checkDocs(docs);
  const { shared } = parseManyOptions(options);
  let index = 0;
  return mapOrdered(
    docs,
    async (doc): Promise<BatchResult> => {
      const checked = checkDoc(doc, index++, shared);
      if ('error' in checked) return checked;
      await new Promise((resolve) => setTimeout(resolve, 0));
      try {
        return { id: checked.id, claims: extractClaims(checked.text, checked.options) };
      } catch (e) {
        return { id: checked.id, error: `extraction failed: ${(e as Error).message}` };
      }
    },
    1,
  );
}
