import { CITY_ROWS } from './cities.data.js';
import { REGION_ROWS } from './regions.data.js';
import { COMMON_NAMES } from './countries.js';

/**
 * Places that stand for their country when a report names where it happened: [country, names joined by "|"].
 * The country is spelled as in the party table (countries.ts), so a place resolves to a party.
 */
export type PlaceRow = readonly [country: string, names: string];

/** Regions, provinces and districts news names for a country that a city table lacks (hand-kept, small). */
const REGIONS: PlaceRow[] = [
  ['Ukraine', 'Donbas|Donbass|Crimea|Kharkiv Oblast|Donetsk Oblast|Luhansk Oblast|Zaporizhzhia Oblast|Kherson Oblast'],
  ['Sudan', 'Darfur|North Darfur|South Darfur|West Darfur|Kordofan|South Kordofan|Blue Nile'],
  ['Philippines', 'Sulu|Mindanao|Basilan|Maguindanao|Luzon|Visayas'],
  ['Myanmar', 'Rakhine|Rakhine State|Shan State|Kachin State|Sagaing Region'],
  ['Ethiopia', 'Tigray|Amhara Region|Oromia'],
  ['Syria', 'Idlib Governorate|Hasakah|Al-Hasakah|Hasakah governorate|Deir ez-Zor|Raqqa Governorate'],
  ['Yemen', 'Saada|Marib|Hodeidah|Taiz|Hadramout'],
  ['Nigeria', 'Borno|Borno State|Yobe|Adamawa|Zamfara|Katsina State'],
  ['Mozambique', 'Cabo Delgado|Niassa'],
  ['Mali', 'Mopti|Mopti Region|Gao Region|Timbuktu|Ségou Region'],
  ['Burkina Faso', 'Sahel Region|Soum'],
  ['DR Congo', 'North Kivu|South Kivu|Ituri|Kivu'],
  ['Pakistan', 'Khyber Pakhtunkhwa|Waziristan|North Waziristan|South Waziristan|Balochistan|Baluchistan'],
  ['Afghanistan', 'Helmand|Kandahar Province|Kunduz|Nangarhar'],
  ['Somalia', 'Lower Shabelle|Middle Shabelle|Jubaland'],
  ['Mexico', 'Michoacán|Michoacan|Sinaloa|Tamaulipas|Guerrero|Chihuahua'],
  ['Peru', 'Ayacucho|VRAEM|Junín'],
  ['Colombia', 'Cauca|Antioquia|Catatumbo'],
  ['Iraq', 'Anbar|Nineveh|Kirkuk Governorate|Salahuddin|Diyala'],
  ['Lebanon', 'South Lebanon|Bekaa|Bekaa Valley'],
  ['Israel', 'Galilee|Negev'],
  ['United Kingdom', 'Northern Ireland|Ulster|Scotland|Wales|England'],
  ['India', 'Manipur|Chhattisgarh|Jammu'],
  ['Cameroon', 'Far North Region|Anglophone regions'],
  ['Niger', 'Tillabéri|Tillaberi|Diffa'],
];

/**
 * The hand-kept regions, the generated cities, then the generated first-order regions (US states, provinces,
 * oblasts): a later row does not override an earlier name, so a city keeps its name where a region shares it.
 */
export const DEFAULT_PLACES: readonly PlaceRow[] = [...REGIONS, ...REGION_ROWS, ...CITY_ROWS]
  .map(([country, names]) => [COMMON_NAMES[country] ?? country, names] as PlaceRow);
