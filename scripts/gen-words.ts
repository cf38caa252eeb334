/**
 * What the gazetteer generators (gen-cities.ts, gen-regions.ts) leave out: names that name a country, and common
 * English words by compromise's lexicon.
 */
import countries from 'world-countries';
import nlp from 'compromise';

/** Every country's names and its demonym, lower-case: a place of that name would stand for the country. */
export const countryWords = new Set<string>();
for (const c of countries as any[]) {
  for (const n of [c.name.common, c.name.official, ...(c.altSpellings ?? []), c.demonyms?.eng?.m]) if (n) countryWords.add(String(n).toLowerCase());
}

/**
 * The world's regions as world-countries lists them ("Asia", "South-Eastern Asia", "Caribbean") and their last
 * words: "in South Asia" names a region, never a town of that name.
 */
export const regionWords = new Set<string>();
for (const c of countries as any[]) {
  for (const r of [c.region, c.subregion]) if (r) for (const n of [r, String(r).split(/[\s-]+/).at(-1)]) regionWords.add(String(n).toLowerCase());
}

const lexicon = (nlp as any).model().one.lexicon as Record<string, string | string[]>;
/**
 * A word compromise knows as something else than a place ("Mobile", "Split"). A given name or surname ("Orlando",
 * "Austin") is no common word: only in locative position is it read as a place.
 */
export function commonWord(name: string): boolean {
  const tag = lexicon[name.toLowerCase()];
  if (!tag) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((t) => /Place|City|Country|Region|ProperNoun|Person|FirstName|MaleName|FemaleName|LastName/.test(t));
}
