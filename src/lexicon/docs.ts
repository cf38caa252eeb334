/**
 * One line on each word list moved out of the stages, for the option schemas' descriptions (src/options.ts):
 * what the words are for, with an example.
 */

export const ATTRIBUTION_DOCS: Record<string, string> = {
  pageFigureNouns: 'What a page calls its own figures: "All totals below come from ...".',
  pagePlaces: 'Where a page\'s own figures stand: "the figures in this table were compiled by ...".',
  sourcingVerbs: 'Verbs after "so"/"thus" in a sentence that only names the source of the figures before it: "So say the returns".',
  sourcingLinks: 'Links in a paragraph that only attributes: "This comes from the agency", "These are according to ...".',
  denialGap: 'Words that may stand between a denial and its object: "rejected as false the figures".',
  deniedBack: 'Denied objects that point back to the figures given before: "The army denied this".',
  comparatives: 'Comparatives after "claims of" that make a denial deny figures not given: "denied claims of far greater losses".',
};
