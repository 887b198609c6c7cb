import { linearPieceScorer, pickPiece, pieceOptions, PIECE_MEASURES, type ShapeWeights } from '../../src/answer/extractAnswer.ts';
import type { Weights } from '../../src/decision/model.ts';
import { spanIsRight, type Example } from './collect.ts';
import { fitByCoordinateSearch } from './coordinateSearch.ts';
import { foldsOf } from './folds.ts';
import { PIECE_PASSES, PIECE_WEIGHT_GRID, PIECE_START } from './pieceWeights.ts';

/**
 * Where the search starts: values set by hand from what each kind of question is answered
 * by (an amount for "wie viel", a name for "wer", …; see `ShapeWeights` for each).
 */
export const SHAPE_START: ShapeWeights = {
  pattern: 2,
  yearForAmount: 0.8,
  quoted: 1.4,
  reasonClause: 1.5,
  commonEnding: 0.5,
  determinedWord: 0.7,
  firstWordAlone: 0.7,
  severalCapitals: 1.3,
  person: 1.4,
  placeAfterCue: 1.8,
  placeWithoutCue: 0.9,
  nameBase: 0.5,
  nameScale: 0.9,
  thingBase: 0.8,
  thingScale: 0.3,
  thingAfterPlaceCue: 0.7,
  otherPhrase: 0.4,
  listWithoutPlural: 0.9,
  clauseBreak: 2,
};

/** Each shape weight is tried at its start value times these: every weight has its own scale. */
const SCALES = [0.5, 0.75, 1, 1.25, 1.5];
/**
 * Passes of coordinate search over the shape and picker weights together: each pass tries
 * about 125 sets of weights, some 0.1 s each. One pass fewer than the picker alone gets,
 * for time: if anything, that favours keeping the start.
 */
const PASSES = 2;

/** What {@link fitShapeWeights} found, and how it does. */
export interface ShapeFit {
  /** The shape weights to use: the search's when they carry over (see `adopted`), else the start. */
  shape: ShapeWeights;
  /** What the search found on all sentences. */
  found: ShapeWeights;
  adopted: boolean;
  /** Share of sentences holding the answer whose picked piece is right, shape and picker searched, cross-validated. */
  crossValidated: number;
  /** The same share with the start's shape and the picker's weights alone searched, cross-validated. */
  baseline: number;
  /** The first share, in-sample. */
  accuracy: number;
}

/**
 * Searches the shape weights together with the picker's weights, by how often the piece
 * picked from a sentence that holds the answer is right (as `fitPieceWeights` judges the
 * picker), cross-validated by article. What it finds is taken only when it does better out
 * of fold than searching the picker's weights alone over the start's shape: the shape is
 * then worth searching, not only the picker.
 */
export function fitShapeWeights(examples: readonly Example[], folds: number): ShapeFit {
  const sentences = examples.flatMap((example) =>
    (example.reading?.candidates ?? []).flatMap((candidate, i) => (example.sentenceRight[i] && candidate.options.length > 0 ? [{ example, candidate }] : [])),
  );
  const groupFold = foldsOf(
    examples.map((example) => example.group),
    folds,
  );
  const foldOf = sentences.map(({ example }) => groupFold.get(example.group)!);
  const split = (weights: Record<string, number>) => {
    const shape = Object.fromEntries(Object.keys(SHAPE_START).map((name) => [name, weights[name]!])) as unknown as ShapeWeights;
    const piece: Weights = Object.fromEntries(PIECE_MEASURES.map((name) => [name, weights[name]!]));
    return { shape, piece };
  };
  const hits = (weights: Record<string, number>) => {
    const { shape, piece } = split(weights);
    const score = linearPieceScorer(piece);
    return sentences.map(({ example, candidate }) => {
      const options = pieceOptions(candidate.sentence, example.reading!.question, candidate.asked, shape);
      return spanIsRight(pickPiece(candidate.sentence.text, options, score).text, example.golds);
    });
  };
  const start: Record<string, number> = { ...SHAPE_START, ...PIECE_START };
  const pieceGrid = PIECE_WEIGHT_GRID as Record<string, readonly number[]>;
  const shapeGrid = Object.fromEntries(Object.entries(SHAPE_START).map(([name, value]) => [name, SCALES.map((scale) => Number((value * scale).toFixed(4)))]));
  const startOnly = Object.fromEntries(Object.entries(SHAPE_START).map(([name, value]) => [name, [value]]));
  // The picker alone, searched as `fitPieceWeights` searches it.
  const baseline = fitByCoordinateSearch(start, { ...startOnly, ...pieceGrid }, hits, foldOf, folds, PIECE_PASSES);
  const both = fitByCoordinateSearch(start, { ...shapeGrid, ...pieceGrid }, hits, foldOf, folds, PASSES);
  const adopted = both.crossValidated > baseline.crossValidated;
  const found = split(both.found).shape;
  return {
    shape: adopted ? found : SHAPE_START,
    found,
    adopted,
    crossValidated: both.crossValidated,
    baseline: baseline.crossValidated,
    accuracy: both.accuracy,
  };
}
