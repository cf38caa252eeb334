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
  reportHeads: 'Nouns for reports that speak for a figure themselves when a kind is named: "Foreign reports claimed ...".',
  reportTimes: 'Words before such a noun that make it a version of the story, not a source: "Earlier reports said".',
  invertedVerbs: 'Verbs that may come before their speaker: "“...,” said the Observatory".',
  comparatives: 'Comparatives after "claims of" that make a denial deny figures not given: "denied claims of far greater losses".',
};

export const DATE_DOCS: Record<string, string> = {
  asOfWords: 'Words just before a date that make it the date a figure holds as of: "as of 3 May", "up to Friday".',
  anaphoricWords: 'Words in a date that count it from the date named before: "a week later".',
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

export const GRAMMAR_DOCS: Record<string, string> = {
  objectBreaks: 'Prepositions between an active verb and a count that make the count no object of it: "wounded in 12 raids".',
  objectFillers: 'Words that may stand between an active verb and its counted object: "killed another 12".',
  passiveForms: 'Forms of "be" before a verb that make it a passive participle: "were killed 5 km away".',
  phraseStops: 'Words that end the noun phrase after a count: "40 civilians in Gaza".',
  ofFollowers: 'Words after "of" that keep a count\'s noun phrase going: "12 of the soldiers".',
  pointers: 'Words before a total and "includes" that point back to it: "this number includes 10 children".',
  nominalFillers: 'Words between a loss noun\'s "of" and its count: "the deaths of a further 39".',
  beForms: 'Forms that make a following participle passive or a state: "were killed", "remain missing", "left homeless".',
  objectQuantifiers: 'Words after an active participle before a count that make the count its object: "killed some 40".',
  objectDeterminers: 'Determiners after a participle that make it an active verb with an object: "killed the driver".',
  subjectEnds: 'Words that end a subject read after a participle: "400 wounded civilians in the south".',
  subjectTrim: 'Words trimmed from the end of a subject between a count and its participle: "12 of the ... were killed".',
  definites: 'Determiners before one victim that make them a person named or known before: "the driver", "his son".',
  passiveBe: 'Forms of "be" and "get" before one victim\'s participle that make it passive: "was shot", "got hurt".',
  personPrepositions: 'Prepositions that may join a place or group to a person\'s noun phrase: "a man from Leeds".',
  phraseBreaks: 'Words that end a noun phrase read backwards from a verb: "when a man ...".',
  objectStarts: 'Words after a predicate that start its object: "shot his neighbour", "killed a man".',
  clauseBreaks: 'Words that end a clause, so a frame never reads across them: "12 were killed while 40 fled".',
  auxiliaries: 'Auxiliaries, adverbs and raising verbs between a counted noun and its participle: "were reportedly killed".',
  verbObjects: 'Words after a past-tense verb that make it an active verb with an object: "militants selected the ...".',
  cueFillers: 'Words too common to stand for a victim phrase in the pre-filter: "in critical condition" is looked for by "condition".',
  listWords: 'Words between two counts that make them members of one list: "12 soldiers and 3 police".',
  finiteVerbs: 'Finite verbs between two counts that close the first one\'s clause: "40 were killed, 12 were wounded".',
  countClauseWords: 'Words between "a"/"an" and its passive verb that make it no count of one: "a medic who died".',
  pronounOneBefore: 'Words before "one" that make it a pronoun, not a count: "the one who", "which one".',
  pronounOneOf: 'Words after "one of" that make "one" a pronoun picking one out: "one of the victims".',
};

export const FIGURE_DOCS: Record<string, string> = {
  tallyLinks: 'Words that may link a running total to its figure: "the toll rose to 91", "is at least 185".',
  runningWords: 'The word right before a running figure a loss noun stands as a total for: "deaths rise to 410".',
  totalQualifiers: 'Words between "the"/"that" and a total that point back to the loss named before: "the final figure".',
  comparatives: 'Comparatives before "than" comparing a figure with one just given: "lower than the 8,500".',
  includeWords: 'Words right before a count that make a loss noun before them its subject: "the wrecked vehicles included 57 trucks".',
  moneyLosses: 'Nouns that make a sum of money a loss: "damage worth $5m".',
  generalLosses: 'Nouns that speak for a whole list of losses, equipment and people alike: "Casualties:".',
  rowApproximators: 'Words after a label\'s separator that make the label a row\'s: "Killed: about 40".',
  lossCues: 'Words besides the category lexicon\'s that let a sentence be read for losses: "included", "fate".',
  generalLossWords: 'Words of loss in general, saying nothing of what befell each member of a list: "lost 3,700 men and 50 tanks".',
  uncountedHeads: 'Heads that count parties, places or occasions, never losses: "the two sides", "three countries".',
  citationLabels: 'Labels of a citation mark before its number, which is no count: "[nb 6]".',
  changeVerbs: 'Verbs of change before "from" that make "from 40 to 52" a change, not a range: "revised the toll from 40 to 52".',
};
