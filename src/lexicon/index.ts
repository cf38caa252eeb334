import { DEFAULT_CATEGORIES, type CategoryLexicon } from './categories.js';
import { DEFAULT_PLACES, type PlaceRow } from './cities.js';
import { DEFAULT_PARTIES, type PartyEntry } from './countries.js';
import { DEFAULT_SIDE_WORDS, type SideLexicon } from './sides.js';
import { DEFAULT_ATTRIBUTION, type AttributionLexicon } from './reporting.js';
import { DEFAULT_SUBJECTS, type SubjectLexicon } from './subjects.js';
import { DEFAULT_VICTIMS, type VictimLexicon } from './victims.js';
import { DEFAULT_COUNTED, type CountedLexicon } from './counted.js';
import { DEFAULT_PARTS, type PartsLexicon } from './parts.js';
import { DEFAULT_DATES, type DateLexicon } from './dates.js';
import { DEFAULT_GRAMMAR, type GrammarLexicon } from './grammar.js';
import { DEFAULT_FIGURES, type FigureLexicon } from './figures.js';
import { DEFAULT_LAYOUT, type LayoutLexicon } from './layout.js';

export type { CategoryLexicon, PartyEntry, AttributionLexicon, SubjectLexicon, PlaceRow, SideLexicon, VictimLexicon, CountedLexicon, PartsLexicon, DateLexicon, GrammarLexicon, FigureLexicon, LayoutLexicon };

/** All word lists the rules read. Pass a changed copy in `options.lexicon` to extend them. */
export interface Lexicon {
  categories: CategoryLexicon;
  parties: readonly PartyEntry[];
  subjects: SubjectLexicon;
  attribution: AttributionLexicon;
  /** Places standing for their country ([country, "City|Region|…"]): a gazetteer generated from GeoNames. */
  places: readonly PlaceRow[];
  /** Role words, bystanders and disaster words the side stage reads. */
  sides: SideLexicon;
  /** Words for one victim without a numeral ("a man was shot dead"); the defaults where absent. */
  victims?: VictimLexicon;
  /** What a figure counts, for the summary: classes of head words ("conscripts" are soldiers); the defaults where absent. */
  counted?: CountedLexicon;
  /** Cues of parts and totals, for the summary ("including", "in all"); the defaults where absent. */
  parts?: PartsLexicon;
  /** Words around dates: report verbs, "as of", "a week later", running totals; the defaults where absent. */
  dates?: DateLexicon;
  /** Function words read around a figure: forms of "be", determiners, prepositions; the defaults where absent. */
  grammar?: GrammarLexicon;
  /** Words that tie a figure to a total or a loss: "the toll rose to", "damage worth"; the defaults where absent. */
  figures?: FigureLexicon;
  /** Abbreviations whose period ends no sentence, and the words of infobox labels and list intros; the defaults where absent. */
  layout?: LayoutLexicon;
}

export const defaultLexicon: Lexicon = {
  categories: DEFAULT_CATEGORIES,
  parties: DEFAULT_PARTIES,
  subjects: DEFAULT_SUBJECTS,
  attribution: DEFAULT_ATTRIBUTION,
  places: DEFAULT_PLACES,
  sides: DEFAULT_SIDE_WORDS,
  victims: DEFAULT_VICTIMS,
  counted: DEFAULT_COUNTED,
  parts: DEFAULT_PARTS,
  dates: DEFAULT_DATES,
  grammar: DEFAULT_GRAMMAR,
  figures: DEFAULT_FIGURES,
  layout: DEFAULT_LAYOUT,
};

/** Partial additions to the default lexicon. */
export interface LexiconExtension {
  categories?: Partial<CategoryLexicon>;
  parties?: PartyEntry[];
  subjects?: Partial<SubjectLexicon>;
  attribution?: Partial<AttributionLexicon>;
  places?: PlaceRow[];
  sides?: Partial<SideLexicon>;
  victims?: Partial<VictimLexicon>;
  counted?: Partial<CountedLexicon>;
  parts?: Partial<PartsLexicon>;
  dates?: Partial<DateLexicon>;
  grammar?: Partial<GrammarLexicon>;
  figures?: Partial<FigureLexicon>;
  layout?: Partial<LayoutLexicon>;
}

/**
 * One section of lists merged key by key: lists appended, records merged, a record of lists appended per key
 * (`{ soldiers: ['conscript'] }` adds a word to the soldiers' class, a new key adds a class).
 */
export function mergeSection<T extends object>(base: T, ext: Partial<T> = {}): T {
  const merged = (a: unknown, b: unknown): unknown => {
    if (b === undefined) return a;
    if (Array.isArray(a)) return [...a, ...(b as unknown[])];
    const out: Record<string, unknown> = { ...(a as object) };
    for (const [k, v] of Object.entries(b as object)) out[k] = Array.isArray(v) && Array.isArray(out[k]) ? [...(out[k] as unknown[]), ...v] : v;
    return out;
  };
  return Object.fromEntries(Object.keys(base).map((k) => [k, merged(base[k as keyof T], ext[k as keyof T])])) as T;
}

/** A new lexicon: the defaults plus the given words (records merged, lists appended). */
export function extendLexicon(ext: LexiconExtension, base: Lexicon = defaultLexicon): Lexicon {
  const c = ext.categories ?? {};
  const s = ext.subjects ?? {};
  const a = ext.attribution ?? {};
  const w = ext.sides ?? {};
  const b = base.sides;
  const v = ext.victims ?? {};
  const bv = base.victims ?? DEFAULT_VICTIMS;
  return {
    categories: {
      predicates: { ...base.categories.predicates, ...c.predicates },
      transitive: { ...base.categories.transitive, ...c.transitive },
      nouns: { ...base.categories.nouns, ...c.nouns },
      tallies: [...base.categories.tallies, ...(c.tallies ?? [])],
      notLoss: [...(base.categories.notLoss ?? []), ...(c.notLoss ?? [])],
      countedEvents: [...(base.categories.countedEvents ?? []), ...(c.countedEvents ?? [])],
      columnHeads: { ...base.categories.columnHeads, ...c.columnHeads },
    },
    parties: [...(ext.parties ?? []), ...base.parties],
    subjects: {
      people: [...base.subjects.people, ...(s.people ?? [])],
      equipment: [...base.subjects.equipment, ...(s.equipment ?? [])],
      structures: [...base.subjects.structures, ...(s.structures ?? [])],
    },
    attribution: Object.fromEntries(
      (Object.keys(base.attribution) as Array<keyof AttributionLexicon>).map((k) => [k, [...base.attribution[k], ...(a[k] ?? [])]]),
    ) as unknown as AttributionLexicon,
    // Added places come first, so they win over a gazetteer city of the same name.
    places: [...(ext.places ?? []), ...base.places],
    // Every list of the side words, merged by key, so a new list is reached without further edits.
    sides: Object.fromEntries(
      (Object.keys(b) as Array<keyof SideLexicon>).map((k) => [k, [...b[k], ...(w[k] ?? [])]]),
    ) as unknown as SideLexicon,
    // Lists appended and word–category records merged, key by key, as for the categories.
    victims: Object.fromEntries(
      (Object.keys(bv) as Array<keyof VictimLexicon>).map((k) => {
        const a = bv[k];
        const b = v[k];
        return [k, Array.isArray(a) ? [...a, ...((b as string[] | undefined) ?? [])] : { ...a, ...(b as object | undefined) }];
      }),
    ) as unknown as VictimLexicon,
    counted: mergeSection(base.counted ?? DEFAULT_COUNTED, ext.counted),
    parts: mergeSection(base.parts ?? DEFAULT_PARTS, ext.parts),
    dates: mergeSection(base.dates ?? DEFAULT_DATES, ext.dates),
    grammar: mergeSection(base.grammar ?? DEFAULT_GRAMMAR, ext.grammar),
    figures: mergeSection(base.figures ?? DEFAULT_FIGURES, ext.figures),
    layout: mergeSection(base.layout ?? DEFAULT_LAYOUT, ext.layout),
  };
}
