import { DISASTER_NOUNS } from './disasters.data.js';

/** Words the side stage reads: who counts as a party's forces by role, and what marks a disaster or a conflict. */
export interface SideLexicon {
  /** A state's own forces named by role ("the army", "troops"): they take the country where it happened. */
  stateForces: string[];
  /** Armed groups named by role ("rebels", "militants"): they take the armed group the document names. */
  armedGroups: string[];
  /** People with no party of their own ("residents", "passengers"): they take the place where it happened. */
  bystanders: string[];
  /** Words of natural disasters and accidents, whose dead have no side. Lower-case; phrases allowed. */
  disasters: string[];
  /** Words of organised violence: where they dominate, a place-based side applies. */
  violence: string[];
  /** Words right before "fire" that make it gunfire, not a fire that burns: "*opened* fire", "*artillery* fire". */
  gunfireWords: string[];
  /** Phrases that count the losses of all parties together: the claim has no one side. Lower-case. */
  allSides: string[];
  /** Verbs of a party doing harm ("Russian forces destroyed 12 tanks"): the loss is the other party's. */
  harmVerbs: string[];
  /** Words for the other side as the reporting side sees it ("enemy personnel", "the enemy's losses"). */
  enemies: string[];
  /** Nouns after a party that make it the one doing harm, not a place: "Chadian *shelling*", "the Houthis' *offensive*". */
  agentNouns: string[];
  /** Nouns after a party that make it the one suffering: "Armenian *losses*". */
  lossNouns: string[];
  /** Words between a count and a party that still make the party the counted one's: "12 *of* 40 Iranian drones". */
  countGap: string[];
  /** Openings of a sentence that go on with the report before, its side too: "*These* included 12 children". */
  continuationOpeners: string[];
  /** Figure nouns after "the" that open such a sentence: "The *toll* rose to 41". */
  continuationFigures: string[];
  /** Sources after "the" whose "said"/"added" goes on with the report before: "the *ministry* added". */
  continuationSources: string[];
  /** Words before a party that make it where the harm happened, not who did it: "a hotel *in* the capital". */
  harmPlaceWords: string[];
  /** Forms of "be" between an agent and its verb that make the verb passive: "Russian tanks *were* destroyed". */
  passiveAuxiliaries: string[];
  /** Words before a place that say something happened there: "*near* Aleppo". */
  placeLocatives: string[];
  /** Nouns of a place before "of": "the *province* of Idlib". */
  placeNouns: string[];
  /** Words between a locative and a place: "in *northern* Syria", "in *rural* Idlib". */
  directions: string[];
  /** Words before a capitalised word that may make it a place of a list: "killed *in* Ayton *and* Beeton". */
  placeListWords: string[];
  /** Words after a party in a layout's head that make the party the figures' source: "Northern *estimates*:". */
  layoutSourceWords: string[];
  /** Small words inside a name that a header line may hold: "Kingdom *of* Romania", "Republic *of the* Congo". */
  nameParticles: string[];
  placePrepositions: string[];
  /** Words before a country that name it as a neighbour of where it happened: "along the *border with* Iran". Lower-case. */
  neighbourCues: string[];
  /** Verbs of flight before the country people reached, which is not their side: "*fled* into Chad". Lower-case. */
  flightVerbs: string[];
  /** Craft whose people aboard are their flag's: "hit a Ruritanian *airliner*, killing 120". Lower-case. */
  carrierNouns: string[];
  /** Words right before such a craft that make it the one struck, not the striker: "*downed* a Ruritanian airliner". */
  carrierStruck: string[];
}

export const DEFAULT_SIDE_WORDS: SideLexicon = {
  agentNouns: [
    'offensive', 'attack', 'attacks', 'shelling', 'fire', 'strike', 'strikes', 'airstrike', 'airstrikes', 'bombardment',
    'bombing', 'bombings', 'forces', 'troops', 'army', 'military', 'missile', 'missiles', 'drone', 'drones', 'artillery',
    'infiltrators', 'aggression', 'assault', 'raid', 'raids', 'invasion', 'operation', 'operations', 'aircraft', 'jets',
    'warplanes', 'navy', 'units', 'fighters',
  ],
  lossNouns: ['losses', 'loss', 'casualties', 'casualty', 'dead', 'toll', 'deaths', 'fatalities', 'fatality'],
  countGap: ['of', 'among', 'the', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
  continuationOpeners: ['this', 'these', 'that', 'those', 'it', 'they', 'some', 'another', 'a further'],
  continuationFigures: ['figure', 'figures', 'toll', 'dead', 'list', 'number'],
  continuationSources: ['agency', 'ministry', 'monitor', 'army', 'military', 'group', 'statement'],
  harmPlaceWords: ['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'into', 'of'],
  passiveAuxiliaries: ['were', 'was', 'been', 'being', 'is', 'are'],
  placeLocatives: ['in', 'near', 'at', 'outside', 'around', 'across', 'into', 'inside', 'throughout', 'within', 'on'],
  placeNouns: [
    'village', 'town', 'city', 'province', 'district', 'region', 'state', 'governorate', 'county', 'area', 'municipality',
    'department', 'camp', 'island', 'port',
  ],
  directions: [
    'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'north-eastern', 'northeastern',
    'north-western', 'northwestern', 'south-eastern', 'southeastern', 'south-western', 'southwestern', 'remote', 'rural',
  ],
  placeListWords: ['in', 'at', 'near', 'from', 'to', 'and', ',', 'outside', 'of'],
  nameParticles: ['of', 'the', 'and', 'de', 'du', 'la', 'del', 'von', 'van'],
  flightVerbs: ['fled', 'fleeing', 'flee', 'crossed', 'crossing', 'escaped', 'evacuated', 'sought', 'poured', 'streamed', 'arrived', 'displaced'],
  carrierNouns: [
    'airliner', 'airliners', 'plane', 'passenger plane', 'passenger jet', 'jetliner', 'aircraft', 'flight', 'ship', 'vessel', 'ferry',
    'bus', 'train', 'boat', 'tanker', 'freighter', 'liner', 'steamer', 'cargo ship', 'merchant ship', 'fishing boat', 'trawler',
  ],
  carrierStruck: [
    'hit', 'struck', 'downed', 'down', 'attacked', 'bombed', 'torpedoed', 'sank', 'sunk', 'hijacked', 'seized', 'targeted',
    'of', 'on', 'aboard', 'board', 'onboard',
  ],
  neighbourCues: ['border with', 'borders with', 'bordering', 'frontier with', 'neighbouring', 'neighboring'],
  placePrepositions: ['in', 'at', 'near', 'across', 'into', 'throughout', 'within', 'inside', 'outside'],
  layoutSourceWords: [
    'sources', 'source', 'estimates', 'estimate', 'figures', 'figure', 'statements', 'statement', 'claims', 'claim',
    'claimed', 'says', 'said', 'reports', 'report', 'reported', 'count', 'data', 'historian', 'historians', 'scholars',
    'researchers',
  ],
  enemies: ['enemy', 'enemies', "enemy's", 'adversary', "adversary's", 'foe', 'foes'],
  stateForces: [
    'soldier', 'soldiers', 'troop', 'troops', 'army', 'military', 'serviceman', 'servicemen', 'servicemembers',
    'policeman', 'policemen', 'police', 'officer', 'officers', 'marine', 'marines', 'sailor', 'sailors', 'pilot',
    'pilots', 'personnel', 'cadet', 'cadets', 'guard', 'guards', 'gendarme', 'gendarmes', 'conscript', 'conscripts',
    'recruit', 'recruits', 'paratrooper', 'paratroopers', 'commando', 'commandos', 'peshmerga',
  ],
  armedGroups: [
    'rebel', 'rebels', 'militant', 'militants', 'insurgent', 'insurgents', 'terrorist', 'terrorists', 'guerrilla',
    'guerrillas', 'jihadist', 'jihadists', 'khwarij', 'khawarij', 'kharijites', 'bandit', 'bandits', 'extremist',
    'extremists', 'separatist', 'separatists', 'gunman', 'gunmen', 'kidnapper', 'kidnappers', 'hostage-takers',
    'attacker', 'attackers', 'assailant', 'assailants', 'fighter', 'fighters', 'combatant', 'combatants',
    'nationalists', 'militiamen', 'militia', 'militias', 'mercenary', 'mercenaries', 'raiders',
  ],
  bystanders: [
    'people', 'person', 'persons', 'civilian', 'civilians', 'resident', 'residents', 'villager', 'villagers',
    'inhabitant', 'inhabitants', 'passenger', 'passengers', 'journalist', 'journalists', 'reporter', 'reporters',
    'worker', 'workers', 'child', 'children', 'kid', 'kids', 'woman', 'women', 'man', 'men', 'boy', 'boys', 'girl',
    'girls', 'infant', 'infants', 'baby', 'babies', 'student', 'students', 'teacher', 'teachers', 'victim', 'victims',
    'family', 'families', 'individual', 'individuals', 'others', 'adult', 'adults', 'elderly', 'refugee', 'refugees',
    'patient', 'patients', 'doctor', 'doctors', 'medic', 'medics', 'nurse', 'nurses', 'pilgrim', 'pilgrims',
    'worshippers', 'farmers', 'shoppers', 'concertgoers', 'spectators', 'bystanders', 'martyr', 'martyrs', 'body',
    'bodies', 'death', 'deaths', 'casualties', 'casualty', 'killings', 'dead', 'wounded', 'injured', 'missing',
    'displaced', 'homeless', 'lives', 'hostages', 'hostage', 'detainees', 'prisoners', 'structures', 'buildings',
    'houses', 'homes', 'villages', 'schools', 'hospitals', 'dwellings', 'edifices', 'shops',
  ],
  disasters: [
    'earthquake', 'earthquakes', 'quake', 'aftershock', 'aftershocks', 'tremor', 'flood', 'floods', 'flooding',
    'flash floods', 'cyclone', 'cyclones', 'hurricane', 'typhoon', 'tropical storm', 'storm', 'tsunami', 'landslide',
    'landslides', 'mudslide', 'mudslides', 'avalanche', 'wildfire', 'wildfires', 'bushfire', 'bushfires', 'forest fire', 'forest fires', 'tornado', 'tornadoes', 'blizzard', 'eruption', 'volcano',
    'heatwave', 'heat wave', 'drought', 'ferry', 'capsized', 'capsize', 'capsizes', 'mishap', 'mishaps', 'sank', 'sinking', 'shipwreck', 'derailed',
    'derailment', 'collided', 'collision', 'crash', 'crashed', 'accident', 'collapse', 'collapsed', 'stampede',
    'coal mine', 'mining', 'miners', 'plunged', 'overturned', 'drowned', 'fire broke out', 'blaze', 'explosion at', 'blast at', 'disaster', 'rainfall', 'rains', 'epidemic',
    // Industrial accidents: "gas built up in the sewers", "a fertiliser plant exploded".
    'gas leak', 'gas explosion', 'gas explosions', 'sewer', 'sewers', 'pipeline', 'chemical plant', 'chemical factory',
    'ammonium nitrate', 'fertiliser', 'fertilizer', 'refinery', 'fireworks', 'boiler', 'industrial accident',
    // Fires and heat: "a fire at a wedding hall", "heat-related deaths".
    'a fire at', 'the fire at', 'caught fire', 'heat-related', 'hot weather', 'heat stroke', 'heatstroke',
    // Hunger and disease: "the famine killed 40,000", "a cholera outbreak".
    'famine', 'famines', 'starvation', 'pandemic', 'plague', 'cholera', 'inferno', 'rockfall', 'sinkhole',
    // Poisonings: "bootleg liquor laced with methanol", "a cyanide spill", "food poisoning at a wedding".
    'poisoning', 'poisonings', 'poisoned', 'methanol', 'bootleg liquor', 'tainted alcohol', 'toxic alcohol', 'illicit liquor',
    'spurious liquor', 'hooch', 'cyanide spill', 'chemical spill', 'toxic spill', 'carbon monoxide', 'gas leak',
    // Weather that kills outdoors: "freezing rain and high winds hit the race", "died of hypothermia", "struck by lightning".
    'extreme weather', 'cold weather', 'severe weather', 'freezing rain', 'high winds', 'hypothermia', 'lightning', 'cold snap',
    'cold wave', 'snowfall', 'hailstorm',
    // Blasts at works that make arms, which are accidents unless the text says otherwise.
    'munitions factory', 'munitions plant', 'ammunition factory', 'ammunition plant', 'powder mill', 'gunpowder mill',
    // The nouns of storms, floods, quakes, fires and wrecks that WordNet lists ("hailstorm", "rockslide", "temblor").
    ...DISASTER_NOUNS,
  ],
  violence: [
    'war', 'attack', 'attacks', 'attacked', 'attackers', 'militant', 'militants', 'rebel', 'rebels', 'insurgents',
    'gunmen', 'gunfire', 'shooting', 'shot', 'bomb', 'bombs', 'bombing', 'bombed',
    'airstrike', 'airstrikes', 'strike', 'strikes', 'shelling', 'massacre', 'massacred', 'executed', 'terrorist',
    'terrorists', 'terrorism', 'offensive', 'battle', 'clashes', 'fighting', 'violence', 'killings', 'murder',
    'murdered', 'genocide', 'siege', 'ambush', 'ambushed', 'raid', 'occupation', 'invasion', 'aggression',
    'conflict', 'hostilities', 'armed', 'cartel', 'gunman', 'insurgency', 'guerrillas', 'jihadists',
    'bomber', 'bombers', 'fired', 'firing', 'artillery', 'shells', 'shelled', 'rockets',
    'missile', 'missiles', 'mortar', 'mortars', 'grenade', 'grenades', 'howitzer', 'howitzers',
    // Riots and mobs: "rioters set fire to 690 buildings" is no fire of a disaster.
    'riot', 'riots', 'rioting', 'rioters', 'unrest', 'looting', 'looters', 'arson', 'arsonists', 'mob', 'mobs',
    'pogrom', 'lynching', 'lynched', 'vandalised', 'vandalized', 'torched', 'uprising', 'rebellion', 'revolt',
    // Fights with guns, whose "exchange of fire" is no fire that burns.
    'gunfight', 'gunfights', 'firefight', 'firefights', 'gunbattle', 'gun battle', 'exchange of fire', 'crossfire', 'encounter',
  ],
  gunfireWords: [
    'opened', 'open', 'opening', 'returned', 'return', 'returning', 'under', 'exchanged', 'exchange', 'exchanging',
    'artillery', 'rocket', 'mortar', 'sniper', 'tank', 'machine-gun', 'gun', 'rifle', 'cease', 'cross', 'friendly',
    'hostile', 'enemy', 'small-arms', 'automatic', 'heavy', 'naval', 'covering', 'suppressive', 'anti-aircraft',
    'set', 'sets', 'setting', 'to', 'on', 'by', 'live', 'direct', 'indirect', 'counter-battery', 'missile',
  ],
  allSides: [
    'both sides', 'each side', 'all sides', 'on either side', 'combined death toll', 'combined toll',
    'combined losses', 'combined casualties', 'total for both', 'on both sides',
  ],
  harmVerbs: [
    'kill', 'kills', 'killed', 'killing', 'destroy', 'destroys', 'destroyed', 'destroying', 'eliminate', 'eliminates',
    'eliminated', 'neutralise', 'neutralised', 'neutralize', 'neutralized', 'execute', 'executed', 'massacred',
    'shot', 'downed', 'capture', 'captured', 'captures', 'arrest', 'arrested', 'apprehended', 'wounded', 'injured',
    'sank', 'seized', 'slew', 'slaughtered', 'took', 'taken', 'abducted', 'kidnapped', 'hit', 'struck',
  ],
};
