import type { LineLayout } from './layout.js';
import { findSources, type Source, type SourceLexicon } from './sources.js';
import type { Sentence } from './types.js';

/**
 * "(Northern estimate):", "(Southern sources)": a bracketed line that names a source and nothing else; with `tail`,
 * the bracket closing a head line ("Refugees by year of arrival (UNHCR):").
 */
function bracketSource(s: Sentence, lex: SourceLexicon, tail = false): Source | null {
  const m = (tail ? /\(\s*([^()]+?)\s*\)\s*:?$/ : /^\(\s*([^()]+?)\s*\)\s*:?$/).exec(s.text.replace(/\[[^\]]{0,12}\]/g, '').trim());
  // A source names someone: a capital or a source noun, no loss word ("(^ including wounded)"), no lone adverb.
  // Nor a time: "(as of July 2016)", "(since 2015)".
  if (!m || !/\p{L}/u.test(m[1]) || !/\p{Lu}/u.test(m[1]) || lex.bracketTime.test(m[1]) || /\b\d{4}\b/.test(m[1]) || lex.bracketNote.test(m[1]) || /^\p{L}+ly$/u.test(m[1])) return null;
  // "(buried as of 15 May)": a note on the rows that opens on a plain lower-case word names nobody.
  const opening = m[1].split(/\s+/)[0];
  // Closing a head line, only what reads as a source: an acronym ("(UNHCR)"), or a body or a kind of figure ("(IDF
  // figures)", "(Ministry of Health)") — not a note such as "(Extreme)".
  const words = m[1].split(/\s+/);
  if (tail && !words.some((w) => /^\p{Lu}{2,7}$/u.test(w) || lex.organisationWords.has(w) || lex.sourceNouns.has(w.toLowerCase()) || lex.labelSourceNouns.has(w.toLowerCase()))) return null;
  if (/^\p{Ll}/u.test(opening) && !lex.sourceNouns.has(opening) && !/^(the|per|according)$/.test(opening)) return null;
  let open = s.tokens.findIndex((t) => t.text === '(');
  if (tail) for (let i = s.tokens.length - 1; i >= 0; i--) if (s.tokens[i].text === '(') { open = i; break; }
  const first = open + 1;
  const last = s.tokens.findIndex((t, i) => i > open && t.text === ')') - 1;
  return { name: m[1], text: m[1], via: [], person: null, at: first, first, last, backReference: false, objects: [] };
}

/**
 * The source a row of a layout inherits: the bracketed line closing its rows, else the nearest head line naming
 * one ("The ministry listed the losses:", "(Official figures):"). Resolved once a head, for all its rows.
 */
export function layoutSource(layout: LineLayout | null, lex: SourceLexicon, cache: Map<Sentence, Source | null>): Source | null {
  if (!layout) return null;
  const read = (s: Sentence) => {
    if (!cache.has(s)) cache.set(s, bracketSource(s, lex) ?? findSources(s, lex).sources.find((x) => !x.backReference) ?? bracketSource(s, lex, true));
    return cache.get(s)!;
  };
  if (layout.closer) {
    const c = read(layout.closer);
    if (c) return c;
  }
  for (let k = layout.heads.length - 1; k >= 0; k--) {
    const src = read(layout.heads[k]);
    if (src) return src;
  }
  return null;
}
