import nlp from 'compromise';

/**
 * Coarse word classes from compromise's own lexicon (a plain object lookup, no parse), so the rules can ask
 * "is this a verb?" of any word without running the tagger on the sentence.
 */
// biome-ignore lint/suspicious/noExplicitAny: compromise does not type its model().
const LEXICON: Record<string, string | string[]> = (nlp as any).model().one.lexicon;

const VERB_TAGS = new Set(['PastTense', 'PresentTense', 'Infinitive', 'Verb', 'Modal', 'Auxiliary', 'Copula', 'Gerund', 'PhrasalVerb']);

const NO_TAGS: readonly string[] = [];
/** One shared list per single tag, so a look-up allocates nothing (the lists are only read). */
const ONE_TAG = new Map<string, readonly string[]>();

function tagsOf(word: string): readonly string[] {
  const t = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
  if (t === undefined) return NO_TAGS;
  if (Array.isArray(t)) return t;
  let list = ONE_TAG.get(t);
  if (!list) ONE_TAG.set(t, (list = [t]));
  return list;
}

/** A finite or non-finite verb form according to compromise's lexicon (or a regular -ed form not known as anything else). */
export function isVerb(lower: string): boolean {
  const tags = tagsOf(lower);
  if (tags.length) return tags.some((t) => VERB_TAGS.has(t));
  return false;
}

export function hasTag(lower: string, tag: string): boolean {
  return tagsOf(lower).includes(tag);
}

const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'Honorific']);

/** A given name or an honorific ("Igor", "Marie", "Gen.") in compromise's lexicon. */
export function isNameStart(lower: string): boolean {
  return tagsOf(lower).some((t) => NAME_TAGS.has(t));
}

/** Whether compromise's lexicon knows the word at all (as any kind of word). */
export function knownWord(lower: string): boolean {
  return tagsOf(lower).length > 0;
}
