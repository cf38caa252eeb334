/**
 * Function words the rules read around a figure: forms of "be", determiners, prepositions and fillers that may
 * stand between a count and the words that say what befell it. Each list is named for the place it is read in, so
 * a word added to one changes that rule only. Lower-case.
 */
export interface GrammarLexicon {
  /** Prepositions between an active verb and a count that make the count no object of it: "wounded *in* 12 raids". */
  objectBreaks: string[];
  /** Words that may stand between an active verb and its counted object: "killed *another* 12". */
  objectFillers: string[];
  /** Forms of "be" before a verb that make it a passive participle, not an active verb: "*were* killed 5 km away". */
  passiveForms: string[];
  /** Words that end the noun phrase after a count: "40 civilians *in* Gaza". */
  phraseStops: string[];
  /** Words after "of" that keep a count's noun phrase going: "12 of *the* soldiers". */
  ofFollowers: string[];
  /** Words after "this"/"that"/"the" before "includes", pointing back to a total: "*this* number includes 10 children". */
  pointers: string[];
  /** Words between a loss noun's "of" and its count: "the deaths of *a further* 39". */
  nominalFillers: string[];
  /** Forms that make a following participle passive or a state: "*were* killed", "*remain* missing", "*left* homeless". */
  beForms: string[];
  /** Words after an active participle before a second count that make them its object: "killed *some* 40". */
  objectQuantifiers: string[];
  /** Determiners after a participle that make it an active verb with an object: "killed *the* driver". */
  objectDeterminers: string[];
  /** Words that end a subject read after a participle: "400 wounded civilians *in* the south". */
  subjectEnds: string[];
  /** Words trimmed from the end of a subject between a count and its participle: "12 of *the* ... were killed". */
  subjectTrim: string[];
  /** Determiners before one victim that make them a person named or known before: "*the* driver", "*his* son". */
  definites: string[];
  /** Forms of "be" and "get" before one victim's participle that make it passive: "*was* shot", "*got* hurt". */
  passiveBe: string[];
  /** Prepositions that may join a place or group to a person's noun phrase: "a man *from* Leeds". */
  personPrepositions: string[];
  /** Words that end a noun phrase read backwards from a verb: a clause's, a verb's or a preposition's ("*when* a man ..."). */
  phraseBreaks: string[];
  /** Words after a predicate that start its object: "shot *his* neighbour", "killed *a* man". */
  objectStarts: string[];
  /** Words that end a clause, so a frame never reads across them: "12 were killed *while* 40 fled". */
  clauseBreaks: string[];
  /** Auxiliaries, adverbs and raising verbs between a counted noun and its participle: "were *reportedly* killed", "*feared* to have been". */
  auxiliaries: string[];
  /** Words after a past-tense verb that make it an active verb with an object, ending a noun phrase: "militants selected *the* ...". */
  verbObjects: string[];
  /** Words too common to stand for a victim phrase in the pre-filter: "*in* critical condition" is looked for by "condition". */
  cueFillers: string[];
  /** Words between two counts that make them members of one list: "12 soldiers *and* 3 police", "*as well as*". */
  listWords: string[];
  /** Finite verbs between two counts that close the first one's clause: "40 were killed, 12 *were* wounded". */
  finiteVerbs: string[];
  /** Words between "a"/"an" and its passive verb that make it no count of one: "a medic *who* died". */
  countClauseWords: string[];
  /** Words before "one" that make it a pronoun, not a count: "*the* one who", "*which* one". */
  pronounOneBefore: string[];
  /** Words after "one of" that make "one" a pronoun picking one out: "one of *the* victims". */
  pronounOneOf: string[];
  /** Words that never stand in a source's name before its noun: "*in* ministry figures" ends the name. */
  nameBreaks: string[];
  /** Small words that join the words of a source's name, trimmed from its ends: "Ministry *of* Health". */
  nameConnectors: string[];
  /** Function words that open a sentence with a capital they do not have as names: "*However*, officials said". */
  sentenceOpeners: string[];
  /** Forms of "be" that are never an adverb between a source and its verb: "the ministry *was* told". */
  beWords: string[];
  /** Words of a claimant's name that carry no identity, for the summary's key: "Ministry *of* Defence" is "Defence Ministry". */
  keyFillers: string[];
  /** Small words an acronym skips: "Ministry *of* Health (MOH)". */
  initialsSkip: string[];
  /** Arabic articles joined by a hyphen to a party's name, which opens a sentence capitalised: "*al*-Shabaab", "Al-Shabaab". */
  nameArticles: string[];
}

export const DEFAULT_GRAMMAR: GrammarLexicon = {
  objectBreaks: ['in', 'on', 'at', 'by', 'during', 'after', 'before', 'near', 'with', 'from', 'into', 'across', 'amid', 'since', 'for', 'over', 'under', 'when', 'while'],
  objectFillers: ['also', 'reportedly', 'allegedly', 'further', 'another', 'additional', 'a', 'total', 'of', 'the', 'some', 'an', 'estimated'],
  passiveForms: ['were', 'was', 'been', 'be', 'being', 'are', 'is'],
  phraseStops: [
    'in', 'on', 'at', 'by', 'during', 'as', 'from', 'with', 'after', 'before', 'since', 'until', 'while', 'when', 'where',
    'who', 'which', 'that', 'and', 'or', 'to', 'for', 'were', 'was', 'are', 'is', 'have', 'has', 'had', 'the', 'over',
    'across', 'near', 'amid', 'into', 'including', 'included', 'among', 'such', 'like', 'said', 'says', 'it', 'they',
    'he', 'she', 'we',
  ],
  ofFollowers: ['the', 'these', 'those', 'them', 'whom', 'which'],
  pointers: ['this', 'that', 'the', 'these'],
  nominalFillers: ['the', 'a', 'total', 'further', 'additional', 'some', 'another', 'at', 'least'],
  beForms: [
    'were', 'was', 'are', 'is', 'be', 'been', 'being', 'remain', 'remained', 'remains', 'got', 'get', 'gets', 'left',
    'declared', 'listed', 'confirmed', 'reported', 'presumed', 'feared', 'believed', 'said', 'known', 'thought',
    'estimated', 'recorded',
  ],
  objectQuantifiers: ['another', 'a', 'some', 'over', 'nearly', 'about', 'around'],
  objectDeterminers: ['the', 'a', 'an', 'his', 'her', 'their'],
  subjectEnds: ['and', 'or', 'in', 'on', 'at', 'by', 'during', 'as', 'from', 'with', 'after', 'before'],
  subjectTrim: ['the', 'a', 'an', 'among', 'of', 'in', 'and', 'or', 'internally'],
  definites: ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your'],
  passiveBe: ['was', 'were', 'is', 'are', 'be', 'been', 'being', 'got', 'get', 'gets', 'remains', 'remained', 'remain'],
  personPrepositions: ['of', 'from', 'in', 'on', 'at', 'aboard', 'inside', 'near', 'outside', 'with'],
  phraseBreaks: [
    'and', 'or', 'but', 'nor', 'of', 'from', 'in', 'on', 'at', 'by', 'to', 'for', 'with', 'as', 'after', 'before', 'during',
    'when', 'while', 'where', 'who', 'whom', 'whose', 'which', 'that', 'than', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him',
    'them', 'said', 'says', 'say', 'told', 'was', 'were', 'is', 'are', 'has', 'have', 'had', 'be', 'been', 'being', 'if',
    'into', 'onto', 'over', 'under', 'about', 'against', 'between', 'through', 'near', 'not', 'no', 'outside', 'inside',
    'behind', 'across', 'along', 'around', 'towards', 'toward', 'since', 'until', 'because', 'then', 'so',
  ],
  objectStarts: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'him', 'them', 'himself', 'herself', 'themselves', 'my', 'our', 'two', 'three', 'several'],
  clauseBreaks: ['while', 'but', 'whereas', 'although', 'though', 'because', 'however', 'according', 'meanwhile', 'whilst', 'unlike', 'despite'],
  auxiliaries: [
    'were', 'was', 'are', 'is', 'be', 'been', 'being', 'have', 'has', 'had', 'remain', 'remained', 'remains',
    'still', 'also', 'reportedly', 'allegedly', 'seriously', 'critically', 'severely', 'lightly', 'slightly',
    'badly', 'fatally', 'mortally', 'later', 'subsequently', 'all', 'both', 'each', 'confirmed', 'believed', 'said',
    'thought', 'feared', 'known', 'reported', 'presumed', 'declared', 'listed', 'as', 'left', 'now', 'already',
    'to', 'might', 'may', 'could', 'would', 'will', 'likely', 'probably', 'possibly', 'then', 'eventually',
    'officially', 'who', 'that', 'which', 'further', 'either', 'initially', 'since', 'got',
    'get', 'gets', 'apparently', 'presumably', 'currently', 'temporarily', 'permanently',
    'just', 'recently', 'previously', 'earlier', 'altogether', 'estimated', 'recorded', 'understood', 'internally',
  ],
  verbObjects: ['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'these', 'those', 'several', 'many'],
  cueFillers: ['their', 'his', 'her', 'its', 'the', 'a', 'an', 'in', 'to', 'of', 'and', 'on', 'has', 'was', 'were'],
  listWords: ['and', 'or', 'well', 'plus', 'including', 'included', 'includes', 'with', 'another', 'separately', 'also', 'possibly', 'probably', 'perhaps', 'the', 'further', 'then', 'more'],
  finiteVerbs: ['were', 'was', 'is', 'are', 'have', 'has', 'had', 'will', 'would'],
  countClauseWords: ['who', 'that', 'which', 'on', 'in', 'at', 'of', 'from', 'with', 'for', 'by'],
  pronounOneBefore: ['the', 'this', 'that', 'which', 'each', 'every', 'any', 'no', 'another', 'someone', 'only', 'last'],
  pronounOneOf: ['the', 'these', 'those', 'them', 'us', 'his', 'her', 'their', 'its'],
  nameBreaks: [
    'in', 'on', 'at', 'by', 'from', 'with', 'after', 'before', 'during', 'near', 'over', 'under', 'into', 'since', 'until',
    'while', 'when', 'where', 'who', 'which', 'that', 'said', 'says', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'as',
    'than', 'because', 'if',
  ],
  nameConnectors: ['of', 'for', 'and', 'in', 'to', 'the', 'de', 'al', 'el'],
  sentenceOpeners: [
    'as', 'in', 'on', 'at', 'by', 'for', 'with', 'after', 'before', 'when', 'while', 'since', 'but', 'and', 'so', 'then',
    'also', 'however', 'meanwhile', 'later', 'earlier', 'there', 'here', 'it', 'this', 'that',
  ],
  beWords: ['was', 'were', 'is', 'are', 'been', 'be'],
  keyFillers: ['the', 'of', 'for', 'and', 'on', 'in', 'its', 'a', 'an'],
  initialsSkip: ['of', 'for', 'the', 'and', 'on', 'in', 'de', 'du', 'des', 'al', 'el', 'to'],
  nameArticles: ['al', 'el', 'ad', 'as', 'an', 'ash'],
};
