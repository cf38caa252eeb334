import { COUNTRY_ROWS } from './countries.data.js';

/** One party a loss can belong to: a country or a named non-state party, with the words that name it. */
export interface PartyEntry {
  /** Canonical name reported as `side.name`. */
  name: string;
  /** Words that name the party itself ("Azerbaijan", "Republic of Azerbaijan"). */
  names: string[];
  /** Adjectives and demonyms ("Azerbaijani", "Azeri"). */
  demonyms: string[];
  /** Metonyms: capitals standing for the government ("Baku"). */
  capitals: string[];
  /** What the party is: a state (the default), a de-facto state, or an armed group that "rebels" may stand for. */
  kind?: 'state' | 'de facto state' | 'armed group';
}

/**
 * Countries reported by the name English text gives them, not the table's: "Turkey" is what the news writes
 * (the table's "Türkiye" stays a name of it).
 */
export const COMMON_NAMES: Readonly<Record<string, string>> = { Türkiye: 'Turkey' };

/** Common names the generated table lacks (short forms, older demonyms, plurals of use in news). */
const EXTRA: Record<string, Partial<Omit<PartyEntry, 'name'>>> = {
  Azerbaijan: { demonyms: ['Azeri', 'Azerbaijanis', 'Azeris'] },
  Armenia: { demonyms: ['Armenians'] },
  'United States': { names: ['US', 'U.S.', 'USA', 'U.S.A.', 'America'], demonyms: ['Americans', 'US', 'U.S.'], capitals: ['Washington'] },
  'United Kingdom': { names: ['UK', 'U.K.', 'Britain', 'Northern Ireland'], demonyms: ['Britons', 'English', 'Scottish', 'Welsh'] },
  Russia: { demonyms: ['Russians'] },
  Ukraine: { demonyms: ['Ukrainians'], capitals: ['Kiev'] },
  Israel: { demonyms: ['Israelis'] },
  Palestine: { names: ['Gaza', 'Gaza Strip', 'West Bank', 'Palestinian territories'], demonyms: ['Palestinians', 'Gazan', 'Gazans'] },
  Syria: { demonyms: ['Syrians'] },
  Iraq: { demonyms: ['Iraqis'] },
  Iran: { demonyms: ['Iranians', 'Persian'] },
  Afghanistan: { demonyms: ['Afghans'] },
  Türkiye: { names: ['Turkey', 'Türkiye'], demonyms: ['Turks'] },
  'DR Congo': { names: ['Democratic Republic of the Congo', 'DRC', 'Congo-Kinshasa', 'DR.Congo', 'D.R. Congo', 'D.R.C.'], demonyms: ['Congolese'] },
  Myanmar: { names: ['Burma'], demonyms: ['Burmese'] },
  'South Korea': { demonyms: ['South Korean', 'South Koreans'] },
  'North Korea': { demonyms: ['North Korean', 'North Koreans'] },
  Netherlands: { names: ['Holland'], demonyms: ['Dutch'] },
  // The data's demonyms for Central Asia are old transliterations ("Tadzhik", "Kirghiz").
  Tajikistan: { demonyms: ['Tajik', 'Tajiks'] },
  Kyrgyzstan: { demonyms: ['Kyrgyz', 'Kirgiz'] },
  Kazakhstan: { demonyms: ['Kazakh', 'Kazakhs'] },
  Uzbekistan: { demonyms: ['Uzbek', 'Uzbeks'] },
  Turkmenistan: { demonyms: ['Turkmen'] },
  Philippines: { demonyms: ['Filipinos', 'Philippine'] },
  Denmark: { demonyms: ['Danes'] },
  Laos: { demonyms: ['Lao', 'Laotians'] },
};

/** Named non-state and breakaway parties (armed groups, de-facto states), reported by their own name. */
const PARTIES: PartyEntry[] = [
  { name: 'Artsakh', names: ['Artsakh', 'Republic of Artsakh', 'Nagorno-Karabakh Republic', 'Nagorno-Karabakh', 'Karabakh', 'Artsakh Defence Army', 'Artsakh Defense Army', 'Karabakh Defence Army', 'Karabakh Defense Army'], demonyms: ['Karabakhi', 'Artsakhi'], capitals: ['Stepanakert'], kind: 'de facto state' },
  { name: 'Donetsk People\'s Republic', names: ['Donetsk People\'s Republic', 'DPR'], demonyms: [], capitals: [], kind: 'de facto state' },
  { name: 'Luhansk People\'s Republic', names: ['Luhansk People\'s Republic', 'LPR'], demonyms: [], capitals: [], kind: 'de facto state' },
  { name: 'Transnistria', names: ['Transnistria'], demonyms: ['Transnistrian'], capitals: ['Tiraspol'], kind: 'de facto state' },
  { name: 'Abkhazia', names: ['Abkhazia'], demonyms: ['Abkhaz', 'Abkhazian'], capitals: ['Sukhumi'], kind: 'de facto state' },
  { name: 'South Ossetia', names: ['South Ossetia'], demonyms: ['South Ossetian', 'Ossetian'], capitals: ['Tskhinvali'], kind: 'de facto state' },
  { name: 'Hamas', names: ['Hamas', 'Qassam Brigades', 'al-Qassam Brigades'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Hezbollah', names: ['Hezbollah', 'Hizbollah', 'Hizbullah'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Islamic State', names: ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Daish'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Taliban', names: ['Taliban'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'al-Qaeda', names: ['al-Qaeda', 'al-Qaida', 'Al Qaeda'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'al-Shabaab', names: ['al-Shabaab', 'al-Shabab', 'Shabaab'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Boko Haram', names: ['Boko Haram'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Houthis', names: ['Houthis', 'Houthi', 'Ansar Allah'], demonyms: ['Houthi'], capitals: [], kind: 'armed group' },
  { name: 'Wagner Group', names: ['Wagner Group', 'Wagner'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Rapid Support Forces', names: ['Rapid Support Forces', 'RSF'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Syrian Democratic Forces', names: ['Syrian Democratic Forces', 'SDF', 'YPG'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'PKK', names: ['PKK', 'Kurdistan Workers\' Party'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Free Syrian Army', names: ['Free Syrian Army', 'FSA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Hayat Tahrir al-Sham', names: ['Hayat Tahrir al-Sham', 'HTS', 'Nusra Front', 'al-Nusra Front'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'FARC', names: ['FARC'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Kurdish forces', names: ['Peshmerga', 'Kurdish forces'], demonyms: ['Kurdish', 'Kurds'], capitals: ['Erbil'], kind: 'armed group' },
  // Historical states and alliances the country table lacks, and regions with a people of their own.
  { name: 'Soviet Union', names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Red Army'], demonyms: ['Soviet', 'Soviets'], capitals: [], kind: 'state' },
  { name: 'Ottoman Empire', names: ['Ottoman Empire', 'Ottoman forces', 'Ottoman army'], demonyms: ['Ottoman', 'Ottomans'], capitals: ['Constantinople'], kind: 'state' },
  { name: 'Allies', names: ['Allies', 'Allied forces', 'Entente', 'Triple Entente'], demonyms: ['Allied'], capitals: [], kind: 'state' },
  { name: 'Axis', names: ['Axis powers', 'Central Powers'], demonyms: [], capitals: [], kind: 'state' },
  { name: 'Prussia', names: ['Prussia', 'Kingdom of Prussia'], demonyms: ['Prussian', 'Prussians'], capitals: [], kind: 'state' },
  { name: 'Austria-Hungary', names: ['Austria-Hungary', 'Austro-Hungarian Empire'], demonyms: ['Austro-Hungarian', 'Austro-Hungarians'], capitals: [], kind: 'state' },
  { name: 'Yugoslavia', names: ['Yugoslavia', 'Yugoslav People\'s Army', 'JNA'], demonyms: ['Yugoslav', 'Yugoslavs'], capitals: [], kind: 'state' },
  { name: 'Confederate States', names: ['Confederacy', 'Confederate States', 'Confederate army'], demonyms: ['Confederate', 'Confederates'], capitals: ['Richmond'], kind: 'state' },
  { name: 'North Vietnam', names: ['North Vietnam', 'Democratic Republic of Vietnam', 'PAVN', 'NVA', 'People\'s Army of Vietnam', 'North Vietnamese Army'], demonyms: ['North Vietnamese'], capitals: ['Hanoi'], kind: 'state' },
  { name: 'South Vietnam', names: ['South Vietnam', 'Republic of Vietnam', 'ARVN', 'Army of the Republic of Vietnam'], demonyms: ['South Vietnamese'], capitals: ['Saigon'], kind: 'state' },
  { name: 'Viet Cong', names: ['Viet Cong', 'Vietcong', 'National Liberation Front'], demonyms: [], capitals: [], kind: 'armed group' },
  // The Union side of the American Civil War: its forces, named so that no other "Union" is read as the United States.
  { name: 'United States', names: ['Union army', 'Union Army', 'Union forces', 'Union troops', 'Union soldiers', 'Union navy', 'Federal army'], demonyms: [], capitals: [], kind: 'state' },
  { name: 'Rome', names: ['Roman Republic', 'Roman Empire', 'Roman army'], demonyms: ['Roman', 'Romans'], capitals: [], kind: 'state' },
  { name: 'Carthage', names: ['Carthage', 'Carthaginian army'], demonyms: ['Carthaginian', 'Carthaginians'], capitals: [], kind: 'state' },
  { name: 'Germany', names: ['Wehrmacht', 'Nazi Germany', 'Third Reich'], demonyms: [], capitals: [], kind: 'state' },
  { name: 'Basque Country', names: ['Basque Country', 'Euskadi'], demonyms: ['Basque', 'Basques'], capitals: [], kind: 'de facto state' },
  { name: 'Catalonia', names: ['Catalonia'], demonyms: ['Catalan', 'Catalans'], capitals: [], kind: 'de facto state' },
  { name: 'LTTE', names: ['LTTE', 'Liberation Tigers of Tamil Eelam', 'Tamil Tigers', 'Tamil Tiger', 'Tamil rebels', 'Tamil Tiger rebels'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Shining Path', names: ['Shining Path', 'Sendero Luminoso'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Abu Sayyaf', names: ['Abu Sayyaf', 'Abu Sayyaf Group', 'ASG'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'M23', names: ['M23', 'March 23 Movement'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'TTP', names: ['TTP', 'Tehreek-i-Taliban Pakistan', 'Tehrik-i-Taliban Pakistan', 'Pakistani Taliban', 'Fitna al Khawarij'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'ISWAP', names: ['ISWAP', 'Islamic State West Africa Province'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'IRA', names: ['IRA', 'Irish Republican Army', 'Provisional IRA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Arakan Army', names: ['Arakan Army'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'ELN', names: ['ELN'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'JNIM', names: ['JNIM', 'Jama\'at Nasr al-Islam wal Muslimin'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Lord\'s Resistance Army', names: ['Lord\'s Resistance Army', 'LRA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Allied Democratic Forces', names: ['Allied Democratic Forces'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Janjaweed', names: ['Janjaweed'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Zapatista Army', names: ['EZLN', 'Zapatistas'], demonyms: [], capitals: [], kind: 'armed group' },
  // Movements and armed groups of the Cold War and after that encyclopedias and wires name as parties.
  { name: 'Kuomintang', names: ['Kuomintang', 'KMT', 'National Revolutionary Army'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Viet Minh', names: ['Viet Minh', 'Việt Minh'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Khmer Rouge', names: ['Khmer Rouge'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Mau Mau', names: ['Mau Mau'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'SWAPO', names: ['SWAPO', "People's Liberation Army of Namibia"], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'MPLA', names: ['MPLA', 'FAPLA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'UNITA', names: ['UNITA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'FNLA', names: ['FNLA', 'ELNA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Contras', names: ['Contras', 'Contra rebels'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'MILF', names: ['MILF', 'Moro Islamic Liberation Front'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'MNLF', names: ['MNLF', 'Moro National Liberation Front'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: "New People's Army", names: ["New People's Army", 'NPA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'AQIM', names: ['AQIM', 'al-Qaeda in the Islamic Maghreb'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Baloch Liberation Army', names: ['Baloch Liberation Army', 'BLA'], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Mojahedin-e-Khalq', names: ['Mojahedin-e-Khalq', 'MEK', 'MKO', "People's Mujahedin of Iran"], demonyms: [], capitals: [], kind: 'armed group' },
  { name: 'Fatah al-Islam', names: ['Fatah al-Islam'], demonyms: [], capitals: [], kind: 'armed group' },
  // States of history the country table lacks, with the names encyclopedias give their armies.
  { name: 'Holy Roman Empire', names: ['Holy Roman Empire', 'Imperial army', 'Imperialists'], demonyms: [], capitals: [], kind: 'state' },
  { name: 'Byzantine Empire', names: ['Byzantine Empire', 'Byzantium', 'Eastern Roman Empire'], demonyms: ['Byzantine', 'Byzantines'], capitals: [], kind: 'state' },
  { name: 'Mongol Empire', names: ['Mongol Empire', 'Golden Horde'], demonyms: ['Mongol', 'Mongols'], capitals: [], kind: 'state' },
  { name: 'Mughal Empire', names: ['Mughal Empire', 'Mughal army'], demonyms: ['Mughal', 'Mughals'], capitals: [], kind: 'state' },
  { name: 'Maratha Confederacy', names: ['Maratha Confederacy', 'Maratha Empire'], demonyms: ['Maratha', 'Marathas'], capitals: [], kind: 'state' },
  { name: 'Sikh Empire', names: ['Sikh Empire', 'Khalsa army'], demonyms: [], capitals: [], kind: 'state' },
  { name: 'Qing dynasty', names: ['Qing dynasty', 'Qing China', 'Qing Empire', 'Qing army'], demonyms: ['Qing'], capitals: [], kind: 'state' },
  { name: 'Joseon', names: ['Joseon', 'Joseon Korea', 'Joseon dynasty'], demonyms: [], capitals: [], kind: 'state' },
  { name: 'Achaemenid Empire', names: ['Achaemenid Empire', 'Achaemenid Persia'], demonyms: ['Achaemenid', 'Achaemenids'], capitals: [], kind: 'state' },
  { name: 'Zulu Kingdom', names: ['Zulu Kingdom', 'Zulu army'], demonyms: ['Zulu', 'Zulus'], capitals: ['Ulundi'], kind: 'state' },
  { name: 'Ashanti Empire', names: ['Ashanti Empire', 'Asante Empire'], demonyms: ['Ashanti', 'Asante'], capitals: ['Kumasi'], kind: 'state' },
  { name: 'South African Republic', names: ['South African Republic', 'Transvaal', 'Transvaal Republic'], demonyms: ['Boer', 'Boers'], capitals: ['Pretoria'], kind: 'state' },
  { name: 'Rhodesia', names: ['Rhodesia', 'Rhodesian Security Forces', 'Rhodesian Army'], demonyms: ['Rhodesian', 'Rhodesians'], capitals: ['Salisbury'], kind: 'state' },
  { name: 'Sassanid Empire', names: ['Sassanid Empire', 'Sasanian Empire', 'Sassanid army'], demonyms: ['Sassanid', 'Sassanids', 'Sasanian', 'Sasanians'], capitals: ['Ctesiphon'], kind: 'state' },
  { name: 'Rashidun Caliphate', names: ['Rashidun Caliphate', 'Rashidun army'], demonyms: ['Rashidun'], capitals: [], kind: 'state' },
];

/**
 * The plural of a demonym, by rule: "Libyan" → "Libyans", "Yemeni" → "Yemenis", "Filipino" → "Filipinos";
 * "-ese", "-ss", "-sh" and "-ch" demonyms ("Chinese", "Swiss", "Irish", "French") are their own plural.
 */
export function demonymPlural(demonym: string): string | null {
  return /(?:ese|ss|sh|ch|s|x|z)$/.test(demonym) ? null : `${demonym}s`;
}

function countryEntries(): PartyEntry[] {
  return COUNTRY_ROWS.map(([name, demonyms, aliases, capitals]) => {
    const extra = EXTRA[name] ?? {};
    // The data joins a two-part country's demonyms ("Antiguan, Barbudan").
    const singular = demonyms.flatMap((d) => d.split(/,\s*/));
    const plurals = singular.map(demonymPlural).filter((d): d is string => d !== null);
    return {
      name: COMMON_NAMES[name] ?? name,
      names: [name, ...aliases, ...(extra.names ?? [])],
      demonyms: [...new Set([...singular, ...plurals, ...(extra.demonyms ?? [])])],
      capitals: [...capitals, ...(extra.capitals ?? [])],
      kind: 'state' as const,
    };
  });
}

/** Every country (from the generated table) and the named non-state parties. */
export const DEFAULT_PARTIES: readonly PartyEntry[] = [...PARTIES, ...countryEntries()];
