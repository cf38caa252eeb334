import type { PartyMention } from '../parties.js';
import type { Sentence } from '../types.js';

/**
 * Whether a party is named as the one doing harm, which the side stage's facts (no home country for an attacker)
 * and its opponent rule both ask. A module of its own, so that neither imports the other.
 *
 * Words after a party that make it the one doing harm: "Chadian shelling", "the Houthis' offensive".
 */
export const AGENT_NOUNS = /^(offensive|attack|attacks|shelling|fire|strike|strikes|airstrike|airstrikes|bombardment|bombing|bombings|forces|troops|army|military|missile|missiles|drone|drones|artillery|infiltrators|aggression|assault|raid|raids|invasion|operation|operations|aircraft|jets|warplanes|navy|units|fighters)$/;

/** A party named with its weapon or forces ("Russian shelling", "by Chadian troops"): an attacker, not a place. */
export function isAgentMention(s: Sentence, p: PartyMention): boolean {
  return AGENT_NOUNS.test(s.tokens[p.last + 1]?.lower ?? '') || s.tokens[p.first - 1]?.lower === 'by';
}

