import type { Corpus } from './corpus.ts';

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
}

/** Builds paragraph postings from the corpus's sentence terms. */
export function buildInvertedIndex(corpus: Corpus): InvertedIndex {
  const termIds = new Map<string, number>();
  const keys: string[] = [];
  const paragraphsOf: number[][] = [];
  const countsOf: number[][] = [];
  const paragraphLength = new Float32Array(corpus.paragraphs.length);
  const sentencesOf: number[] = [];
  const lastSentence: number[] = [];
  // Per-paragraph counts in one array reused across paragraphs, with the ids it touched.
  const counts: number[] = [];
  const touched: number[] = [];
  corpus.paragraphs.forEach((paragraph, paragraphIndex) => {
    for (let p = paragraph.firstPassage; p < paragraph.firstPassage + paragraph.passageCount; p++) {
      for (const key of corpus.passageTerms[p]!) {
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
  const total = corpus.paragraphs.length;
  const idf = new Float64Array(keys.length);
  paragraphsOf.forEach((list, id) => {
    idf[id] = bm25Idf(list.length, total);
  });
  const sentences = corpus.passageTerms.length;
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
  };
}

/** BM25's inverse document frequency of a term found in `count` of `total` units (always > 0). */
function bm25Idf(count: number, total: number): number {
  return Math.log(1 + (total - count + 0.5) / (count + 0.5));
}
