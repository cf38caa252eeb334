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
    if (src) return { source: src, sentence: s.index };
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
