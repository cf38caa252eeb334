import type { ClaimantKind } from '../schema.js';
import { organisational, type SourceLexicon } from './source-phrase.js';

/** Whether any run of the name's lower-case words is in the set ("associated press", "tv"). */
function hasPhrase(words: string[], set: Set<string>): boolean {
  for (let i = 0; i < words.length; i++) {
    let p = '';
    for (let j = i; j < Math.min(words.length, i + 3); j++) {
      p = p ? `${p} ${words[j]}` : words[j];
      if (set.has(p)) return true;
    }
  }
  return false;
}

/**
 * What kind of source a claimant is: unnamed ("officials", "local sources"), person (a named person or a role:
 * "the mayor"), outlet (news media, wire services), government (a state, its capital, "the government"),
 * else organisation (ministries, armies, agencies, NGOs, UN bodies).
 */
export function kindOf(name: string, person: string | null | undefined, lex: SourceLexicon): ClaimantKind {
  // The same few names come back for every claim they make: their kinds are kept, a bounded number per lexicon.
  let kinds = knownKinds.get(lex);
  if (!kinds || kinds.size >= MAX_KNOWN_KINDS) knownKinds.set(lex, (kinds = new Map()));
  const key = `${person ? 'p' : '-'}${name}`;
  let kind = kinds.get(key);
  if (kind === undefined) kinds.set(key, (kind = readKind(name, person, lex)));
  return kind;
}

const knownKinds = new WeakMap<SourceLexicon, Map<string, ClaimantKind>>();
const MAX_KNOWN_KINDS = 4096;

function readKind(name: string, person: string | null | undefined, lex: SourceLexicon): ClaimantKind {
  const words = name.toLowerCase().replace(/['’]s\b/g, '').split(/[^\p{L}\p{N}.-]+/u).filter(Boolean);
  const head = words.at(-1) ?? '';
  // Capitals beyond a sentence-initial common word: "Local sources" and "Witnesses" name no one.
  const first = words[0] ?? '';
  const initialCommon = lex.sourceNouns.has(first) || lex.unnamedSources.has(first) || lex.nounMarkers.has(first);
  const capitalised = /\p{Lu}/u.test(initialCommon ? name.replace(/^\S+\s*/u, '') : name);
  if (!capitalised && lex.unnamedSources.has(head)) return 'unnamed';
  const org = organisational(name, lex);
  if (!org && (person || lex.roleNouns.has(head) || lex.personHeads.has(head))) return 'person';
  if (hasPhrase(words, lex.outlets)) return 'outlet';
  if (lex.partyNames.has(words.join(' ')) || hasPhrase(words, lex.governments)) return 'government';
  if (!org && !capitalised) return lex.sourceNouns.has(head) && !lex.unnamedSources.has(head) ? 'organisation' : 'unnamed';
  return 'organisation';
}
