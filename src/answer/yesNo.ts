import type { Token } from '../text/tokenize.ts';
import { EXISTENTIAL_FORMS, QUESTION_WORDS } from '../text/stopwords.ts';

/**
 * Finite forms of the German auxiliaries and modals, and of "geben" ("Gibt es …?"): a German
 * question that opens with one of them and has no question word asks for yes or no.
 */
const GERMAN_OPENERS = new Set(
  [
    'habe hast hat haben habt hatte hattest hatten hattet',
    'bin bist ist sind seid war warst waren wart',
    'werde wirst wird werden werdet wurde wurdest wurden wurdet',
    'kann kannst können könnt konnte konnten muss musst müssen müsst musste mussten',
    'soll sollst sollen sollt sollte sollten will willst wollen wollt wollte wollten',
    'darf darfst dürfen dürft durfte durften mag magst mögen möchte möchten',
  ]
    .join(' ')
    .split(' ')
    .concat(EXISTENTIAL_FORMS),
);

/** English auxiliaries and modals that open a yes/no question. */
const ENGLISH_OPENERS = new Set('is are was were am do does did has have had can could will would shall should may might must'.split(' '));

/** Question words: a question that holds one asks for more than yes or no ("Ist es wahr, wer …?" aside). */
const QUESTION_WORD_SET: ReadonlySet<string> = new Set(QUESTION_WORDS);

/** Words that negate what a clause says. */
const NEGATION =
  /^(?:nicht|kein|keine|keinen|keinem|keiner|keines|nie|niemals|nirgends|nirgendwo|weder|keineswegs|keinesfalls|not|no|never|none|neither|nor|nowhere)$/i;

/** "oder"/"or": a question that offers alternatives ("Ist X hoch oder gering?") asks which one, not yes or no. */
const ALTERNATIVE = /^(?:oder|or)$/i;

/**
 * Words that open a German subject: articles and personal pronouns, a closed class. After a
 * verb that opens a question they mark it as one that asks for yes or no ("Findet der Gipfel
 * im Juni statt?", "Unterstützt sie …?").
 */
const GERMAN_SUBJECT_OPENERS = new Set('der die das den dem des ein eine einen einem einer eines er sie es wir ihr man'.split(' '));

/**
 * Whether a question asks for yes or no: it has no question word, offers no alternatives, and
 * opens with an auxiliary or modal, or (German puts any verb first in such a question) with a
 * word `opensWithVerb` takes for a verb followed by a subject: an article, a pronoun or a
 * capitalised word ("Findet der Gipfel …?", "Unterstützt Deutschland …?"). "Nennen Sie …" is
 * a request, not a question.
 */
export function isYesNoQuestion(words: readonly string[], opensWithVerb?: (word: string) => boolean): boolean {
  const first = words[0]?.toLowerCase();
  if (first === undefined) return false;
  const second = words[1];
  const verbFirst =
    opensWithVerb !== undefined &&
    second !== undefined &&
    words.length >= 3 &&
    second !== 'Sie' &&
    (GERMAN_SUBJECT_OPENERS.has(second.toLowerCase()) || /^\p{Lu}/u.test(second)) &&
    opensWithVerb(words[0]!);
  if (!(GERMAN_OPENERS.has(first) || ENGLISH_OPENERS.has(first) || verbFirst)) return false;
  return !words.some((word) => QUESTION_WORD_SET.has(word.toLowerCase()) || ALTERNATIVE.test(word));
}

/** Whether a text holds a negation ("nicht", "kein", "not", "didn't"). */
export function isNegated(text: string, words: readonly string[]): boolean {
  return words.some((word) => NEGATION.test(word)) || /n['’]t(?![\p{L}])/iu.test(text);
}

/**
 * What a sentence says to a yes/no question: "no" when a clause that holds one of the
 * question's words is negated ("jedoch keine definitiven Kürzungen"), else "yes". A negated
 * question ("Hat X nicht …?") gets no verdict: yes and no would be read both ways.
 * `asked` tells, per token of the sentence, whether it stands for a word of the question.
 */
export function yesNoVerdict(negatedQuestion: boolean, sentence: string, tokens: readonly Token[], asked: readonly boolean[]): 'yes' | 'no' | undefined {
  if (negatedQuestion) return undefined;
  let clauseStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const ends = i === tokens.length || (i > 0 && /[,;:()–—]/.test(sentence.slice(tokens[i - 1]!.end, tokens[i]!.start)));
    if (!ends || i === clauseStart) continue;
    const clause = tokens.slice(clauseStart, i);
    const holdsAsked = clause.some((_, k) => asked[clauseStart + k]);
    const text = sentence.slice(clause[0]!.start, clause[clause.length - 1]!.end + 3);
    if (
      holdsAsked &&
      isNegated(
        text,
        clause.map((token) => token.text),
      )
    )
      return 'no';
    clauseStart = i;
  }
  return 'yes';
}
