import { joined, nounPhrases, type ReadSentence, type Word } from './chunks.ts';
import { AMOUNT, COMMON_NOUN_ENDING, CURRENCY_SIGN, MONTH_OR_DAY, PLACE_CUE, QUOTED, REASON_CUE, TIME } from './patterns.ts';
import type { AskedFor, QuestionType } from './questionType.ts';

/** A short answer and how well the sentence offers what was asked (0..1). */
export interface ExtractedAnswer {
  text: string;
  /** 1 when the sentence holds a new piece of the asked kind (a name for "wer"), 0 when it holds nothing new. */
  fit: number;
  /** What the span decision reads of the piece; absent when no piece fits and `text` is the sentence. */
  piece?: PieceFacts;
}

/** How the chosen piece was picked, for the decision whether to lead with it. */
export interface PieceFacts {
  /** Its picking score (shape fit, closeness, repetition). */
  score: number;
  /** Its lead over the best rival piece, one that shares no word with it (the score itself when it had none). */
  margin: number;
  /** Its shape fit to the kind of answer asked (0..2). */
  shapeFit: number;
  /** An amount or date found by pattern, not a noun phrase. */
  typed: boolean;
  /** Nearness to the question's words in the sentence (0..1). */
  closeness: number;
  /** Its words. */
  words: number;
  /** How many different answers were weighed: it and the pieces that share no word with it. */
  rivals: number;
  /** Mean nameness of its capitalised words (0 when it has none). */
  nameness: number;
  /** How many of those other pieces had a shape fit as good as its own. */
  equals: number;
}

/** A piece of the sentence that could be the answer, by character offsets. */
interface Span {
  start: number;
  end: number;
  /** How well its shape fits what is asked (0..2). */
  fit: number;
  /** Typed pieces (amount, date) may repeat the question's unit ("136 Sacks" for "wie viele Sacks"). */
  typed: boolean;
  /** End of a phrase that belongs to the piece and goes into the answer whatever it repeats. */
  tailEnd?: number;
}

/**
 * What the picker weighs of a piece; the weights are fitted (`npm run train`, the model's
 * `piece` weights), the piece with the highest weighted sum is the short answer.
 */
export interface PieceMeasures {
  /** How well its shape fits what is asked (0..2). */
  shape: number;
  /** Nearness to the question's words in the sentence (0..1). */
  closeness: number;
  /** Share of its content words the question already says (0 for amounts, dates and narrower kinds of the asked noun). */
  repeated: number;
  /** 1 when it is an amount in the question's unit ("136 Sacks" for "wie viele Sacks") or a narrower kind of the asked noun. */
  unit: number;
  /** Content words beyond three: a long phrase is seldom the whole answer. */
  extraWords: number;
  /** 1 when it was found by pattern (an amount, a date), not as a noun phrase. */
  typed: number;
}

/** The names of {@link PieceMeasures}, in one order, for fitting and scoring. */
export const PIECE_MEASURES = ['shape', 'closeness', 'repeated', 'unit', 'extraWords', 'typed'] as const satisfies ReadonlyArray<keyof PieceMeasures>;

/** Scores a piece from its measures: the higher, the likelier it is the answer. */
export type PieceScorer = (measures: PieceMeasures) => number;

/** A piece of a sentence the picker may choose, with what it and the span decision read of it. */
export interface PieceOption {
  measures: PieceMeasures;
  /** The fit the sentence decision reads: a new piece of the asked kind (0..1). */
  fit: number;
  /** Its words. */
  words: number;
  /** Mean nameness of its capitalised words (0 when it has none). */
  nameness: number;
  /** Its first and last word in the sentence: pieces that share a word are forms of one answer, not rivals. */
  from: number;
  to: number;
  /** The short answer it gives, trimmed (computed on demand). */
  text(): string;
}

/** A linear piece scorer over named weights (a missing name weighs 0). */
export function linearPieceScorer(weights: Readonly<Record<string, number>>): PieceScorer {
  const pairs = PIECE_MEASURES.map((name) => [name, weights[name] ?? 0] as const).filter(([, weight]) => weight !== 0);
  return (measures) => {
    let sum = 0;
    for (const [name, weight] of pairs) sum += weight * measures[name];
    return sum;
  };
}

/**
 * The pieces of a sentence that could answer: the amount, date, name, place, reason or noun
 * phrase the question asks for, each with what the picker weighs: shape, nearness to the
 * question's words, what of the question it repeats. Pieces made only of the question's words
 * are left out. `asked` tells, per word of the sentence, whether it is one the question asked
 * about; `shape` how each shape of piece fits each kind of question.
 */
export function pieceOptions(
  sentence: ReadSentence,
  { type, focus, plural, askedKind }: AskedFor,
  asked: readonly boolean[],
  shape: ShapeWeights,
): PieceOption[] {
  const { text, words } = sentence;
  const askedAt = asked.flatMap((yes, i) => (yes ? [i] : []));
  const { breaks, pieces } = piecesOf(sentence, type, plural, shape);
  const options: PieceOption[] = [];
  for (const { span, from, to } of pieces) {
    let content = 0;
    let repeatedCount = 0;
    let capitals = 0;
    let nameness = 0;
    for (let i = from; i <= to; i++) {
      const word = words[i]!;
      if (word.kind === 'capital') {
        capitals++;
        nameness += word.nameness;
      }
      if (word.stop) continue;
      content++;
      if (asked[i]) repeatedCount++;
    }
    if (content === 0 || repeatedCount === content) continue;
    // "Welche Minister …?" is answered by a kind of minister: "NATO-Außenminister".
    const narrows = focus !== undefined && narrowsFocus(text.slice(span.start, span.end), focus, askedKind);
    const repeated = span.typed || narrows ? 0 : repeatedCount / content;
    // A leading determiner brings a piece no nearer to the question's words.
    const contentFrom = words[from]?.kind === 'determiner' ? from + 1 : from;
    let trimmed: string | undefined;
    options.push({
      measures: {
        shape: span.fit,
        closeness: closeness(askedAt, contentFrom, to, breaks, shape.clauseBreak),
        repeated,
        unit: (span.typed && repeatedCount > 0) || narrows ? 1 : 0,
        extraWords: Math.max(0, content - 3),
        typed: span.typed ? 1 : 0,
      },
      fit: Math.max(0, Math.min(1, (span.fit - repeated) / 2)),
      words: to - from + 1,
      nameness: nameness / Math.max(capitals, 1),
      from,
      to,
      text: () => (trimmed ??= pieceText(text, span, words, asked)),
    });
  }
  return options;
}

/** Whether a piece is a sum of money: it holds a currency sign, or a word whose key `isCurrency` knows. */
export function isSumOfMoney({ words }: ReadSentence, option: PieceOption, isCurrency: (key: string) => boolean): boolean {
  return CURRENCY_SIGN.test(option.text()) || words.slice(option.from, option.to + 1).some((word) => isCurrency(word.key));
}

/**
 * Picks the short answer among a sentence's pieces: the one `score` rates highest. Returns
 * the sentence when no piece fits.
 */
export function pickPiece(sentence: string, options: readonly PieceOption[], score: PieceScorer): ExtractedAnswer {
  const scores = options.map((option) => score(option.measures));
  let at = -1;
  scores.forEach((value, i) => {
    if (at === -1 || value > scores[at]!) at = i;
  });
  if (at === -1) return { text: sentence, fit: 0 };
  const chosen = options[at]!;
  const bestScore = scores[at]!;
  const { measures } = chosen;
  // A piece that shares a word with the chosen one ("Diego Chargers" of "San Diego Chargers",
  // or the same phrase found twice) gives the same answer: only other pieces are its rivals.
  const rival = (option: PieceOption) => option.to < chosen.from || option.from > chosen.to;
  const runnerUp = Math.max(-Infinity, ...scores.filter((_, i) => rival(options[i]!)));
  return {
    text: chosen.text(),
    fit: chosen.fit,
    piece: {
      score: bestScore,
      margin: Number.isFinite(runnerUp) ? bestScore - runnerUp : bestScore,
      shapeFit: measures.shape,
      typed: measures.typed === 1,
      closeness: measures.closeness,
      words: chosen.words,
      rivals: 1 + options.filter(rival).length,
      nameness: chosen.nameness,
      equals: options.filter((option) => rival(option) && option.measures.shape >= measures.shape).length,
    },
  };
}

/** Cuts the short answer out of a sentence: {@link pickPiece} over its {@link pieceOptions}. */
export function extractAnswer(
  sentence: ReadSentence,
  askedFor: AskedFor,
  isAsked: (key: string) => boolean,
  score: PieceScorer,
  shape: ShapeWeights,
): ExtractedAnswer {
  const asked = sentence.words.map((word) => isAsked(word.key));
  return pickPiece(sentence.text, pieceOptions(sentence, askedFor, asked, shape), score);
}

/** A piece's short answer: trimmed of question and function words, with a phrase that belongs to it. */
function pieceText(text: string, span: Span, words: readonly Word[], asked: readonly boolean[]): string {
  // An amount keeps its unit even when the question names it: "50 Milliarden Euro" for "wie viel Geld".
  const answer = trimSpan(text, span, words, span.typed ? NOTHING_ASKED : asked);
  const tail = span.tailEnd === undefined || !text.endsWith(answer, span.end) ? '' : text.slice(span.end, span.tailEnd);
  return answer + tail;
}

/** A candidate span with the words it covers. */
interface Piece {
  span: Span;
  from: number;
  to: number;
}

/** What a sentence offers, whatever the question's words: clause marks and the pieces for each kind of question, under `shape`. */
interface SentencePieces {
  breaks: number[];
  shape: ShapeWeights;
  byKind: Map<string, Piece[]>;
}

// Pieces depend on the sentence and the kind of answer asked, not on the question's words, so
// they are kept with the (engine-cached) sentence and go when it does.
const piecesCache = new WeakMap<ReadSentence, SentencePieces>();

function piecesOf(sentence: ReadSentence, type: QuestionType, plural: boolean, shape: ShapeWeights): { breaks: number[]; pieces: Piece[] } {
  let cached = piecesCache.get(sentence);
  if (!cached) {
    cached = { breaks: clauseBreaks(sentence.text, sentence.words), shape, byKind: new Map() };
    piecesCache.set(sentence, cached);
  } else if (cached.shape !== shape) {
    // Training tries other shape weights on the same sentences; an engine keeps one.
    cached.shape = shape;
    cached.byKind.clear();
  }
  const kind = `${type}/${plural}`;
  let pieces = cached.byKind.get(kind);
  if (!pieces) {
    pieces = candidateSpans(sentence.text, type, sentence.words, plural, shape).map((span) => {
      const [from, to] = wordRange(sentence.words, span);
      return { span, from, to };
    });
    cached.byKind.set(kind, pieces);
  }
  return { breaks: cached.breaks, pieces };
}

/** Whether a piece names a narrower kind of the asked-for noun: a compound that ends in it, or, when a kind is asked for, the noun with its qualifier. */
function narrowsFocus(piece: string, focus: string, askedKind: boolean): boolean {
  const stem = focus.slice(0, Math.max(4, focus.length - 2));
  const words = piece.toLowerCase().split(/[\s-]+/);
  // "Welche Art von Heizelement?" is answered by the word that qualifies it: "elektrisches Heizelement".
  const qualified = askedKind && words.length > 1 && words[words.length - 1]!.startsWith(stem) && /^\p{Ll}/u.test(piece);
  return qualified || words.some((word) => word.length > focus.length + 2 && word.slice(-focus.length - 2).includes(stem));
}

/** The first and last word inside a span of characters. */
function wordRange(words: readonly Word[], span: Span): [number, number] {
  let from = 0;
  while (from < words.length && words[from]!.start < span.start) from++;
  let to = from - 1;
  while (to + 1 < words.length && words[to + 1]!.end <= span.end) to++;
  return [from, to];
}

/**
 * How well a piece's shape fits the kind of answer asked, on the scale of
 * `PieceMeasures.shape` (0..2), where 2 is the surest, and how clause marks and lists count.
 * The values are searched by `npm run train` (scripts/train/shapeWeights.ts, starting from
 * values set by hand from what each kind of question is answered by) and live in the
 * generated `decision/weights.ts`; the picker's weights, and the decision models' on the fit
 * derived from the shape, are fitted over them.
 */
export interface ShapeWeights {
  /** An amount for "wie viel", a date for "wann", found by pattern: the surest shape. */
  pattern: number;
  /** A bare year (or span of years) for "wie viel": more often a date than the amount asked. */
  yearForAmount: number;
  /** A quoted title for "welche"/"was": one answer, whatever its words. */
  quoted: number;
  /** The clause after a reason cue ("weil", "because") for "warum". */
  reasonClause: number;
  /** A capitalised word with a common noun's ending ("-ung") counts this much of its nameness. */
  commonEnding: number;
  /** A single capitalised word after a determiner ("der Gipfel"): names seldom take one. */
  determinedWord: number;
  /** A sentence's first word alone: capitalised anyway. */
  firstWordAlone: number;
  /** Several capitalised words together: a name of several parts ("Pittsburgh Steelers"). */
  severalCapitals: number;
  /** "Wer": a name, above any other phrase. */
  person: number;
  /** "Wo": a name after a place word ("in", "nach") is the place asked; without one, less so. */
  placeAfterCue: number;
  placeWithoutCue: number;
  /** "Welcher Satellit …?", "Wie hieß …?": mostly a name, but any noun phrase may answer. */
  nameBase: number;
  nameScale: number;
  /** "Was …?": a thing, a name somewhat more; a place after "in" is more often the setting than the answer. */
  thingBase: number;
  thingScale: number;
  thingAfterPlaceCue: number;
  /** A noun phrase where a pattern's shape is asked (an amount, a date, a reason). */
  otherPhrase: number;
  /** How much a list counts when the question does not expect several things. */
  listWithoutPlural: number;
  /** How many words a comma, colon, dash or bracket between two words counts for in a piece's nearness to the question's words. */
  clauseBreak: number;
}

function candidateSpans(sentence: string, type: QuestionType, words: Word[], plural: boolean, shape: ShapeWeights): Span[] {
  const spans: Span[] = [];
  const addMatches = (pattern: RegExp, fit: number) => {
    for (const match of sentence.matchAll(pattern)) spans.push({ start: match.index, end: match.index + match[0].length, fit, typed: true });
  };
  if (type === 'amount') {
    addMatches(AMOUNT, shape.pattern);
    // A bare year, or a span of years, is a date, not the amount asked for.
    for (const span of spans) if (/^(1\d|20)\d\d(\s+\p{L}+\s+(1\d|20)\d\d)?$/u.test(sentence.slice(span.start, span.end))) span.fit = shape.yearForAmount;
  }
  if (type === 'time') addMatches(TIME, shape.pattern);
  if (type === 'name' || type === 'which' || type === 'thing') {
    // A quoted title ("„A Machine to End War“") is one answer, whatever its words.
    for (const match of sentence.matchAll(QUOTED))
      spans.push({ start: match.index + 1, end: match.index + match[0].length - 1, fit: shape.quoted, typed: false });
  }
  if (type === 'reason') {
    for (const match of sentence.matchAll(REASON_CUE)) {
      spans.push({ start: match.index + match[0].length, end: clauseEnd(sentence, match.index + match[0].length), fit: shape.reasonClause, typed: false });
    }
  }
  for (const chunk of nounPhrases(words, sentence)) {
    const start = words[chunk.from]!.start;
    const end = words[chunk.to]!.end;
    if (chunk.from === chunk.to && MONTH_OR_DAY.test(words[chunk.from]!.text)) continue;
    // A list answers a question that expects several things; otherwise it is one of them.
    const fit = phraseFit(type, words, sentence, chunk.from, chunk.to, shape) * (chunk.list && !plural ? shape.listWithoutPlural : 1);
    spans.push({ start, end, fit, typed: false, tailEnd: chunk.tail === undefined ? undefined : words[chunk.tail]!.end });
  }
  return spans;
}

/** How well a noun phrase fits the kind of answer asked. */
function phraseFit(type: QuestionType, words: Word[], sentence: string, from: number, to: number, shape: ShapeWeights): number {
  const run = words.slice(from, to + 1);
  // A capitalised function word inside a name ("Den Haag") says nothing about name-likeness.
  // So does a capitalised adjective before a noun ("Zweiten Weltkrieg"): its lower-case form is common.
  const capitals = run.filter((word, i) => word.kind === 'capital' && !word.stop && !(word.writtenLower && run[i + 1]?.kind === 'capital'));
  // A piece cut from inside a longer name ("Steelers" of "die Pittsburgh Steelers") is judged by
  // where the name starts; a title before a name ("Präsidenten Donald Trump") is not part of it.
  let start = from;
  while (start > 0 && continuesPhrase(words[start - 1]!) && joined(words, start, sentence)) start--;
  const determined = words[start]!.kind === 'determiner' || words[start - 1]?.kind === 'determiner';
  // Names rarely follow a determiner or end like German common nouns; sentence-initial words are
  // capitalised anyway. Organisations of several words often do follow one ("die Pittsburgh Steelers").
  // A person's name is no common noun the lexicon knows, where a place may be ("am Hafen").
  const nameLike = (personal: boolean) =>
    (capitals.reduce(
      (sum, word) => sum + word.nameness * (COMMON_NOUN_ENDING.test(word.text.toLowerCase()) || (personal && word.commonNoun) ? shape.commonEnding : 1),
      0,
    ) /
      Math.max(capitals.length, 1)) *
    (determined && capitals.length === 1 ? shape.determinedWord : 1) *
    (from === 0 && run.length === 1 ? shape.firstWordAlone : 1) *
    (capitals.length > 1 ? shape.severalCapitals : 1);
  const afterPlaceCue = PLACE_CUE.test(words[from - 1]?.text ?? '');
  switch (type) {
    case 'person':
      return shape.person * nameLike(true);
    case 'place':
      return nameLike(false) * (afterPlaceCue ? shape.placeAfterCue : shape.placeWithoutCue);
    case 'name':
    case 'which':
      return shape.nameBase + shape.nameScale * nameLike(false);
    case 'thing':
    case 'manner':
      return (shape.thingBase + shape.thingScale * nameLike(false)) * (afterPlaceCue ? shape.thingAfterPlaceCue : 1);
    default:
      return shape.otherPhrase;
  }
}

/** Whether a word before a piece belongs to the same name or noun phrase: adjectives (capitalised too), numbers, name-like capitals. */
function continuesPhrase(word: Word): boolean {
  return word.kind === 'adjective' || word.kind === 'number' || (word.kind === 'capital' && (word.nameness >= 0.5 || word.writtenLower));
}

/** No word asked: an amount is trimmed of function words only. */
const NOTHING_ASKED: readonly boolean[] = [];

/** Per word, how many clause marks (commas, colons, dashes, brackets) stand before it in the sentence. */
function clauseBreaks(text: string, words: readonly Word[]): number[] {
  let count = 0;
  return words.map((word, i) => (count += i === 0 ? 0 : (text.slice(words[i - 1]!.end, word.start).match(/[,;:()–—]/g)?.length ?? 0)));
}

/**
 * Nearness to the question's words in the sentence: words right beside the matched ones
 * count most, and a clause mark in between puts them further apart.
 */
function closeness(askedAt: readonly number[], from: number, to: number, breaks: readonly number[], clauseBreak: number): number {
  let total = 0;
  for (const i of askedAt) {
    const distance = i < from ? from - i - 1 + clauseBreak * (breaks[from]! - breaks[i]!) : i > to ? i - to - 1 + clauseBreak * (breaks[i]! - breaks[to]!) : 0;
    total += 1 / (1 + distance);
  }
  return Math.min(total, 2) / 2;
}

function clauseEnd(sentence: string, from: number): number {
  const stop = /[,;:.!?()–—]/.exec(sentence.slice(from));
  return stop ? from + stop.index : sentence.length;
}

/**
 * Drops question words and function words from the edges of an answer, but keeps a
 * qualifier before an amount ("etwa 50") and symbols after it ("20 %").
 */
function trimSpan(sentence: string, span: Span, words: readonly Word[], asked: readonly boolean[]): string {
  const inside = words.map((word, i) => ({ word, i })).filter(({ word }) => word.start >= span.start && word.end <= span.end);
  const keep = ({ word, i }: { word: Word; i: number }) => !asked[i] && (word.kind === 'capital' || !word.stop);
  let from = inside.findIndex(keep);
  const to = inside.findLastIndex(keep);
  if (from === -1) return sentence.slice(span.start, span.end).trim();
  const qualifier = /^(etwa|rund|über|mehr|fast|knapp|ca|circa|insgesamt|bis|weniger|mindestens|about|around|over|more|almost|nearly|up|less|approximately)$/i;
  while (
    from > 0 &&
    (qualifier.test(inside[from - 1]!.word.text) || /^\p{Lu}/u.test(inside[from - 1]!.word.text)) &&
    !asked[inside[from - 1]!.i] &&
    inside[from - 1]!.word.start > 0
  )
    from--;
  let start = inside[from]!.word.start;
  let end = inside[to]!.word.end;
  end += /^\s?(?:%|€|\$|°\s?[CF]|Mio\.|Mrd\.)/.exec(sentence.slice(end))?.[0].length ?? 0;
  // The answer takes whole hyphenated compounds: "NATO-Außenminister", not "NATO".
  while (sentence[start - 1] === '-' && /[\p{L}\p{N}]/u.test(sentence[start - 2] ?? '')) {
    start--;
    while (start > 0 && /[\p{L}\p{N}]/u.test(sentence[start - 1]!)) start--;
  }
  end += /^(?:-[\p{L}\p{N}]+)+/u.exec(sentence.slice(end))?.[0].length ?? 0;
  return sentence.slice(start, end).trim();
}
