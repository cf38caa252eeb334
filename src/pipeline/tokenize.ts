import { CURRENCIES } from '../lexicon/numbers.js';
import type { Token } from './types.js';

/**
 * Words keep inner hyphens, apostrophes and number separators ("T-72", "Baku's", "3,825", "14.000");
 * anything else is a one-character token. An infobox label glued to its value ("Deaths200") is split.
 */
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’]|[-.,](?=[\p{L}\p{N}]))*|\S/gu;
const GLUED_LABEL = /^(\p{Lu}\p{Ll}{3,}|[A-Z]{3})(\d[\d,.]*)$/u;
const GLUED_LOWER = /^(\p{Ll}{5,})(\d[\d,.]+)$/u;
const IMAGE_FILE = /^(.+)\.(svg|png|jpe?g|gif)$/i;

function push(tokens: Token[], t: string, start: number): void {
  tokens.push({ text: t, lower: t.toLowerCase(), start, end: start + t.length, i: tokens.length });
}

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  // exec over the one global pattern: no iterator, and matchAll would copy the pattern on every call.
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = offset + m.index;
    // "Total fatalities70": the last word of a label near the start of a line, glued to its value (so it ends in a digit).
    const lastCode = m[0].charCodeAt(m[0].length - 1);
    const glued = lastCode < 48 || lastCode > 57 ? null
      : GLUED_LABEL.exec(m[0]) ?? (tokens.length >= 1 && tokens.length <= 2 && /^\p{Lu}/u.test(tokens[0].text) ? GLUED_LOWER.exec(m[0]) : null);
    // "PHP2.03" is a currency code and its amount; "MIG29" stays one word.
    const file = glued ? null : IMAGE_FILE.exec(m[0]);
    if (glued && (glued[1].length > 3 || glued[1].toLowerCase() in CURRENCIES)) {
      push(tokens, glued[1], start);
      push(tokens, glued[2], start + glued[1].length);
    } else if (file) {
      // "Flag of Mali.svg 47 killed": a flag's file name names the row's party, so its name is a word of its own.
      push(tokens, file[1], start);
      push(tokens, '.', start + file[1].length);
      push(tokens, file[2], start + file[1].length + 1);
    } else {
      push(tokens, m[0], start);
    }
  }
  return tokens;
}
