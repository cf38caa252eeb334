import type { Doc, Heading, Sentence } from './types.js';
import { tokenize } from './tokenize.js';

const WIKI_HEADING = /^\s*(={1,6})\s*(.+?)\s*\1\s*$/;
const MD_HEADING = /^\s*(#{1,6})\s+(.+?)\s*#*\s*$/;

/** Abbreviations whose period does not end a sentence. Lower-case, without the period. */
const ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'maj', 'col', 'lt',
  'capt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'no',
  'vs', 'etc', 'approx', 'gov', 'sen', 'rep', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'pres', 'dept', 'est',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'fig', 'al', 'nos', 'ca', 'cf', 'ave', 'govt',
]);

/** Splits one paragraph into sentence ranges [start, end) relative to the text. */
function splitSentences(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = from;
  // The look-behind starts a match only at the first mark of a run, so "......" stays linear.
  const re = /(?<![.!?])[.!?]+["'”’)\]]*(?:\[\d+\])*(?=\s+["'“‘(]?[A-Z0-9])/g;
  re.lastIndex = from;
  const chunk = text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = re.exec(chunk)) !== null) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.') {
      // The word before the period: an abbreviation or an initial keeps the sentence going.
      const before = /([A-Za-z][A-Za-z.]*)$/.exec(chunk.slice(Math.max(start, m.index - 12), m.index));
      const word = before ? before[1].toLowerCase() : '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) continue;
    }
    out.push([start, end]);
    start = end;
    while (start < to && /\s/.test(text[start])) start++;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/**
 * Stage 1: the text as headings, paragraphs (one a line or block) and sentences, each with exact offsets.
 */
export function segment(text: string): Doc {
  const sentences: Sentence[] = [];
  const stack: Heading[] = [];
  let paragraph = -1;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const heading = WIKI_HEADING.exec(line) ?? MD_HEADING.exec(line);
    if (heading) {
      const level = heading[1].length;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      const hs = lineStart + line.indexOf(heading[2]);
      stack.push({ level, text: heading[2], start: hs, end: hs + heading[2].length });
    } else if (line.trim()) {
      paragraph++;
      let s = lineStart;
      let e = lineEnd;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      let k = 0;
      for (const [a, b0] of splitSentences(text, s, e)) {
        let b = b0;
        while (b > a && /\s/.test(text[b - 1])) b--;
        if (b <= a) continue;
        const sentText = text.slice(a, b);
        sentences.push({
          index: sentences.length,
          start: a,
          end: b,
          text: sentText,
          paragraph,
          indexInParagraph: k++,
          headings: [...stack],
          tokens: tokenize(sentText, a),
        });
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
  }
  return { text, sentences };
}
