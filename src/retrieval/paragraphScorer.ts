import type { Concept } from './concepts.ts';
import type { InvertedIndex } from './invertedIndex.ts';

/** BM25 settings the paragraph scorer reads. */
export interface Bm25Options {
  k1: number;
  b: number;
  /** Highest idf a word's relative scores with, as a multiple of the word's own. */
  relativeIdfCap: number;
  /** How many of the best paragraphs to return. */
  paragraphs: number;
}

/**
 * Scores paragraphs by BM25 over the question's concepts, each concept counted once per
 * paragraph by its best-matching term. Buffers are allocated once per index and reused.
 *
 * Terms found in more than 2 % of a large corpus (and 2,000 paragraphs), and relatives of a
 * word the index has, are scored last and only for the best 500 paragraphs the other terms
 * found, by binary search in their postings: a paragraph that holds only a question's
 * commonest words is not worth the scan. On small corpora every paragraph makes the list.
 */
export function createParagraphScorer(index: InvertedIndex) {
  const count = index.paragraphLength.length;
  const commonFrom = Math.max(2000, count * 0.02);
  const scores = new Float32Array(count);
  const conceptBest = new Float32Array(count);
  const touched = new Int32Array(count);
  const conceptTouched = new Int32Array(count);
  const lengthFactor = new Float32Array(count);
  let factorsFor = '';
  const shortlist = new Int32Array(SHORTLIST);
  const listed = new Uint8Array(count);
  const shortlistScores = new Float64Array(count);

  /** Copies the best `SHORTLIST` touched paragraphs (by score so far) into `shortlist`; returns how many. */
  function keepBest(touchedCount: number): number {
    const kept = pickBest(touchedCount);
    for (let i = 0; i < kept; i++) listed[shortlist[i]!] = 1;
    return kept;
  }

  function pickBest(touchedCount: number): number {
    if (touchedCount <= SHORTLIST) {
      shortlist.set(touched.subarray(0, touchedCount));
      return touchedCount;
    }
    for (let i = 0; i < touchedCount; i++) shortlistScores[i] = scores[touched[i]!]!;
    const cut = kthLargest(shortlistScores.subarray(0, touchedCount), SHORTLIST);
    let kept = 0;
    for (let i = 0; i < touchedCount && kept < SHORTLIST; i++) {
      if (scores[touched[i]!]! >= cut) shortlist[kept++] = touched[i]!;
    }
    return kept;
  }

  return function topParagraphs(concepts: readonly Concept[], { k1, b, relativeIdfCap, paragraphs: limit }: Bm25Options): Array<[number, number]> {
    if (factorsFor !== `${k1}/${b}`) {
      for (let p = 0; p < count; p++) lengthFactor[p] = k1 * (1 - b + (b * index.paragraphLength[p]!) / index.averageLength);
      factorsFor = `${k1}/${b}`;
    }
    let touchedCount = 0;
    for (const common of [false, true]) {
      const scanned = common ? keepBest(touchedCount) : 0;
      for (const concept of concepts) {
        let conceptCount = 0;
        const hasExact = concept.terms.some((term) => term.weight >= 1);
        for (const term of concept.terms) {
          const paragraphs = index.postingParagraphs[term.id]!;
          // Words of the same family back up a word the index has; they only re-score.
          const deferred = paragraphs.length > commonFrom || (hasExact && term.weight < 1);
          if (deferred !== common) continue;
          const counts = index.postingCounts[term.id]!;
          const scale = term.weight * Math.min(index.idf[term.id]!, concept.idf * relativeIdfCap) * (k1 + 1);
          if (common && scanned > 0 && scanned * Math.log2(paragraphs.length) < paragraphs.length) {
            for (let i = 0; i < scanned; i++) {
              const paragraph = shortlist[i]!;
              const at = findSorted(paragraphs, paragraph);
              if (at < 0) continue;
              const value = (scale * counts[at]!) / (counts[at]! + lengthFactor[paragraph]!);
              const previous = conceptBest[paragraph]!;
              if (previous === 0) conceptTouched[conceptCount++] = paragraph;
              if (value > previous) conceptBest[paragraph] = value;
            }
          } else {
            const onlyListed = common && scanned > 0;
            for (let i = 0; i < paragraphs.length; i++) {
              const paragraph = paragraphs[i]!;
              if (onlyListed && listed[paragraph] === 0) continue;
              const tf = counts[i]!;
              const value = (scale * tf) / (tf + lengthFactor[paragraph]!);
              const previous = conceptBest[paragraph]!;
              if (previous === 0) conceptTouched[conceptCount++] = paragraph;
              if (value > previous) conceptBest[paragraph] = value;
            }
          }
        }
        for (let i = 0; i < conceptCount; i++) {
          const paragraph = conceptTouched[i]!;
          if (scores[paragraph] === 0) touched[touchedCount++] = paragraph;
          scores[paragraph]! += conceptBest[paragraph]!;
          conceptBest[paragraph] = 0;
        }
      }
    }
    for (let i = 0; i < SHORTLIST; i++) listed[shortlist[i]!] = 0;
    const top: Array<[number, number]> = [];
    for (let i = 0; i < touchedCount; i++) {
      const paragraph = touched[i]!;
      const score = scores[paragraph]!;
      scores[paragraph] = 0;
      if (top.length < limit || score > top[top.length - 1]![1]) {
        top.push([paragraph, score]);
        top.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
        if (top.length > limit) top.pop();
      }
    }
    return top;
  };
}

/** How many paragraphs the commonest terms are looked up in once the rarer ones have spoken. */
const SHORTLIST = 500;

/** The k-th largest value (quickselect; reorders `values`). */
function kthLargest(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
  const target = k - 1;
  while (low < high) {
    const pivot = values[(low + high) >> 1]!;
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i++] = values[j]!;
        values[j--] = swap;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else break;
  }
  return values[target]!;
}

/** Position of `value` in an ascending array, or -1. */
function findSorted(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = sorted[mid]!;
    if (at === value) return mid;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
