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

/** Each list of a section as a set of lower-case words, for the stages that test one token at a time. */
export type WordSets<T> = { readonly [K in keyof T]: ReadonlySet<string> };
export function wordSets<T extends object>(section: T): WordSets<T> {
  return Object.fromEntries(Object.entries(section).map(([k, v]) => [k, new Set((v as string[]).map((w) => w.toLowerCase()))])) as unknown as WordSets<T>;
}
