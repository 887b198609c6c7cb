import type { QuestionType } from '../answer/questionType.ts';
import type { Candidate, ConstraintKind, Reading } from './reading.ts';

/** A named measurement of a candidate answer; the decision models weigh these. */
export type Feature = (reading: Reading, candidate: Candidate) => number;

/** Question types whose answer has a shape (a number, a date, a name) the sentence must hold. */
const TYPED: ReadonlySet<QuestionType> = new Set(['amount', 'time', 'person', 'place']);

/** Sentence coverage from which a sentence counts as holding every question word (rounding aside). */
const FULL = 0.999;

const isType =
  (...types: QuestionType[]): Feature =>
  (reading) =>
    types.includes(reading.question.type) && !reading.question.yesNo ? 1 : 0;

const missingOf =
  (kind: ConstraintKind): Feature =>
  (_, candidate) =>
    Math.min(2, candidate.missing.filter((constraint) => constraint.kind === kind).length);

/** The question's types, one-hot; "thing" and "manner" are the base. */
const QUESTION_TYPE: Record<string, Feature> = {
  askAmount: isType('amount'),
  askTime: isType('time'),
  askPerson: isType('person'),
  askPlace: isType('place'),
  askWhich: isType('which', 'name'),
  askReason: isType('reason'),
  askYesNo: (reading) => (reading.question.yesNo ? 1 : 0),
};

/** What the sentence model reads of a candidate by itself (see {@link SENTENCE_FEATURES}). */
const OF_THE_SENTENCE: Record<string, Feature> = {
  bias: () => 1,
  sentenceCoverage: (_, c) => c.ranked.sentenceCoverage,
  paragraphCoverage: (_, c) => c.ranked.paragraphCoverage,
  nearbyCoverage: (_, c) => c.ranked.nearbyCoverage,
  relativeScore: (reading, c) => c.ranked.score / reading.candidates[0]!.ranked.score,
  // Candidates come in retrieval order: the best other than the first is the first, and the first's is the second.
  leadOverRest: (reading, c) =>
    (c.ranked.score - (c.rank === 0 ? (reading.candidates[1]?.ranked.score ?? 0) : reading.candidates[0]!.ranked.score)) / reading.candidates[0]!.ranked.score,
  retrievalTop: (_, c) => (c.rank === 0 ? 1 : 0),
  paragraphStrength: (_, c) => c.ranked.paragraphStrength,
  exactShare: (reading, c) => c.ranked.conceptWeights.filter((weight) => weight >= 1).length / reading.concepts.length,
  fullCoverage: (_, c) => (c.ranked.sentenceCoverage >= FULL ? 1 : 0),
  shapeFit: (reading, c) => (TYPED.has(reading.question.type) ? c.extracted.fit : 0),
  shapeMissing: (reading, c) => (TYPED.has(reading.question.type) && c.extracted.fit === 0 ? 1 : 0),
  missingNumbers: missingOf('number'),
  missingNames: missingOf('name'),
  missingQualifiers: missingOf('qualifier'),
  sentenceMissedIdf: (reading, c) => missedIdf(reading, (i) => Math.max(c.ranked.conceptWeights[i]!, c.ranked.previousWeights[i]!)),
  paragraphMissedIdf: (reading, c) => missedIdf(reading, (i) => c.ranked.paragraphWeights[i]!),
  unknownWords: (reading) => reading.concepts.filter((concept) => concept.terms.length === 0).length / reading.concepts.length,
  english: (reading) => (reading.question.language === 'en' ? 1 : 0),
  untranslated: (reading) => reading.question.words.filter((word) => word.untranslated).length / reading.question.words.length,
  questionWords: (reading) => Math.log(1 + reading.concepts.length),
  pieceScore: (_, c) => c.extracted.piece?.score ?? 0,
  pieceMargin: (_, c) => Math.min(2, c.extracted.piece?.margin ?? 0),
  pieceCloseness: (_, c) => c.extracted.piece?.closeness ?? 0,
  pieceAgreement,
  // Other candidates from the same paragraph: the retrieval agrees on where the answer is.
  sameParagraph: (reading, c) =>
    reading.candidates.filter((other) => other !== c && other.ranked.paragraph === c.ranked.paragraph).length / Math.max(1, reading.candidates.length - 1),
  ...QUESTION_TYPE,
};

/**
 * How a sentence stands against the other candidates on each facet of its evidence: how much
 * of the question it holds, whether it has the shape of answer asked, the rarest question word
 * it lacks, and how strong its best piece is. A sentence is chosen against its rivals, so what
 * one holds and the others lack tells more than what it holds alone (the retrieval score's own
 * lead is `leadOverRest`). Its lead over the best other candidate; lower is better for a missed
 * word, so there the best other is the one that misses least.
 */
const LEADS: ReadonlyArray<[name: string, better: 'higher' | 'lower']> = [
  ['sentenceCoverage', 'higher'],
  ['shapeFit', 'higher'],
  ['sentenceMissedIdf', 'lower'],
  ['pieceScore', 'higher'],
];

/**
 * Whether a sentence holds the answer: how much of the question it and its surroundings
 * hold, how it stands against the other candidates, whether it has the shape of answer asked
 * and the question's names and numbers, and how hard the question is to match at all.
 */
export const SENTENCE_FEATURES: Record<string, Feature> = {
  ...OF_THE_SENTENCE,
  ...Object.fromEntries(LEADS.map(([name, better]) => [`${name}Lead`, leadOver(OF_THE_SENTENCE[name]!, better)])),
};

/** A feature's lead over the best of the other candidates (0 without others), signed so that more is better. */
function leadOver(feature: Feature, better: 'higher' | 'lower'): Feature {
  const sign = better === 'higher' ? 1 : -1;
  return (reading, candidate) => {
    let best = -Infinity;
    for (const other of reading.candidates) if (other !== candidate) best = Math.max(best, sign * feature(reading, other));
    return Number.isFinite(best) ? sign * feature(reading, candidate) - best : 0;
  };
}

/**
 * Whether the short answer cut from a sentence is the answer: how the piece was picked
 * (shape, closeness, lead over the runner-up), how long it is, and what was asked.
 */
export const SPAN_FEATURES: Record<string, Feature> = {
  bias: () => 1,
  pieceShape: (_, c) => c.extracted.piece?.shapeFit ?? 0,
  pieceScore: (_, c) => c.extracted.piece?.score ?? 0,
  pieceMargin: (_, c) => Math.min(2, c.extracted.piece?.margin ?? 0),
  pieceCloseness: (_, c) => c.extracted.piece?.closeness ?? 0,
  pieceWords: (_, c) => Math.log(1 + (c.extracted.piece?.words ?? 0)),
  pieceTyped: (_, c) => (c.extracted.piece?.typed ? 1 : 0),
  pieceRivals: (_, c) => Math.log(1 + (c.extracted.piece?.rivals ?? 0)),
  pieceNameness: (_, c) => c.extracted.piece?.nameness ?? 0,
  pieceEquals: (_, c) => Math.log(1 + (c.extracted.piece?.equals ?? 0)),
  answerFit: (_, c) => c.extracted.fit,
  pieceAgreement,
  sentenceCoverage: (_, c) => c.ranked.sentenceCoverage,
  english: (reading) => (reading.question.language === 'en' ? 1 : 0),
  ...QUESTION_TYPE,
};

/**
 * How many other candidate sentences yield the same short answer (log scale): sentences that
 * agree on the answer back each other up, as several passages do in open-domain QA.
 */
function pieceAgreement(reading: Reading, candidate: Candidate): number {
  const key = pieceKey(candidate);
  if (key === undefined) return 0;
  const agreeing = reading.candidates.filter((other) => other !== candidate && pieceKey(other) === key).length;
  return Math.log(1 + agreeing);
}

/** Each candidate's short answer as {@link pieceKey} gives it, worked out once (both models read it). */
const pieceKeys = new WeakMap<Candidate, string | undefined>();

/** A candidate's short answer as compared across sentences: lower case, single spaces; undefined without one. */
function pieceKey(candidate: Candidate): string | undefined {
  if (pieceKeys.has(candidate)) return pieceKeys.get(candidate);
  const key = candidate.extracted.piece ? candidate.extracted.text.toLowerCase().replace(/\s+/g, ' ').trim() : undefined;
  pieceKeys.set(candidate, key);
  return key;
}

/** The features of a candidate, in the order of `features`' names. */
export function measure(features: Record<string, Feature>, reading: Reading, candidate: Candidate): number[] {
  return Object.values(features).map((feature) => feature(reading, candidate));
}

/** The idf of the rarest question word `found` says is absent, against the question's rarest word (0..1). */
function missedIdf(reading: Reading, found: (concept: number) => number): number {
  let missed = 0;
  let rarest = 0;
  reading.concepts.forEach((concept, i) => {
    rarest = Math.max(rarest, concept.idf);
    if (found(i) === 0) missed = Math.max(missed, concept.idf);
  });
  return rarest === 0 ? 0 : missed / rarest;
}
