import { DEFAULT_CATEGORIES, type CategoryLexicon } from './categories.js';
import { DEFAULT_PARTIES, type PartyEntry } from './countries.js';
import { DEFAULT_ATTRIBUTION, type AttributionLexicon } from './reporting.js';
import { DEFAULT_SUBJECTS, type SubjectLexicon } from './subjects.js';

export type { CategoryLexicon, PartyEntry, AttributionLexicon, SubjectLexicon };

/** All word lists the rules read. Pass a changed copy in `options.lexicon` to extend them. */
export interface Lexicon {
  categories: CategoryLexicon;
  parties: readonly PartyEntry[];
  subjects: SubjectLexicon;
  attribution: AttributionLexicon;
}

export const defaultLexicon: Lexicon = {
  categories: DEFAULT_CATEGORIES,
  parties: DEFAULT_PARTIES,
  subjects: DEFAULT_SUBJECTS,
  attribution: DEFAULT_ATTRIBUTION,
};

/** Partial additions to the default lexicon. */
export interface LexiconExtension {
  categories?: Partial<CategoryLexicon>;
  parties?: PartyEntry[];
  subjects?: Partial<SubjectLexicon>;
  attribution?: Partial<AttributionLexicon>;
}

/** A new lexicon: the defaults plus the given words (records merged, lists appended). */
export function extendLexicon(ext: LexiconExtension, base: Lexicon = defaultLexicon): Lexicon {
  const c = ext.categories ?? {};
  const s = ext.subjects ?? {};
  const a = ext.attribution ?? {};
  return {
    categories: {
      predicates: { ...base.categories.predicates, ...c.predicates },
      transitive: { ...base.categories.transitive, ...c.transitive },
      nouns: { ...base.categories.nouns, ...c.nouns },
      tallies: [...base.categories.tallies, ...(c.tallies ?? [])],
      notLoss: [...(base.categories.notLoss ?? []), ...(c.notLoss ?? [])],
    },
    parties: [...(ext.parties ?? []), ...base.parties],
    subjects: {
      people: [...base.subjects.people, ...(s.people ?? [])],
      equipment: [...base.subjects.equipment, ...(s.equipment ?? [])],
      structures: [...base.subjects.structures, ...(s.structures ?? [])],
    },
    attribution: {
      reportingVerbs: [...base.attribution.reportingVerbs, ...(a.reportingVerbs ?? [])],
      sourcePrefixes: [...base.attribution.sourcePrefixes, ...(a.sourcePrefixes ?? [])],
      citingVerbs: [...base.attribution.citingVerbs, ...(a.citingVerbs ?? [])],
      hedges: [...base.attribution.hedges, ...(a.hedges ?? [])],
      denials: [...base.attribution.denials, ...(a.denials ?? [])],
      backReferences: [...base.attribution.backReferences, ...(a.backReferences ?? [])],
      sourceNouns: [...base.attribution.sourceNouns, ...(a.sourceNouns ?? [])],
      figureNouns: [...base.attribution.figureNouns, ...(a.figureNouns ?? [])],
    },
  };
}
