import type { Side } from '../../schema.js';
import type { PartyMention } from '../parties.js';
import type { Frame } from '../types.js';
import type { SideWords } from './lexicon.js';
import { partiesWithin } from './stated.js';

/** How far (tokens) before a count the craft may be named: "downed a Ruritanian airliner over the sea, killing 120". */
const CARRIER_REACH = 16;

/**
 * "missiles hit a Ruritanian airliner, killing 120", "the bombing of a Ruritanian ferry that killed 40": people of no
 * party killed aboard a struck craft are its flag's. The party names the craft, and the craft is the one struck
 * (a verb or "of" before it), not the striker ("a Ruritanian plane bombed the market").
 */
export function carrierSide(f: Frame, parties: PartyMention[], words: SideWords): Side | null {
  const s = f.sentence;
  const t = s.tokens;
  // (The parties a few words before the figure, found by binary search: a long list stays linear.)
  const near = partiesWithin(parties, f.mention.first - CARRIER_REACH, f.mention.first - 1);
  for (let n = near.length - 1; n >= 0; n--) {
    const p = near[n];
    if (p.last >= f.mention.first || p.kind === 'armed group') continue;
    const end = t[p.last].end - s.start;
    if (!words.carrier.test(s.text.slice(end, end + 24))) continue;
    let b = p.first - 1;
    if (/^(?:a|an|the)$/i.test(t[b]?.text ?? '')) b--;
    if (words.carrierStruck.has(t[b]?.lower ?? '')) return { name: p.name, text: p.text, basis: 'stated' };
  }
  return null;
}
