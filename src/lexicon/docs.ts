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
  passiveAuxiliaries: 'Forms of "be" before a reporting participle that make the clause passive: "it was reported".',
  figureLinks: 'Words after a figure noun that make the words before it its source: "the police count stood at 12".',
  sourceQualifiers: 'Heads that say how official a figure is, not who gave it: "the first official figure".',
  figureQualifiers: 'Qualifiers dropped from the front of a source\'s name: "latest ministry figures".',
  headlineVerbs: 'Capitalised verbs of a headline: "Ruritanian Army Says 40 Rebels Killed".',
  unitWords: 'Words of a military unit\'s name, so that its label heads rows, not a speaker: "5th Lancer Regiment: 10 killed".',
  placePrefixes: 'Words opening a place\'s name, so that a label is a place, not a speaker: "North Carolina: 3".',
  reportHeads: 'Nouns for reports that speak for a figure themselves when a kind is named: "Foreign reports claimed ...".',
  reportTimes: 'Words before such a noun that make it a version of the story, not a source: "Earlier reports said".',
  invertedVerbs: 'Verbs that may come before their speaker: "“...,” said the Observatory".',
  comparatives: 'Comparatives after "claims of" that make a denial deny figures not given: "denied claims of far greater losses".',
};

export const DATE_DOCS: Record<string, string> = {
  asOfWords: 'Words just before a date that make it the date a figure holds as of: "as of 3 May", "up to Friday".',
  anaphoricWords: 'Words in a date that count it from the date named before: "a week later".',
  yearEvents: 'Events a year right before them dates: "a 1963 landslide", "the 2004 tsunami".',
  yearDocuments: 'Documents a bare year may date: "the 2011 census found ...".',
  reportingBefore: 'Words just before a date that make it a report\'s date: "the ministry announced on Friday".',
  reportVerbs: 'Reporting verbs (case-sensitive) that make a sentence\'s opening date the report\'s: "On Monday, officials said ...".',
  reportsWithDate: 'Verbs that make a sentence without figures worth reading for its date: "the agency released on 3 May ...".',
  relativeWords: 'Words of a date counted from the reference date: "last week", "yesterday".',
  revisionVerbs: 'Verbs of a revised figure, before "to": "the toll was lowered to 40" holds when reported.',
  risingParticiples: 'Participles after has/have/had of a running total: "the toll has climbed to 91".',
  wrapEnds: 'Words (case-sensitive) that end a line mid-sentence, so the sentence goes on below: "... a church in".',
};

export const SIDE_DOCS: Record<string, string> = {
  agentNouns: 'Nouns after a party that make it the one doing harm, not a place: "Chadian shelling".',
  lossNouns: 'Nouns after a party that make it the one suffering: "Armenian losses".',
  countGap: 'Words between a count and a party that keep the party the counted one\'s: "12 of 40 Iranian drones".',
  continuationOpeners: 'Openings of a sentence that goes on with the report before, and its side: "These included ...".',
  continuationFigures: 'Figure nouns after "the" that open such a sentence: "The toll rose to 41".',
  continuationSources: 'Sources after "the" whose "said"/"added" goes on with the report before: "the ministry added".',
  harmPlaceWords: 'Words before a party that make it where the harm happened, not who did it: "a hotel in the capital".',
  passiveAuxiliaries: 'Forms of "be" between an agent and its verb that make the verb passive: "Russian tanks were destroyed".',
  placeLocatives: 'Words before a place that say something happened there: "near Aleppo".',
  placeNouns: 'Nouns of a place before "of": "the province of Idlib".',
  directions: 'Words between a locative and a place: "in northern Syria".',
  placeListWords: 'Words before a capitalised word that may make it a place of a list: "in Ayton and Beeton".',
  nameParticles: 'Small words inside a name that an infobox header line may hold: "Kingdom of Romania".',
  layoutSourceWords: 'Words after a party in a layout\'s head that make it the figures\' source: "Northern estimates:".',
};
