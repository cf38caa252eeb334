/** Words the summary reads to tell what a figure counts (src/reconcile/counted.ts). */
export interface CountedLexicon {
  /**
   * Head lemmas by the label their class is reported under, so only figures of one class compete:
   * `{ soldiers: ['serviceman', 'conscript'] }` puts "12 conscripts" beside "40 troops".
   */
  classes: Record<string, string[]>;
  /** Plurals the suffix rules get wrong, with their lemma: `{ geese: 'goose' }`; words whose plural is themselves map to themselves. */
  irregularPlurals: Record<string, string>;
  /** Words that end a subject's head phrase: "officers *of* the Border Police" counts officers. */
  headEnds: string[];
}

export const DEFAULT_COUNTED: CountedLexicon = {
  classes: {
    soldiers: ['soldier', 'troop', 'serviceman', 'servicemember', 'conscript', 'recruit', 'reservist', 'paratrooper',
      'marine', 'sailor', 'airman', 'guardsman', 'commando', 'officer', 'commander', 'general', 'colonel', 'personnel'],
    fighters: ['fighter', 'militant', 'rebel', 'insurgent', 'militiaman', 'militia', 'jihadist', 'guerrilla', 'gunman',
      'combatant', 'mercenary', 'paramilitary', 'attacker', 'separatist', 'terrorist'],
    police: ['police', 'policeman', 'policewoman', 'gendarme'],
    civilians: ['civilian', 'noncombatant', 'non-combatant', 'resident', 'villager', 'inhabitant', 'bystander'],
    people: ['person', 'individual', 'victim', 'casualty', 'fatality', 'death', 'dead', 'life', 'body', 'other', 'member',
      'wounded', 'injured', 'missing', 'displaced', 'killed', 'citizen', 'national', 'soul'],
    children: ['child', 'kid', 'infant', 'baby', 'boy', 'girl', 'minor', 'toddler'],
    women: ['woman'],
    'internally displaced': ['idp'],
    refugees: ['refugee', 'asylum-seeker'],
    aircraft: ['aircraft', 'plane', 'warplane', 'jet', 'airplane', 'bomber', 'fighter-bomber', 'fighter-jet'],
    drones: ['drone', 'uav', 'uas'],
    helicopters: ['helicopter', 'chopper', 'gunship'],
    tanks: ['tank'],
    'armoured vehicles': ['ifv', 'apc', 'bmp', 'btr', 'mrap'],
    artillery: ['howitzer', 'artillery', 'gun', 'cannon'],
    launchers: ['launcher', 'mlrs'],
    ships: ['ship', 'vessel', 'warship', 'boat', 'frigate', 'corvette'],
  },
  irregularPlurals: {
    people: 'person', children: 'child', men: 'man', women: 'woman', lives: 'life', police: 'police', personnel: 'personnel',
    staff: 'staff', aircraft: 'aircraft', artillery: 'artillery', equipment: 'equipment', dead: 'dead', wounded: 'wounded',
    injured: 'injured', missing: 'missing', displaced: 'displaced', killed: 'killed', means: 'means', series: 'series',
    species: 'species', news: 'news', militia: 'militia', bus: 'bus', gas: 'gas',
  },
  headEnds: [
    'of', 'from', 'in', 'at', 'on', 'with', 'who', 'which', 'that', 'including', 'among', 'near', 'during', 'for', 'by',
    'and', 'or', 'as well as',
  ],
};
