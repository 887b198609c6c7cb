import { stopwords as germanStopwords } from '@orama/stopwords/german';

/** Question words in both languages: they say what is asked, not what it is about. */
const QUESTION_WORDS = [
  'wer', 'wen', 'wem', 'wessen', 'was', 'wann', 'wo', 'woher', 'wohin', 'wie', 'wieso', 'weshalb', 'warum',
  'welche', 'welcher', 'welches', 'welchen', 'welchem', 'wieviel', 'wieviele', 'womit', 'wofür', 'wodurch',
  'worauf', 'woran', 'worum', 'wovon', 'wozu', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why',
  'which', 'how',
];

/** English function words, so English questions keep only their content words. */
const ENGLISH_FUNCTION_WORDS = [
  'a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'about', 'as', 'into', 'than',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'done', 'has', 'have', 'had', 'having',
  'and', 'or', 'but', 'not', 'no', 'it', 'its', 'this', 'that', 'these', 'those', 'there', 'their', 'they',
  'them', 'he', 'she', 'his', 'her', 'him', 'we', 'our', 'you', 'your', 'i', 'me', 'my', 'can', 'could',
  'would', 'should', 'will', 'shall', 'may', 'might', 'must', 'so', 'if', 'then', 'also', 'any', 'some',
  'such', 'tell', 'please', 'know', 'say', 'says', 'said', 'article', 'much', 'many', 'does', 'get', 'got',
];

/** Conversational filler in German questions that the Snowball list does not cover. */
const GERMAN_FILLER = ['bitte', 'eigentlich', 'denn', 'genau', 'artikel', 'laut', 'gibt', 'geht', 'steht', 'sagt', 'viele', 'wurde', 'wurden', 'worden', 'ihr', 'sei',
  'findet', 'fand', 'statt', 'stattfinden', 'stattgefunden', 'passiert', 'geschah', 'befindet', 'liegt', 'lag', 'heißt', 'nennt', 'genannt',
  'stattfindet', 'geschehen', 'ereignete'];

/** Words the engine never searches for (lower case, as written): German text and questions. */
export const STOPWORDS: ReadonlySet<string> = new Set([...germanStopwords, ...QUESTION_WORDS, ...ENGLISH_FUNCTION_WORDS, ...GERMAN_FILLER]);

/**
 * The words an English question is not searched for: English function and question words
 * only, since German ones are English words too ("war", "die", "also").
 */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([...QUESTION_WORDS, ...ENGLISH_FUNCTION_WORDS]);
