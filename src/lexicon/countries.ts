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
}

/** Common names the generated table lacks (short forms, older demonyms, plurals of use in news). */
const EXTRA: Record<string, Partial<Omit<PartyEntry, 'name'>>> = {
  Azerbaijan: { demonyms: ['Azeri', 'Azerbaijanis', 'Azeris'] },
  Armenia: { demonyms: ['Armenians'] },
  'United States': { names: ['US', 'U.S.', 'USA', 'U.S.A.', 'America'], demonyms: ['Americans', 'US', 'U.S.'], capitals: ['Washington'] },
  'United Kingdom': { names: ['UK', 'U.K.', 'Britain'], demonyms: ['Britons', 'English', 'Scottish', 'Welsh'] },
  Russia: { demonyms: ['Russians'] },
  Ukraine: { demonyms: ['Ukrainians'], capitals: ['Kiev'] },
  Israel: { demonyms: ['Israelis'] },
  Palestine: { names: ['Gaza', 'Gaza Strip', 'West Bank', 'Palestinian territories'], demonyms: ['Palestinians', 'Gazan', 'Gazans'] },
  Syria: { demonyms: ['Syrians'] },
  Iraq: { demonyms: ['Iraqis'] },
  Iran: { demonyms: ['Iranians', 'Persian'] },
  Afghanistan: { demonyms: ['Afghans'] },
  Türkiye: { names: ['Turkey'], demonyms: ['Turks'] },
  'DR Congo': { names: ['Democratic Republic of the Congo', 'DRC', 'Congo-Kinshasa'], demonyms: ['Congolese'] },
  Myanmar: { names: ['Burma'], demonyms: ['Burmese'] },
  'South Korea': { demonyms: ['South Korean', 'South Koreans'] },
  'North Korea': { demonyms: ['North Korean', 'North Koreans'] },
  Netherlands: { names: ['Holland'], demonyms: ['Dutch'] },
};

/** Named non-state and breakaway parties (armed groups, de-facto states), reported by their own name. */
const PARTIES: PartyEntry[] = [
  { name: 'Artsakh', names: ['Artsakh', 'Republic of Artsakh', 'Nagorno-Karabakh Republic', 'Nagorno-Karabakh', 'Karabakh', 'Artsakh Defence Army', 'Artsakh Defense Army', 'Karabakh Defence Army', 'Karabakh Defense Army'], demonyms: ['Karabakhi', 'Artsakhi'], capitals: ['Stepanakert'] },
  { name: 'Donetsk People\'s Republic', names: ['Donetsk People\'s Republic', 'DPR'], demonyms: [], capitals: [] },
  { name: 'Luhansk People\'s Republic', names: ['Luhansk People\'s Republic', 'LPR'], demonyms: [], capitals: [] },
  { name: 'Transnistria', names: ['Transnistria'], demonyms: ['Transnistrian'], capitals: ['Tiraspol'] },
  { name: 'Abkhazia', names: ['Abkhazia'], demonyms: ['Abkhaz', 'Abkhazian'], capitals: ['Sukhumi'] },
  { name: 'South Ossetia', names: ['South Ossetia'], demonyms: ['South Ossetian', 'Ossetian'], capitals: ['Tskhinvali'] },
  { name: 'Hamas', names: ['Hamas', 'Qassam Brigades', 'al-Qassam Brigades'], demonyms: [], capitals: [] },
  { name: 'Hezbollah', names: ['Hezbollah', 'Hizbollah', 'Hizbullah'], demonyms: [], capitals: [] },
  { name: 'Islamic State', names: ['Islamic State', 'ISIS', 'ISIL', 'IS', 'Daesh', 'Daish'], demonyms: [], capitals: [] },
  { name: 'Taliban', names: ['Taliban'], demonyms: [], capitals: [] },
  { name: 'al-Qaeda', names: ['al-Qaeda', 'al-Qaida', 'Al Qaeda'], demonyms: [], capitals: [] },
  { name: 'al-Shabaab', names: ['al-Shabaab', 'al-Shabab', 'Shabaab'], demonyms: [], capitals: [] },
  { name: 'Boko Haram', names: ['Boko Haram'], demonyms: [], capitals: [] },
  { name: 'Houthis', names: ['Houthis', 'Houthi', 'Ansar Allah'], demonyms: ['Houthi'], capitals: [] },
  { name: 'Wagner Group', names: ['Wagner Group', 'Wagner'], demonyms: [], capitals: [] },
  { name: 'Rapid Support Forces', names: ['Rapid Support Forces', 'RSF'], demonyms: [], capitals: [] },
  { name: 'Syrian Democratic Forces', names: ['Syrian Democratic Forces', 'SDF', 'YPG'], demonyms: [], capitals: [] },
  { name: 'PKK', names: ['PKK', 'Kurdistan Workers\' Party'], demonyms: [], capitals: [] },
  { name: 'Free Syrian Army', names: ['Free Syrian Army', 'FSA'], demonyms: [], capitals: [] },
  { name: 'Hayat Tahrir al-Sham', names: ['Hayat Tahrir al-Sham', 'HTS', 'Nusra Front', 'al-Nusra Front'], demonyms: [], capitals: [] },
  { name: 'FARC', names: ['FARC'], demonyms: [], capitals: [] },
  { name: 'Kurdish forces', names: ['Peshmerga', 'Kurdish forces'], demonyms: ['Kurdish', 'Kurds'], capitals: ['Erbil'] },
];

function countryEntries(): PartyEntry[] {
  return COUNTRY_ROWS.map(([name, demonyms, aliases, capitals]) => {
    const extra = EXTRA[name] ?? {};
    return {
      name,
      names: [name, ...aliases, ...(extra.names ?? [])],
      demonyms: [...demonyms, ...(extra.demonyms ?? [])],
      capitals: [...capitals, ...(extra.capitals ?? [])],
    };
  });
}

/** Every country (from the generated table) and the named non-state parties. */
export const DEFAULT_PARTIES: readonly PartyEntry[] = [...PARTIES, ...countryEntries()];
