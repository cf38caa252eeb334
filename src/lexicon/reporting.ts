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
  /** Nouns that refer back to a source named before ("the news agency", "the ministry"). */
  backReferences: string[];
  /** Lower-case nouns that can head a source: roles, bodies and outlets ("authorities", "spokesman", "media"). */
  sourceNouns: string[];
  /** Nouns for a figure a source gave, which later sentences refer back to ("the list was updated"). */
  figureNouns: string[];
}

export const DEFAULT_ATTRIBUTION: AttributionLexicon = {
  reportingVerbs: [
    'said', 'says', 'say', 'reported', 'reports', 'report', 'claimed', 'claims', 'claim', 'confirmed', 'confirms',
    'estimated', 'estimates', 'estimate', 'released', 'releases', 'announced', 'announces', 'stated', 'states',
    'added', 'adds', 'told', 'tells', 'indicated', 'indicates', 'put', 'puts', 'gave', 'gives', 'counted',
    'counts', 'recorded', 'records', 'documented', 'documents', 'published', 'publishes', 'declared',
    'declares', 'noted', 'notes', 'wrote', 'writes', 'tallied', 'registered', 'listed', 'verified', 'verifies',
    'warned', 'warns', 'acknowledged', 'acknowledges', 'admitted', 'admits', 'alleged', 'alleges', 'updated',
    'revised', 'raised', 'lowered', 'insisted', 'asserted', 'explained', 'disclosed', 'tweeted', 'posted',
  ],
  sourcePrefixes: ['according to', 'per', 'as reported by', 'as confirmed by', 'as per', 'citing'],
  citingVerbs: ['citing', 'quoting', 'cited', 'quoted'],
  hedges: [
    'allegedly', 'reportedly', 'purportedly', 'supposedly', 'said to', 'believed to', 'thought to', 'feared',
    'it is believed', 'is believed', 'are believed', 'unconfirmed', 'not independently verified',
    'could not be independently verified', 'cannot be independently verified', 'could not be verified', 'alleged',
    'unverified', 'rumoured', 'rumored',
  ],
  denials: ['denied', 'denies', 'deny', 'refuted', 'refutes', 'rejected', 'rejects', 'dismissed', 'disputed'],
  backReferences: [
    'news agency', 'agency', 'ministry', 'monitor', 'list', 'group', 'observatory', 'organisation',
    'organization', 'office', 'report', 'statement', 'government', 'authorities', 'spokesman', 'spokeswoman',
    'spokesperson', 'official', 'officials', 'source', 'sources', 'military', 'army', 'channel', 'outlet',
  ],
  sourceNouns: [
    'authorities', 'authority', 'sources', 'source', 'media', 'side', 'officials', 'official', 'ministry', 'agency',
    'spokesman', 'spokeswoman', 'spokesperson', 'representative', 'doctor', 'doctors', 'president', 'minister',
    'governor', 'mayor', 'chief', 'head', 'commander', 'general', 'ambassador', 'envoy', 'police', 'army', 'military',
    'government', 'monitor', 'observatory', 'group', 'office', 'prosecutor', 'witnesses', 'witness', 'residents',
    'activists', 'medics', 'hospital', 'hospitals', 'agencies', 'outlet', 'newspaper', 'television', 'tv', 'radio',
    'channel', 'broadcaster', 'council', 'committee', 'service', 'services', 'department', 'command', 'staff',
    'forces', 'belligerents', 'figures', 'statement', 'report', 'reports', 'researchers', 'experts', 'analysts',
    'coroner', 'administration', 'leader', 'leaders', 'rescuers', 'organisation', 'organization',
    'state-run', 'state', 'news', 'press', 'defence', 'defense', 'interior', 'health', 'local', 'regional',
    'official', 'provincial', 'municipal', 'national', 'federal', 'military', 'deputy', 'senior', 'top', 'human',
    'rights', 'crescent', 'cross', 'red', 'civil', 'emergency', 'emergencies', 'disaster', 'humanitarian',
    'rebels', 'militants', 'insurgents', 'fighters', 'troops', 'soldiers', 'survivors', 'protesters', 'observers',
    'investigators', 'inspectors', 'paramedics', 'firefighters', 'volunteers', 'villagers', 'locals',
    'parliament', 'congress', 'senate', 'assembly', 'court', 'tribunal', 'commission', 'mission', 'inquiry', 'monitors',
  ],
  figureNouns: ['list', 'lists', 'numbers', 'number', 'figures', 'figure', 'toll', 'count', 'tally', 'data', 'report', 'estimate', 'estimates', 'statement'],
};
