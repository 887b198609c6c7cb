/**
 * Remembers what `compute` returned per key, up to `limit` keys; past that the memory starts
 * afresh. For look-ups that questions repeat (a misspelt word, a word's relatives, a sentence read for answers).
 */
export function boundedMemo<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const remembered = new Map<K, V>();
  return (key) => {
    if (remembered.has(key)) return remembered.get(key)!;
    if (remembered.size >= limit) remembered.clear();
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
