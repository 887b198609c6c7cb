import type { Concept } from './concepts.ts';
import type { Corpus } from './corpus.ts';
import type { InvertedIndex } from './invertedIndex.ts';

/**
 * How the two-stage ranking weighs what it finds; fitted by `npm run train`, by how often the
 * best-ranked sentence holds the answer (see `scripts/train/matchWeights.ts`).
 */
export interface RankWeights {
  /** BM25 term saturation. */
  k1: number;
  /** BM25 length normalisation. */
  b: number;
  /** Highest idf a word's relative (a compound, another ending) scores with, as a multiple of the word's own. */
  relativeIdfCap: number;
  /** Share of a concept credited when only a neighbouring sentence has it. */
  neighbourShare: number;
  /** Part of `neighbourShare` the following sentence gives, against 1 for the preceding one. */
  followingShare: number;
  /** Weight of the paragraph's own score in a sentence's score. */
  paragraphShare: number;
  /** How much a word's spread over the paragraph's sentences lowers its weight there. */
  localShare: number;
}

/** Tuning of the two-stage ranking. */
export interface RankOptions extends RankWeights {
  /** How many paragraphs go on to sentence ranking. */
  paragraphs: number;
}

/** A sentence that could answer, with what the answer picker and confidence need. */
export interface RankedSentence {
  passage: number;
  /** Its paragraph's index in the corpus. */
  paragraph: number;
  score: number;
  /** Share (0..1) of the question's weight found in the sentence itself. */
  sentenceCoverage: number;
  /** Share (0..1) found in the sentence's paragraph. */
  paragraphCoverage: number;
  /** Share (0..1) found in the sentence's paragraph or the paragraphs next to it in its article. */
  nearbyCoverage: number;
  /** Term ids of the question that the sentence contains. */
  matchedTerms: Set<number>;
  /** Per concept: the weight (0..1) with which the sentence itself holds it, 0 when absent. */
  conceptWeights: readonly number[];
  /** Per concept: the same for the sentence before it in its paragraph, or the paragraph before when it goes on from that (see `continues`); else all 0. */
  previousWeights: readonly number[];
  /** Per concept: the best weight with which any sentence of its paragraph holds it. */
  paragraphWeights: readonly number[];
  /** Its paragraph's BM25 score against the best paragraph's (0..1). */
  paragraphStrength: number;
}

/** Ranks the sentences of the best paragraphs (`top`: paragraph and BM25 score) with their neighbours in view. */
export function rankSentences(
  corpus: Corpus,
  index: InvertedIndex,
  top: ReadonlyArray<[number, number]>,
  concepts: readonly Concept[],
  options: RankOptions,
): RankedSentence[] {
  const totalWeight = concepts.reduce((sum, concept) => sum + concept.idf, 0);
  if (totalWeight === 0) return [];
  const bestParagraph = top[0]?.[1] ?? 0;
  const sentenceRatio = sentenceIdfRatio(index, concepts);
  const ranked: RankedSentence[] = [];
  for (const [paragraphIndex, paragraphScore] of top) {
    const paragraph = corpus.paragraphs[paragraphIndex]!;
    const presence: Array<ReturnType<typeof conceptPresence>> = [];
    for (let p = paragraph.firstPassage; p < paragraph.firstPassage + paragraph.passageCount; p++) {
      presence.push(conceptPresence(index, concepts, p));
    }
    // The sentence before the first: the last of the paragraph before, when this one goes on from it.
    const before = paragraph.continues ? conceptPresence(index, concepts, paragraph.firstPassage - 1) : undefined;
    const previousOf = (offset: number) => (offset === 0 ? before : presence[offset - 1]);
    const inParagraph = concepts.map((_, c) => Math.max(...presence.map((found) => found.weights[c]!)));
    const paragraphCoverage = weighted(concepts, inParagraph) / totalWeight;
    const nearbyCoverage = weighted(concepts, conceptsNearby(corpus, index, concepts, paragraphIndex)) / totalWeight;

    // Within a paragraph, a word in every sentence (its topic) tells the sentences apart less;
    // so does, anywhere, a word that comes back sentence after sentence (see `sentenceIdfRatio`).
    const local = concepts.map((_, c) => {
      const holding = presence.filter((found) => found.weights[c]! > 0).length;
      return (1 - options.localShare * (holding / presence.length)) * sentenceRatio[c]!;
    });
    presence.forEach((found, offset) => {
      // A sentence goes on from the one before it ("Er …", "Das Unternehmen …"), so that one
      // lends it the question's words more than the one after does.
      const neighbours = concepts.map((_, c) =>
        Math.max(previousOf(offset)?.weights[c] ?? 0, options.followingShare * (presence[offset + 1]?.weights[c] ?? 0)),
      );
      const own = weighted(concepts, found.weights);
      const distinctive = weighted(
        concepts,
        found.weights.map((weight, c) => weight * local[c]!),
      );
      const near = weighted(
        concepts,
        neighbours.map((weight, c) => Math.max(0, weight - found.weights[c]!)),
      );
      const score = distinctive + options.neighbourShare * near + options.paragraphShare * totalWeight * (paragraphScore / bestParagraph);
      ranked.push({
        passage: paragraph.firstPassage + offset,
        paragraph: paragraphIndex,
        score,
        sentenceCoverage: own / totalWeight,
        paragraphCoverage,
        nearbyCoverage,
        matchedTerms: found.terms,
        conceptWeights: found.weights,
        previousWeights: previousOf(offset)?.weights ?? noneFound(concepts.length),
        paragraphWeights: inParagraph,
        paragraphStrength: paragraphScore / bestParagraph,
      });
    });
  }
  return ranked.sort((a, b) => b.score - a.score);
}

/**
 * Per concept, its best term's idf over sentences against its idf over paragraphs. A word
 * that repeats within the paragraphs it is in (the topic, taken up again and again) scores
 * lower than one that turns up once in each: it says what a paragraph is about, not which
 * of its sentences answers.
 */
function sentenceIdfRatio(index: InvertedIndex, concepts: readonly Concept[]): number[] {
  return concepts.map((concept) => {
    const exact = concept.terms.filter((term) => term.weight >= 1);
    let sentence = 0;
    let paragraph = 0;
    for (const term of exact.length > 0 ? exact : concept.terms) {
      sentence = Math.max(sentence, term.weight * index.sentenceIdf[term.id]!);
      paragraph = Math.max(paragraph, term.weight * index.idf[term.id]!);
    }
    return paragraph > 0 ? sentence / paragraph : 1;
  });
}

/** Per concept, the best weight with which the passage contains it. */
function conceptPresence(index: InvertedIndex, concepts: readonly Concept[], passage: number) {
  const ids = new Set<number>();
  for (let i = index.passageStart[passage]!; i < index.passageStart[passage + 1]!; i++) ids.add(index.passageTermIds[i]!);
  const terms = new Set<number>();
  const weights = concepts.map((concept) => {
    let best = 0;
    for (const term of concept.terms) {
      if (ids.has(term.id)) {
        terms.add(term.id);
        best = Math.max(best, term.weight);
      }
    }
    return best;
  });
  return { weights, terms };
}

/** Per concept, the best weight with which the paragraph or its neighbours in the same article contain it. */
function conceptsNearby(corpus: Corpus, index: InvertedIndex, concepts: readonly Concept[], paragraphIndex: number): number[] {
  const { articleIndex } = corpus.paragraphs[paragraphIndex]!;
  const first = corpus.paragraphs[paragraphIndex - 1]?.articleIndex === articleIndex ? paragraphIndex - 1 : paragraphIndex;
  const last = corpus.paragraphs[paragraphIndex + 1]?.articleIndex === articleIndex ? paragraphIndex + 1 : paragraphIndex;
  return concepts.map((concept) =>
    Math.max(0, ...concept.terms.filter((term) => holdsBetween(index.postingParagraphs[term.id]!, first, last)).map((term) => term.weight)),
  );
}

/** Whether an ascending posting list holds a paragraph in `first..last`. */
function holdsBetween(paragraphs: Int32Array, first: number, last: number): boolean {
  let low = 0;
  let high = paragraphs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (paragraphs[mid]! < first) low = mid + 1;
    else high = mid;
  }
  return low < paragraphs.length && paragraphs[low]! <= last;
}

function noneFound(count: number): number[] {
  return new Array<number>(count).fill(0);
}

function weighted(concepts: readonly Concept[], weights: readonly number[]): number {
  return concepts.reduce((sum, concept, c) => sum + concept.idf * weights[c]!, 0);
}
