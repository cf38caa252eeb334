import type { Source, SourceLexicon } from './sources.js';
import { kindOf } from './source-kind.js';
import { organisational } from './source-phrase.js';

/**
 * Sources named so far, indexed by each word of their names and by what they put out ("a list"), so that
 * "the news agency", "the ministry", "the list" resolve to the latest source they can name in one look-up.
 */
export class SourceRegistry {
  private byWord = new Map<string, { source: Source; seq: number }>();
  private byObject = new Map<string, { source: Source; seq: number }>();
  private seq = 0;

  add(source: Source): void {
    const entry = { source, seq: this.seq++ };
    for (const w of source.name.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (w) this.byWord.set(w, entry);
    for (const o of source.objects) this.byObject.set(o, entry);
  }

  /** The latest source a pronoun can stand for: "he"/"she" a person if there is one, "it"/"they" a body. */
  private latest: Source | null = null;
  private latestPerson: Source | null = null;
  private latestBody: Source | null = null;

  note(source: Source, lex: SourceLexicon): void {
    this.latest = source;
    const kind = kindOf(source.name, source.person, lex);
    // "Yildiz told reporters": a bare capitalised name no organisation word marks is a person for "he".
    const words = source.name.split(/\s+/);
    const personLike = kind === 'person' || (kind === 'organisation' && !organisational(source.name, lex) && /^\p{Lu}/u.test(source.name) && words.length <= 3) ||
      // "Coastal Command chief Raimo Aho": a role with a name after it.
      words.some((w, i) => lex.roleNouns.has(w.toLowerCase()) && /^\p{Lu}/u.test(words[i + 1] ?? '')) ||
      // "A villager who helped bury the dead": one of the people who speak unnamed ("villagers", "witnesses").
      (kind === 'unnamed' && words.some((w) => lex.unnamedSources.has(`${w.toLowerCase()}s`) || lex.unnamedSources.has(`${w.toLowerCase()}es`)));
    if (personLike) this.latestPerson = source;
    if (!personLike || source.person !== source.name) this.latestBody = source;
  }

  resolvePronoun(pronoun: string): Source | null {
    if (pronoun === 'he' || pronoun === 'she') return this.latestPerson ?? this.latest;
    if (pronoun === 'it' || pronoun === 'they') return this.latestBody ?? this.latest;
    return this.latest;
  }

  constructor(private readonly synonyms: Map<string, string[]>) {}

  /**
   * "the union", "the charity": a common noun after "the" that names a source named before ("the Turkish Doctors
   * Union") is that source, whether or not the lexicon lists it as a back-reference.
   */
  namesAgain(ref: Source): boolean {
    if (!/^[Tt]he\s+\p{Ll}+$/u.test(ref.text)) return false;
    const head = ref.name.toLowerCase();
    const earlier = this.resolve(ref)?.name.toLowerCase();
    return !!earlier && earlier !== head && earlier.split(/\s+/).includes(head);
  }

  resolve(ref: Source): Source | null {
    if (ref.pronoun) return this.resolvePronoun(ref.pronoun);
    const head = ref.name.split(/\s+/).at(-1)!.toLowerCase();
    let best = this.byObject.get(head);
    for (const w of this.synonyms.get(head) ?? [head]) {
      const hit = this.byWord.get(w);
      if (hit && (!best || hit.seq > best.seq)) best = hit;
    }
    return best?.source ?? null;
  }
}
