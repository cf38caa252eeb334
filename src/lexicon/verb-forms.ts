import nlp from 'compromise';
import { hasTag } from '../pipeline/pos.js';

// biome-ignore lint/suspicious/noExplicitAny: compromise does not type its methods() and model().
const VERB = (nlp as any).methods().two.transform.verb;
// biome-ignore lint/suspicious/noExplicitAny: as above.
const MODEL = (nlp as any).model();

/** The tense a listed form is in, by compromise's lexicon, else by its ending. */
function tenseOf(w: string): string {
  for (const tense of ['PastTense', 'Participle', 'PresentTense', 'Infinitive']) if (hasTag(w, tense)) return tense;
  return /ed$/.test(w) ? 'PastTense' : /s$/.test(w) ? 'PresentTense' : 'Infinitive';
}

/**
 * The past tense of each verb listed: "asserts" brings "asserted", "opine" brings "opined", "say" brings "said".
 * Lexicon lists may name a verb in any form; compromise's conjugator (its transform methods, no parse) writes out the
 * past. Only that: a bare or third-person form is often a noun too ("a record", "the state", "posts"), so a list names
 * those itself. Words it cannot read as verbs stay as listed.
 */
export function withVerbForms(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) continue;
    const tense = tenseOf(w);
    const infinitive = tense === 'Infinitive' ? w : VERB.toInfinitive(w, MODEL, tense);
    const past = VERB.conjugate(infinitive, MODEL)?.PastTense as string | undefined;
    // (Not a past tense the conjugator guessed the same as the bare verb: "tweet".)
    if (past && /^[a-z]+$/.test(past) && past !== infinitive) out.add(past);
  }
  return [...out];
}
