import { detectQuestionType } from '../answer/questionType.ts';
import type { Answer } from '../types.ts';
import { phraseOfWhole, phrasesOf, wordsOf, type IsName, type Phrase } from './phrases.ts';
import { resolvePronouns } from './pronouns.ts';

/** One question and the engine's answer to it, as a conversation remembers them. */
export interface Turn {
  /** The question as the engine read it: the resolved question when it was a follow-up. */
  question: string;
  answer: Answer;
}

/** What came before a question: the conversation's last turns, oldest first. */
export interface ConversationContext {
  turns: readonly Turn[];
}

/** The turn a conversation keeps after `question` got `answer`. */
export function turnOf(question: string, answer: Answer): Turn {
  return { question: answer.resolvedQuestion ?? question, answer };
}

/** Longest follow-up fragment read as an ellipsis, in words ("und im ersten Quartal 2025?"); longer is a question of its own. */
const MAX_FRAGMENT_WORDS = 6;

/** What opens an elliptic follow-up: "und …", "und was ist mit …", "what about …", "and …". */
const CUE =
  /^(?:(?:und|aber|and|but)\s+)?(?:(?:was\s+ist\s+(?:denn\s+)?mit|wie\s+(?:ist|steht|sieht)\s+es\s+(?:denn\s+)?mit|what\s+about|how\s+about|what\s+of)\s+)?/iu;
/** A follow-up that is only a question word ("und wann?") asks the previous question anew with it. */
const QUESTION_WORD = /^(?:wer|wen|wem|wo|woher|wohin|wann|warum|wieso|weshalb|wie|who|whom|where|when|why|how)$/iu;

/**
 * Turns a follow-up into a question that stands on its own, from the conversation's last
 * turn: an ellipsis ("und 2025?", "und in Den Haag?", "what about 2025?") takes the previous
 * question with the phrase of the same kind (year, amount, name, noun or prepositional
 * phrase) replaced, or added when it has none; a pronoun or place word ("er", "ihm", "dort",
 * "das", "he", "there") is replaced by what it refers to (see `resolvePronouns`). A question
 * that stands on its own, or has no turn before it, comes back unchanged.
 */
export function resolveFollowUp(question: string, context: ConversationContext | undefined, isName: IsName): string {
  const previous = context?.turns.at(-1);
  if (!previous) return question;
  return resolveEllipsis(question, previous, isName) ?? resolvePronouns(question, context!.turns, isName);
}

function resolveEllipsis(question: string, previous: Turn, isName: IsName): string | undefined {
  const text = question.replace(/[\s?!.…]+$/u, '').trim();
  const cue = CUE.exec(text)![0];
  const fragment = text.slice(cue.length).trim();
  const words = wordsOf(fragment);
  if (words.length === 0 || words.length > MAX_FRAGMENT_WORDS) return undefined;
  if (QUESTION_WORD.test(fragment)) return cue ? withQuestionWord(previous.question, fragment) : undefined;
  if (detectQuestionType(fragment) !== 'thing') return undefined;
  const phrase = phraseOfWhole(fragment, isName);
  // A bare noun may open a new topic; only a year, an amount or a prepositional phrase follows up without "und".
  if (!phrase || (!cue && (phrase.kind === 'name' || phrase.kind === 'noun'))) return undefined;
  const target = targetOf(phrasesOf(previous.question, isName), phrase);
  if (!target) return appendTo(previous.question, fragment);
  return previous.question.slice(0, target.start) + fragment + previous.question.slice(target.end);
}

/** The previous question's phrase the fragment stands in for: the last of the same kind, then of a related kind. */
function targetOf(phrases: readonly Phrase[], fragment: Phrase): Phrase | undefined {
  const last = (test: (phrase: Phrase) => boolean) => phrases.findLast(test);
  const plain = (kind: Phrase['kind']) => last((phrase) => phrase.kind === kind);
  switch (fragment.kind) {
    case 'time':
    case 'amount':
      return plain(fragment.kind);
    case 'name':
      return plain('name') ?? plain('noun');
    case 'noun':
      return plain('noun') ?? plain('name');
    case 'prepositional':
      return (
        last((phrase) => phrase.kind === 'prepositional' && phrase.preposition === fragment.preposition) ??
        last((phrase) => phrase.kind === 'prepositional' && phrase.inner === fragment.inner) ??
        (fragment.inner === 'time' ? plain('time') : undefined)
      );
  }
}

function withQuestionWord(previous: string, word: string): string | undefined {
  const first = wordsOf(previous)[0];
  if (!first || !QUESTION_WORD.test(first.text)) return undefined;
  return word[0]!.toUpperCase() + word.slice(1).toLowerCase() + previous.slice(first.end);
}

function appendTo(previous: string, fragment: string): string {
  return `${previous.replace(/[\s?!.…]+$/u, '')} ${fragment}?`;
}
