import type { PartyEntry } from '../lexicon/countries.js';
import { DEFAULT_GRAMMAR } from '../lexicon/grammar.js';
import { alternation } from '../lexicon/pattern.js';
import type { Token } from './types.js';

/** A party named in the text: "Azerbaijani" → Azerbaijan, "Artsakh Defence Army" → Artsakh, "Baku" → Azerbaijan. */
export interface PartyMention {
  first: number;
  last: number;
  name: string;
  text: string;
  role: 'name' | 'demonym' | 'capital';
  kind: NonNullable<PartyEntry['kind']>;
}

interface Entry {
  words: string[];
  name: string;
  role: PartyMention['role'];
  kind: PartyMention['kind'];
}
export type PartyIndex = Map<string, Entry[]>;

/** Letters with marks fold to their bare letters: "Burkinabé" is the lexicon's "Burkinabe", "Québécois" its "Quebecois". */
const MARKED = /[\u00C0-\u024F]/;
const fold = (w: string) => (MARKED.test(w) ? w.normalize('NFD').replace(/\p{M}/gu, '') : w);
const clean = (w: string) => {
  const c = w.charCodeAt(w.length - 1);
  // Only possessives ("Baku's") and abbreviations ("U.S.") need trimming; most words are returned as they are.
  return fold(c === 115 || c === 46 ? w.replace(/['’]s$/, '').replace(/\.$/, '') : w);
};

const indexes = new WeakMap<readonly PartyEntry[], { articles: readonly string[]; index: PartyIndex }>();

/**
 * Index of party names by their first word (case kept: names and demonyms are capitalised). `articles`: the
 * lexicon's grammar.nameArticles, whose names are indexed capitalised too.
 */
export function partyIndex(parties: readonly PartyEntry[], articles: readonly string[] = DEFAULT_GRAMMAR.nameArticles): PartyIndex {
  const cached = indexes.get(parties);
  if (cached?.articles === articles) return cached.index;
  const article = new RegExp(`^(?:${alternation(articles)})-`);
  const index: PartyIndex = new Map();
  const add = (phrase: string, name: string, role: Entry['role'], kind: Entry['kind']) => {
    const words = phrase.split(/\s+/).map(clean);
    // "al-Qaeda" opens a sentence as "Al-Qaeda": both spellings are indexed.
    if (article.test(words[0])) add([words[0][0].toUpperCase() + words[0].slice(1), ...words.slice(1)].join(' '), name, role, kind);
    const bucket = index.get(words[0]) ?? [];
    if (!bucket.some((e) => e.words.join(' ') === words.join(' '))) bucket.push({ words, name, role, kind });
    bucket.sort((a, b) => b.words.length - a.words.length);
    index.set(words[0], bucket);
  };
  for (const p of parties) {
    const kind = p.kind ?? 'state';
    for (const n of p.names) add(n, p.name, 'name', kind);
    for (const d of p.demonyms) {
      add(d, p.name, 'demonym', kind);
      // "French" → "Frenchmen", "Irish" → "Irishwoman": a people's name made one word with its members.
      if (/(?:ch|sh)$/.test(d) && !d.includes(' ')) for (const end of ['man', 'men', 'woman', 'women']) add(d + end, p.name, 'demonym', kind);
    }
    for (const c of p.capitals) add(c, p.name, 'capital', kind);
  }
  indexes.set(parties, { articles, index });
  return index;
}

/** Every party named in tokens [from, to], longest name first. */
export function findParties(tokens: Token[], index: PartyIndex, from = 0, to = tokens.length - 1, source?: { text: string; offset: number }): PartyMention[] {
  const out: PartyMention[] = [];
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) {
    const c = tokens[i].text.charCodeAt(0);
    // Names start with a capital letter, or with an Arabic article ("al-Shabaab").
    if ((c < 65 || (c > 90 && c < 192)) && !(c === 97 && tokens[i].text.startsWith('al-'))) continue;
    const bucket = index.get(clean(tokens[i].text));
    if (!bucket) continue;
    for (const e of bucket) {
      let ok = true;
      for (let k = 1; k < e.words.length; k++) {
        if (clean(tokens[i + k]?.text ?? '') !== e.words[k]) { ok = false; break; }
      }
      if (!ok) continue;
      const last = i + e.words.length - 1;
      const text = source ? source.text.slice(tokens[i].start - source.offset, tokens[last].end - source.offset) : tokens.slice(i, last + 1).map((t) => t.text).join(' ');
      out.push({ first: i, last, name: e.name, text: text.replace(/['’]s$/, ''), role: e.role, kind: e.kind });
      i = last;
      break;
    }
  }
  return out;
}
