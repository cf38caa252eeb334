import type { Side } from '../../schema.js';
import type { LineLayout } from '../layout.js';
import type { PartyMention } from '../parties.js';
import type { Sentence } from '../types.js';
import { isAgentMention } from './agent.js';
import type { SideWords } from './lexicon.js';

/** A party named as the source of a head ("according to Northern sources:", "Southern estimate:"), not as its loser. */
function speaks(s: Sentence, p: PartyMention, words: SideWords): boolean {
  const before = s.tokens.slice(Math.max(0, p.first - 3), p.first).map((t) => t.lower).join(' ');
  // "U.S. claim:": the abbreviation's last period is a token of its own.
  const next = s.tokens[p.last + 1]?.text === '.' && /\.\p{Lu}$/u.test(s.tokens[p.last].text) ? p.last + 2 : p.last + 1;
  const after = s.tokens[next]?.lower ?? '';
  return /according to|\bper$|\bby$|\bfrom$/.test(before) || words.layoutSourceWords.has(after);
}

/**
 * Whether a head line's party owns the rows under it: not one named as the source, nor as the attacker — except in a
 * bare label, where "German forces:" only says whose rows follow.
 */
function ownsRows(h: Sentence, m: PartyMention, words: SideWords): boolean {
  const label = /:\s*$/.test(h.text) && h.tokens.length <= 6;
  return (label || !isAgentMention(h, m, words)) && !speaks(h, m, words);
}

/** A header line that is itself a name: "Ottoman Empire", "Kingdom of Romania" (capitalised words, no figures). */
function namedLine(h: Sentence, words: SideWords): { name: string; text: string } | null {
  const text = h.text.replace(/\[[^\]]*\]/g, '').trim();
  const parts = text.split(/\s+/);
  if (!text || parts.length > 5 || /[\d(:]/.test(text) || !parts.every((w) => /^\p{Lu}/u.test(w) || words.nameParticles.has(w))) return null;
  return { name: text, text };
}

/**
 * The parties a header line names, in order: those the lexicon knows and, between them, the runs of capitalised words
 * it does not ("Mahdist State Egypt", "Zulu Kingdom British Empire": two columns, one name known). Only for a line that
 * is all names. A run that is part of a known name ("Russian Empire", "Kingdom of Serbia") or a flag's file name is none.
 */
function partiesInLine(h: Sentence, known: PartyMention[], words: SideWords): Array<{ name: string; text: string }> {
  const out: Array<{ name: string; text: string }> = [];
  let run: string[] = [];
  let runFirst = 0;
  const close = (nextKnown: PartyMention | undefined) => {
    const prev = known.find((m) => m.last === runFirst - 1);
    const partOfName = (nextKnown && words.nameParticles.has(run.at(-1)!)) || (prev?.role === 'demonym');
    const file = run.some((w) => /\.(?:svg|png|jpe?g|gif)$/i.test(w));
    if (run.length >= 2 && !partOfName && !file && !words.nameParticles.has(run[0])) out.push({ name: run.join(' '), text: run.join(' ') });
    run = [];
  };
  let k = 0;
  for (let i = 0; i < h.tokens.length; i++) {
    const m = known[k];
    if (m && i === m.first) {
      close(m);
      out.push(m);
      i = m.last;
      k++;
      continue;
    }
    const w = h.tokens[i].text;
    if (/^\p{Lu}/u.test(w) || words.nameParticles.has(w)) {
      if (!run.length) runFirst = i;
      run.push(w);
    } else if (/^[()[\]]$/.test(w) || /^\d+$/.test(w)) continue; // "(SNA)", a footnote "[2]"
    else return known;
  }
  close(undefined);
  return out;
}

/**
 * The parties of a layout's header lines, one for each column in order: those the lexicon knows, else a line that reads
 * as a name; when that gives fewer parties than columns, the unknown names beside the known ones too.
 */
function headerParties(headers: Sentence[], columns: number, partiesOf: (s: Sentence) => PartyMention[], words: SideWords): Array<{ name: string; text: string }> {
  const collect = (withRuns: boolean) => {
    const seen = new Set<string>();
    const inOrder: Array<{ name: string; text: string }> = [];
    for (const h of headers) {
      const known = partiesOf(h);
      const named = known.length ? (withRuns ? partiesInLine(h, known, words) : known) : [namedLine(h, words)].filter((x) => x !== null);
      for (const p of named) if (!seen.has(p.name)) { seen.add(p.name); inOrder.push(p); }
    }
    return inOrder;
  };
  const known = collect(false);
  return known.length >= columns ? known : collect(true);
}

/**
 * More parties above two columns of losses than two ("United States", "United Kingdom", "Mexico", "Germany"): the
 * first party heads the first column. The second is the last party ("Bolivia, Peru" against "Chile"), unless
 * another after the first is named, as a party and not as a place, at least twice as often (the last is an ally or
 * an onlooker). States listed before armed groups ("United States", "Afghanistan", "Taliban") split there instead.
 */
function principalColumns<P extends { name: string; kind?: string }>(inOrder: P[], columns: number, mentions: Map<string, number>): P[] {
  if (inOrder.length <= columns) return inOrder;
  const last = inOrder.at(-1)!;
  if (columns !== 2) return [...inOrder.slice(0, columns - 1), last];
  const armed = (p: P) => p.kind === 'armed group';
  const split = inOrder.findIndex(armed);
  if (split > 0 && inOrder.slice(split).every(armed)) return [inOrder[0], inOrder[split]];
  const weight = (p: P) => mentions.get(p.name) ?? 0;
  const most = inOrder.slice(1, -1).reduce((a, p) => (weight(p) > weight(a) ? p : a), last);
  return [inOrder[0], weight(most) >= 2 * Math.max(1, weight(last)) ? most : last];
}

/**
 * A row's own label: "Northern army – 40"; of several, the nearest before the figure ("Northland:, 40 killed,
 * Southland:, 12 killed"). Not a party named as the attacker or as the source.
 */
function ownLabel(row: Sentence, at: number, partiesOf: (s: Sentence) => PartyMention[], words: SideWords): Side | null {
  const own = partiesOf(row).filter((m) => m.last < at && !isAgentMention(row, m, words) && !speaks(row, m, words)).at(-1);
  return own ? { name: own.name, text: own.text, basis: 'stated' } : null;
}

/**
 * The side a row of a layout inherits: its infobox column's party, else the nearest head line that names a
 * party as the one that suffered ("The losses of the Northern army were:", "Cavalry of Ruritania:").
 */
export function layoutSide(layout: LineLayout | null, row: Sentence, at: number, partiesOf: (s: Sentence) => PartyMention[], words: SideWords, mentions: Map<string, number>): Side | null {
  if (!layout) return null;
  const own = ownLabel(row, at, partiesOf, words);
  if (own) return own;
  // A label right above the rows that names a party ("German forces:") says more than the column count does.
  const label = layout.heads.at(-1);
  // (Not the header row of a table's cells, whose parties head one column each.)
  const cellHeader = layout.columns?.column === -1 && layout.columns.headers.includes(label!);
  const labelled = label && layout.columns && !cellHeader ? partiesOf(label).find((m) => ownsRows(label, m, words)) : undefined;
  if (labelled) return { name: labelled.name, text: labelled.text, basis: 'heading' };
  if (layout.columns) {
    const { columns, headers, lastFrom, opens } = layout.columns;
    // "59,247 c. 26,000": the figure's place in its line says its column.
    const column = layout.columns.column + (opens?.filter((o) => o <= at).length ?? 0);
    if (column < 0) {
      // A row of cells: the count's cell, by the bars before it, under the header's cell of that place.
      const cell = row.tokens.slice(0, at).filter((t) => t.text === '|').length - (row.text.trimStart().startsWith('|') ? 1 : 0);
      const h = headers[0];
      const bars = h.tokens.map((t, i) => (t.text === '|' ? i : -1)).filter((i) => i >= 0);
      const start = h.text.trimStart().startsWith('|') ? bars[cell] ?? -1 : (cell === 0 ? -1 : bars[cell - 1] ?? h.tokens.length);
      const end = bars.find((b) => b > start) ?? h.tokens.length;
      const p = partiesOf(h).find((m) => m.first > start && m.last < end);
      if (p) return { name: p.name, text: p.text, basis: 'heading' };
      if (layout.columns.knownOnly) return null;
      const cellText = h.tokens.slice(start + 1, end).map((t) => t.text).join(' ');
      const named = namedLine({ ...h, text: cellText } as Sentence, words);
      return named ? { name: named.name, text: named.text, basis: 'heading' } : null;
    }
    // Each header line's party: one the lexicon knows, else the line itself when it reads as a name ("Ottoman Empire").
    const lineParty = (h: Sentence): { name: string; text: string } | null => partiesOf(h)[0] ?? namedLine(h, words);
    if (lastFrom !== undefined) {
      const hit = column === 0 ? headers.slice(0, lastFrom).map(lineParty).find(Boolean) : headers.slice(lastFrom).map(lineParty).find(Boolean);
      if (hit) return { name: hit.name, text: hit.text, basis: 'heading' };
    } else {
      const inOrder = principalColumns(headerParties(headers, columns, partiesOf, words), columns, mentions);
      const hit = inOrder[column];
      if (hit) return { name: hit.name, text: hit.text, basis: 'heading' };
    }
  }
  for (let k = layout.heads.length - 1; k >= 0; k--) {
    const h = layout.heads[k];
    const p = partiesOf(h).find((m) => ownsRows(h, m, words));
    if (p) return { name: p.name, text: p.text, basis: 'heading' };
  }
  return null;
}

/** "- Casualties2: 56 killed", "| casualties2 = ...": a numbered infobox field, and its number. */
const NUMBERED_FIELD = /^\s*[-|*•]?\s*([a-z]+?)\s*(\d)\s*[:=]/i;
/** Any field's label ("Strength2:", "Result:", "Date:"): it ends the value of the field above it. */
const ANY_FIELD = /^\s*[-|*•]?\s*\p{L}[\p{L} ]{0,24}\d?\s*[:=]/u;
const LOSS_FIELD = /^(?:casualties|losses)$/i;
const PARTY_FIELD = /^(?:combatant|belligerent|side|party)s?$/i;
/** How many lines a field's value may run on below its label ("Casualties1: 200 killed" then "140 wounded"). */
const FIELD_LINES = 6;
const FIELD_ROW_TOKENS = 14;

/** The numbered field a line belongs to: its own label, else the label of the lines it continues. */
function fieldOf(sentences: Sentence[], row: Sentence): RegExpExecArray | null {
  for (let k = row.index; k >= 0 && row.index - k <= FIELD_LINES; k--) {
    const s = sentences[k];
    // Sentences of one line are one value: only a line's first sentence can hold a label.
    if (k < row.index && s.paragraph === sentences[k + 1].paragraph) continue;
    const f = NUMBERED_FIELD.exec(s.text);
    if (f) return f;
    // A field's value runs on in short lines ("140 wounded"), never in prose.
    if (ANY_FIELD.test(s.text) || s.tokens.length > FIELD_ROW_TOKENS || /[.!?]["”’)]?$/.test(s.text)) return null;
  }
  return null;
}

/** The lines of a field's value: after its label, and the lines below up to the next field's label. */
function fieldValue(sentences: Sentence[], label: Sentence, labelLength: number): Array<{ s: Sentence; text: string }> {
  const out = [{ s: label, text: label.text.slice(labelLength) }];
  for (let k = label.index + 1; k < sentences.length && k - label.index <= FIELD_LINES && !ANY_FIELD.test(sentences[k].text); k++) {
    out.push({ s: sentences[k], text: sentences[k].text });
  }
  return out;
}

/**
 * Wiki infobox fields written out ("Combatant1: United States", ..., "Casualties2: 1 frigate sunk"): a losses field,
 * and the lines its value runs on to, take the party of the combatant field of the same number (named on its own
 * line or the lines below it).
 */
export function numberedFieldSide(sentences: Sentence[], row: Sentence, at: number, partiesOf: (s: Sentence) => PartyMention[], words: SideWords, principals: string[] = []): Side | null {
  const field = fieldOf(sentences, row);
  if (!field || !LOSS_FIELD.test(field[1])) return null;
  const own = ownLabel(row, at, partiesOf, words);
  if (own) return own;
  const named = combatantField(sentences, field[2], partiesOf, words);
  if (named) return named;
  // The page lost this column's combatant ("Combatant1: Australia" and no "Combatant2:"): its units' party, else the
  // document's other principal party than the one the other column names.
  const units = fieldParty(sentences, field[2], UNIT_FIELD, partiesOf) ?? fieldParty(sentences, field[2], STRENGTH_FIELD, partiesOf);
  if (units) return units;
  // "fought between Chile and the forces of Peru": the text names the two columns' parties in their order.
  const pair = foughtBetween(sentences, partiesOf, words);
  if (pair && (field[2] === '1' || field[2] === '2')) {
    const p = pair[Number(field[2]) - 1];
    return { name: p.name, text: p.text, basis: 'heading' };
  }
  const other = field[2] === '1' ? '2' : field[2] === '2' ? '1' : null;
  const otherParty = other ? combatantField(sentences, other, partiesOf, words) ?? fieldParty(sentences, other, UNIT_FIELD, partiesOf) : null;
  const rest = otherParty ? principals.filter((n) => n !== otherParty.name) : [];
  return rest.length === 1 ? { name: rest[0], text: rest[0], basis: 'heading' } : null;
}

const UNIT_FIELD = /^(?:units?|commanders?)$/i;
/** "Strength2: more than 20,000 Brazilian and Argentine soldiers": whose troops a column counts. */
const STRENGTH_FIELD = /^strength$/i;
/** How many sentences from the top a text may name its two sides "between X and Y". */
const BETWEEN_REACH = 20;
/** How many words a side may stand after "between" or after "and": "between Chile and the forces of Peru". */
const BETWEEN_GAP = 4;

const betweenPairs = new WeakMap<Sentence[], [PartyMention, PartyMention] | null>();
/** The two parties a text's opening says the fighting was between, in the order named, once a document. */
function foughtBetween(sentences: Sentence[], partiesOf: (s: Sentence) => PartyMention[], words: SideWords): [PartyMention, PartyMention] | null {
  if (betweenPairs.has(sentences)) return betweenPairs.get(sentences)!;
  let found: [PartyMention, PartyMention] | null = null;
  for (const s of sentences.slice(0, BETWEEN_REACH)) {
    const at = s.tokens.findIndex((t) => t.lower === 'between');
    // (A sentence of fighting: "fought", or the side words' violence, "war", "battle", "clashes".)
    if (at < 0 || !(/\bfought\b/i.test(s.text) || words.violence(s.tokens) > 0)) continue;
    const ps = partiesOf(s).filter((p) => p.first > at);
    const a = ps[0];
    const and = a ? s.tokens.findIndex((t, i) => i > a.last && t.lower === 'and') : -1;
    const b = ps.find((p) => and >= 0 && p.first > and && p.first - and <= BETWEEN_GAP + 1);
    if (a && b && a.first - at <= BETWEEN_GAP + 1 && a.name !== b.name) { found = [a, b]; break; }
  }
  betweenPairs.set(sentences, found);
  return found;
}

/** The first party the lexicon knows in the value of a numbered field of a kind ("Units2: Yugoslav Ground Forces"). */
function fieldParty(sentences: Sentence[], n: string, kind: RegExp, partiesOf: (s: Sentence) => PartyMention[]): Side | null {
  for (const s of sentences) {
    const f = NUMBERED_FIELD.exec(s.text);
    if (!f || f[2] !== n || !kind.test(f[1])) continue;
    for (const v of fieldValue(sentences, s, f[0].length)) {
      const p = partiesOf(v.s).find((m) => v.s !== s || m.first > 0);
      if (p) return { name: p.name, text: p.text, basis: 'heading' };
    }
  }
  return null;
}

/** The party of the combatant field numbered `n` (undefined when the page has no such field). */
function combatantField(sentences: Sentence[], n: string, partiesOf: (s: Sentence) => PartyMention[], words: SideWords): Side | null | undefined {
  for (const s of sentences) {
    const f = NUMBERED_FIELD.exec(s.text);
    if (!f || f[2] !== n || !PARTY_FIELD.test(f[1])) continue;
    const value = fieldValue(sentences, s, f[0].length);
    for (const v of value) {
      const p = partiesOf(v.s).find((m) => v.s !== s || m.first > 0);
      if (p) return { name: p.name, text: p.text, basis: 'heading' };
    }
    // "Combatant2: ZANLA": a party the lexicon does not know, named by the field's first item.
    const first = value.flatMap((v) => v.text.split(/[,;|]/)).map((x) => x.replace(/\[[^\]]*\]/g, '').trim()).find(Boolean) ?? '';
    const parts = first.split(/\s+/);
    const named = parts.length <= 5 && !/\d/.test(first) && /^\p{Lu}/u.test(first) && parts.every((w) => /^[\p{Lu}\p{N}'’-]/u.test(w) || words.nameParticles.has(w));
    return named ? { name: first, text: first, basis: 'heading' } : null;
  }
  return undefined;
}
