import type { Side } from '../../schema.js';
import { findParties, type PartyIndex } from '../parties.js';
import type { Dateline, Sentence, Token } from '../types.js';
import type { SideWords } from './lexicon.js';
import { isAgentMention } from './agent.js';


/** A token as the gazetteer spells it: no possessive, no diacritics ("Herāt's" → "Herat"). */
const bare = (w: string) => {
  const b = w.replace(/['’]s$/, '').replace(/[.,]$/, '');
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range \x00-\x7f asks "is it all ASCII?" on purpose.
  return /^[\x00-\x7f]*$/.test(b) ? b : b.normalize('NFD').replace(/\p{M}/gu, '');
};

/** A place in locative position: after "in", "near", "the village of", a direction, or a country's possessive. */
function locative(tokens: Token[], i: number, words: SideWords): boolean {
  let k = i - 1;
  while (k >= 0 && (words.directions.has(tokens[k].lower) || tokens[k].lower === 'the')) k--;
  const before = tokens[k];
  if (!before) return false;
  // "a report released in Kampala", "told reporters in Geneva": where it was told, not where it happened.
  if (words.placeLocatives.has(before.lower)) return !words.reportingVerbs.has(tokens[k - 1]?.lower ?? '') && tokens[k - 1]?.lower !== 'reporters';
  if (before.lower === 'of' && words.placeNouns.has(tokens[k - 1]?.lower ?? '')) return true;
  // "Syria's Manbij": a possessive name before the place (its country, or a region of it).
  return /['’]s$/.test(before.text) && /^[A-Z]/.test(before.text) && k === i - 1;
}

/**
 * A gazetteer place starting at token i: its country and its last token. Of places sharing a name, the longest
 * match, and of those the one in a country the document names (`known`), else the gazetteer's first.
 */
function placeAt(tokens: Token[], i: number, words: SideWords, known?: ReadonlySet<string>): { country: string; last: number; known: boolean; ambiguous: boolean } | null {
  const bucket = words.places.get(bare(tokens[i].text));
  if (!bucket) return null;
  let best: { country: string; last: number; known: boolean; ambiguous: boolean } | null = null;
  const countries = new Set<string>();
  for (const e of bucket) {
    let ok = true;
    for (let k = 1; k < e.words.length; k++) if (bare(tokens[i + k]?.text ?? '') !== e.words[k]) { ok = false; break; }
    if (!ok) continue;
    countries.add(e.country);
    const hit = { country: e.country, last: i + e.words.length - 1, known: !!known?.has(e.country), ambiguous: false };
    if (!best || hit.last > best.last || (hit.last === best.last && hit.known && !best.known)) best = hit;
  }
  if (best) best.ambiguous = countries.size > 1;
  return best;
}

/**
 * Where a sentence says the event happened: a country or a place of the gazetteer in locative position
 * ("in Yemen", "near southern Lebanon's Tyre", "in the village of X in Y province"). The first one, or null.
 */
export function sentencePlace(s: Sentence, index: PartyIndex, words: SideWords, known?: ReadonlySet<string>): { side: Side; gazetteer: boolean; known?: boolean; ambiguous?: boolean } | null {
  const t = s.tokens;
  // A line that is only a country in capitals ("YEMEN") opens a section of a roundup about that country.
  if (t.length <= 3 && /^[A-Z][A-Z .'-]+$/.test(s.text.trim())) {
    const name = countryOfName(titleCase(s.text.trim()), index, words);
    if (name) return { side: { name, text: s.text.trim(), basis: 'place' }, gazetteer: false };
  }
  for (let i = 0; i < t.length; i++) {
    const c = t[i].text.charCodeAt(0);
    if (c < 65 || c > 90) continue;
    if (!locative(t, i, words)) continue;
    const party = findParties(t, index, i, i, { text: s.text, offset: s.start })[0];
    // "the toll in Russia's airstrike": a party with its weapon is the attacker, not where it happened.
    if (party && party.first === i && isAgentMention(s, party, words)) continue;
    if (party && party.first === i && party.role !== 'demonym' && party.kind !== 'armed group') {
      // "in Tripoli, Lebanon": a capital's namesake in the country named after it.
      const stated = t[party.last + 1]?.text === ',' ? statedCountry(t, party.last + 2, index, words) : null;
      if (stated && stated !== party.name) return { side: { name: stated, text: `${party.text}, ${stated}`, basis: 'place' }, gazetteer: true, known: true, ambiguous: false };
      return { side: { name: party.name, text: party.text, basis: 'place' }, gazetteer: false };
    }
    // "in Uvalde, Texas": a town the gazetteer lacks, then its region or country after a comma.
    const k = placeAt(t, i, words, known) || t[i + 1]?.text !== ',' || !t[i + 2] ? i : i + 2;
    const place = placeAt(t, k, words, known);
    // "the Mayo Hospital in Lahore": a place's name inside a longer name (a hospital's, a street's) is no place.
    const next = t[(place?.last ?? -2) + 1];
    if (place && next && /^\p{Lu}\p{Ll}/u.test(next.text) && !/['’]s$/.test(t[place.last].text) && !words.placeNouns.has(next.lower) && !words.places.has(bare(next.text))) continue;
    if (place) {
      const text = s.text.slice(t[k].start - s.start, t[place.last].end - s.start).replace(/['’]s$/, '');
      // "in Tripoli, Lebanon": the country after the comma says which namesake it is.
      const stated = t[place.last + 1]?.text === ',' ? statedCountry(t, place.last + 2, index, words) : null;
      if (stated) return { side: { name: stated, text: `${text}, ${stated}`, basis: 'place' }, gazetteer: true, known: true, ambiguous: false };
      return { side: { name: place.country, text, basis: 'place' }, gazetteer: true, known: place.known, ambiguous: place.ambiguous };
    }
  }
  return null;
}

/**
 * The places of the gazetteer a text names anywhere, by country: only names no two countries share, and not
 * a sentence's first word ("Many", "Police"). Evidence of which country a text is about, to pick among namesakes.
 */
export function namedPlaces(sentences: Sentence[], words: SideWords): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of sentences) {
    const t = s.tokens;
    for (let i = 1; i < t.length; i++) {
      const c = t[i].text.charCodeAt(0);
      if (c < 65 || c > 90) continue;
      // After a locative or inside a list of places ("in Ayton, Beeton and Ceeville"), and not a person's
      // name ("Mr Beeton Smith"): a capital word before or after makes a name of it.
      if (!words.placeListWords.has(t[i - 1].lower)) continue;
      const place = placeAt(t, i, words);
      if (!place || place.ambiguous || /^\p{Lu}/u.test(t[place.last + 1]?.text ?? '')) continue;
      const name = t.slice(i, place.last + 1).map((x) => bare(x.text)).join(' ');
      out.set(place.country, (out.get(place.country) ?? new Set()).add(name));
      i = place.last;
    }
  }
  return out;
}

/** The country named by the capitalised words at token i ("Lebanon", "South Sudan"), if they name one and no more. */
function statedCountry(t: Token[], i: number, index: PartyIndex, words: SideWords): string | null {
  if (!t[i] || (!index.has(t[i].text) && !words.places.has(bare(t[i].text)))) return null;
  let j = i;
  while (j < t.length && j - i < 4 && /^\p{Lu}/u.test(t[j].text)) j++;
  for (let end = j; end > i; end--) {
    const name = countryOfName(t.slice(i, end).map((x) => x.text).join(' '), index, words);
    if (name && !words.places.get(t[i].text)?.some((e) => e.words.length === end - i && e.country !== name)) return name;
  }
  return null;
}

/** "LAS VEGAS" → "Las Vegas": datelines are in capitals, names in the tables are not. */
const titleCase = (w: string) => w.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/** The country of a name: a party of the table (a state or de-facto state), or a gazetteer place. */
export function countryOfName(name: string, index: PartyIndex, words: SideWords): string | null {
  const tokens: Token[] = name.split(/\s+/).map((w, i) => ({ text: w, lower: w.toLowerCase(), start: 0, end: 0, i }));
  const party = findParties(tokens, index)[0];
  if (party && party.first === 0 && party.last === tokens.length - 1 && party.kind !== 'armed group') return party.name;
  const place = placeAt(tokens, 0, words);
  return place && place.last === tokens.length - 1 ? place.country : null;
}

/** The country of a wire dateline: its region ("Kenya"), else its place ("KABUL", "LAS VEGAS"). */
export function datelineCountry(d: Dateline | null, index: PartyIndex, words: SideWords): Side | null {
  if (!d) return null;
  for (const r of [d.region, d.place]) {
    if (!r) continue;
    const name = countryOfName(r.text, index, words) ?? countryOfName(titleCase(r.text), index, words);
    if (name) return { name, text: r.text, basis: 'place' };
  }
  return null;
}

/** "PESHAWAR: Twin blasts ...": a city in capitals and a colon opening one of the first paragraphs, as some papers write it. */
const COLON_PLACE = /^\s*([A-Z][A-Z'’-]{2,24}(?: [A-Z][A-Z'’-]{1,24}){0,2}):\s+[A-Z"“‘']/;

/**
 * The country of a place named that way, when the text has no dash dateline: only a place of the gazetteer that
 * names one country, so that a label in capitals ("UPDATE:", "BREAKING:") names none.
 */
export function colonPlaceCountry(paragraphs: string[], words: SideWords): Side | null {
  for (const p of paragraphs) {
    const m = COLON_PLACE.exec(p);
    if (!m) continue;
    const name = titleCase(m[1]);
    const tokens: Token[] = name.split(/\s+/).map((w, i) => ({ text: w, lower: w.toLowerCase(), start: 0, end: 0, i }));
    const place = placeAt(tokens, 0, words);
    if (place && place.last === tokens.length - 1 && !place.ambiguous) return { name: place.country, text: m[1], basis: 'place' };
  }
  return null;
}
