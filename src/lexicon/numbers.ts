import type { Qualifier } from '../schema.js';
import { table } from './table.js';

/** Number words and the multipliers that scale them. */
export const UNITS: Readonly<Record<string, number>> = table({
  zero: 0, nought: 0, naught: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});
export const SCALES: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
  k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, mil: 1_000_000, bn: 1_000_000_000, bln: 1_000_000_000,
  lakh: 100_000, crore: 10_000_000, b: 1_000_000_000, tn: 1_000_000_000_000, tln: 1_000_000_000_000,
});
/** Nouns that are themselves a count: "a dozen", "a score". */
export const COUNT_NOUNS: Readonly<Record<string, number>> = table({ dozen: 12, score: 20, couple: 2, pair: 2 });
/** Plural amounts without a figure: "dozens", "hundreds of thousands". Lower bound for min. */
export const VAGUE_AMOUNTS: Readonly<Record<string, number | null>> = table({
  dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000, tens: 20, several: null,
  numerous: null,
});

/** Words that can start a count, for the pre-filter that skips sentences without one. */
export const NUMBER_WORDS: readonly string[] = [
  ...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES).filter((w) => w.length > 2), ...Object.keys(COUNT_NOUNS),
  ...Object.keys(VAGUE_AMOUNTS), 'dozen', 'half', 'a', 'an', 'another',
];

/** Words before a number that qualify it; longest first is not needed, matching tries every entry. */
export const QUALIFIERS_BEFORE: Readonly<Record<string, Qualifier>> = table({
  'at least': 'at_least', 'a minimum of': 'at_least', 'no fewer than': 'at_least', 'no less than': 'at_least',
  'not less than': 'at_least', 'not fewer than': 'at_least',
  'more than': 'more_than', over: 'more_than', above: 'more_than', 'in excess of': 'more_than',
  'upwards of': 'more_than', 'upward of': 'more_than', 'just over': 'more_than', 'well over': 'more_than',
  'up to': 'up_to', 'as many as': 'up_to', 'as high as': 'up_to', 'at most': 'up_to', 'a maximum of': 'up_to',
  'no more than': 'up_to', 'not more than': 'up_to',
  'fewer than': 'less_than', 'less than': 'less_than', under: 'less_than', below: 'less_than',
  'just under': 'less_than',
  about: 'approximate', around: 'approximate', approximately: 'approximate', roughly: 'approximate',
  some: 'approximate', nearly: 'approximate', almost: 'approximate', 'close to': 'approximate',
  'an estimated': 'approximate', estimated: 'approximate', circa: 'approximate', approx: 'approximate',
  'upwards of some': 'more_than', 'nearly some': 'approximate', 'c .': 'approximate', 'ca .': 'approximate',
  '~': 'approximate',
});
/** Words after a number that qualify it: "200 or more", "200+". */
export const QUALIFIERS_AFTER: Readonly<Record<string, Qualifier>> = table({
  'or more': 'at_least', '+': 'at_least', plus: 'at_least', 'or so': 'approximate', 'or fewer': 'up_to',
  'or less': 'up_to',
});

/** Currency symbols and words, mapped to ISO 4217 codes. */
export const CURRENCIES: Readonly<Record<string, string>> = table({
  'us$': 'USD', $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', eur: 'EUR', euro: 'EUR',
  euros: 'EUR', '£': 'GBP', gbp: 'GBP', pound: 'GBP', pounds: 'GBP', '¥': 'JPY', yen: 'JPY', ruble: 'RUB',
  rubles: 'RUB', roubles: 'RUB', '₽': 'RUB', hryvnia: 'UAH', hryvnias: 'UAH', manat: 'AZN', manats: 'AZN',
  dram: 'AMD', drams: 'AMD', php: 'PHP', '₱': 'PHP', pesos: 'PHP', inr: 'INR', '₹': 'INR', lbp: 'LBP', lira: 'TRY', shekel: 'ILS', shekels: 'ILS', rupees: 'INR', yuan: 'CNY',
});

/** Nouns after a number that make it a measure, not a count of losses ("3 days", "40 km", "50 percent"). */
export const MEASURE_UNITS = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'km', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'mile', 'miles', 'metre',
  'metres', 'meter', 'meters', 'm', 'kg', 'kilograms', 'tonnes', 'tons', 'ton', 'tonne', 'percent', 'per',
  '%', 'degrees', 'times', 'acres', 'hectares', 'square', 'sq', 'mm', 'cm', 'litres', 'liters', 'gallons',
  'barrels', 'am', 'pm', 'a.m', 'p.m', 'gmt', 'utc', 'o\'clock', 'feet', 'ft', 'inches', 'mph', 'kmh',
]);

/** Nouns before a number that make it a label, not a count ("Resolution 2254", "Route 60", "No. 5"). */
export const LABEL_NOUNS = new Set([
  'resolution', 'article', 'chapter', 'section', 'page', 'pages', 'route', 'highway', 'flight', 'no', 'number',
  'unit', 'brigade', 'division', 'regiment', 'battalion', 'corps', 'army', 'platoon', 'company', 'squadron',
  'district', 'block', 'building', 'street', 'road', 'gate', 'camp', 'grade', 'level', 'category', 'version',
  'phase', 'stage', 'item', 'paragraph', 'protocol', 'law', 'decree', 'order', 'hill', 'height', 'sector', 'zone',
  'aged', 'age', 'ages', 'officer', 'sergeant', 'class', 'private', 'specialist', 'seaman', 'airman', 'constable', 'covid', 'covid-19', 'room', 'ward', 'apartment', 'line', 'gmt', 'utc', 'week',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
