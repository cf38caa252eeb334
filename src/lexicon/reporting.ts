import { SPEAKER_NOUNS } from './speakers.data.js';

/** Words that introduce who says a figure, and how sure the text is of it. */
export interface AttributionLexicon {
  /** Verbs of saying whose subject is the claimant: "X said/reported/claimed ...". Lower-case. */
  reportingVerbs: string[];
  /** Phrases before the claimant: "according to X". */
  sourcePrefixes: string[];
  /** Verbs that introduce a cited source: "citing Y", "quoting Y". */
  citingVerbs: string[];
  /** Words that mark a figure as uncertain. Multi-word entries matched word by word. */
  hedges: string[];
  /** Verbs that mark a figure as denied by a party. */
  denials: string[];
  /** What a denial must name to touch figures: "denied these claims", "rejected the figures", "called them false". */
  deniedObjects: string[];
  /** Objects that deny the event behind every figure reported before ("denied responsibility", "denied any ... were killed"). */
  eventDenials: string[];
  /** Words that deny after a verb of calling: "called the figures false", "branded the reports propaganda". */
  falsehoods: string[];
  /** Verbs of calling that, with a falsehood after them, deny what they name. */
  callingVerbs: string[];
  /** Nouns that refer back to a source named before ("the news agency", "the ministry"). */
  backReferences: string[];
  /** Lower-case nouns that can head a source: roles, bodies and outlets ("authorities", "spokesman", "media"). */
  sourceNouns: string[];
  /** Nouns for a figure a source gave, which later sentences refer back to ("the list was updated"). */
  figureNouns: string[];
  /** Pronouns that stand for the source named before ("It said", "he added"); "we"/"our" for the speaker or publisher. */
  pronouns: string[];
  /** Words before a reporting word that make it a noun ("some estimates", "initial reports"). */
  nounMarkers: string[];
  /** Heads that name no source though a reporting verb follows ("Earlier reports said", "the blast killed"). */
  nonSources: string[];
  /** Labels of a page's media or edits in parentheses after a figure, never its source: "Toll rises to 40 (Video)". */
  mediaLabels: string[];
  /** Verbs before "from" that name where figures come from: "the numbers come from the health office". */
  fromVerbs: string[];
  /** Adverbs and auxiliaries between a source and its verb ("also", "has", "further"). */
  reportingAdverbs: string[];
  /** Phrases that may stand between a source and its verb: "The army *at first* said", "*for its part*". */
  interposedPhrases: string[];
  /** Where something is said, after "in", "at" or "on" between a source and its verb: "The ministry in a *statement* said". */
  reportingVenues: string[];
  /** Prepositions opening a phrase between a source and its verb: "The navy, *in* a rare admission, said", ", based *in* Oslo,". */
  interposedPrepositions: string[];
  /** Verbs a place takes for what happened in it, so that it is no source: "Portland *recorded* 10 deaths". */
  placeVerbs: string[];
  /** Participles that report for the clause's subject ("issued a statement saying", ", claiming"). */
  reportingParticiples: string[];
  /** Nouns whose agent is a source: "an investigation by X", "figures from X", "a count compiled by X". */
  agentNouns: string[];
  /** Words after a reporting verb that make it an adjective ("confirmed dead"). */
  stateWords: string[];
  /** Roles a person speaks in ("spokesman", "minister"): dropped to name the organisation behind them. */
  roleNouns: string[];
  /** Words that make a name an organisation rather than a person ("Ministry", "Watch"). Case-sensitive. */
  organisationWords: string[];
  /** claimant.kind 'unnamed': heads that name no one in particular ("officials", "witnesses"). */
  unnamedSources: string[];
  /** claimant.kind 'outlet': news media and wire services. Lower-case words or phrases. */
  outlets: string[];
  /** claimant.kind 'government': words that name a government (countries and capitals come from the parties). */
  governments: string[];
  /** Words that end a clause, and with it a hedge's or a denial's reach ("while", "but"). */
  clauseBreaks: string[];
  /** Groups of words that name the same kind of source, for back-references ("the monitor" → "... Observatory"). */
  sourceSynonyms: string[];
  /** Openings of a sentence that continue the report before ("This number ...", "The list ..."). */
  continuations: string[];
  /**
   * Nouns that end a label naming whose figures follow: "Chinese records: 22,000", "Modern estimate:",
   * "(Official figures)". The label, with at least one word before the noun, is the claimant.
   */
  labelSourceNouns: string[];
  /** What a page calls its own figures, before where they stand: "All *totals* below come from the ministry". */
  pageFigureNouns: string[];
  /** Where a page's own figures stand, after those nouns: "the figures *in this table* were compiled by ...". */
  pagePlaces: string[];
  /** Verbs after "so"/"thus" in a sentence that only names the source of the figures before it: "So *say* the returns". */
  sourcingVerbs: string[];
  /** Links between "this"/"the figures" and "according to" in a paragraph that only attributes: "This *comes* from the agency". */
  sourcingLinks: string[];
  /** Words that may stand between a denial and the object it denies: "rejected *as false the* figures". */
  denialGap: string[];
  /** Denied objects that point back to the figures given before: "The army denied *this*". */
  deniedBack: string[];
  /** Comparatives after "claims of": "denied claims of far *greater* losses" denies figures not given. */
  comparatives: string[];
  /** Forms of "be" before a reporting participle that make the clause passive: "it *was* reported". */
  /** Openings of a sentence that, before a date, start a new report: "*Until* 19 October, ...", "*A week later* ...". */
  dateOpeners: string[];
  /** Heads of a source's name that make it a person: "the *mayor*", "the *coroner*". */
  personHeads: string[];
  /** Words that head an infobox or table row, never a speaker: "*Total*:", "*Strength*:". */
  rowLabels: string[];
  /** Small words inside a speaker's name before a colon: "Jean *de* Wavrin: ...". */
  speakerParticles: string[];
  /** Openings of a bracketed line that make it a time, not a source: "(*as of* July 2016)". */
  bracketTimes: string[];
  /** Words in a bracketed line that make it a note on the figures, not a source: "(*including* wounded)". */
  bracketNotes: string[];
  passiveAuxiliaries: string[];
  /** Words after a figure noun that make the words before it its source: "the police count *stood* at 12". */
  figureLinks: string[];
  /** Heads that say how official a figure is, not who gave it: "the first *official* figure". */
  sourceQualifiers: string[];
  /** Qualifiers dropped from the front of a source's name: "*latest* ministry figures" names the ministry. */
  figureQualifiers: string[];
  /** Capitalised verbs of a headline: "Ruritanian Army *Says* 40 Rebels Killed". */
  headlineVerbs: string[];
  /** Verbs that may come before their speaker: '"...," *said* the Observatory'. */
  invertedVerbs: string[];
  /** Nouns for reports that speak for a figure themselves when a kind is named: "*Foreign reports* claimed ...". */
  reportHeads: string[];
  /** Words opening a place's name, so that a label is a place, not a speaker: "*North* Carolina: 3". Case-sensitive. */
  placePrefixes: string[];
  /** Words of a military unit's name: a label of one heads its rows ("5th Lancer Regiment: 10 killed"), never a speaker. */
  unitWords: string[];
  /** Documents whose author, named in a text's opening paragraphs, speaks for its unattributed figures: "a *report* by the mission". */
  reportDocuments: string[];
  /** Heads of an event's name before "of", which names no speaker: "*Battle* of Ayton reported ...". Lower-case. */
  eventNames: string[];
  /** Words before such a noun that make it a version of the story, not a source: "*Earlier* reports said". */
  reportTimes: string[];
  /** Words of a changed figure between a passive verb and its agent: "revised *from 51 to 50* by the coroner". */
  passiveFigureWords: string[];
}

export const DEFAULT_ATTRIBUTION: AttributionLexicon = {
  reportingVerbs: [
    'said', 'says', 'say', 'reported', 'reports', 'report', 'claimed', 'claims', 'claim', 'confirmed', 'confirms',
    // Verbs of saying a figure as its speaker's word: "a news release advised that", "the ministry conceded".
    'advised', 'advises', 'suggested', 'suggests', 'conceded', 'concedes', 'specified', 'affirmed', 'reaffirmed',
    'reiterated', 'remarked', 'commented', 'replied', 'responded', 'contended', 'certified', 'asserts', 'assert', 'opined', 'opines', 'described', 'recalled', 'corroborated', 'tweets',
    'estimated', 'estimates', 'estimate', 'released', 'releases', 'announced', 'announces', 'stated', 'states',
    'added', 'adds', 'told', 'tells', 'indicated', 'indicates', 'put', 'puts', 'gave', 'gives', 'counted',
    'counts', 'recorded', 'records', 'documented', 'documents', 'published', 'publishes', 'declared',
    'declares', 'noted', 'notes', 'wrote', 'writes', 'tallied', 'detailed', 'details', 'itemized', 'itemised', 'registered', 'listed', 'list', 'lists', 'verified', 'verifies',
    'warned', 'warns', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'admit', 'alleged', 'alleges', 'updated',
    'revised', 'raised', 'lowered', 'insisted', 'asserted', 'explained', 'disclosed', 'tweeted', 'posted',
    'proclaimed', 'compiled', 'mentioned', 'testified', 'showed', 'shows', 'show', 'shown', 'recounted', 'informed', 'briefed',
    'provided', 'given', 'issued', 'defend', 'defends', 'maintain', 'maintains', 'maintained', 'argue', 'argues', 'argued',
    'contend', 'contends', 'reveal', 'reveals', 'revealed', 'feared', 'fears', 'decried', 'decries', 'lamented', 'laments', 'condemned', 'condemns', 'denounced', 'quoted', 'cited', 'believe',
    // Verbs that set a toll: "the coroner placed the toll at 57", "officials raise the toll to 40".
    'placed', 'places', 'calculated', 'calculates', 'concluded', 'concludes', 'raise', 'raises', 'lowers', 'revise',
    'revises', 'altered', 'alters', 'updates', 'tallies',
  ],
  sourcePrefixes: ['according to', 'per', 'as reported by', 'as confirmed by', 'as per', 'citing'],
  citingVerbs: ['citing', 'quoting', 'cited', 'quoted'],
  hedges: [
    'allegedly', 'reportedly', 'purportedly', 'supposedly', 'said to be', 'said to have', 'believed to', 'thought to',
    'feared', 'it is believed', 'is believed', 'are believed', 'unconfirmed', 'not independently verified',
    'could not be independently verified', 'cannot be independently verified', 'could not be verified', 'alleged',
    'unverified', 'rumoured', 'rumored', 'presumably', 'presumed', 'believed', 'undergoing verification',
    'undergoing validation', 'being verified', 'being validated', 'yet to be verified', 'yet to be confirmed',
    'may have', 'might have', 'suspected to', 'suspected of', 'feared to', 'suspected that', 'suspects that',
  ],
  denials: ['denied', 'denies', 'deny', 'denying', 'refuted', 'refutes', 'rejected', 'rejects', 'dismissed', 'disputed', 'disputes'],
  deniedObjects: [
    'claim', 'claims', 'report', 'reports', 'figure', 'figures', 'toll', 'number', 'numbers', 'allegation', 'allegations',
    'account', 'accounts', 'this', 'these', 'that', 'it', 'them', 'such', 'any', 'responsibility',
  ],
  falsehoods: ['false', 'exaggerated', 'fabricated', 'untrue', 'baseless', 'propaganda', 'lies', 'inflated'],
  callingVerbs: ['called', 'calls', 'branded', 'brands', 'termed', 'terms', 'described', 'describes', 'labelled', 'labeled'],
  eventDenials: ['responsibility', 'any'],
  backReferences: [
    'news agency', 'agency', 'ministry', 'monitor', 'list', 'group', 'observatory', 'organisation',
    'organization', 'office', 'report', 'statement', 'government', 'authorities', 'spokesman', 'spokeswoman',
    'spokesperson', 'official', 'officials', 'source', 'sources', 'military', 'army', 'channel', 'outlet', 'company',
    'firm', 'operator', 'commission', 'committee', 'council', 'command', 'mission', 'charity', 'coalition',
  ],
  sourceNouns: [
    'authorities', 'authority', 'sources', 'source', 'media', 'side', 'officials', 'official', 'ministry', 'agency',
    'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'doctor', 'doctors', 'president', 'minister',
    'governor', 'mayor', 'chief', 'head', 'commander', 'general', 'ambassador', 'envoy', 'police', 'army', 'military',
    'government', 'monitor', 'observatory', 'group', 'office', 'prosecutor', 'witnesses', 'witness', 'residents',
    'activists', 'medics', 'hospital', 'hospitals', 'agencies', 'outlet', 'newspaper', 'television', 'tv', 'radio',
    'channel', 'broadcaster', 'council', 'committee', 'service', 'services', 'department', 'command', 'staff',
    'forces', 'belligerents', 'figures', 'statement', 'report', 'reports', 'researchers', 'experts', 'analysts',
    'coroner', 'administration', 'leader', 'leaders', 'rescuers', 'organisation', 'organization', 'worker', 'workers', 'prefecture', 'prefectures', 'volunteer',
    'state-run', 'state', 'news', 'press', 'defence', 'defense', 'interior', 'health', 'local', 'regional',
    'official', 'provincial', 'municipal', 'national', 'federal', 'military', 'deputy', 'senior', 'top', 'human',
    'rights', 'crescent', 'cross', 'red', 'civil', 'emergency', 'emergencies', 'disaster', 'humanitarian',
    'rebels', 'militants', 'insurgents', 'fighters', 'troops', 'soldiers', 'survivors', 'protesters', 'observers',
    'investigators', 'inspectors', 'paramedics', 'firefighters', 'volunteers', 'villagers', 'locals',
    'parliament', 'congress', 'senate', 'assembly', 'court', 'tribunal', 'commission', 'mission', 'inquiry', 'monitors',
    'watchdog', 'watchdogs', 'opposition', 'party', 'parties', 'union', 'unions', 'coalition',
    'wing', 'expert', 'experts', 'headquarters', 'eyewitness', 'eyewitnesses', 'authors', 'historians', 'association',
    'navy', 'guard', 'coast', 'air', 'force', 'coalition', 'ministries', 'sheriff', 'medical', 'examiner', 'ngo', 'charity',
    'secretary', 'general', 'high', 'supreme', 'joint', 'security', 'intelligence', 'officer', 'officers', 'company',
    'firm', 'operator', 'corporation', 'hospital', 'clinic', 'morgue', 'unnamed', 'anonymous', 'elder', 'elders', 'chieftain',
    // Bodies and offices WordNet lists ("gendarmerie", "prefect", "pathologists"): scripts/gen-speakers.ts.
    ...SPEAKER_NOUNS.split('|'),
  ],
  pronouns: [
    'it', 'he', 'she', 'they', 'we', 'i', 'our', 'us',
    // Contracted with their verb: "“We’ve confirmed 37 deaths,” said ...".
    "we've", 'we’ve', "they've", 'they’ve', "i've", 'i’ve', "we're", 'we’re', "they're", 'they’re', "we'd", 'we’d', "they'd", 'they’d',
  ],
  nounMarkers: [
    'a', 'an', 'the', 'some', 'many', 'most', 'these', 'those', 'other', 'earlier', 'initial', 'first', 'latest', 'new',
    'official', 'own', 'their', 'its', 'his', 'her', 'our', 'unofficial', 'conservative', 'independent',
    'to', 'such', 'preliminary', 'previous', 'final',
  ],
  fromVerbs: ['come', 'comes', 'came', 'taken', 'drawn', 'derived', 'obtained', 'sourced', 'compiled', 'gathered'],
  mediaLabels: ['video', 'videos', 'photo', 'photos', 'pictures', 'gallery', 'audio', 'map', 'graphic', 'updated', 'update', 'live', 'watch', 'opinion', 'analysis'],
  nonSources: [
    'figures', 'figure', 'toll', 'much', 'nothing', 'everything', 'something',
    'attack', 'attacks', 'blast', 'explosion', 'fire', 'earthquake', 'quake', 'storm', 'flood', 'floods', 'bombing',
    'strike', 'strikes', 'raid', 'shelling', 'count', 'tally', 'data', 'numbers', 'number', 'list', 'research',
  ],
  reportingAdverbs: [
    'also', 'initially', 'later', 'separately', 'officially', 'previously', 'first', 'then', 'further', 'again',
    'reportedly', 'today', 'yesterday', 'earlier', 'had', 'has', 'have', 'on', 'quickly', 'publicly', 'later', 'still',
    'repeatedly', 'subsequently', 'itself', 'himself', 'herself', 'themselves', 'recently', 'now', 'meanwhile', 'however',
    'only', 'just', 'merely', 'always', 'already', 'long', 'often', 'never',
  ],
  interposedPhrases: [
    'at first', 'at the time', 'in turn', 'for its part', 'for their part', 'for his part', 'for her part', 'in return',
    'once again', 'in response', 'on its part',
  ],
  placeVerbs: ['recorded', 'registered', 'reported', 'saw', 'suffered', 'counted'],
  interposedPrepositions: ['in', 'at', 'on', 'via', 'through', 'during', 'by', 'near', 'from'],
  reportingVenues: [
    'statement', 'statements', 'report', 'release', 'conference', 'briefing', 'interview', 'post', 'tweet', 'bulletin',
    'communique', 'communiqué', 'update', 'website', 'broadcast', 'address', 'speech', 'message', 'letter', 'twitter',
    'facebook', 'telegram', 'television', 'radio', 'x', 'parliament', 'session', 'hearing', 'note', 'notice',
  ],
  reportingParticiples: ['saying', 'claiming', 'stating', 'reporting', 'estimating', 'announcing', 'noting', 'confirming', 'putting'],
  agentNouns: [
    'investigation', 'inquiry', 'study', 'analysis', 'review', 'survey', 'count', 'tally', 'estimate', 'estimates',
    'figures', 'figure', 'data', 'assessment', 'statistics', 'numbers', 'report', 'reports', 'findings', 'research', 'toll',
    'statement', 'statements', 'records',
    // Plurals of a document's kind: "initial investigations by the prosecutor", "field assessments by the society".
    'investigations', 'inquiries', 'studies', 'analyses', 'reviews', 'surveys', 'assessments',
  ],
  stateWords: ['dead', 'killed', 'missing', 'injured', 'wounded', 'alive', 'destroyed', 'damaged'],
  roleNouns: [
    'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'head', 'chief', 'minister', 'official', 'director',
    'commander', 'envoy', 'ambassador',
  ],
  organisationWords: [
    'Ministry', 'Agency', 'Observatory', 'Office', 'Council', 'Committee', 'Department', 'Army', 'Forces', 'Force',
    'Command', 'Police', 'Government', 'Authority', 'Authorities', 'Service', 'Services', 'Center', 'Centre', 'Institute',
    'Organisation', 'Organization', 'Network', 'Watch', 'Crescent', 'Cross', 'Nations', 'Union', 'Media', 'News', 'Press',
    'Television', 'TV', 'Radio', 'Times', 'Post', 'Party', 'Front', 'Brigade', 'Brigades', 'Group', 'Movement',
    'Association', 'Commission', 'Court', 'Parliament', 'Assembly', 'University', 'Hospital', 'Republic', 'Kingdom', 'State',
    'States', 'InfoCenter', 'Headquarters', 'Staff', 'Guard', 'Navy', 'Corps', 'Coalition', 'Children', 'Fund',
    'Programme', 'Program', 'Mission', 'Directorate', 'Bureau', 'Secretariat', 'Project', 'Monitor', 'Initiative',
  ],
  unnamedSources: [
    'sources', 'source', 'officials', 'official', 'witnesses', 'witness', 'eyewitness', 'eyewitnesses', 'residents',
    'activists', 'locals', 'villagers', 'survivors', 'people', 'analysts', 'experts', 'observers', 'diplomats',
    'authors', 'historians', 'researchers', 'medics', 'doctors', 'rescuers', 'workers', 'relatives', 'journalists',
  ],
  outlets: [
    'news agency', 'press agency', 'newspaper', 'television', 'tv', 'radio', 'channel', 'broadcaster', 'outlet', 'media',
    'reuters', 'associated press', 'ap', 'afp', 'agence france-presse', 'xinhua', 'tass', 'ria novosti', 'interfax',
    'irna', 'bbc', 'cnn', 'al jazeera', 'times', 'post', 'daily', 'gazette', 'herald', 'journal', 'tribune', 'news',
    'wire', 'website', 'tweet', 'spa', 'saba', 'anadolu', 'yonhap', 'kyodo', 'efe', 'dpa', 'ansa', 'wafa', 'sana',
  ],
  governments: ['government', 'authorities', 'kremlin', 'white house', 'cabinet', 'presidency', 'administration', 'state department', 'pentagon'],
  sourceSynonyms: ['monitor observatory watch', 'agency press news', 'agency organization organisation programme program', 'agency authority council administration bureau', 'ministry mod department', 'army military forces', 'military mod'],
  continuations: ['this', 'these', 'that', 'those', 'it', 'they', 'the figure', 'the figures', 'the toll', 'the dead', 'the list', 'the deceased', 'the victims', 'the injured', 'the wounded', 'the fatalities', 'the casualties', 'among them', 'among the dead', 'among the wounded', 'among the injured', 'among the victims', 'of them', 'of these'],
  clauseBreaks: [';', 'while', 'but', 'whereas', 'although', 'though', 'however', 'after', 'before'],
  labelSourceNouns: [
    'records', 'record', 'estimate', 'estimates', 'claim', 'claims', 'sources', 'source', 'figures', 'figure', 'statement',
    'statements', 'accounts', 'account', 'report', 'reports', 'data', 'count', 'tally', 'census', 'survey', 'study',
    // A bracket that says only how official a figure is: "60 killed (official)", "200 (unofficial)".
    'official', 'unofficial', 'officially',
  ],
  figureNouns: ['list', 'lists', 'numbers', 'number', 'figures', 'figure', 'toll', 'tolls', 'count', 'counts', 'tally', 'tallies', 'data', 'statistics', 'report', 'estimate', 'estimates', 'statement'],
  pageFigureNouns: ['figures', 'numbers', 'statistics', 'data', 'estimates', 'totals'],
  pagePlaces: [
    'on this page', 'in this article', 'in this report', 'in this section', 'in this table', 'in this page', 'below', 'here',
    'above', 'given here', 'used here',
  ],
  sourcingVerbs: ['say', 'says', 'report', 'reports', 'records', 'record', 'state', 'states'],
  sourcingLinks: ['is', 'are', 'was', 'were', 'comes', 'come', 'came'],
  denialGap: ['as', 'false', 'untrue', 'baseless', 'inflated', 'exaggerated', 'the'],
  deniedBack: ['this', 'that', 'these', 'those', 'it', 'them'],
  comparatives: ['higher', 'lower', 'larger', 'greater', 'bigger', 'smaller'],
  passiveAuxiliaries: ['was', 'were', 'is', 'are', 'been', 'be', 'being'],
  figureLinks: ['is', 'was', 'stands', 'stood', 'were', 'are', 'of', 'put', 'puts', 'at'],
  sourceQualifiers: [
    'official', 'officials', 'local', 'regional', 'provincial', 'national', 'federal', 'municipal', 'senior', 'top', 'state',
    'human',
  ],
  figureQualifiers: ['official', 'initial', 'latest', 'new', 'final', 'revised'],
  headlineVerbs: [
    'says', 'said', 'claims', 'reports', 'confirms', 'announces', 'denies',
    // Verbs that set a toll: "Police Raise Death Toll to 40".
    'raise', 'raises', 'lower', 'lowers', 'revise', 'revises', 'puts', 'put', 'updates',
  ],
  reportHeads: ['reports', 'estimates'],
  eventNames: ['battle', 'siege', 'sack', 'fall', 'massacre', 'raid', 'operation'],
  reportDocuments: [
    'report', 'study', 'investigation', 'survey', 'findings', 'review', 'inquiry', 'assessment', 'bulletin', 'overview',
    'update', 'snapshot', 'briefing', 'factsheet',
  ],
  unitWords: [
    'regiment', 'regt', 'battalion', 'bn', 'brigade', 'bde', 'division', 'corps', 'squadron', 'sqn', 'company', 'coy',
    'battery', 'platoon', 'flotilla', 'fleet', 'legion', 'cavalry', 'infantry', 'artillery', 'hussars', 'dragoons', 'guards',
  ],
  placePrefixes: ['North', 'South', 'East', 'West', 'New', 'Upper', 'Lower'],
  reportTimes: ['earlier', 'initial', 'previous', 'first', 'early', 'later', 'latest', 'recent', 'new', 'the', 'these', 'those'],
  passiveFigureWords: ['from', 'to', 'up', 'down', 'upward', 'upwards', 'downward', 'downwards', 'at', 'about', 'around', 'nearly', 'some', 'over'],
  invertedVerbs: ['said', 'says', 'say', 'added', 'reported', 'reports', 'wrote', 'confirms'],
  dateOpeners: [
    'on', 'by', 'until', 'till', 'in', 'as of', 'over the course of', 'from', 'since', 'through', 'during', 'a day later',
    'a week later', 'a month later', 'the next day', 'the following day', 'later that',
  ],
  personHeads: ['mayor', 'governor', 'president', 'prime', 'sheriff', 'coroner', 'secretary', 'general', 'leader', 'chief'],
  rowLabels: [
    'total', 'totals', 'date', 'location', 'result', 'strength', 'note', 'notes', 'casualties', 'losses', 'killed', 'wounded',
    'missing', 'captured', 'dead', 'injured', 'commanders', 'commander', 'belligerents', 'units', 'unit', 'operation', 'battle',
    'siege', 'campaign', 'phase', 'day', 'part', 'see', 'also', 'update', 'updated', 'breaking', 'source', 'sources', 'photo',
    'video', 'map', 'figure', 'table', 'chart',
  ],
  speakerParticles: ['de', 'van', 'von', 'al', 'el', 'la', 'le', 'du', 'of'],
  bracketTimes: ['as of', 'since', 'until', 'by', 'from', 'in', 'on'],
  bracketNotes: ['including', 'incl', 'excluding', 'plus', 'est', 'estimated'],
};
