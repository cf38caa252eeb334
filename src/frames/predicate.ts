import { combineCategories } from '../lexicon/categories.js';
import type { Category } from '../schema.js';
import { hasTag, isActiveVerbWithObject, isClauseBreak, isVerb, matchAt, type Cue, type FrameContext } from './context.js';

/** How far after a count its participle may stand ("three Kenyan aid workers from a Nairobi charity visiting ..., were injured"). */
const MAX_NP_TOKENS = 18;
const NEGATIONS = new Set(['not', 'never', 'no', "n't"]);
/** Categories whose nouns name people by their state, not by what happened to them in the event. */
const STATE_NOUNS = new Set<Category>(['captured', 'displaced']);

/**
 * A participle (with "or"/"and" a second one) at token i: "killed", "killed or wounded", "destroyed or captured".
 */
export function predicateAt(ctx: FrameContext, i: number): { category: Category; last: number } | null {
  const first = matchAt(ctx.lex.predicates, ctx.tokens, i);
  if (!first) return null;
  let category = first.value;
  let last = first.last;
  // "killed or wounded", "killed & wounded", and a longer list "killed, wounded and missing" (a comma chain
  // counts only when "and"/"or" closes it with one more participle).
  for (let j = last, chain = category; j < last + 12;) {
    const conj = ctx.tokens[j + 1]?.text.toLowerCase();
    if (conj !== 'or' && conj !== 'and' && conj !== '&' && conj !== ',') break;
    const next = matchAt(ctx.lex.predicates, ctx.tokens, j + 2);
    if (!next) break;
    chain = combineCategories(chain, next.value);
    j = next.last;
    if (conj !== ',') { category = chain; last = j; }
  }
  return { category, last };
}

/** Auxiliaries from i, then a participle: "were killed", "were feared to have been destroyed", "remained missing". */
/** Predicates that are adjectives, never active verbs taking an object: "16 fighters dead the Observatory said". */
const STATES = /^(dead|missing|homeless|unaccounted)$/;

function auxThenPredicate(ctx: FrameContext, i: number): { category: Category; last: number; aux: number; passive: boolean } | null {
  let aux = 0;
  let passive = false;
  for (let j = i; j < ctx.tokens.length && aux <= 8; j++) {
    const t = ctx.tokens[j];
    if (NEGATIONS.has(t.lower)) return null;
    const p = predicateAt(ctx, j);
    if (p) return { ...p, aux, passive: passive || STATES.test(t.lower) };
    if (!ctx.lex.grammar.auxiliaries.has(t.lower) && t.text !== ',') return null;
    if (ctx.lex.grammar.beForms.has(t.lower) || t.lower === 'who' || t.lower === 'that' || t.lower === 'which') passive = true;
    if (t.text === ',' && aux === 0) return null;
    aux++;
  }
  return null;
}

function nextHasOwnAt(ctx: FrameContext, i: number): boolean {
  return ctx.mentionAt[i] >= 0 && predicateAt(ctx, ctx.mentions[ctx.mentionAt[i]].last + 1) !== null;
}

/**
 * The count's own words after it: a participle right after it or after its noun ("250 wounded",
 * "12 killed villagers", "62 Bolivian miners were killed"), or a loss noun heading its phrase
 * ("170 of these deaths", "numerous casualties").
 */
export function ownCue(ctx: FrameContext, k: number): Cue | null {
  const m = ctx.mentions[k];
  const { tokens, mentionAt } = ctx;
  const { grammar } = ctx.lex;
  // "a"/"an" in the phrase ("members of an extended family") does not end it.
  let next = k + 1;
  while (ctx.mentions[next]?.weak && next <= k + 3) next++;
  const nextMention = ctx.mentions[next]?.first ?? tokens.length;
  const limit = Math.min(nextMention, m.last + 1 + MAX_NP_TOKENS, tokens.length);
  let comma = false;
  let stateNoun: Cue | null = null;
  for (let j = m.last + 1; j < limit; j++) {
    const t = tokens[j];
    if (t.text === ',') comma = true;
    if (NEGATIONS.has(t.lower)) break;
    // "Killed: 6,710 Wounded: 1,289": a capitalised word before a colon labels the next count, not this one.
    if (tokens[j + 1]?.text === ':' && /^\p{Lu}/u.test(t.text)) break;
    // After a comma, a finite verb of another clause ("one porter, who tried to ...") ends the phrase.
    if (comma && /^[a-z]/.test(t.text) && !ctx.lex.grammar.auxiliaries.has(t.lower) && isVerb(t.lower) && !hasTag(t.lower, 'Gerund') && !matchAt(ctx.lex.predicates, tokens, j)) break;
    if (mentionAt[j] >= 0 && !ctx.mentions[mentionAt[j]].weak || isClauseBreak(t, ctx.lex) || ctx.lex.reportingVerbs.has(t.lower) && !ctx.lex.grammar.auxiliaries.has(t.lower) && /^[a-z]/.test(t.text)) break;
    // Loss noun heading the phrase: "85 casualties", "293 of these deaths".
    // "4,000 were sent to capture the town": a verb's infinitive with its object is a purpose, not a loss noun.
    const infinitive = tokens[j - 1]?.lower === 'to' && (isVerb(t.lower) || grammar.definites.has(tokens[j + 1]?.lower ?? '') || /^(a|an)$/.test(tokens[j + 1]?.lower ?? ''));
    const noun = infinitive ? null : matchAt(ctx.lex.nouns, tokens, j);
    // "654 and injuries at ...": a loss noun after "and" heads a phrase of its own.
    const joined = j === m.last + 2 && /^(and|or)$/.test(tokens[m.last + 1].lower);
    if (noun && !stateNoun && !joined && j - m.last <= 4 && !matchAt(ctx.lex.predicates, tokens, j) && (tokens[noun.last + 1]?.lower !== 'of' || ctx.lex.people.has(tokens[noun.last].lower))) {
      // People named by a state ("hostages", "prisoners") take the verb that follows: "hostages were killed"; so do
      // victims, of whatever befell them ("15 victims were injured"), and are the dead when no verb says more.
      if (STATE_NOUNS.has(noun.value) || /^victims?$/.test(tokens[noun.last].lower)) {
        stateNoun = { category: noun.value, first: j, last: noun.last, rule: 'head-noun', subjectFirst: m.last + 1, subjectLast: noun.last };
        continue;
      }
      return { category: noun.value, first: j, last: noun.last, rule: 'head-noun', subjectFirst: m.last + 1, subjectLast: noun.last };
    }
    const p = auxThenPredicate(ctx, j);
    if (p) {
      // An active verb with its own object is not this count's participle: "3 gunmen killed 5 people".
      const after = tokens[p.last + 1];
      // "355, missing 500": after a comma a predicate right before another count is that count's.
      if (comma && mentionAt[p.last + 1] >= 0 && !nextHasOwnAt(ctx, p.last + 1)) break;
      // "3 Civilians Killed 38 Injured": a headline of participles, each after its own count.
      const nextHasOwn = mentionAt[p.last + 1] >= 0 && predicateAt(ctx, ctx.mentions[mentionAt[p.last + 1]].last + 1) !== null;
      // "people fleeing the fighting": fleeing takes what they flee, and they are still the displaced.
      if (!p.passive && !nextHasOwn && p.category !== 'displaced' && after && (mentionAt[p.last + 1] >= 0 || mentionAt[p.last + 2] >= 0 && grammar.objectQuantifiers.has(after.lower) || grammar.objectDeterminers.has(after.lower))) break;
      if (p.aux === 0 && j === m.last + 1) {
        // "400 wounded", "10 killed civilians": the participle stands right after the count.
        let sl = p.last;
        while (sl + 1 < limit && /^[\p{L}][\p{L}-]*$/u.test(tokens[sl + 1].text) && !ctx.lex.grammar.auxiliaries.has(tokens[sl + 1].lower) && !grammar.subjectEnds.has(tokens[sl + 1].lower)) sl++;
        // "30,000 wounded Austrian sources: 8,000 killed": words that end in a colon label what follows, from their
        // first capital on; they are not what this count counts.
        if (sl > p.last && tokens[sl + 1]?.text === ':') {
          const label = tokens.slice(p.last + 1, sl + 1).findIndex((x) => /^\p{Lu}/u.test(x.text));
          if (label >= 0) sl = p.last + label;
        }
        return { category: p.category, first: j, last: p.last, rule: 'participle', subjectFirst: p.last + 1, subjectLast: sl };
      }
      let sl = j - 1;
      while (sl > m.last && (!/^[\p{L}\p{N}]/u.test(tokens[sl].text) || ctx.lex.grammar.auxiliaries.has(tokens[sl].lower) || grammar.subjectTrim.has(tokens[sl].lower))) sl--;
      // "Two Danes and a Colombian ... are missing": the phrase of this count ends before the next count.
      for (let x = m.last + 1; x < sl; x++) if (/^(and|or)$/.test(tokens[x].lower) && mentionAt[x + 1] >= 0) { sl = x - 1; break; }
      return { category: p.category, first: j, last: p.last, rule: 'passive', subjectFirst: m.last + 1, subjectLast: sl };
    }
    if (j > m.last + 1 && isActiveVerbWithObject(tokens, j, ctx.lex)) break;
  }
  return stateNoun;
}
