import { matchEndingAt, type Cue, type FrameContext } from './context.js';


/**
 * A loss noun with "of" before the count: "the deaths of 318", "the destruction of nearly 60",
 * "the burning or looting of seven", "the whereabouts of 14".
 */
export function nominalCue(ctx: FrameContext, k: number): Cue | null {
  const { tokens } = ctx;
  let i = ctx.mentions[k].first - 1;
  while (i >= 0 && ctx.lex.grammar.nominalFillers.has(tokens[i].lower) && !(tokens[i].lower === 'a' && tokens[i - 1]?.lower !== 'of')) i--;
  if (tokens[i]?.lower !== 'of') return null;
  // "the ‘deliberate slaughter’ of 300": a closing quote between the noun and "of", alone or glued to the noun.
  const quoted = /^[’'"”]$/.test(tokens[i - 1]?.text ?? '') ? 1 : 0;
  let noun = matchEndingAt(ctx.lex.nouns, tokens, i - 1 - quoted);
  const glued = /^(\p{L}+)[’']$/u.exec(tokens[i - 1]?.text ?? '');
  const single = glued ? ctx.lex.nouns.get(glued[1].toLowerCase())?.find((p) => p.words.length === 1) : undefined;
  if (!noun && single) noun = { value: single.value, first: i - 1 };
  if (!noun) return null;
  // "destruction or damage of": the first noun names it.
  const alt = tokens[noun.first - 1]?.lower === 'or' ? matchEndingAt(ctx.lex.nouns, tokens, noun.first - 2) : null;
  if (alt) noun = alt;
  return { category: noun.value, first: noun.first, last: i, rule: 'nominal' };
}
