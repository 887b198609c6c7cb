import type { IndexedParagraph } from './corpus.ts';

/** Term statistics over paragraphs, the unit retrieval ranks first. */
export interface InvertedIndex {
  termIds: Map<string, number>;
  keys: string[];
  /** Per term: paragraphs containing it and how often. */
  postingParagraphs: Int32Array[];
  postingCounts: Float32Array[];
  paragraphLength: Float32Array;
  averageLength: number;
  /** Per term: inverse document frequency over paragraphs (BM25's, always > 0). */
  idf: Float64Array;
  /** Per term: the same over sentences. */
  sentenceIdf: Float64Array;
  /** The term ids of passage `p`'s content words, in order, are `passageTermIds[passageStart[p]..passageStart[p + 1])`. */
  passageStart: Int32Array;
  passageTermIds: Int32Array;
}

/**
 * Builds paragraph postings from the sentences' term keys (`passageTerms`, per passage, the
 * passages of `paragraphs` in order), and keeps each sentence's terms as ids: one typed array
 * instead of an array of keys per sentence (500,000 of them at 100,000 paragraphs), and no
 * key to look up when a question reads a sentence.
 */
export function buildInvertedIndex(paragraphs: readonly IndexedParagraph[], passageTerms: readonly (readonly string[])[]): InvertedIndex {
  const termIds = new Map<string, number>();
  const keys: string[] = [];
  const paragraphsOf: number[][] = [];
  const countsOf: number[][] = [];
  const paragraphLength = new Float32Array(paragraphs.length);
  const passageStart = new Int32Array(passageTerms.length + 1);
  const passageTermIds = new Int32Array(passageTerms.reduce((sum, keys) => sum + keys.length, 0));
  let stored = 0;
  const sentencesOf: number[] = [];
  const lastSentence: number[] = [];
  // Per-paragraph counts in one array reused across paragraphs, with the ids it touched.
  const counts: number[] = [];
  const touched: number[] = [];
  paragraphs.forEach((paragraph, paragraphIndex) => {
    for (let p = paragraph.firstPassage; p < paragraph.firstPassage + paragraph.passageCount; p++) {
      passageStart[p] = stored;
      for (const key of passageTerms[p]!) {
        let id = termIds.get(key);
        if (id === undefined) {
          id = keys.length;
          termIds.set(key, id);
          keys.push(key);
          paragraphsOf.push([]);
          countsOf.push([]);
          sentencesOf.push(0);
          lastSentence.push(-1);
          counts.push(0);
        }
        passageTermIds[stored++] = id;
        if (counts[id] === 0) touched.push(id);
        counts[id]! += 1;
        paragraphLength[paragraphIndex]! += 1;
        if (lastSentence[id] !== p) {
          lastSentence[id] = p;
          sentencesOf[id]! += 1;
        }
      }
    }
    for (const id of touched) {
      paragraphsOf[id]!.push(paragraphIndex);
      countsOf[id]!.push(counts[id]!);
      counts[id] = 0;
    }
    touched.length = 0;
  });
  passageStart[passageTerms.length] = stored;
  const total = paragraphs.length;
  const idf = new Float64Array(keys.length);
  paragraphsOf.forEach((list, id) => {
    idf[id] = bm25Idf(list.length, total);
  });
  const sentences = passageTerms.length;
  const sentenceIdf = Float64Array.from(sentencesOf, (count) => bm25Idf(count, sentences));
  let lengthSum = 0;
  for (const length of paragraphLength) lengthSum += length;
  return {
    termIds,
    keys,
    postingParagraphs: paragraphsOf.map((list) => Int32Array.from(list)),
    postingCounts: countsOf.map((list) => Float32Array.from(list)),
    paragraphLength,
    averageLength: total === 0 ? 1 : Math.max(lengthSum / total, 1),
    idf,
    sentenceIdf,
    passageStart,
    passageTermIds,
  };
}

/** BM25's inverse document frequency of a term found in `count` of `total` units (always > 0). */
function bm25Idf(count: number, total: number): number {
  return Math.log(1 + (total - count + 0.5) / (count + 0.5));
}
