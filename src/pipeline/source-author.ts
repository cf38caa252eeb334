import { findSources, type Source, type SourceLexicon } from './sources.js';
import { make } from './source-make.js';
import { organisational } from './source-phrase.js';
import type { Doc, Token } from './types.js';

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
/** How many words after a body's name its document may be named: "the UNAMA *monthly* report". */
const DOCUMENT_REACH = 5;

/**
 * The last token of a capitalised name opening at `i`, or -1: the grammar's name connectors may stand between its
 * capitals ("Observatory *for* Human Rights", "Committee *to* Protect Journalists").
 */
function nameEnd(t: Token[], i: number, lex: SourceLexicon): number {
  let last = -1;
  for (let j = i; j < t.length && j < i + 10; j++) {
    if (/^\p{Lu}/u.test(t[j].text)) last = j;
    else if (last < 0 || !lex.grammar.nameConnectors.has(t[j].lower)) break;
  }
  return last;
}

/**
 * A page that says who it is ("This is the Ruritania Casualty Project monthly report ...", "This is the RCP weekly
 * bulletin", "Ruritania Body Count (RBC) is an independent monitoring project ..."): that body speaks for the figures
 * no sentence attributes.
 */
export function selfDescribed(doc: Doc, lex: SourceLexicon): { source: Source; sentence: number } | null {
  for (const s of doc.sentences.slice(0, SELF_LEAD_SENTENCES)) {
    const t = s.tokens;
    let first = -1;
    let last = -1;
    if (/^this$/i.test(t[0]?.text ?? '') && t[1]?.lower === 'is' && /^(?:the|an?)$/.test(t[2]?.lower ?? '')) {
      // "This is the X [adjectives] report": the body whose document the page is.
      first = 3;
      // "This is the monthly report of the Ruritanian Red Cross": the body after the document and "of" or "by".
      const doc = t.slice(3, 3 + DOCUMENT_REACH).findIndex((x) => lex.reportDocuments.has(x.lower));
      if (!/^\p{Lu}/u.test(t[3]?.text ?? '') || /^(?:annual|monthly|weekly|daily)$/i.test(t[3]?.text ?? '')) {
        const of = doc >= 0 ? 3 + doc + 1 : -1;
        if (of < 0 || !/^(?:of|by)$/.test(t[of]?.lower ?? '')) continue;
        first = /^the$/i.test(t[of + 1]?.text ?? '') ? of + 2 : of + 1;
        last = nameEnd(t, first, lex);
        if (last < 0) continue;
        const name = s.text.slice(t[first].start - s.start, t[last].end - s.start).replace(/['’]s$/, '');
        return { source: { ...make(s, first, last, first, lex), name }, sentence: s.index };
      }
      last = nameEnd(t, first, lex);
      const document = last >= 0 && t.slice(last + 1, last + 1 + DOCUMENT_REACH).some((x) => lex.reportDocuments.has(x.lower));
      if (last < 0 || (!document && !organisational(s.text.slice(t[first].start - s.start, t[last].end - s.start), lex))) continue;
    } else {
      // "X (XB) is an independent monitoring project": a body the page describes as one.
      first = /^the$/i.test(t[0]?.text ?? '') ? 1 : 0;
      last = nameEnd(t, first, lex);
      if (last < 0) continue;
      let j = last + 1;
      if (t[j]?.text === '(' && t[j + 2]?.text === ')') j += 3;
      if (t[j]?.lower !== 'is' || !/^an?$/.test(t[j + 1]?.lower ?? '')) continue;
      const body = t.slice(j + 2, j + 2 + DOCUMENT_REACH).some((x) => /^\p{Ll}/u.test(x.text) && lex.organisationWords.has(x.text[0].toUpperCase() + x.text.slice(1)));
      if (!body) continue;
    }
    // One word names a body only as an acronym ("UNAMA"), not as a common capitalised word.
    if (last === first && !/^\p{Lu}{3,}$/u.test(t[first].text)) continue;
    // (The name is the capitalised words alone: "the Ruritania Casualty Project monthly report" names the project.)
    const name = s.text.slice(t[first].start - s.start, t[last].end - s.start).replace(/['’]s$/, '');
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
