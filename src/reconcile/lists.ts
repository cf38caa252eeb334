import type { Claim } from '../schema.js';
import { textBetween } from './parts.js';

/** Between two items of one list ("180 soldiers, 12 marines and ..."). */
const LIST_GOES_ON = /^[\s,;]*(?:and|as well as|plus)?[\s,;]*$/i;

/**
 * Figures one claimant lists side by side in one sentence for the same thing ("14 soldiers, 6 gendarmes and
 * 3 marines were killed": soldiers and marines) add up; they are not rival estimates. Returns, for each such
 * list, its items' indexes by the index of its first item. `groupOf` is each claim's group (null for parts),
 * `claimantOf` its claimant's key. Linear: a list is one run of claims joined by "," or "and".
 */
export function findLists(claims: readonly Claim[], groupOf: readonly (string | null)[], claimantOf: readonly (string | null)[]): Map<number, number[]> {
  const lists = new Map<number, number[]>();
  const flush = (from: number, to: number) => {
    if (to - from < 2) return;
    const items = new Map<string, number[]>();
    for (let i = from; i < to; i++) {
      const c = claims[i];
      if (groupOf[i] === null || c.quantity.value === null) continue;
      const key = `${groupOf[i]}\u0002${claimantOf[i]}\u0002${c.modality}`;
      const list = items.get(key);
      if (list) list.push(i);
      else items.set(key, [i]);
    }
    for (const list of items.values()) if (list.length > 1) lists.set(list[0], list);
  };
  let from = 0;
  for (let k = 1; k <= claims.length; k++) {
    const between = k < claims.length ? textBetween(claims[k - 1], claims[k]) : null;
    if (between !== null && LIST_GOES_ON.test(between)) continue;
    flush(from, k);
    from = k;
  }
  return lists;
}

type Quantity = Claim['quantity'];

/** The sum of a list's quantities: exact when every item is, "at least" when each is a lower bound. */
export function sumOf(items: readonly Claim[]): Pick<Quantity, 'value' | 'min' | 'max' | 'qualifier'> {
  let value = 0;
  let min: number | null = 0;
  let max: number | null = 0;
  for (const c of items) {
    value += c.quantity.value ?? 0;
    min = min === null || c.quantity.min === null ? null : min + c.quantity.min;
    max = max === null || c.quantity.max === null ? null : max + c.quantity.max;
  }
  const qualifiers = new Set(items.map((c) => c.quantity.qualifier));
  const qualifier = qualifiers.size === 1 ? items[0].quantity.qualifier
    : [...qualifiers].every((q) => q === 'exact' || q === 'at_least' || q === 'more_than') ? 'at_least' : 'approximate';
  return { value, min, max, qualifier };
}
