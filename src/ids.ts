import { hash64 } from './hash.js';
import type { Claim } from './schema.js';

/**
 * A claim's id: 64 bits of FNV-1a over the document's id, the claim's offsets, the hash of its evidence sentence
 * and its key (`refine`'s id: offsets, category, figure, and which copy of a count stated for two parties).
 * The same input gives the same id in every run and on every machine; the document id is length-prefixed, so no
 * choice of id can mimic another document's.
 */
export function claimId(docId: string | undefined, span: { start: number; end: number }, sentenceHash: string, key: string): string {
  const doc = docId === undefined ? '-' : `${docId.length}:${docId}`;
  return `c${hash64(`${doc}\u0000${span.start}:${span.end}\u0000${sentenceHash}\u0000${key}`)}`;
}

/**
 * Ids that tell documents apart: each claim's key mixed with its evidence sentence and, when given, the document's
 * id, which the claim also carries as `doc`. Two articles whose first sentences differ no longer share ids for
 * "Five people were killed". A sentence's hash is taken once, so a sentence holding thousands of claims stays linear.
 */
export function documentIds(claims: Claim[], docId: string | undefined): Claim[] {
  const sentenceHash = new Map<string, string>();
  return claims.map((c) => {
    const key = `${c.evidence.start}:${c.evidence.end}`;
    let sentence = sentenceHash.get(key);
    if (sentence === undefined) sentenceHash.set(key, (sentence = hash64(c.evidence.text)));
    const id = claimId(docId, c.span, sentence, c.id);
    if (docId === undefined) return { ...c, id };
    const { id: _, ...rest } = c;
    return { id, doc: docId, ...rest };
  });
}
