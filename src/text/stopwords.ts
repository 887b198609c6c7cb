import { stopwords as englishStopwords } from '@orama/stopwords/english';
import { stopwords as germanStopwords } from '@orama/stopwords/german';

/**
 * Prepositions that make a German question adverb with "wo" ("wofür", "womit"), "wor" before a
 * vowel ("worüber", "woraus"): a question opening with one asks what the preposition governs.
 * With "da(r)" they make the adverbs that point back ("dafür", "darüber": see `anaphors.ts`).
 */
export const PRONOMINAL_PREPOSITIONS = [
  'an',
  'auf',
  'aus',
  'bei',
  'durch',
  'für',
  'gegen',
  'hinter',
  'in',
  'mit',
  'nach',
  'neben',
  'über',
  'um',
  'unter',
  'von',
  'vor',
  'zu',
  'zwischen',
];

/** German question words: they say what is asked, not what it is about. */
export const GERMAN_QUESTION_WORDS = [
  'wer',
  'wen',
  'wem',
  'wessen',
  'was',
  'wann',
  'wo',
  'woher',
  'wohin',
  'wie',
  'wieso',
  'weshalb',
  'weswegen',
  'warum',
  'welche',
  'welcher',
  'welches',
  'welchen',
  'welchem',
  'wieviel',
  'wieviele',
  ...PRONOMINAL_PREPOSITIONS.map((preposition) => (/^[aeiouäöü]/.test(preposition) ? 'wor' : 'wo') + preposition),
];

/** English question words. */
export const ENGLISH_QUESTION_WORDS = ['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'which', 'how'];

/** Question words of both languages. */
export const QUESTION_WORDS: readonly string[] = [...GERMAN_QUESTION_WORDS, ...ENGLISH_QUESTION_WORDS];

/** English function words, so English questions keep only their content words. */
const ENGLISH_FUNCTION_WORDS = [
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'about',
  'as',
  'into',
  'than',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'do',
  'does',
  'did',
  'done',
  'has',
  'have',
  'had',
  'having',
  'and',
  'or',
  'but',
  'not',
  'no',
  'it',
  'its',
  'this',
  'that',
  'these',
  'those',
  'there',
  'their',
  'they',
  'them',
  'he',
  'she',
  'his',
  'her',
  'him',
  'we',
  'our',
  'you',
  'your',
  'i',
  'me',
  'my',
  'can',
  'could',
  'would',
  'should',
  'will',
  'shall',
  'may',
  'might',
  'must',
  'so',
  'if',
  'then',
  'also',
  'any',
  'some',
  'such',
  'tell',
  'please',
  'know',
  'say',
  'says',
  'said',
  'article',
  'much',
  'many',
  'does',
  'get',
  'got',
];

/**
 * The finite forms of "geben" in "es gibt" / "es gab" ("there is", "there was"): a question
 * that asks whether or how much of something there is says nothing with them, as an English
 * one says nothing with "there is".
 */
export const EXISTENTIAL_FORMS = ['gibt', 'gab', 'gäbe', 'gaben'];

/** Conversational filler in German questions that the Snowball list does not cover. */
const GERMAN_FILLER = [
  'bitte',
  'eigentlich',
  'denn',
  'genau',
  'artikel',
  'laut',
  ...EXISTENTIAL_FORMS,
  'geht',
  'steht',
  'sagt',
  'viele',
  'wurde',
  'wurden',
  'worden',
  'ihr',
  'sei',
  'findet',
  'fand',
  'statt',
  'stattfinden',
  'stattgefunden',
  'passiert',
  'geschah',
  'befindet',
  'liegt',
  'lag',
  'heißt',
  'nennt',
  'genannt',
  'stattfindet',
  'geschehen',
  'ereignete',
];

/**
 * German function words alone: the Snowball list with the question words it lacks ("wer",
 * "wann", "worauf", …), without the filler verbs a question may open with ("Findet …?").
 */
export const GERMAN_FUNCTION_WORDS: ReadonlySet<string> = new Set([...germanStopwords, ...GERMAN_QUESTION_WORDS]);

/** Words the engine never searches for (lower case, as written): German text and questions. */
export const STOPWORDS: ReadonlySet<string> = new Set([...germanStopwords, ...QUESTION_WORDS, ...ENGLISH_FUNCTION_WORDS, ...GERMAN_FILLER]);

/**
 * What the tokenizer leaves of an English contraction or possessive after the apostrophe
 * ("Warsaw's", "didn't", "they're"): a piece of grammar, never what a question is about.
 */
const ENGLISH_CLITICS = ['s', 't', 're', 've', 'll', 'd', 'm'];

/**
 * The words an English question is not searched for: the Snowball project's English list (as
 * German questions take its German one), the question words and the function words above,
 * but no German ones, since German ones are English words too ("war", "die", "also"). The
 * German list takes only the hand list of English function words, not Snowball's: that one
 * holds "us", and German writes the country so ("US-Hilfe").
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([...englishStopwords, ...QUESTION_WORDS, ...ENGLISH_FUNCTION_WORDS, ...ENGLISH_CLITICS]);
