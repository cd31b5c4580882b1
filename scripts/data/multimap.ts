// Appends to a list kept in a Map under a key, creating the list on first use. Pushing in place
// keeps indexing linear; copying the list on every insert was quadratic on large buckets.
export function addTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
