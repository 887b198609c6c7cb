import { wordsFrom } from '../../src/messages.ts';

/**
 * The Slack-only words (buttons, notices); the words around answers come from
 * `src/messages.ts`. `{name}` placeholders are filled in by {@link slackWord}.
 */
export const SLACK_WORDS = {
  de: {
    usage: '*So fragst du:* `/ask <Frage>`, z. B. `/ask Wer ist der NATO-Generalsekretär?` Ich antworte kurz, zitiere den Satz und nenne Artikel und Absatz.',
    share: 'Im Kanal teilen',
    helpful: '👍 Hilfreich',
    unhelpful: '👎 Nicht hilfreich',
    thanks: 'Danke für die Rückmeldung!',
    asked: '{user} fragte: {question}',
    you_asked: 'Deine Frage: {question}',
    limited: 'Langsam bitte: höchstens {count} Fragen in {seconds} Sekunden. Frag gleich noch einmal.',
    apology: 'Entschuldigung, dabei ist etwas schiefgegangen. Bitte versuch es noch einmal.',
    restarting: 'Der Bot startet gerade neu. Bitte frag gleich noch einmal.',
    showPassage: 'Stelle {number} zeigen',
  },
  en: {
    usage:
      '*How to ask:* `/ask <question>`, e.g. `/ask Who is the NATO Secretary General?` I answer briefly, quote the sentence and name the article and paragraph.',
    share: 'Share in channel',
    helpful: '👍 Helpful',
    unhelpful: '👎 Not helpful',
    thanks: 'Thanks for the feedback!',
    asked: '{user} asked: {question}',
    you_asked: 'You asked: {question}',
    limited: 'Easy there: at most {count} questions per {seconds} seconds. Please ask again in a moment.',
    apology: 'Sorry, something went wrong while answering. Please try again.',
    restarting: 'The bot is restarting. Please ask again in a moment.',
    showPassage: 'Show passage {number}',
  },
} as const;

/** A Slack word in the given language, with `{name}` placeholders filled in (values are not escaped). */
export const slackWord = wordsFrom(SLACK_WORDS);
