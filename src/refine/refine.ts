import { hash64 } from '../hash.js';
import type { Claim } from '../schema.js';
import type { DraftClaim, Sentence } from '../pipeline/types.js';

/** Evidence longer than this is cut to a window around the mention, so output stays linear in the input. */
export const MAX_EVIDENCE = 1000;

/** The sentence, or a window of at most MAX_EVIDENCE characters of it around the mention, at word boundaries. */
function evidenceFor(sentence: Sentence, span: { start: number; end: number }): Claim['evidence'] {
  const { start, end, text } = sentence;
  if (end - start <= MAX_EVIDENCE) return { start, end, text };
  const room = Math.max(0, MAX_EVIDENCE - (span.end - span.start));
  let a = Math.max(start, span.start - (room >> 1));
  const b = Math.min(end, Math.max(span.end, a + MAX_EVIDENCE));
  a = Math.max(start, Math.min(a, b - MAX_EVIDENCE));
  // Start and end at whole words where the window allows it.
  let a2 = a;
  while (a2 > start && a2 < span.start && !/\s/.test(text[a2 - start - 1])) a2++;
  let b2 = b;
  while (b2 < end && b2 > span.end && !/\s/.test(text[b2 - start])) b2--;
  return { start: a2, end: b2, text: text.slice(a2 - start, b2 - start) };
}

/**
 * Stage 8: one claim per mention (two frames on the same count keep the first), in text order,
 * with stable ids and spans that slice the input.
 */
export function refine(text: string, drafts: DraftClaim[]): Claim[] {
  const seen = new Set<string>();
  const claims: Claim[] = [];
  const sorted = [...drafts].sort((a, b) => a.mention.start - b.mention.start);
  for (const d of sorted) {
    // "three each from A and B" is one count stated for two parties: its copies ("each1:...") are claims too.
    const copy = /^each\d+:/.exec(d.rule)?.[0] ?? '';
    const key = `${d.mention.start}:${d.mention.end}${copy}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const span = { start: d.span.start, end: Math.min(d.span.end, text.length) };
    claims.push({
      id: `c${hash64(`${span.start}:${span.end}:${d.category}:${d.mention.quantity.text}${copy}`)}`,
      category: d.category,
      quantity: d.mention.quantity,
      subject: d.subject,
      side: d.side,
      claimant: d.claimant,
      date: d.date,
      modality: d.modality,
      span,
      evidence: evidenceFor(d.sentence, span),
    });
  }
  return claims;
}
