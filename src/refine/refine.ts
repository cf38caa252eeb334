import type { Claim } from '../schema.js';
import type { DraftClaim } from '../pipeline/types.js';

/** FNV-1a, 32 bits, as 8 hex digits: a short stable id that needs no crypto (the core runs in browsers). */
export function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
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
    const key = `${d.mention.start}:${d.mention.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const span = { start: d.span.start, end: Math.min(d.span.end, text.length) };
    claims.push({
      id: `c${hash(`${span.start}:${span.end}:${d.category}:${d.mention.quantity.text}`)}`,
      category: d.category,
      quantity: d.mention.quantity,
      subject: d.subject,
      side: d.side,
      claimant: d.claimant,
      date: d.date,
      modality: d.modality,
      span,
      evidence: { start: d.sentence.start, end: d.sentence.end, text: d.sentence.text },
    });
  }
  return claims;
}
