import { findSources, type Source, type SourceLexicon } from './sources.js';
import { make } from './source-make.js';
import { organisational } from './source-phrase.js';
import type { Doc } from './types.js';

/** Who a whole document speaks for: the author of a report it is about, or the body that signs a statement. */

/** How many paragraphs from the top a report's author may be named in. */
const REPORT_LEAD_PARAGRAPHS = 2;

/**
 * A text about a report ("Amnesty said in a report released on Tuesday ...", "a study by the institute found"): the
 * organisation whose report its opening paragraphs name speaks for the figures the text gives no other source.
 */
export function reportAuthor(doc: Doc, lex: SourceLexicon): { source: Source; sentence: number } | null {
  const first = doc.sentences[0]?.paragraph ?? 0;
  for (const s of doc.sentences) {
    if (s.paragraph > first + REPORT_LEAD_PARAGRAPHS) break;
    if (!s.tokens.some((t) => lex.reportDocuments.has(t.lower))) continue;
    const src = findSources(s, lex).sources.find((x) => !x.pronoun && !x.backReference && organisational(x.name, lex));
    if (!src) continue;
    // "the Ruritania Casualty Project monthly report": the body is the capitalised name, not its report's adjectives.
    const bare = src.name.replace(/(?:\s+\p{Ll}[\p{L}-]*)+$/u, '');
    const ofReport = lex.reportDocuments.has(s.tokens[src.last + 1]?.lower ?? '');
    return { source: ofReport && bare !== src.name && organisational(bare, lex) ? { ...src, name: bare } : src, sentence: s.index };
  }
  return null;
}

/** How many sentences from the top a page may describe itself in. */
const SELF_LEAD_SENTENCES = 6;
/** "This is the Ruritania Casualty Project monthly report": the capitalised name after "This is the". */
const THIS_IS = /^\s*this is (?:the|an?)\s+/i;
/** "Ruritania Body Count (RBC) is an analytical project": a name, its short form, and what kind of body it is. */
const IS_A_BODY = /^\s*((?:\p{Lu}[\p{L}'’-]*\s+){1,5}?)(?:\(\p{Lu}{2,}\)\s+)?is an?\s+(?:[\p{Ll}-]+\s+){0,3}(\p{Ll}+)\b/u;

/**
 * A page that says who it is ("This is the Ruritania Casualty Project monthly report ...", "Ruritania Body Count (RBC)
 * is an analytical project ..."): that body speaks for the figures no sentence attributes.
 */
export function selfDescribed(doc: Doc, lex: SourceLexicon): { source: Source; sentence: number } | null {
  for (const s of doc.sentences.slice(0, SELF_LEAD_SENTENCES)) {
    const t = s.tokens;
    let first = -1;
    let last = -1;
    if (THIS_IS.test(s.text)) {
      first = t.findIndex((x) => /^(?:the|an?)$/i.test(x.text)) + 1;
      last = first;
      while (last + 1 < t.length && /^\p{Lu}/u.test(t[last + 1].text)) last++;
    } else {
      const m = IS_A_BODY.exec(s.text);
      if (!m || !lex.organisationWords.has(m[2][0].toUpperCase() + m[2].slice(1))) continue;
      first = 0;
      last = m[1].trim().split(/\s+/).length - 1;
    }
    if (first < 0 || last - first < 1 || !/^\p{Lu}/u.test(t[first]?.text ?? '')) continue;
    // (The name is the capitalised words alone: "the Ruritania Casualty Project monthly report" names the project.)
    const name = s.text.slice(t[first].start - s.start, t[last].end - s.start);
    if (THIS_IS.test(s.text) && !organisational(name, lex)) continue;
    const source = { ...make(s, first, last, first, lex), name };
    return { source, sentence: s.index };
  }
  return null;
}

/** How many lines from the foot of a statement its signature may take. */
const SIGNATURE_LINES = 3;

/**
 * A statement headed as one ("PRESS RELEASE", "Media statement") and signed at its foot ("Official Spokesperson",
 * then "Ruritanian Armed Forces"): the body that signs it speaks for the figures no sentence attributes.
 */
export function signedBy(doc: Doc, lex: SourceLexicon): { source: Source; sentence: number } | null {
  const first = doc.sentences[0];
  if (!first || !/^\s*(?:(?:media|press|joint|official)\s+)?(?:statement|release|communiqu[eé])\b/i.test(first.text)) return null;
  for (let k = doc.sentences.length - 1; k > 0 && k >= doc.sentences.length - SIGNATURE_LINES; k--) {
    const s = doc.sentences[k];
    if (s.tokens.length > 6 || /\d/.test(s.text) || !s.tokens.every((t) => /^\p{Lu}/u.test(t.text) || lex.grammar.nameConnectors.has(t.lower))) return null;
    if (organisational(s.text.trim(), lex)) return { source: make(s, 0, s.tokens.length - 1, 0, lex), sentence: -1 };
  }
  return null;
}
