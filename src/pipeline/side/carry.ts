import type { Side } from '../../schema.js';
import { findParties, type PartyIndex, type PartyMention } from '../parties.js';
import type { Doc, Frame, Sentence } from '../types.js';

/** The section heading named for a party ("=== Chadian ===" under "== Losses =="). */
export function headingSide(s: Sentence, index: PartyIndex): Side | null {
  for (let h = s.headings.length - 1; h >= 0; h--) {
    const heading = s.headings[h];
    // The document title names the war, not a side; a section named for a party is short ("=== Chadian ===").
    if (heading.level < 2 || heading.text.split(/\s+/).length > 3) continue;
    const tokens = heading.text.split(/\s+/).map((w, i) => ({ text: w, lower: w.toLowerCase(), start: i, end: i, i }));
    const p = findParties(tokens, index)[0];
    if (p) return { name: p.name, text: heading.text, basis: 'heading' };
    if (h === s.headings.length - 1 && heading.level > 1 && /third|other|foreign|international/i.test(heading.text)) return null;
  }
  return null;
}

interface NamedGroup { sentence: number; noun: string; side: Side }

/**
 * People nouns named with a party earlier in the text ("Kurdish farmers"), for a later bare "farmers".
 * Returns a look-up to call in text order: one pass over the groups suffices.
 */
export function groupSides(doc: Doc, perSentence: PartyMention[][], people: Set<string>): (f: Frame) => Side | null {
  const groups: NamedGroup[] = [];
  for (const s of doc.sentences) {
    for (const p of perSentence[s.index]) {
      if (p.role !== 'demonym') continue;
      const noun = s.tokens.slice(p.last + 1, p.last + 4).find((t) => people.has(t.lower));
      if (noun) groups.push({ sentence: s.index, noun: noun.lower, side: { name: p.name, text: p.text, basis: 'context' } });
    }
  }
  const latestByNoun = new Map<string, Side>();
  let next = 0;
  return (f) => {
    while (next < groups.length && groups[next].sentence <= f.sentence.index) {
      latestByNoun.set(groups[next].noun, groups[next].side);
      next++;
    }
    for (let i = f.subjectLast; i >= f.subjectFirst; i--) {
      const side = latestByNoun.get(f.sentence.tokens[i].lower);
      if (side) return side;
    }
    return null;
  };
}
