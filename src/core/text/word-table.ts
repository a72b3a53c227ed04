/**
 * A look-up table keyed by words read from a story or a question: an object with no prototype,
 * so a word such as "constructor" or "__proto__" finds nothing instead of Object's own members
 * (session 24: "Who is Italy's constructor?" threw inside the role rule).
 */
export function wordTable<T>(entries: Readonly<Record<string, T>> = {}): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}
