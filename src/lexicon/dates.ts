/**
 * Words the date stage reads around the dates chrono finds (src/pipeline/date/): what makes a date a report's,
 * an "as of" date, one counted from the date before, or a running total's. Month and weekday names are chrono's.
 */
export interface DateLexicon {
  /** Phrases for a day counted from the date named before, with the shift in days: `{ 'the eve': -1 }` would read "on the eve". */
  dayShifts: Record<string, number>;
  /** Words just before a date that make it the date a figure holds as of: "*as of* 3 May", "*up to* Friday". */
  asOfWords: string[];
  /** Words in a date that count it from the date named before, not from today: "a week *later*". */
  anaphoricWords: string[];
  /** Documents a bare year may date: "the 2011 *census* found ...". */
  yearDocuments: string[];
  /** Events a year before them dates: "a 1963 landslide", "the 2004 tsunami". */
  yearEvents: string[];
  /** Words just before a date that make it the date of a report: "the ministry *announced* on Friday". */
  reportingBefore: string[];
  /**
   * Where a report was made, between its verb and its date: "announced *in a radio address* Sunday", "told *reporters*
   * Monday", "said *at a news conference* Friday". The last word of the setting; up to three words may stand between it and its preposition.
   */
  reportSettings?: string[];
  /** Prepositions that open a report's setting: "said *in* a statement", "said *at* a news conference". */
  reportSettingOpeners?: string[];
  /** Reporting verbs that make a sentence's opening date the report's: "On Monday, officials *said* ...". Case-sensitive. */
  reportVerbs: string[];
  /** Verbs that make a sentence without figures worth reading for its date: "the agency *released* on 3 May ...". */
  reportsWithDate: string[];
  /** Words of a date counted from the reference date, which says nothing of the narrative's year: "*last* week". */
  relativeWords: string[];
  /**
   * Phrases that count a day from the day a text came out ("yesterday", "last night", "two days ago", "on Tuesday"
   * with the weekdays): a text with none of them, published years after the first date it states, looks back on it.
   */
  publicationDays: string[];
  /** Weekdays, and the words before one that make it a day counted from publication ("*on* Tuesday", "*last* Friday"). */
  weekdays: string[];
  weekdayCues: string[];
  /** Verbs of a revised figure, before "to": "the toll was *lowered* to 40" holds when reported. */
  revisionVerbs: string[];
  /** Participles after has/have/had of a running total: "the toll has *climbed* to 91" holds when reported. */
  risingParticiples: string[];
  /** Verbs of a running total before "to" or "at": "the toll *rises* to 40", "deaths *stood* at 91". */
  risingVerbs?: string[];
  /** Words that end a line mid-sentence, so the sentence goes on below: "... a church *in*". Case-sensitive. */
  wrapEnds: string[];
  /** Verbs saying when the event itself happened: "the attack *took place* on Saturday" dates its losses. */
  occurredVerbs: string[];
  /**
   * What an encyclopedia page's note on itself is about: "This article needs additional *citations* for verification.
   * (August 2008)": the note's date dates no figure.
   */
  editorNoteWords?: string[];
}

export const DEFAULT_DATES: DateLexicon = {
  dayShifts: {
    'same day': 0, 'previous day': -1, 'day before': -1, 'next day': 1, 'following day': 1,
    // Parts of a day told from the day before: "the following morning", "the night before".
    'following morning': 1, 'next morning': 1, 'following evening': 1, 'next evening': 1, 'following night': 1, 'next night': 1,
    'night before': -1, 'previous night': -1, 'evening before': -1, 'previous evening': -1, 'morning before': -1, 'previous morning': -1,
  },
  asOfWords: ['by', 'as of', 'until', 'till', 'up to', 'through', 'as at', 'since'],
  anaphoricWords: ['later', 'earlier', 'after', 'afterwards', 'before', 'previous', 'following'],
  yearDocuments: ['report', 'survey', 'census', 'estimate', 'study', 'count'],
  yearEvents: [
    'earthquake', 'quake', 'tsunami', 'flood', 'floods', 'landslide', 'eruption', 'famine', 'cyclone', 'hurricane', 'typhoon',
    'storm', 'drought', 'epidemic', 'pandemic', 'fire', 'explosion', 'blast', 'crash', 'disaster', 'collapse', 'stampede',
    'massacre', 'bombing', 'bombings', 'attack', 'attacks', 'war', 'uprising', 'revolution', 'riots', 'coup', 'crackdown',
    'invasion', 'offensive', 'siege', 'battle', 'genocide', 'insurgency', 'rebellion', 'pogrom',
  ],
  reportingBefore: [
    'said', 'says', 'reported', 'reports', 'announced', 'revealed', 'confirmed', 'claimed', 'stated', 'told', 'gave',
    'added', 'released', 'published', 'estimated', 'tweeted', 'posted', 'wrote', 'statement', 'report',
  ],
  reportSettings: [
    'statement', 'address', 'conference', 'briefing', 'interview', 'message', 'post', 'release', 'broadcast', 'speech',
    'phone', 'telephone', 'reporters', 'journalists', 'parliament', 'television', 'radio',
  ],
  reportSettingOpeners: ['in', 'at', 'on', 'during', 'via', 'by', 'to', 'over', 'through'],
  reportVerbs: ['said', 'reported', 'claimed', 'announced', 'stated', 'confirmed', 'revealed'],
  reportsWithDate: ['said', 'says', 'reported', 'announced', 'revealed', 'confirmed', 'stated', 'told', 'released', 'published'],
  relativeWords: ['yesterday', 'today', 'ago', 'last', 'this', 'week', 'weekend', 'overnight', 'night'],
  publicationDays: [
    'yesterday', 'today', 'tonight', 'overnight', 'this morning', 'this afternoon', 'this evening', 'last night',
    'this week', 'last week', 'this weekend', 'last weekend', 'earlier this week', 'days ago', 'day ago', 'hours ago',
  ],
  weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  weekdayCues: ['on', 'last', 'this', 'late', 'early', 'next'],
  revisionVerbs: ['revised', 'raised', 'lowered', 'cut', 'corrected', 'updated', 'altered', 'adjusted', 'reduced'],
  risingParticiples: ['risen', 'climbed', 'reached', 'increased', 'grown', 'jumped', 'been killed', 'died', 'been'],
  risingVerbs: [
    'rose', 'climbed', 'stands', 'stood', 'reached', 'rises', 'climbs', 'jumps', 'jumped', 'soars', 'soared', 'surges',
    'surged', 'mounts', 'mounted',
  ],
  wrapEnds: ['in', 'on', 'at', 'of', 'and', 'the', 'near'],
  editorNoteWords: ['cite', 'citations', 'references', 'sources', 'verification', 'cleanup', 'neutrality', 'expanding', 'updated', 'contemporary reporting'],
  occurredVerbs: ['took place', 'occurred', 'happened', 'struck', 'unfolded', 'was carried out', 'were carried out'],
};
