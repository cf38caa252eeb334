import type { Dateline, Doc, Heading, Sentence } from './types.js';
import { readDateline } from './dateline.js';
import { tokenize } from './tokenize.js';
import { DEFAULT_LAYOUT_WORDS, readLayout, type LayoutWords } from './layout.js';

/** A heading is a short line: longer lines are read as text, and no pattern ever scans a long line twice. */
const MAX_HEADING = 200;

/**
 * A wiki ("== Losses ==") or Markdown ("## Losses") heading: its level and the title's offsets in the line.
 * Read by index, not by a backtracking pattern: "# a" followed by thousands of spaces stays linear.
 */
export function parseHeading(line: string): { level: number; start: number; end: number } | null {
  let a = 0;
  let b = line.length;
  while (a < b && /\s/.test(line[a])) a++;
  while (b > a && /\s/.test(line[b - 1])) b--;
  if (b - a > MAX_HEADING || a >= b) return null;
  const mark = line[a];
  if (mark !== '=' && mark !== '#') return null;
  let level = 0;
  while (line[a + level] === mark) level++;
  if (level > 6) return null;
  let start = a + level;
  let end = b;
  if (mark === '=') {
    // The same run of "=" closes the title.
    let close = 0;
    while (close < level && line[end - 1 - close] === '=') close++;
    if (close !== level || line[end - 1 - close] === '=') return null;
    end -= close;
  } else {
    if (!/\s/.test(line[start] ?? '')) return null; // "#hashtag" is no heading
    while (end > start && line[end - 1] === '#') end--; // closing hashes are optional
  }
  while (start < end && /\s/.test(line[start])) start++;
  while (end > start && /\s/.test(line[end - 1])) end--;
  return end > start ? { level, start, end } : null;
}


/** A line of prose is at least this long; shorter lines are labels, rows and headings, each a line of its own. */
const MIN_WRAPPED_LINE = 40;

/** Whether the line from start to the newline at end stops mid-sentence and the next line goes on with it. */
function wrapsOn(text: string, start: number, end: number): boolean {
  let b = end;
  while (b > start && (text[b - 1] === ' ' || text[b - 1] === '\t' || text[b - 1] === '\r')) b--;
  if (b - start < MIN_WRAPPED_LINE || !/[\p{L},]/u.test(text[b - 1])) return false;
  let a = end + 1;
  while (a < text.length && (text[a] === ' ' || text[a] === '\t')) a++;
  return /[a-z]/.test(text[a] ?? '');
}

/** Whether position i stands after an unclosed "(" within the few characters before it. */
function insideParentheses(text: string, i: number): boolean {
  for (let j = i - 1; j >= 0 && j > i - 24; j--) {
    if (text[j] === ')' || text[j] === '\n') return false;
    if (text[j] === '(') return true;
  }
  return false;
}

/** Splits one paragraph into sentence ranges [start, end) relative to the text. */
function splitSentences(text: string, from: number, to: number, abbreviations: ReadonlySet<string>): Array<[number, number]> {
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
      // Initials keep it going too, single ("J. Smith") or run together ("R.K. Sharma").
      if (abbreviations.has(word) || /^(?:[a-z]\.)*[a-z]$/.test(word)) continue;
      // "(22. 49. 15)": a reference's numbers, not a sentence ending after a figure.
      if (m[0] === '.' && /\d/.test(chunk[m.index - 1] ?? '') && /^\s+\d/.test(chunk.slice(end, end + 3)) && insideParentheses(chunk, m.index)) continue;
    }
    out.push([start, end]);
    start = end;
    while (start < to && /\s/.test(text[start])) start++;
  }
  if (start < to) out.push([start, to]);
  return out;
}

/**
 * Stage 1: the text as headings, paragraphs (one a line, or the lines of hard-wrapped prose) and sentences, each with exact offsets. `words`:
 * the compiled lexicon's layout words (abbreviations whose period ends no sentence); the defaults where absent.
 */
export function segment(text: string, words: LayoutWords = DEFAULT_LAYOUT_WORDS): Doc {
  const sentences: Sentence[] = [];
  const stack: Heading[] = [];
  let paragraph = -1;
  let dateline: Dateline | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // Prose hard-wrapped a line at a time ("The toll rose to 87, the agency\nreports, citing officials."): a long line
    // that stops mid-sentence goes on in the next line when that one opens in lower case.
    while (lineEnd < text.length && wrapsOn(text, lineStart, lineEnd)) {
      const next = text.indexOf('\n', lineEnd + 1);
      lineEnd = next < 0 ? text.length : next;
    }
    const line = text.slice(lineStart, lineEnd);
    const heading = parseHeading(line);
    if (heading) {
      const { level } = heading;
      while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      stack.push({ level, text: line.slice(heading.start, heading.end), start: lineStart + heading.start, end: lineStart + heading.end });
    } else if (line.trim()) {
      paragraph++;
      // A dateline opens one of the first paragraphs of a wire report, after its headline.
      if (!dateline && paragraph < 4) dateline = readDateline(line.replace(/^\s+/, ''), lineStart + line.length - line.replace(/^\s+/, '').length);
      let s = lineStart;
      let e = lineEnd;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /\s/.test(text[e - 1])) e--;
      let k = 0;
      for (const [a, b0] of splitSentences(text, s, e, words.abbreviations)) {
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
  const doc: Doc = { text, sentences, dateline, layout: [] };
  doc.layout = readLayout(doc, words);
  return doc;
}
