import nlp from 'compromise';

/**
 * The past forms of each verb listed: "asserts" brings "asserted", "opine" brings "opined", "give" brings "gave" and
 * "given". Lexicon lists may name a verb in any form; compromise's conjugator writes out its past tense and participle.
 * Only those: a bare or third-person form is often a noun too ("a record", "the state", "posts"), so a list names
 * those itself. Words it cannot read as verbs stay as listed.
 */
export function withVerbForms(words: readonly string[]): string[] {
  const out = new Set(words);
  for (const w of words) {
    if (/\s/.test(w)) continue;
    // biome-ignore lint/suspicious/noExplicitAny: compromise's View type does not declare its verbs plugin.
    const forms = ((nlp(w).tag('Verb') as any).verbs().conjugate()[0] ?? {}) as Record<string, string | undefined>;
    for (const key of ['PastTense', 'Participle']) {
      const form = forms[key];
      // (Not a past tense the conjugator guessed the same as the bare verb: "tweet".)
      if (form && /^[a-z]+$/i.test(form) && (form !== forms.Infinitive || key === 'Participle')) out.add(form);
    }
  }
  return [...out];
}
