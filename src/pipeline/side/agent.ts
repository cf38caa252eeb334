import type { PartyMention } from '../parties.js';
import type { Sentence } from '../types.js';
import type { SideWords } from './lexicon.js';

/**
 * Whether a party is named as the one doing harm, which the side stage's facts (no home country for an attacker)
 * and its opponent rule both ask. A module of its own, so that neither imports the other. The words after a party
 * that make it the one doing harm are the lexicon's agentNouns ("Chadian shelling", "the Houthis' offensive").
 */

/** A party named with its weapon or forces ("Russian shelling", "by Chadian troops"): an attacker, not a place. */
export function isAgentMention(s: Sentence, p: PartyMention, words: SideWords): boolean {
  return words.agentNouns.has(s.tokens[p.last + 1]?.lower ?? '') || s.tokens[p.first - 1]?.lower === 'by';
}

