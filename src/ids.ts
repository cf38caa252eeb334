import { hash } from './refine/refine.js';
import type { Claim } from './schema.js';

/**
 * Ids that tell documents apart: each claim's id (which covers its offsets, category and figure) mixed with its
 * evidence sentence and, when given, the document's id, which the claim also carries as `doc`. Two articles whose
 * first sentences differ no longer share ids for "Five people were killed". A sentence's hash is taken once, so
 * a sentence holding thousands of claims stays linear.
 */
export function documentIds(claims: Claim[], docId: string | undefined): Claim[] {
  const sentenceHash = new Map<string, string>();
  return claims.map((c) => {
    const key = `${c.evidence.start}:${c.evidence.end}`;
    let sentence = sentenceHash.get(key);
    if (sentence === undefined) sentenceHash.set(key, (sentence = hash(c.evidence.text)));
    const id = `c${hash(`${docId ?? ''}\u0000${sentence}\u0000${c.id}`)}`;
    if (docId === undefined) return { ...c, id };
    const { id: _, ...rest } = c;
    return { id, doc: docId, ...rest };
  });
}
