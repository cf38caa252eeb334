import { findParties, type PartyIndex } from '../pipeline/parties.js';
import type { Token } from '../pipeline/types.js';
import { DEFAULT_GRAMMAR, type GrammarLexicon } from '../lexicon/grammar.js';
import { wordSets, type WordSets } from '../lexicon/pattern.js';

/**
 * One key per claimant, so a claimant's later figure can supersede its earlier one however the text names it:
 * "the Ruritanian Defence Ministry", "Ruritania's Ministry of Defense" and "ruritanian defense ministry" share
 * a key; so do "Civil Defence Corps (CDC)" and "CDC" when the text spells the acronym out somewhere.
 */

/** British and American spellings of words in organisation names read alike. */
const SPELLING = new Map(Object.entries({
  defence: 'defense', centre: 'center', organisation: 'organization', programme: 'program', labour: 'labor',
  armour: 'armor', honour: 'honor', defences: 'defenses', organisations: 'organizations',
}));
/** The lexicon's grammar lists read here (keyFillers, initialsSkip); the default lexicon's where none is given. */
type KeyWords = WordSets<GrammarLexicon>;
const DEFAULT_WORDS: KeyWords = wordSets(DEFAULT_GRAMMAR);
/** Words that carry no identity ("Ministry of Defence" and "Defence Ministry" are one claimant), and "&". */
const isFiller = (w: string, g: KeyWords) => w === '&' || g.keyFillers.has(w);
/** Small words an acronym skips, and "&". */
const isMinor = (w: string, g: KeyWords) => w === '&' || g.initialsSkip.has(w);
/** Acronyms so common in reports that no text spells them out. */
const KNOWN_ACRONYMS = new Map([['MoD', 'Ministry of Defence'], ['MOD', 'Ministry of Defence']]);

/** The capital initials of words, minor words skipped: "Malian Committee for Refugee Relief" → "MCRR". */
function initials(words: string[], g: KeyWords): string {
  let out = '';
  for (const w of words) {
    if (isMinor(w.toLowerCase(), g)) continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out;
}

/** The words before an acronym that spell it out, or null: walks back at most as many capitalised words as it has letters. */
function expansionBefore(before: string, letters: string, g: KeyWords): string | null {
  const words = before.trimEnd().split(/\s+/).slice(-2 * letters.length - 2);
  for (let from = words.length - 1; from >= 0; from--) {
    const w = words[from];
    if (!isMinor(w.toLowerCase(), g) && !/^\p{Lu}/u.test(w)) return null;
    const phrase = words.slice(from);
    if (isMinor(phrase[0].toLowerCase(), g)) continue;
    const got = initials(phrase, g);
    if (got === letters) return phrase.join(' ');
    if (got.length > letters.length) return null;
  }
  return null;
}

const ACRONYM_AFTER = /\(\s*(\p{Lu}[\p{L}&]{1,9})\s*\)/gu;
const ACRONYM_BEFORE = /\b(\p{Lu}[\p{L}&]{1,9})\s*\(([^()]{3,100})\)/gu;
const lettersOf = (acronym: string) => acronym.replace(/s$/, '').replace(/[^\p{Lu}]/gu, '');

/** Acronyms a text spells out, "Expansion (ACR)" or "ACR (Expansion)": acronym → expansion. */
export function acronymsIn(text: string, into: Map<string, string>, g: KeyWords = DEFAULT_WORDS): void {
  for (const m of text.matchAll(ACRONYM_AFTER)) {
    const letters = lettersOf(m[1]);
    if (letters.length < 2 || into.has(m[1])) continue;
    const expansion = expansionBefore(text.slice(Math.max(0, m.index - 160), m.index), letters, g);
    if (expansion) into.set(m[1], expansion);
  }
  for (const m of text.matchAll(ACRONYM_BEFORE)) {
    const letters = lettersOf(m[1]);
    if (letters.length < 2 || into.has(m[1]) || m[1] !== m[1].toUpperCase()) continue;
    const inside = m[2].trim();
    if (initials(inside.split(/\s+/), g) === letters) into.set(m[1], inside);
  }
}

/** "UKRAINIAN" and "ukrainian" as the lexicon spells them; short capitals ("US") and mixed case ("al-Qaeda") stay. */
const nameCase = (w: string) =>
  /^\p{Lu}{1,3}$/u.test(w) || (w !== w.toUpperCase() && w !== w.toLowerCase()) ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
const asTokens = (words: string[]): Token[] => words.map((w, i) => ({ text: nameCase(w), lower: w.toLowerCase(), start: 0, end: 0, i }));

/** The canonical key of a claimant's name: its content words, countries for demonyms, spellings unified, in sorted order. */
export function claimantKey(name: string, acronyms: ReadonlyMap<string, string>, parties: PartyIndex, g: KeyWords = DEFAULT_WORDS): string {
  let s = name.replace(/\s*\([^()]*\)\s*/g, ' ').replace(/^\s*the\s+/i, '').trim();
  if (!s) return name.trim().toLowerCase();
  const expand = (w: string) => acronyms.get(w) ?? KNOWN_ACRONYMS.get(w) ?? w;
  s = expand(s);
  const words = s.split(/[\s,]+/).filter(Boolean).flatMap((w) => {
    const bare = w.replace(/['’]s$/, '');
    const full = expand(bare);
    return full === bare ? [w] : full.split(/\s+/);
  });
  // "Russia's", "Russian" and "Russia" are one country: the lexicon's canonical name stands for each.
  const keyWords: string[] = [];
  let next = 0;
  for (const p of findParties(asTokens(words), parties)) {
    for (let i = next; i < p.first; i++) keyWords.push(words[i]);
    keyWords.push(p.name);
    next = p.last + 1;
  }
  for (let i = next; i < words.length; i++) keyWords.push(words[i]);
  const normal = keyWords
    .map((w) => w.toLowerCase().replace(/['’]s$/, '').replace(/[.'’]/g, ''))
    .map((w) => SPELLING.get(w) ?? w)
    .filter((w) => w && !isFiller(w, g));
  return [...new Set(normal)].sort().join(' ');
}
