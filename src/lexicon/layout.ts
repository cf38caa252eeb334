/**
 * Words the segmenter and the layout reader read (src/pipeline/segment.ts, layout.ts): abbreviations whose period
 * ends no sentence, and the words that tell an infobox's labels and a list's intro from its rows.
 */
export interface LayoutLexicon {
  /** Abbreviations, lower-case and without their last period, whose period does not end a sentence: "*Gen.* Smith". */
  abbreviations: string[];
  /** Labels that end the parties' lines of an infobox: "*Commanders and leaders*", "*Strength*". */
  infoboxEnds: string[];
  /** Words that make a line ending in a colon a clause that introduces rows, not a label: "The losses *were* as follows:". */
  introWords: string[];
  /** Words of a row left out when telling whether an infobox's first column comes round again: "*approx* 300". */
  rowQualifiers: string[];
}

export const DEFAULT_LAYOUT: LayoutLexicon = {
  abbreviations: [
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'maj', 'col', 'lt',
    'capt', 'sgt', 'cpl', 'pvt', 'adm', 'brig', 'cmdr', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'no',
    'vs', 'etc', 'approx', 'gov', 'sen', 'rep', 'inc', 'ltd', 'co', 'corp', 'mt', 'ft', 'pres', 'dept', 'est',
    'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'fig', 'al', 'nos', 'ca', 'cf', 'ave', 'govt',
  ],
  infoboxEnds: [
    'commanders and leaders', 'commander and leaders', 'commanders', 'commander', 'strength', 'units involved', 'unit involved',
    'result', 'location', 'date',
  ],
  introWords: [
    'were', 'was', 'are', 'is', 'as follows', 'following', 'include', 'includes', 'included', 'including', 'numbered',
    'totalled', 'totaled', 'lost', 'suffered', 'said', 'reported',
  ],
  rowQualifiers: ['approx', 'about', 'c', 'ca', 'over', 'some'],
};
