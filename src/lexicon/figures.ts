/**
 * Words around a figure that say how it stands to a total or a loss: links of a running total, words of a sum of
 * money lost, nouns for a whole list of losses. Lower-case.
 */
export interface FigureLexicon {
  /** Words that may link a running total to its figure: "the toll *rose to* 91", "the number *is at least* 185". */
  tallyLinks: string[];
  /** The word right before a running figure that a loss noun stands as a total for: "deaths rise *to* 410". */
  runningWords: string[];
  /** Adverbs between "and"/"but" and a second verb of the same total: "was 230 but *later* rose to 410". */
  coordinatedAdverbs: string[];
  /** Words between "the"/"that" and a total that point back to the loss named before: "*the final* figure". */
  totalQualifiers: string[];
  /** Comparatives before "than" that compare a figure with one just given: "*lower* than the 8,500". */
  comparatives: string[];
  /** Words right before a count that make a loss noun before them the count's subject: "the wrecked vehicles *included* 57 trucks". */
  includeWords: string[];
  /** Nouns that make a sum of money a loss: "*damage* worth $5m". */
  moneyLosses: string[];
  /** Nouns that speak for a whole list of losses, equipment and people alike: "*Casualties*:". */
  generalLosses: string[];
  /** Words after a label's separator that make the label a row's: "Killed: *about* 40". */
  rowApproximators: string[];
  /** Nouns of an intro that points back to the losses just told: "*The numbers* so far are:" then rows of counts. */
  figureWords: string[];
  /** Words that call a head line's figures approximate: "(*approximate* figures as of May)", "figures are *estimated*". */
  approximateWords: string[];
  /** Openings of a sentence whose counts are parts of the total before it: "*Among them*, 20 were from the capital". */
  partOpeners: string[];
  /** Words after a count that give the place or day it is a share of a loss for: "12 *in* Kano, 9 *in* Jigawa". */
  shareLinks: string[];
  /** Words before a list of names with numbers that make the numbers ages, no shares: "identified as Ana Ruiz (34), ...". */
  nameIntros: string[];
  /** Words besides the category lexicon's that let a sentence be read for losses: "*included*", "*fate*". */
  lossCues: string[];
  /** Words of loss in general, which say nothing of what befell each member of a list: "*lost* 3,700 men and 50 tanks". */
  generalLossWords: string[];
  /** Heads that count parties, places or occasions, never losses: "the two *sides*", "three *countries*". */
  uncountedHeads: string[];
  /** Places counted after a locative, where the losses were, not what was lost: "3,000 villagers in *four districts*". */
  locativeHeads: string[];
  /** Prepositions before such a count of places: "*in* four districts", "*across* 12 provinces". */
  locativeWords: string[];
  /** Labels of a citation mark before its number, which is no count: "[*nb* 6]". */
  citationLabels: string[];
  /** Verbs of change before "from" that make "from 40 to 52" a change, not a range: "*revised* the toll from 40 to 52". */
  changeVerbs: string[];
  /** Words before a figure that make it an update of an earlier one from the same source: "the toll *reached* 91". */
  updateCues: string[];
}

export const DEFAULT_FIGURES: FigureLexicon = {
  tallyLinks: [
    'is', 'was', 'are', 'were', 'at', 'reached', 'reaching', 'reaches', 'rose', 'risen', 'rising', 'rises', 'stood',
    'stands', 'climbed', 'increased', 'hit', 'to', 'has', 'had', 'have', 'been', 'now', 'higher', 'lower',
    'of', 'from', 'passed', 'exceeded', 'surpassed', 'topped', 'jumped', 'grew', 'up', 'down', 'further', 'already',
    // Running figures: "deaths rise to 410", "recorded at 77", "could reach 60", "put the toll at only 12".
    'climb', 'climbs', 'climbing', 'registered', 'amounted', 'amount', 'amounts', 'reach', 'may', 'could', 'might',
    'just', 'only', 'increases', 'increase', 'increasing', 'rise', 'stand', 'officially', 'revised', 'raised',
    'put', 'placed', 'estimated', 'recorded', 'be', 'will', 'would', 'soared', 'swelled', 'ranged', 'ranges', 'range',
    'ranging', 'as', 'become', 'becomes', 'became', 'back', 'taken', 'gone', 'amounting', 'meanwhile', 'since', 'again',
    'sharply', 'slightly', 'overall', 'reportedly', 'also', 'far', 'so', 'apparently', 'steadily',
    'include', 'includes', 'included', 'comprise', 'comprises', 'comprised', 'tops', 'top', 'exceeds', 'exceed', 'passes',
    'past', 'believed', 'thought', 'expected', 'likely', 'feared', 'final', 'totalled', 'totaled', 'totals', 'totalling',
    'totaling', 'numbered', 'numbering', 'hits',
  ],
  coordinatedAdverbs: ['later', 'then', 'eventually', 'subsequently', 'soon', 'quickly', 'since', 'again'],
  runningWords: [
    'to', 'at', 'reach', 'reached', 'reaches', 'reaching', 'hit', 'hits', 'topped', 'passed', 'exceeded', 'surpassed',
    // "Deaths totalled 45", "the dead numbered 2,300".
    'totalled', 'totaled', 'totals', 'numbered',
  ],
  totalQualifiers: ['final', 'true', 'real', 'actual', 'new', 'latest', 'official', 'overall'],
  comparatives: ['lower', 'higher', 'greater', 'smaller', 'larger', 'fewer', 'more', 'less'],
  includeWords: ['included', 'include', 'includes', 'including', 'comprised', 'were', 'consisted', 'consist', 'consists', 'consisting'],
  moneyLosses: ['loss', 'losses', 'damage', 'damages', 'cost', 'costs', 'destruction', 'reconstruction'],
  generalLosses: ['losses', 'loss', 'casualties', 'casualty', 'toll', 'tolls'],
  rowApproximators: ['about', 'some', 'around', 'approximately', 'over', 'more', 'c'],
  figureWords: ['numbers', 'figures', 'breakdown', 'tally', 'count', 'list', 'totals'],
  approximateWords: ['approximate', 'approximated', 'estimated', 'rough', 'roughly', 'approx'],
  partOpeners: ['among them', 'of them', 'of these', 'of those', 'among those', 'among the dead', 'of the dead', 'among the victims', 'of the victims', 'among the injured', 'of the injured'],
  shareLinks: ['in', 'from', 'at', 'on'],
  nameIntros: ['identified', 'named', 'names', 'aged', 'ages', 'age'],
  lossCues: ['included', 'includes', 'including', 'include', 'losses', 'loss', 'fate'],
  generalLossWords: ['lost', 'lose', 'loses', 'losing', 'loss', 'losses'],
  uncountedHeads: [
    'sides', 'side', 'parties', 'countries', 'nations', 'factions', 'occasions', 'rounds', 'points', 'goals', 'games',
    'matches', 'seats', 'votes', 'stars', 'languages', 'floors', 'storeys', 'stories',
  ],
  locativeHeads: [
    'districts', 'provinces', 'regions', 'counties', 'states', 'municipalities', 'communities', 'villages', 'towns',
    'cities', 'localities', 'locations', 'sites', 'areas', 'neighbourhoods', 'neighborhoods', 'governorates', 'camps',
  ],
  locativeWords: ['in', 'across', 'throughout', 'at'],
  citationLabels: ['nb', 'note', 'n', 'fn', 'citation', 'ref'],
  changeVerbs: [
    'rounds', 'rounded', 'taken', 'lowered', 'cut', 'corrected', 'updated', 'rose', 'risen', 'rising', 'increased', 'climbed',
    'jumped', 'grew', 'up', 'fell', 'dropped', 'revised', 'raised', 'adjusted', 'reduced', 'decreased', 'downgraded',
    'upgraded', 'climbing', 'falling', 'lowering', 'raising', 'revising', 'revise', 'raise', 'lower', 'rises', 'increases',
    'soared', 'surged', 'down', 'jumps', 'climbs',
  ],
  updateCues: ['reached', 'reaching', 'rose', 'risen', 'climbed', 'increased', 'jumped', 'updated', 'revised', 'now stands', 'now stand', 'toll', 'total'],
};
