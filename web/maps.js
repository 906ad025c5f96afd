// Small helpers for Map-based registries.

/**
 * The map's entry for `key`, created with `create()` on first use.
 * @template K, V
 * @param {Map<K, V>} map @param {K} key @param {() => V} create
 * @returns {V}
 */
export function entryFor(map, key, create) {
  let entry = map.get(key);
  if (entry === undefined) {
    entry = create();
    map.set(key, entry);
  }
  return entry;
}
