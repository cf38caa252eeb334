import type { Category } from '../schema.js';

/**
 * Words that say what happened to the counted people or things, by the role they play in a sentence.
 * Multi-word entries are matched word by word, lower-cased.
 */
export interface CategoryLexicon {
  /** Participles and adjectives after the counted noun: "12 were killed", "400 wounded", "10 killed civilians". */
  predicates: Record<string, Category>;
  /** Active verbs before the count: "killed 26 civilians", "destroyed 264 drones", "lost 3,825 troops". */
  transitive: Record<string, Category>;
  /** Nouns naming the loss: "the deaths of 541", "destruction of 39", "293 of these deaths", "85 casualties". */
  nouns: Record<string, Category>;
  /** Nouns naming a running total: "the death toll rose to 91", "the number of ... reached 91". */
  tallies: string[];
  /** Words after a count that say it was not lost: "40 survivors", "12 hostages freed", "three hills captured". */
  notLoss?: string[];
  /** Events counted in the counted phrase itself, not what they cost: "two *explosions* near the shrine", "32 *bushfires* burning". */
  countedEvents?: string[];
  /** Short column heads of a casualty table, lower-case without their period: "| *K.* | *W.* |", "*KIA* *WIA* *MIA*". */
  columnHeads?: Record<string, Category>;
}

export const DEFAULT_CATEGORIES: CategoryLexicon = {
  predicates: {
    killed: 'killed', dead: 'killed', died: 'killed',
    // Headlines tell in the present: "At Least 622 Die in Storm", "83 people drown".
    die: 'killed', dies: 'killed', drown: 'killed', drowns: 'killed', slain: 'killed', murdered: 'killed', executed: 'killed',
    succumbed: 'killed', succumbing: 'killed', 'succumbed to injuries': 'killed', 'succumbed to their injuries': 'killed',
    'succumbed to his injuries': 'killed', 'succumbed to her injuries': 'killed', 'succumbed to wounds': 'killed',
    massacred: 'killed', perished: 'killed', martyred: 'killed', slaughtered: 'killed', beheaded: 'killed', 'lost their lives': 'killed', 'lost his life': 'killed',
    'lost her life': 'killed', drowned: 'killed', 'shot dead': 'killed', 'confirmed dead': 'killed',
    wounded: 'wounded', injured: 'wounded', hurt: 'wounded', maimed: 'wounded', 'hospitalized': 'wounded',
    'hospitalised': 'wounded',
    missing: 'missing', 'missing in action': 'missing', disappeared: 'missing', 'unaccounted for': 'missing',
    'yet to be traced': 'missing', 'yet to be found': 'missing', 'yet to be located': 'missing', 'yet to be accounted for': 'missing',
    untraced: 'missing',
    captured: 'captured', 'taken prisoner': 'captured', 'taken captive': 'captured', 'taken hostage': 'captured',
    abducted: 'captured', kidnapped: 'captured', seized: 'captured', 'held captive': 'captured',
    displaced: 'displaced', 'internally displaced': 'displaced', fled: 'displaced', evacuated: 'displaced', homeless: 'displaced', uprooted: 'displaced',
    'left the region': 'displaced', 'left their homes': 'displaced', 'forced from their homes': 'displaced',
    'forced to flee': 'displaced', 'driven from their homes': 'displaced', 'driven out of their homes': 'displaced',
    'forced out of their homes': 'displaced',
    destroyed: 'destroyed', wrecked: 'destroyed', demolished: 'destroyed', razed: 'destroyed', 'burned down': 'destroyed',
    'burnt down': 'destroyed', 'washed away': 'destroyed', 'have collapsed': 'destroyed', 'has collapsed': 'destroyed',
    'reduced to rubble': 'destroyed',
    'burnt to death': 'killed', 'burned to death': 'killed', 'crushed to death': 'killed', 'trampled to death': 'killed',
    // Killed in a manner: "12 villagers were beaten to death", "two guards stabbed to death".
    'beaten to death': 'killed', 'stabbed to death': 'killed', 'hacked to death': 'killed', 'shot to death': 'killed',
    'starved to death': 'killed', 'frozen to death': 'killed', 'stoned to death': 'killed', 'clubbed to death': 'killed',
    'bludgeoned to death': 'killed', 'tortured to death': 'killed', 'mauled to death': 'killed', 'gored to death': 'killed',
    'choked to death': 'killed', 'kicked to death': 'killed', 'bled to death': 'killed', 'scalded to death': 'killed',
    // Burning and wrecking by hand: "300 houses were set on fire", "12 shops torched", "40 churches vandalised".
    'set on fire': 'destroyed', 'set ablaze': 'destroyed', torched: 'destroyed',
    vandalised: 'damaged', vandalized: 'damaged', ransacked: 'damaged', looted: 'damaged',
    damaged: 'damaged',
    downed: 'downed', 'shot down': 'downed',
    // Military and press euphemisms for killing: "83 fighters were neutralised", "130 militants eliminated".
    neutralised: 'killed', neutralized: 'killed', eliminated: 'killed', liquidated: 'killed', 'sent to hell': 'killed',
    'fell victim': 'killed', 'fallen victim': 'killed', 'fallen victims': 'killed', 'fell victims': 'killed',
    'embraced shahadat': 'killed', 'embraced martyrdom': 'killed', 'laid down their lives': 'killed',
    arrested: 'captured', detained: 'captured', apprehended: 'captured',
    sunk: 'destroyed', sank: 'destroyed', scuttled: 'destroyed', disabled: 'damaged', 'put out of action': 'destroyed',
    fleeing: 'displaced', sheltered: 'displaced', 'in shelters': 'displaced', 'in evacuation centres': 'displaced',
    'in evacuation centers': 'displaced', 'in evacuation shelters': 'displaced', 'being sheltered': 'displaced',
    'in relief camps': 'displaced', 'in camps for displaced': 'displaced',
    // "5,576 people took refuge in 23 shelters", "1,200 sought shelter in schools".
    'took refuge': 'displaced', 'taken refuge': 'displaced', 'sought refuge': 'displaced', 'sought shelter': 'displaced',
    'took shelter': 'displaced', 'taken shelter': 'displaced',
    'in a serious condition': 'wounded', 'in serious condition': 'wounded', 'in critical condition': 'wounded',
    'in a critical condition': 'wounded',
  },
  transitive: {
    killed: 'killed', killing: 'killed', kills: 'killed', kill: 'killed', 'left dead': 'killed', executed: 'killed',
    executing: 'killed', murdered: 'killed', massacred: 'killed', slaughtered: 'killed', slew: 'killed',
    murdering: 'killed', massacring: 'killed', slaughtering: 'killed', decimated: 'killed', decimating: 'killed',
    'claimed the lives of': 'killed', 'shot dead': 'killed', 'gunned down': 'killed', 'shooting dead': 'killed',
    wounded: 'wounded', wounding: 'wounded', injured: 'wounded', injuring: 'wounded', injures: 'wounded',
    lost: 'killed', losing: 'killed',
    captured: 'captured', seized: 'captured', capturing: 'captured', abducted: 'captured', kidnapped: 'captured',
    displaced: 'displaced', displacing: 'displaced', uprooted: 'displaced', evacuated: 'displaced',
    // "The storm flattened 72 houses" (as an adjective, "the flattened roof", it counts nothing).
    destroyed: 'destroyed', destroying: 'destroyed', flattened: 'destroyed', flattening: 'destroyed', levelled: 'destroyed',
    leveled: 'destroyed', 'shot down': 'downed', downed: 'downed', damaged: 'damaged',
    // Burning by hand: "the militants torched 30 houses", "set fire to 12 shops".
    torched: 'destroyed', torching: 'destroyed', razed: 'destroyed', razing: 'destroyed', 'set fire to': 'destroyed',
    'setting fire to': 'destroyed', 'set ablaze': 'destroyed', 'burned down': 'destroyed', 'burnt down': 'destroyed',
    // Headline shorthand: "toll now 80, missing 30".
    missing: 'missing',
    neutralised: 'killed', neutralized: 'killed', neutralising: 'killed', neutralizing: 'killed', eliminated: 'killed',
    eliminating: 'killed', liquidated: 'killed', 'sent to hell': 'killed',
    arrested: 'captured', arresting: 'captured', apprehended: 'captured', 'took prisoner': 'captured',
    sank: 'destroyed', sinking: 'destroyed', sunk: 'destroyed', disabled: 'damaged',
  },
  nouns: {
    death: 'killed', deaths: 'killed', fatalities: 'killed', fatality: 'killed', killing: 'killed',
    killings: 'killed', murder: 'killed', murders: 'killed', execution: 'killed', executions: 'killed',
    homicide: 'killed', homicides: 'killed', drownings: 'killed',
    dead: 'killed', bodies: 'killed', 'lives': 'killed', martyrs: 'killed', victims: 'killed', deceased: 'killed',
    injuries: 'wounded', injury: 'wounded', injured: 'wounded', wounded: 'wounded',
    casualties: 'casualties', casualty: 'casualties',
    disappearance: 'missing', disappearances: 'missing', whereabouts: 'missing',
    prisoners: 'captured', prisoner: 'captured', pows: 'captured', hostages: 'captured', capture: 'captured', trophies: 'captured',
    refugees: 'displaced', evacuees: 'displaced', displacement: 'displaced', 'internally displaced': 'displaced',
    // Relief reports' short forms: "2,155,618 IDPs", "an IDP camp".
    idps: 'displaced', 'displaced persons': 'displaced',
    destruction: 'destroyed', damage: 'damaged', downing: 'downed', 'shooting down': 'downed',
    'death toll': 'killed', 'known deaths': 'killed', slaughter: 'killed', massacre: 'killed', massacres: 'killed',
    corpses: 'killed', beheading: 'killed', beheadings: 'killed',
    // Military shorthand in tables and infoboxes: "8,100 MIA", "7,200 POW", "300 KIA", "90 WIA", "12 DOW".
    kia: 'killed', dow: 'killed', wia: 'wounded', mia: 'missing', pow: 'captured', pw: 'captured', pws: 'captured',
  },
  // Read only in a header line made of such heads alone: a lone "K" anywhere else is no loss.
  columnHeads: {
    k: 'killed', kia: 'killed', kld: 'killed', w: 'wounded', wd: 'wounded', wia: 'wounded', m: 'missing', mia: 'missing',
    pow: 'captured', pows: 'captured', pw: 'captured', died: 'killed', dead: 'killed', wounded: 'wounded', missing: 'missing',
  },
  countedEvents: ['attacks', 'explosions', 'blasts', 'bombings', 'incidents', 'bushfires', 'wildfires', 'earthquakes', 'aftershocks'],
  notLoss: [
    // People counted who were not lost, and territory: "40 survivors", "12 hostages freed", "three hills taken".
    'survivors', 'survivor', 'survived', 'rescued', 'freed', 'released', 'liberated', 'evacuees rescued',
    'escaped', 'interviewed', 'interviews', 'operations', 'operation', 'raids', 'strikes', 'sorties', 'missions',
    'hills', 'hill', 'heights', 'towns', 'villages liberated', 'settlements', 'population', 'inhabitants',
    'strength', 'engaged', 'effectives', 'present for duty', 'deployed', 'stationed', 'recovered alive', 'found alive', 'pulled alive', 'saved',
    // A parent's children, not a loss: "a father of two was stabbed".
    'father', 'mother', 'parent', 'grandfather', 'grandmother', 'grandparent', 'dad', 'mum', 'mom',
  ],
  tallies: ['toll', 'number', 'figure', 'count', 'tally', 'total', 'estimate', 'estimates', 'figures', 'losses'],
};

/** Two categories joined by "or"/"and" ("killed or wounded") read as one. */
export function combineCategories(a: Category, b: Category): Category {
  if (a === b) return a;
  const pair = new Set([a, b]);
  if (pair.has('killed') && pair.has('wounded')) return 'casualties';
  if (pair.has('destroyed')) return 'destroyed';
  return a;
}
