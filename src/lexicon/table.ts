/**
 * A look-up table without a prototype: `table.constructor` or `table.__proto__` is `undefined`, not a function,
 * so a word of the input can never read Object's own members ("5 constructor were killed" has no qualifier).
 */
export function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
