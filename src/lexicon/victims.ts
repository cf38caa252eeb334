import type { Category } from '../schema.js';

/**
 * Words for one victim named or described without a numeral ("a man was shot dead", "officer Jane Roe was
 * fatally stabbed", "the driver died"): a claim of 1. Lower-case; multi-word entries are matched word by word.
 */
export interface VictimLexicon {
  /** Singular nouns naming one person, the head of "a 42-year-old woman", "the driver", "an off-duty deputy". */
  people: string[];
  /**
   * Nouns never one victim, though compromise knows them as persons (its "Actor" nouns, read after "a" or "the"
   * as persons too: "a courier", "the plumber"): "the enemy", "nobody".
   */
  notPeople: string[];
  /** Words before a name that make it a person's: "Officer Jane Roe", "Mrs Ada Lee", "Private Tom Hale". */
  titles: string[];
  /** Heads that name a victim already counted when one was: "the victim", "the deceased". */
  backReferences: string[];
  /**
   * What happened to the person, said right after it ("was shot dead", "died", "succumbed to her injuries",
   * "was shot in the leg", "was kidnapped"), besides the killed, wounded and missing predicates of the category lexicon.
   */
  predicates: Record<string, Category>;
  /**
   * Active verbs before the person they befell: "a gunman shot and killed a 19-year-old", "the crash killed a
   * cyclist", besides the killed, wounded and missing verbs of the category lexicon. "a man" after any of them
   * is read by the count frames already; these read the persons those miss ("a 19-year-old", "Officer Jane Roe").
   */
  transitive: Record<string, Category>;
  /** Verbs and nouns of a harm suffered: "suffered a gunshot wound", "sustained serious injuries", "a man with stab wounds". */
  harmVerbs: string[];
  harmNouns: string[];
  /** Verbs and nouns of a person taken to hospital: "was taken to a local hospital", "was rushed to Ward Medical Center". */
  hospitalVerbs: string[];
  hospitals: string[];
  /** Words between the person and the loss besides auxiliaries: "was found shot dead". */
  auxiliaries: string[];
  /** Verbs of an attempt before "to": "tried to kill a guard" is no loss. */
  attempts: string[];
  /** Adverbs and adjectives that make a wound a death: "fatally shot", "mortally wounded", "fatal injuries". */
  fatal: string[];
  /**
   * Predicates that are also active verbs ("a man shot his neighbour", "the man who killed her"): without "was"/"were"
   * before them and with an object after them, their subject is the one who did it. First words only.
   */
  activeVerbs: string[];
  /**
   * What never makes one person a loss ("a man was arrested", "a gunman fled", "was shot at"): a count of one read
   * from "a" is dropped, and a victim predicate starting one ("shot" in "shot at") is none.
   */
  notLost: string[];
  /** Words that set a victim in a supposition, not in the event: "if a child is hurt", "a man could have died". */
  hypothetical: string[];
  /** Words in a victim's clause that set it in an earlier event named as background: "two years ago", "last year". */
  background: string[];
  /** Words before a victim that make it an earlier event: "the first killing since a man was stabbed", "comes a week after". */
  backgroundBefore: string[];
}

export const DEFAULT_VICTIMS: VictimLexicon = {
  people: [
    'man', 'woman', 'boy', 'girl', 'child', 'kid', 'baby', 'infant', 'toddler', 'teenager', 'teen', 'youth',
    'adult', 'person', 'individual', 'pensioner', 'retiree', 'gentleman', 'lady', 'schoolboy', 'schoolgirl',
    'son', 'daughter', 'father', 'mother', 'husband', 'wife', 'brother', 'sister', 'grandfather', 'grandmother',
    'grandson', 'granddaughter', 'uncle', 'aunt', 'nephew', 'niece', 'cousin', 'partner', 'boyfriend', 'girlfriend',
    'fiancé', 'fiancée', 'stepfather', 'stepmother', 'stepson', 'stepdaughter', 'neighbour', 'neighbor', 'friend',
    'driver', 'motorist', 'passenger', 'pedestrian', 'cyclist', 'motorcyclist', 'biker', 'rider', 'hiker', 'climber',
    'skier', 'swimmer', 'diver', 'jogger', 'runner', 'fisherman', 'farmer', 'worker', 'labourer', 'laborer',
    'resident', 'villager', 'tenant', 'homeowner', 'shopkeeper', 'customer', 'clerk', 'cashier', 'guard',
    'bystander', 'tourist', 'visitor', 'student', 'pupil', 'teacher', 'doctor', 'nurse', 'medic', 'paramedic',
    'firefighter', 'fireman', 'journalist', 'reporter', 'photographer', 'priest', 'imam', 'pastor', 'monk', 'nun',
    'officer', 'policeman', 'policewoman', 'constable', 'deputy', 'trooper', 'sheriff', 'detective', 'sergeant',
    'soldier', 'serviceman', 'servicewoman', 'sailor', 'marine', 'airman', 'pilot', 'paratrooper', 'conscript',
    'civilian', 'volunteer', 'guide', 'miner', 'crewman', 'crew member', 'inmate', 'prisoner', 'detainee',
    'hostage', 'migrant', 'refugee', 'patient', 'victim', 'casualty', 'deceased', 'motorbike rider', 'owner',
    'employee', 'contractor', 'engineer', 'electrician', 'builder', 'mechanic', 'security guard', 'ranger',
    'lifeguard', 'official', 'mayor', 'councillor', 'activist', 'protester', 'demonstrator', 'aid worker',
    'peacekeeper', 'commander', 'colonel', 'general', 'captain', 'lieutenant', 'major', 'corporal', 'private',
    'gunman', 'shooter', 'suspect', 'attacker', 'assailant', 'robber', 'burglar', 'intruder', 'porter', 'courier',
    'grocer', 'farmhand', 'postman', 'postwoman', 'pensioner', 'baker', 'butcher', 'waiter', 'waitress', 'bartender',
    'housewife', 'shepherd', 'herder', 'vendor', 'trader', 'merchant', 'taxi driver', 'bus driver', 'lorry driver',
    'client', 'guest', 'patron', 'spectator', 'fan', 'shopper', 'commuter', 'occupant', 'landlord', 'watchman', 'jeweller', 'jeweler',
    'hunter', 'deckhand', 'crewmember', 'stowaway', 'trucker', 'boater', 'kayaker', 'skateboarder', 'scooter rider',
  ],
  notPeople: ['enemy', 'god', 'devil', 'nobody', 'somebody', 'anybody', 'everybody', 'beings', 'bros', 'apparition'],
  titles: [
    'officer', 'deputy', 'trooper', 'constable', 'pc', 'sergeant', 'sgt', 'detective', 'inspector', 'agent',
    'firefighter', 'nurse', 'dr', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'private', 'pte', 'pvt', 'corporal', 'cpl',
    'lance', 'captain', 'capt', 'lieutenant', 'lt', 'major', 'maj', 'colonel', 'col', 'general', 'gen', 'seaman',
    'specialist', 'spc', 'staff', 'master', 'chief', 'father', 'rev', 'reverend', 'sister', 'brother', 'imam',
    'rabbi', 'pastor', 'judge', 'councillor', 'mayor', 'senator', 'journalist', 'reporter', 'photographer',
    'teacher', 'paramedic', 'driver', 'rifleman', 'gunner', 'sapper', 'marine', 'airman', 'fusilier', 'guardsman',
  ],
  backReferences: ['victim', 'deceased', 'casualty', 'dead man', 'dead woman', 'injured man', 'injured woman'],
  predicates: {
    died: 'killed', dies: 'killed', 'has died': 'killed', 'shot and killed': 'killed', 'stabbed to death': 'killed',
    'beaten to death': 'killed', 'hacked to death': 'killed', 'burned to death': 'killed', 'burnt to death': 'killed',
    'crushed to death': 'killed', 'shot to death': 'killed', 'struck and killed': 'killed', 'hit and killed': 'killed', 'run over and killed': 'killed',
    'found dead': 'killed', 'pronounced dead': 'killed', 'declared dead': 'killed', 'found murdered': 'killed',
    'killed instantly': 'killed', succumbed: 'killed', strangled: 'killed', electrocuted: 'killed',
    'gunned down': 'killed', 'mowed down': 'killed', 'lost his life': 'killed', 'lost her life': 'killed',
    shot: 'wounded', stabbed: 'wounded', 'shot in the': 'wounded', 'shot in his': 'wounded', 'shot in her': 'wounded',
    'shot and wounded': 'wounded', 'shot and injured': 'wounded', 'stabbed and wounded': 'wounded',
    'struck and injured': 'wounded', 'in stable condition': 'wounded', 'in a stable condition': 'wounded',
    'reported missing': 'missing', 'went missing': 'missing', 'has gone missing': 'missing',
    kidnapped: 'captured', abducted: 'captured', 'taken hostage': 'captured', 'held hostage': 'captured',
    'taken captive': 'captured', 'held captive': 'captured',
  },
  transitive: {
    'shot and killed': 'killed', 'shot dead': 'killed', 'fatally shot': 'killed', 'fatally stabbed': 'killed',
    'struck and killed': 'killed', 'hit and killed': 'killed', 'ran over and killed': 'killed', 'stabbed to death': 'killed',
    'beat to death': 'killed', 'murdered': 'killed', 'shot': 'wounded', 'stabbed': 'wounded', 'shot and wounded': 'wounded',
    'shot and injured': 'wounded', 'struck and injured': 'wounded', 'kidnapped': 'captured', 'abducted': 'captured',
    kidnapping: 'captured', abducting: 'captured',
  },
  harmVerbs: ['suffered', 'sustained', 'received', 'suffering', 'sustaining', 'with', 'treated'],
  hospitalVerbs: ['taken', 'rushed', 'transported', 'airlifted', 'flown', 'brought', 'admitted', 'hospitalised', 'hospitalized'],
  hospitals: ['hospital', 'infirmary', 'clinic', 'medical', 'trauma'],
  harmNouns: ['injuries', 'injury', 'wound', 'wounds', 'burns', 'fractures'],
  auxiliaries: ['found', 'discovered', 'lying'],
  attempts: ['tried', 'trying', 'attempted', 'attempting', 'threatened', 'threatening', 'plotted', 'planned', 'wanted', 'vowed', 'sought'],
  fatal: ['fatally', 'mortally', 'fatal', 'mortal'],
  activeVerbs: [
    'killed', 'shot', 'stabbed', 'wounded', 'injured', 'hurt', 'murdered', 'slew', 'kidnapped', 'abducted', 'strangled',
    'executed', 'gunned', 'mowed', 'beaten', 'hacked', 'struck', 'hit', 'run', 'taken', 'rushed', 'airlifted', 'massacred',
    'slaughtered', 'beheaded', 'maimed', 'neutralised', 'neutralized', 'eliminated', 'liquidated', 'lost', 'electrocuted',
  ],
  notLost: [
    'arrested', 'detained', 'apprehended', 'questioned', 'charged', 'fled', 'fleeing',
    'evacuated', 'displaced', 'homeless', 'uprooted', 'sheltered', 'released', 'freed', 'rescued', 'unharmed',
    'unhurt', 'uninjured', 'found alive', 'found safe', 'taken into custody', 'held for questioning',
    // Fired on, not hit: "the minister was shot at but escaped" (not "shot at close range").
    'shot at but', 'shot at by', 'shot at from', 'shot at while', 'shot at when', 'shot at and', 'shot at as', 'fired at', 'fired upon',
  ],
  hypothetical: ['if', 'unless', 'whether', 'lest', 'could', 'would', 'might', 'should', 'may', 'nearly', 'almost', 'narrowly'],
  background: ['ago', 'last year', 'previous year', 'the year before', 'years earlier', 'years before', 'anniversary', 'in memory of'],
  backgroundBefore: ['since', 'comes', 'came', 'recalled', 'remembered', 'reminiscent'],
};
