import { AMOUNT, MONTH_OR_DAY, TIME } from '../answer/patterns.ts';
import { message, unsureMessage } from '../messages.ts';
import type { Answer, Passage, Suggestion } from '../types.ts';
import { SENTENCE_FEATURES, SPAN_FEATURES } from './features.ts';
import { compileScorer, type DecisionModel, type Scorer } from './model.ts';
import type { Candidate, ConstraintKind, Reading } from './reading.ts';

/** How many passages an unsure reply offers. */
export const MAX_SUGGESTIONS = 3;

/**
 * Constraints a sentence must hold to be answered: a number the question names ("2025")
 * or a noun qualifying the asked one ("Präsident der Ukraine"). Without them the sentence
 * speaks of something else, however well the rest matches.
 */
const BLOCKING: ReadonlySet<ConstraintKind> = new Set(['number', 'qualifier']);

/**
 * Whether a candidate is never answered, whatever the model believes: it lacks a constraint of
 * the question, it would answer a yes/no question without settling it (see {@link settles}), or
 * it holds no amount or date where the question asks for a measure or a time ("Wie alt …?", "Wann …?").
 */
export function isBlocked(reading: Reading, candidate: Candidate): boolean {
  return (
    candidate.missing.some((constraint) => BLOCKING.has(constraint.kind)) ||
    (reading.question.yesNo && !settles(reading, candidate)) ||
    (reading.question.quantity && !holdsQuantity(candidate.sentence.text))
  );
}

/** The amount and date patterns without their global flag, so that a test keeps no state. */
const QUANTITY = [AMOUNT, TIME].map((pattern) => new RegExp(pattern.source, pattern.flags.replace('g', '')));

/** Whether a sentence holds an amount or a date (numbers written as words too). */
function holdsQuantity(sentence: string): boolean {
  return QUANTITY.some((pattern) => pattern.test(sentence));
}

/**
 * Whether a sentence settles a yes/no question. It must hold the question's names and numbers,
 * and its capitalised words that no article uses ("Hat die Stadt Madrid …?" is not settled by
 * what Lissabon did, nor "… im Juni?" by what happens in May). "No" is then said by the
 * sentence (a negated clause with the question's words); "yes" only by the lack of one, so it
 * needs a sentence that holds something of every word of the question that the articles use,
 * in it or the sentence before (a compound or a relative will do: the sentence may say it in
 * its own words). A sentence that lacks one the articles use elsewhere speaks of something
 * else ("Sorgen um die Ernte" for "Gab es Ausfälle bei der Ernte?").
 */
function settles(reading: Reading, candidate: Candidate): boolean {
  if (lackingWords(reading, candidate).length > 0) return false;
  return candidate.verdict === 'no' || reading.concepts.every((concept, i) => concept.terms.length === 0 || heldWeight(candidate, i) > 0);
}

/** The weight with which a candidate's sentence, or the one before it, holds the question's `concept`-th word. */
function heldWeight(candidate: Candidate, concept: number): number {
  return Math.max(candidate.ranked.conceptWeights[concept]!, candidate.ranked.previousWeights[concept]!);
}

/**
 * The question's names and numbers a candidate lacks, and its capitalised words no article uses
 * at all; not the verb a yes/no question opens with ("Unterstützt …?"), capitalised only there.
 */
function lackingWords(reading: Reading, candidate: Candidate): string[] {
  const { question } = reading;
  const unknown = reading.concepts
    .filter((concept, i) => concept.terms.length === 0 && /^[\p{Lu}\p{N}]/u.test(concept.word) && !(question.yesNo && question.words[i]?.first))
    .map((concept) => concept.word);
  return [...new Set([...candidate.missing.map((constraint) => constraint.word), ...unknown])];
}

/** How many of the question's words a sentence must hold to be shown as where to look when it lacks the rest. */
const MIN_HELD_WORDS = 2;

/**
 * Lowest weight at which a sentence holds a question word for {@link holdsAllElse}: the word
 * itself or its family. A word held only through a lexicon stand-in (a synonym or a kind of
 * it, which weigh less: see `MATCH_WEIGHTS`) is no sign that the article speaks of the same thing.
 */
export const HELD_WEIGHT = 0.6;

/**
 * Whether the candidate's sentence (or the one before it) shows where to look, though the
 * model does not believe it answers: it holds every question word the articles use but the
 * lacking ones (each at {@link HELD_WEIGHT} at least). With a word lacking, it must hold at
 * least {@link MIN_HELD_WORDS} of the rest: one shared word is no sign that the article speaks
 * of the same thing. With none lacking it holds all the question asks about, and "the article
 * does not say" would be untrue of it.
 */
function showsWhereToLook(reading: Reading, candidate: Candidate, lacking: readonly string[]): boolean {
  let held = 0;
  const all = reading.concepts.every((concept, i) => {
    if (concept.terms.length === 0 || lacking.includes(concept.word)) return true;
    const found = heldWeight(candidate, i) >= HELD_WEIGHT;
    if (found) held++;
    return found;
  });
  return all && held >= (lacking.length > 0 ? MIN_HELD_WORDS : 1);
}

/** A candidate with the model's belief that its sentence holds the answer. */
export interface ScoredCandidate {
  candidate: Candidate;
  /** P(the sentence holds the answer). */
  sentence: number;
}

/** A decision model with its scorers compiled once: an engine builds one and keeps it. */
export interface Decider {
  model: DecisionModel;
  /** P(the sentence holds the answer). */
  sentence: Scorer;
  /** P(the short answer cut from a candidate's sentence is right, given that the sentence holds the answer). */
  span: Scorer;
}

/** Compiles a decision model's scorers. */
export function createDecider(model: DecisionModel): Decider {
  return { model, sentence: compileScorer(model.sentence, SENTENCE_FEATURES), span: compileScorer(model.span, SPAN_FEATURES) };
}

/**
 * How sure the engine is that its best candidate answers, the belief the answer and unsure
 * thresholds are chosen on: P(it holds the answer) times P(its runner-up does not). The
 * sentence model judges each candidate by itself, so it may believe in two sentences alike;
 * then the question is open between them, and the best is less often the one that answers.
 */
export function answerBelief(scored: readonly ScoredCandidate[]): number {
  return scored[0]!.sentence * (1 - (scored[1]?.sentence ?? 0));
}

/** The candidates by the model's belief, best first (ties keep the retrieval order). */
export function scoreCandidates(reading: Reading, decider: Decider): ScoredCandidate[] {
  return reading.candidates
    .map((candidate) => ({ candidate, sentence: decider.sentence(reading, candidate) }))
    .sort((a, b) => b.sentence - a.sentence || a.candidate.rank - b.candidate.rank);
}

/**
 * Decides the reply: the sentence the model believes in most is answered when the engine's
 * belief in it (see {@link answerBelief}) reaches the answer threshold and it lacks none of the
 * question's numbers and qualifiers; it leads with the short answer (or yes/no) only when
 * P(the sentence holds the answer) times P(the piece is it) reaches the span threshold. Below
 * the answer threshold the closest passages are offered as "not sure", naming the question's
 * words they lack; below the unsure threshold the article does not say.
 */
export function decide(reading: Reading, decider: Decider, passageAt: (index: number) => Passage): Answer {
  const { language } = reading.question;
  const scored = scoreCandidates(reading, decider);
  const best = scored[0]!;
  const belief = answerBelief(scored);
  const { thresholds } = decider.model;
  const blocked = isBlocked(reading, best.candidate);
  const answerFrom = thresholds.answer[language];
  const lacking = belief < answerFrom || blocked ? lackingWords(reading, best.candidate) : [];
  const declined = (reason: 'not-found' | 'unsure', answer: string, suggestions: Suggestion[]): Answer => ({
    answered: false,
    answer,
    span: false,
    passage: null,
    source: null,
    // A sentence that lacks a number or qualifier of the question, or does not settle its yes or no, cannot hold its answer.
    score: blocked ? 0 : belief,
    language,
    reason,
    suggestions,
  });
  // Below the unsure threshold, a sentence that holds all of the question, or all the rest of
  // it, still shows where to look: the question names something the article does not ("in Washington").
  if (belief < thresholds.unsure && !showsWhereToLook(reading, best.candidate, lacking)) {
    return declined('not-found', message(language, 'not-found'), []);
  }
  if (belief < answerFrom || blocked) {
    const shown = scored.slice(0, MAX_SUGGESTIONS);
    // "The closest passages do not mention X" must hold for every passage shown, not only the first.
    const lackingInAll = lacking.filter((word) => shown.every(({ candidate }) => lackingWords(reading, candidate).includes(word)));
    const suggestions = shown.map(({ candidate }) => quote(candidate, passageAt));
    return declined('unsure', unsureMessage(language, lackingInAll, namedInstead(reading, shown[0]!.candidate, lackingInAll)), suggestions);
  }
  const { passage, source, context } = quote(best.candidate, passageAt);
  const answered = (answer: string, span: boolean): Answer => ({
    answered: true,
    answer,
    span,
    passage,
    ...(context === undefined ? {} : { context }),
    source,
    score: belief,
    language,
    reason: 'answered',
    suggestions: [],
  });
  if (reading.question.yesNo) {
    // The sentence settles the question (else it is blocked); a negated question gets no verdict.
    const { verdict } = best.candidate;
    return verdict ? answered(message(language, verdict), true) : answered(passage, false);
  }
  const piece = best.candidate.extracted;
  // P(the piece is right) = P(the sentence holds the answer) · P(the piece is it, given that).
  const vouched = piece.piece !== undefined && piece.text !== passage && best.sentence * decider.span(reading, best.candidate) >= thresholds.span;
  return vouched ? answered(piece.text, true) : answered(passage, false);
}

/**
 * What a candidate's sentence names where the question names a word it lacks: for a number,
 * the sentence's numbers of as many digits ("2024" for "2025"); for a month or a weekday, its
 * months and weekdays ("Mai" for "Juni"); for a name after a place preposition, the names
 * after the same preposition ("Brüssel" for "in Washington"), but no word of the question, no
 * common noun and no month or day (a date, not a place). So an unsure reply can say what the
 * article says instead of the question's premise.
 */
function namedInstead(reading: Reading, candidate: Candidate, lacking: readonly string[]): string[] {
  const { words } = candidate.sentence;
  const asked = new Set(reading.question.words.flatMap((word) => word.keys));
  const named = new Set<string>();
  for (const text of lacking) {
    const word = reading.question.words.find((questionWord) => questionWord.text === text);
    if (!word) continue;
    if (/^\d+$/.test(text)) {
      for (const other of words) if (/^\d+$/.test(other.text) && other.text.length === text.length && other.text !== text) named.add(other.text);
    } else if (MONTH_OR_DAY.test(text)) {
      for (const other of words) if (MONTH_OR_DAY.test(other.text) && other.text !== text) named.add(other.text);
    } else if (word.placeCue) {
      words.forEach((cue, i) => {
        if (cue.text.toLowerCase() !== word.placeCue) return;
        let end = i;
        // The run of capitalised words right after the preposition, with only spaces between them ("in Den Haag").
        while (words[end + 1]?.kind === 'capital' && /^\s+$/.test(candidate.sentence.text.slice(words[end]!.end, words[end + 1]!.start))) end++;
        const run = words.slice(i + 1, end + 1);
        if (run.length === 0 || run.some((name) => name.commonNoun || asked.has(name.key) || MONTH_OR_DAY.test(name.text))) return;
        named.add(candidate.sentence.text.slice(run[0]!.start, run[run.length - 1]!.end));
      });
    }
  }
  return [...named];
}

/** A candidate's sentence as quoted: its text, where it stands, and the sentence before it when it points back at that. */
export function quote(candidate: Candidate, passageAt: (index: number) => Passage): Suggestion {
  const { text, articleId, title, paragraph, sentence } = passageAt(candidate.ranked.passage);
  const context = candidate.context === undefined ? undefined : passageAt(candidate.context).text;
  return { passage: text, ...(context === undefined ? {} : { context }), source: { articleId, title, paragraph, sentence } };
}
