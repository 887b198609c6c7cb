import { answerBelief, createDecider, decide, isBlocked, scoreCandidates, type Decider } from '../../src/decision/decide.ts';
import { measure, SENTENCE_FEATURES, SPAN_FEATURES } from '../../src/decision/features.ts';
import { linearPieceScorer, pickPiece, type PieceScorer } from '../../src/answer/extractAnswer.ts';
import type { DecisionModel, Weights } from '../../src/decision/model.ts';
import { quotation } from '../../src/messages.ts';
import type { Answer, ReplyLanguage } from '../../src/types.ts';
import { answerInSentence } from '../eval/squad.ts';
import { foldsOf } from './folds.ts';
import { spanIsRight, type Example } from './collect.ts';
import { fitLogistic } from './logistic.ts';
import { fitPieceWeights } from './pieceWeights.ts';

/**
 * Share of a language's questions that may get a wrong lead, on the training folds, when
 * its answer threshold is chosen: each language takes the lowest threshold that keeps it at
 * or below this. A confident wrong answer misleads; a decline only fails to help.
 */
export const WRONG_SHARE_GOAL = 0.06;
/** Share of short answers that must be right, on the training folds, for a span threshold to be taken. */
export const SPAN_PRECISION_GOAL = 0.9;
/** Thresholds tried, from 0.02 to 0.98. */
const GRID = Array.from({ length: 97 }, (_, i) => (i + 2) / 100);

/** What the user reads first in a reply. */
export type Outcome = 'right' | 'wrong' | 'declined';

/** The engine's reply to an example under a model. */
export function replyTo(example: Example, decider: Decider): Answer | null {
  return example.reading ? decide(repick(example, decider.model.piece).reading!, decider, example.passageAt) : null;
}

/** The piece scorer of a model, built once per model. */
const pickers = new WeakMap<Weights, PieceScorer>();
function pickerOf(weights: Weights): PieceScorer {
  let scorer = pickers.get(weights);
  if (!scorer) pickers.set(weights, (scorer = linearPieceScorer(weights)));
  return scorer;
}

/** An example with each candidate's short answer picked again by `piece` weights (and judged again). */
export function repick(example: Example, piece: Weights): Example {
  if (!example.reading) return example;
  const score = pickerOf(piece);
  const candidates = example.reading.candidates.map((candidate) => ({
    ...candidate,
    extracted: pickPiece(example.passageAt(candidate.ranked.passage).text, candidate.options, score),
  }));
  return {
    ...example,
    reading: { ...example.reading, candidates },
    spanRight: candidates.map((candidate) => example.answerable && spanIsRight(candidate.extracted.text, example.golds)),
  };
}

/** Judges a reply by what it leads with: the short answer when `span`, else the quote (the sentence, after the one before when it points back at that). */
export function judge(answer: Answer | null, example: Example): Outcome {
  if (!answer || !answer.answered) return 'declined';
  if (!example.answerable) return 'wrong';
  const quoted = answer.passage === null ? null : quotation({ passage: answer.passage, context: answer.context });
  return (answer.span ? spanIsRight(answer.answer, example.golds) : answerInSentence(quoted, example.golds)) ? 'right' : 'wrong';
}

/**
 * Inner folds by article for choosing thresholds on beliefs the models formed without the
 * questions judged. As many as the outer folds: each inner model is then fit to nearly as many
 * articles as the model the thresholds serve, and its beliefs are as sure as that model's
 * (with fewer, the thresholds let more wrong leads through on new questions than they allow).
 */
export const THRESHOLD_FOLDS = 6;

/** Fits the piece picker, then the logistic sentence and span models over its picks (thresholds left at 0.5). */
function fitWeights(given: readonly Example[]): DecisionModel {
  const piece = fitPieceWeights(given);
  const examples = given.map((example) => repick(example, piece));
  const sentenceRows: number[][] = [];
  const sentenceLabels: number[] = [];
  const spanRows: number[][] = [];
  const spanLabels: number[] = [];
  for (const example of examples) {
    example.reading?.candidates.forEach((candidate, i) => {
      sentenceRows.push(measure(SENTENCE_FEATURES, example.reading!, candidate));
      // The sentence model learns whether the sentence itself holds the answer: its features
      // describe the sentence. What is shown (the quote, with the sentence before where it points
      // back) is what the thresholds are chosen on and what the reply is judged by.
      sentenceLabels.push(example.sentenceRight[i] ? 1 : 0);
      // The span model is conditional: given that the sentence holds the answer, is the piece it?
      if (example.sentenceRight[i] && candidate.extracted.piece) {
        spanRows.push(measure(SPAN_FEATURES, example.reading!, candidate));
        spanLabels.push(example.spanRight[i] ? 1 : 0);
      }
    });
  }
  return {
    piece,
    sentence: fitLogistic(sentenceRows, sentenceLabels, Object.keys(SENTENCE_FEATURES)),
    span: fitLogistic(spanRows, spanLabels, Object.keys(SPAN_FEATURES)),
    thresholds: { answer: { de: 0.5, en: 0.5 }, unsure: 0.5, span: 0.5 },
  };
}

/** An example's best candidate under a model: its belief, and whether answering it, or its short answer, would be right. */
interface Belief {
  example: Example;
  /** The engine's belief that its best candidate answers (see `answerBelief`); 0 when blocked. */
  p: number;
  right: boolean;
  span: number;
  spanRight: boolean;
}

function beliefOf(given: Example, decider: Decider): Belief[] {
  const example = repick(given, decider.model.piece);
  if (!example.reading) return [];
  const scored = scoreCandidates(example.reading, decider);
  const top = scored[0]!;
  const i = example.reading.candidates.indexOf(top.candidate);
  // A blocked sentence (see `isBlocked`) is never answered, whatever the threshold.
  const p = isBlocked(example.reading, top.candidate) ? 0 : answerBelief(scored);
  const span = top.candidate.extracted.piece ? top.sentence * decider.span(example.reading, top.candidate) : -1;
  return [{ example, p, right: example.quoteRight[i]!, span, spanRight: example.spanRight[i]! }];
}

/**
 * Fits the sentence and span models to the examples, and their thresholds to beliefs formed
 * out of fold (inner folds by article): a model is surer of the questions it was fit to than
 * of new ones, and thresholds chosen on those would answer too readily.
 */
export function fitModel(examples: readonly Example[]): DecisionModel {
  const foldOf = foldsByArticle(examples, THRESHOLD_FOLDS);
  const best: Belief[] = [];
  for (let fold = 0; fold < THRESHOLD_FOLDS; fold++) {
    const decider = createDecider(fitWeights(examples.filter((example) => foldOf.get(example.group) !== fold)));
    for (const example of examples.filter((e) => foldOf.get(e.group) === fold)) best.push(...beliefOf(example, decider));
  }
  const wrongShare = (t: number, language: ReplyLanguage) => {
    const asked = best.filter((b) => b.example.language === language && b.example.answerable);
    return asked.filter((b) => b.p >= t && !b.right).length / Math.max(asked.length, 1);
  };
  // A language without questions here keeps the strictest threshold found for the others.
  const lowest = (language: ReplyLanguage) =>
    best.some((b) => b.example.language === language) ? (GRID.find((t) => wrongShare(t, language) <= WRONG_SHARE_GOAL) ?? 1) : undefined;
  const found = { de: lowest('de'), en: lowest('en') };
  const strictest = Math.max(found.de ?? 0, found.en ?? 0);
  const answer = { de: found.de ?? strictest, en: found.en ?? strictest };
  // Offer passages where that separates questions the articles hold from those they do not best (Youden's J).
  const held = best.filter((b) => b.example.answerable);
  const absent = best.filter((b) => !b.example.answerable);
  const youden = (t: number) =>
    held.filter((b) => b.p >= t).length / Math.max(held.length, 1) - absent.filter((b) => b.p >= t).length / Math.max(absent.length, 1);
  const unsure = Math.min(
    answer.de,
    answer.en,
    GRID.reduce((a, t) => (youden(t) > youden(a) ? t : a), GRID[0]!),
  );
  const shown = best.filter((b) => b.p >= answer[b.example.language] && b.span >= 0);
  const precision = (t: number) => {
    const spans = shown.filter((b) => b.span >= t);
    return spans.length === 0 ? 1 : spans.filter((b) => b.spanRight && b.example.answerable).length / spans.length;
  };
  const span = GRID.find((t) => precision(t) >= SPAN_PRECISION_GOAL) ?? 1;
  return { ...fitWeights(examples), thresholds: { answer, unsure, span } };
}

/** Folds by article: the articles in file order, dealt round-robin into `folds` groups. */
export function foldsByArticle(examples: readonly Example[], folds: number): Map<string, number> {
  return foldsOf(
    examples.map((example) => example.group),
    folds,
  );
}

/** Each example's reply from a model fitted without its article's fold. */
export function crossValidatedReplies(examples: readonly Example[], folds: number): Map<Example, Answer | null> {
  const foldOf = foldsByArticle(examples, folds);
  const replies = new Map<Example, Answer | null>();
  for (let fold = 0; fold < folds; fold++) {
    const decider = createDecider(fitModel(examples.filter((example) => foldOf.get(example.group) !== fold)));
    for (const example of examples.filter((e) => foldOf.get(e.group) === fold)) replies.set(example, replyTo(example, decider));
  }
  return replies;
}

/** Right leads minus wrong ones, over every question asked (own article left out too, where any answer is wrong). */
export function netRight(replies: ReadonlyMap<Example, Answer | null>): number {
  let net = 0;
  for (const [example, reply] of replies) {
    const outcome = judge(reply, example);
    if (outcome === 'right') net++;
    else if (outcome === 'wrong') net--;
  }
  return net / Math.max(replies.size, 1);
}

/**
 * The end-to-end check a search's find must pass: whether right minus wrong leads (see
 * {@link netRight}) is higher with what it found than with where it started. Prints the line
 * that says so, naming `found` (e.g. "the weights found").
 */
export function improvesNetRight(found: number, start: number, what: string, write: (line: string) => void): boolean {
  const taken = found > start;
  write(
    `right minus wrong leads over every question, cross-validated: ${found.toFixed(3)} with ${what}, ${start.toFixed(3)} with the start: ${taken ? 'taken' : 'kept the start'}\n`,
  );
  return taken;
}
