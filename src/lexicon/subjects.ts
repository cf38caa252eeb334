/** Head nouns that say what kind of thing a count is about. Lower-case, singular and plural both listed. */
export interface SubjectLexicon {
  people: string[];
  equipment: string[];
  /** Buildings and places: counted, but neither people nor equipment (kind "other"). */
  structures: string[];
}

export const DEFAULT_SUBJECTS: SubjectLexicon = {
  people: [
    'people', 'person', 'persons', 'civilian', 'civilians', 'soldier', 'soldiers', 'troop', 'troops', 'serviceman',
    'servicemen', 'servicemembers', 'member', 'members', 'fighter', 'fighters', 'mercenary', 'mercenaries',
    'militant', 'militants', 'rebel', 'rebels', 'insurgent', 'insurgents', 'officer', 'officers', 'policeman',
    'policemen', 'police', 'child', 'children', 'kid', 'kids', 'woman', 'women', 'man', 'men', 'boy', 'boys', 'girl',
    'girls', 'infant', 'infants', 'baby', 'babies', 'journalist', 'journalists', 'reporter', 'reporters',
    'worker', 'workers', 'staff', 'volunteer', 'volunteers', 'resident', 'residents', 'villager', 'villagers',
    'inhabitant', 'inhabitants', 'student', 'students', 'cadet', 'cadets', 'pilot', 'pilots', 'crew', 'sailor',
    'sailors', 'marine', 'marines', 'guard', 'guards', 'commander', 'commanders', 'general', 'generals',
    'colonel', 'colonels', 'personnel', 'combatant', 'combatants', 'noncombatant', 'noncombatants', 'victim',
    'victims', 'refugee', 'refugees', 'migrant', 'migrants', 'passenger', 'passengers', 'patient', 'patients',
    'doctor', 'doctors', 'medic', 'medics', 'nurse', 'nurses', 'teacher', 'teachers', 'family', 'families',
    'individual', 'individuals', 'others', 'adult', 'adults', 'elderly', 'prisoner', 'prisoners', 'hostage',
    'hostages', 'detainee', 'detainees', 'sportspeople', 'athlete', 'athletes', 'survivor', 'survivors',
    'citizen', 'citizens', 'national', 'nationals', 'recruit', 'recruits', 'conscript', 'conscripts',
    'paramilitaries', 'jihadist', 'jihadists', 'gunman', 'gunmen', 'attacker', 'attackers', 'protester',
    'protesters', 'demonstrator', 'demonstrators', 'peacekeeper', 'peacekeepers', 'firefighter', 'firefighters',
    'rescuer', 'rescuers', 'miner', 'miners', 'fisherman', 'fishermen', 'pilgrim', 'pilgrims', 'tourist',
    'tourists', 'employee', 'employees', 'martyr', 'martyrs', 'bodies', 'corpses', 'dead', 'wounded', 'injured', 'missing', 'displaced', 'lives',
    'armenians', 'azerbaijanis', 'syrians', 'ukrainians', 'russians', 'palestinians', 'israelis', 'iraqis',
    'afghans', 'libyans', 'kurds', 'yazidis', 'muslims', 'christians', 'shia', 'sunnis',
  ],
  equipment: [
    'tank', 'tanks', 'vehicle', 'vehicles', 'ifv', 'ifvs', 'apc', 'apcs', 'drone', 'drones', 'uav', 'uavs',
    'helicopter', 'helicopters', 'aircraft', 'warplane', 'warplanes', 'plane', 'planes', 'jet', 'jets',
    'fighter-bomber', 'launcher', 'launchers', 'howitzer', 'howitzers', 'gun', 'guns', 'mortar', 'mortars',
    'system', 'systems', 'unit', 'units', 'piece', 'pieces', 'artillery', 'truck', 'trucks', 'automobile',
    'automobiles', 'car', 'cars', 'depot', 'depots', 'post', 'posts', 'radar', 'radars', 'station', 'stations',
    'missile', 'missiles', 'rocket', 'rockets', 'weapon', 'weapons', 'means', 'ship', 'ships', 'vessel',
    'vessels', 'boat', 'boats', 'warship', 'warships', 'submarine', 'submarines',
    'equipment', 'hardware', 'armor', 'armour', 'bmp', 'bmps', 'btr', 'btrs', 'installation', 'installations',
    'position', 'positions', 'checkpoint', 'checkpoints', 'bunker', 'bunkers', 'warehouse', 'warehouses',
    'carrier', 'carriers', 'fighter-jet', 'bomber', 'bombers', 'transporter', 'transporters', 'launchpad',
    // Warships by class: "1 armoured cruiser sunk", "3 minesweepers".
    'cruiser', 'cruisers', 'battlecruiser', 'battlecruisers', 'battleship', 'battleships', 'destroyer', 'destroyers',
    'frigate', 'frigates', 'corvette', 'corvettes', 'minesweeper', 'minesweepers', 'gunboat', 'gunboats', 'galley',
    'galleys', 'galleon', 'galleons', 'sloop', 'sloops', 'oiler', 'oilers', 'minelayer', 'minelayers', 'u-boat', 'u-boats',
  ],
  structures: [
    'bridge', 'bridges', 'building', 'buildings', 'house', 'houses', 'home', 'homes', 'school', 'schools', 'hospital',
    'hospitals', 'clinic', 'clinics', 'mosque', 'mosques', 'church', 'churches', 'shelter', 'shelters', 'village',
    'villages', 'facility', 'facilities', 'infrastructure', 'structure', 'structures', 'dwelling', 'dwellings',
    'apartment', 'apartments', 'shop', 'shops', 'road', 'roads', 'well', 'wells', 'farm', 'farms', 'hectare', 'hectares',
    'tower', 'towers', 'wall', 'walls', 'post', 'posts', 'transformer', 'transformers', 'monastery', 'monasteries',
    'temple', 'temples', 'pagoda', 'pagodas', 'market', 'markets', 'office', 'offices', 'warehouse', 'warehouses',
    'factory', 'factories', 'dam', 'dams', 'classroom', 'classrooms', 'culvert', 'culverts', 'field', 'fields',
  ],
};
