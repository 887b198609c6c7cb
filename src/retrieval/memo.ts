/**
 * Remembers what `compute` returned per key, up to `limit` keys; past that the memory starts
 * afresh. For look-ups that questions repeat (a misspelt word, a word's relatives).
 */
export function boundedMemo<V>(compute: (key: string) => V, limit: number): (key: string) => V {
  const remembered = new Map<string, V>();
  return (key) => {
    if (remembered.has(key)) return remembered.get(key)!;
    if (remembered.size >= limit) remembered.clear();
    const value = compute(key);
    remembered.set(key, value);
    return value;
  };
}
