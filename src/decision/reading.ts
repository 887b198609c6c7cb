import type { ReadSentence } from '../answer/chunks.ts';
import type { ExtractedAnswer, PieceOption } from '../answer/extractAnswer.ts';
import type { AnalyzedQuestion } from '../retrieval/analyzeQuestion.ts';
import type { Concept } from '../retrieval/concepts.ts';
import type { RankedSentence } from '../retrieval/rank.ts';

/** What a question word pins the answer to: a number, a name, or a noun qualifying the asked one. */
export type ConstraintKind = 'number' | 'name' | 'qualifier';

/** A question word the answer sentence must hold (or the sentence before it). */
export interface Constraint {
  /** Index of its concept in {@link Reading.concepts}. */
  concept: number;
  word: string;
  kind: ConstraintKind;
}

/** One sentence the engine re-read as a possible answer. */
export interface Candidate {
  ranked: RankedSentence;
  /** Its place in the retrieval ranking (0 = best). */
  rank: number;
  /** Its sentence as read for the short answer, and per word whether the question asked it. */
  sentence: ReadSentence;
  asked: readonly boolean[];
  /** The pieces of its sentence the short answer was picked from. */
  options: PieceOption[];
  extracted: ExtractedAnswer;
  /** The question's constraints that neither this sentence nor the one before it holds. */
  missing: Constraint[];
  /** The sentence before it in its paragraph, quoted with it because it points back at it (see `refersBack`). */
  context?: number;
  /** What the sentence says to a yes/no question; absent for other questions. */
  verdict?: 'yes' | 'no';
}

/** Everything the engine found for a question, before deciding what to reply. */
export interface Reading {
  question: AnalyzedQuestion;
  concepts: Concept[];
  constraints: Constraint[];
  /** The best sentences by retrieval, re-read for the kind of answer asked, in ranking order. */
  candidates: Candidate[];
}
