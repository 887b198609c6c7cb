import type { AnswerReason, ReplyLanguage, Source } from './types.ts';

/** The words the bot says around answers, in the language of the question. */
export const MESSAGES = {
  de: {
    'not-found': 'Dazu steht nichts im Artikel.',
    'not-found-many': 'Dazu steht nichts in den Artikeln.',
    unsure: 'Ich bin nicht sicher. Am nächsten kommen diese Stellen:',
    'unsure-missing': 'Ich bin nicht sicher: Die nächsten Stellen erwähnen {words} nicht.',
    'unsure-instead': 'Ich bin nicht sicher: Die nächsten Stellen erwähnen {words} nicht; die erste nennt {instead}.',
    yes: 'Ja',
    no: 'Nein',
    empty: 'Bitte stell eine Frage zum Artikel, z. B. „Wer ist NATO-Generalsekretär?“',
    'empty-many': 'Bitte stell eine Frage zu den Artikeln, z. B. „Wer ist NATO-Generalsekretär?“',
    'too-long': 'Die Frage ist zu lang (höchstens {max} Zeichen). Bitte kürzer fragen.',
    paragraph: 'Absatz',
    source: 'Quelle',
    confidence: 'Konfidenz',
    greeting: 'Hallo! Ich beantworte Fragen zu {count} {articles}. Tippe „hilfe“ für Hilfe, „beenden“ zum Beenden.',
    article: 'Artikel',
    articles: 'Artikeln',
    help: 'Stell eine Frage auf Deutsch oder Englisch, z. B. „Wie viel Geld haben die NATO-Alliierten 2024 bereitgestellt?“. Ich antworte kurz, zitiere den Satz und nenne Artikel und Absatz. Nachfragen wie „und 2025?“ beziehen sich auf die vorige Frage; „neu“ beginnt von vorn. „beenden“ (oder Strg-D, Strg-C) beendet.',
    understood: 'Verstanden als: {question}',
    'new-conversation': 'Neues Gespräch: Nachfragen beziehen sich nicht mehr auf die Fragen davor.',
  },
  en: {
    'not-found': 'The article does not say.',
    'not-found-many': 'The articles do not say.',
    unsure: 'I am not sure. These passages come closest:',
    'unsure-missing': 'I am not sure: the closest passages do not mention {words}.',
    'unsure-instead': 'I am not sure: the closest passages do not mention {words}; the first names {instead}.',
    yes: 'Yes',
    no: 'No',
    empty: 'Please ask a question about the article, e.g. "Who is the NATO Secretary General?"',
    'empty-many': 'Please ask a question about the articles, e.g. "Who is the NATO Secretary General?"',
    'too-long': 'That question is too long (at most {max} characters). Please ask a shorter one.',
    paragraph: 'paragraph',
    source: 'Source',
    confidence: 'confidence',
    greeting: 'Hello! I answer questions about {count} {articles}. Type "help" for help, "exit" to quit.',
    article: 'article',
    articles: 'articles',
    help: 'Ask a question in German or English, e.g. "How much money did NATO allies provide in 2024?". I answer briefly, quote the sentence and name the article and paragraph. Follow-ups such as "what about 2025?" refer to the question before; "new" starts afresh. "exit" or "quit" (or Ctrl-D, Ctrl-C) ends the session.',
    understood: 'Understood as: {question}',
    'new-conversation': 'New conversation: follow-ups no longer refer to the questions before.',
  },
} as const;

/** A table of texts per reply language, the same keys in each. */
export type Wording = Record<ReplyLanguage, Record<string, string>>;

/**
 * A look-up over a wording table: the text for a language and key, with `{name}`
 * placeholders filled in (values are not escaped). Adapters make their own from their tables.
 */
export function wordsFrom<Table extends Wording>(table: Table) {
  return (language: ReplyLanguage, key: keyof Table['de'] & string, values: Record<string, string | number> = {}): string =>
    table[language][key]!.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

/** A message in the given language, with `{name}` placeholders filled in. */
export const message = wordsFrom(MESSAGES);

/** The reply for a question the engine did not answer, worded for one article or several ("im Artikel", "in den Artikeln"). */
export function declineMessage(language: ReplyLanguage, reason: Exclude<AnswerReason, 'answered' | 'unsure'>, maxLength: number, articles = 1): string {
  const key = articles > 1 && (reason === 'not-found' || reason === 'empty') ? (`${reason}-many` as const) : reason;
  return message(language, key, { max: maxLength });
}

/** The greeting, naming how many articles the bot answers from ("1 Artikel", "6 Artikeln"). */
export function greetingMessage(language: ReplyLanguage, articles: number): string {
  return message(language, 'greeting', { count: articles, articles: message(language, articles === 1 ? 'article' : 'articles') });
}

/**
 * The lead of an unsure reply, naming the question's words the closest passages lack
 * ("„Washington“"), and what the first of them names in their place ("„Brüssel“"), if anything.
 */
export function unsureMessage(language: ReplyLanguage, missing: readonly string[], instead: readonly string[] = []): string {
  if (missing.length === 0) return message(language, 'unsure');
  const [open, close] = language === 'de' ? ['„', '“'] : ['“', '”'];
  const quoted = (words: readonly string[]) => words.map((word) => `${open}${word}${close}`).join(', ');
  return instead.length === 0
    ? message(language, 'unsure-missing', { words: quoted(missing) })
    : message(language, 'unsure-instead', { words: quoted(missing), instead: quoted(instead) });
}

/** The text a reply or suggestion quotes: its sentence, after the sentence before when it points back at that. */
export function quotation({ passage, context }: { passage: string; context?: string | undefined }): string {
  return context === undefined ? passage : `${context} ${passage}`;
}

/** "NATO-Alliierten …, Absatz 7" / "…, paragraph 7". */
export function formatSource(language: ReplyLanguage, source: Source): string {
  return `${source.title}, ${message(language, 'paragraph')} ${source.paragraph}`;
}
