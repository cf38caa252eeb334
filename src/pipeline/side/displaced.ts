import type { Side } from '../../schema.js';
import type { PartyMention } from '../parties.js';
import type { Frame } from '../types.js';
import type { SideWords } from './lexicon.js';
import { partiesWithin } from './stated.js';

/** Words before a country that make it where people fled to: "fled *into* Chad", "crossed *into* Bangladesh". */
const TOWARD = /^(?:to|into|toward|towards|across)$/;
/** How many words a destination or an origin may stand after its preposition: "into neighbouring Chad", "from Myanmar's". */
const REACH = 3;
/** How many words after the figure's phrase the places it fled from and to may stand. */
const ORIGIN_REACH = 14;

/**
 * People who fled are the side of the country they fled, not of the one they reached: "12,000 refugees crossed into
 * Bangladesh from Myanmar" are Myanmar's; "20,000 fled into neighbouring Chad" are not Chad's. The origin after
 * "from" in the figure's clause, else null with `destinations` naming the countries reached.
 */
export function displacedOrigin(f: Frame, parties: PartyMention[], words: SideWords): { origin: Side | null; destinations: Set<string> } {
  const t = f.sentence.tokens;
  const destinations = new Set<string>();
  let origin: Side | null = null;
  // (Only the parties a few words after the figure, found by binary search: a long list stays linear.)
  for (const p of partiesWithin(parties, f.mention.last + 1, Math.max(f.subjectLast, f.mention.last) + ORIGIN_REACH)) {
    if (p.kind === 'armed group') continue;
    let b = p.first - 1;
    while (b > p.first - 1 - REACH && b >= 0 && !TOWARD.test(t[b].lower) && t[b].lower !== 'from') b--;
    if (b < 0 || b <= p.first - 1 - REACH) continue;
    // Only the words of a place between ("neighbouring", "the", "Myanmar's"), not a clause of their own.
    if (t.slice(b + 1, p.first).some((x) => /^[,;.]$/.test(x.text))) continue;
    if (t[b].lower === 'from') origin ??= { name: p.name, text: p.text, basis: 'place' };
    else if (isDestination(t, p, words)) destinations.add(p.name);
  }
  return { origin, destinations };
}

/** "fled into neighbouring Chad", "crossed to Uganda": a country people reached, after a verb of flight, is no side of theirs. */
export function isDestination(t: Frame['sentence']['tokens'], p: PartyMention, words: SideWords): boolean {
  let b = p.first - 1;
  while (b >= 0 && b > p.first - 1 - REACH && !TOWARD.test(t[b].lower)) b--;
  if (b < 0 || !TOWARD.test(t[b].lower)) return false;
  for (let v = b - 1; v >= 0 && v >= b - 4; v--) if (words.flightVerbs.has(t[v].lower)) return true;
  return false;
}
