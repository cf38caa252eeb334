/**
 * Word lists turned into regex source, for the stages that match words inside a longer pattern. Every word is
 * escaped, so a lexicon entry is always read as plain text ("u.s." matches a dot, never any letter).
 */

const escapeWord = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words as alternatives ("said|reported|told"), in the order given, each space written as `space`:
 * ' ' for exactly one space, '\\s+' for any run of white space.
 */
export function alternation(words: readonly string[], space = ' '): string {
  return words.map((w) => escapeWord(w).replace(/ /g, space)).join('|');
}
