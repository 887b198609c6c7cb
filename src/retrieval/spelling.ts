import Fuse from 'fuse.js';
import { boundedMemo } from '../memo.ts';

/** Fuse's score above which a candidate is not taken as the same word (0 = exact). */
const MAX_FUSE_SCORE = 0.3;
/** How many corrections are remembered before the memo starts afresh. */
const REMEMBERED = 10_000;

/**
 * Corrects a misspelt query key to an index key. Candidates come from buckets (same first
 * two letters, or same last three) of similar length, so a look-up never scans the whole
 * vocabulary; fuse.js then picks the closest among them.
 */
export function createSpellingCorrector(keys: Iterable<string>) {
  const byHead = new Map<string, string[]>();
  const byTail = new Map<string, string[]>();
  for (const key of keys) {
    if (key.length < 4 || /\d/.test(key)) continue;
    push(byHead, key.slice(0, 2), key);
    push(byTail, key.slice(-3), key);
  }

  // Users repeat their misspellings; remember answers, up to a bound, so fuse.js runs once per word.
  const remembered = boundedMemo(closest, REMEMBERED);

  return function correct(key: string): string | undefined {
    if (key.length < 4 || /\d/.test(key)) return undefined;
    return remembered(key);
  };

  function closest(key: string): string | undefined {
    const near = (candidate: string) => Math.abs(candidate.length - key.length) <= 2;
    const candidates = [...new Set([...(byHead.get(key.slice(0, 2)) ?? []), ...(byTail.get(key.slice(-3)) ?? [])])].filter(near);
    if (candidates.length === 0) return undefined;
    const best = new Fuse(candidates, { includeScore: true, threshold: MAX_FUSE_SCORE, ignoreLocation: true }).search(key, { limit: 1 })[0];
    return best && (best.score ?? 1) <= MAX_FUSE_SCORE ? best.item : undefined;
  }
}

function push(map: Map<string, string[]>, bucket: string, key: string): void {
  const list = map.get(bucket);
  if (list) list.push(key);
  else map.set(bucket, [key]);
}
