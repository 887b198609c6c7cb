import { wordsFrom } from '../../src/messages.ts';
import type { ReplyLanguage } from '../../src/types.ts';

/** The Discord adapter's own words, in the language of the person asking. */
export const DISCORD_WORDING = {
  de: {
    question: 'Frage',
    slowDown: 'Langsam, bitte: zu viele Fragen in kurzer Zeit. Versuch es in ein paar Sekunden noch einmal.',
    sorry: 'Entschuldigung, da ist etwas schiefgelaufen. Bitte versuch es gleich noch einmal.',
    restarting: 'Der Bot startet gerade neu. Bitte frag gleich noch einmal.',
    unknownCommand: 'Diesen Befehl kenne ich nicht (mehr). Versuch /frage oder /quellen.',
    articles: 'Ich kenne {count} Artikel:',
    paragraphs: '{count} Absätze',
    more: '… und {count} weitere',
    askedBy: '{user} fragte',
    helpful: '👍 Hilfreich',
    unhelpful: '👎 Nicht hilfreich',
    share: 'Im Kanal teilen',
    showPassage: 'Stelle {number} zeigen',
    thanks: 'Danke für die Rückmeldung!',
    expired: 'Diese Antwort ist zu alt für ihre Knöpfe. Bitte frag noch einmal.',
  },
  en: {
    question: 'Question',
    slowDown: 'Slow down, please: too many questions in a short time. Try again in a few seconds.',
    sorry: 'Sorry, something went wrong. Please try again in a moment.',
    restarting: 'The bot is restarting. Please ask again in a moment.',
    unknownCommand: 'I do not know that command (any more). Try /ask or /sources.',
    articles: 'I know {count} article(s):',
    paragraphs: '{count} paragraphs',
    more: '… and {count} more',
    askedBy: '{user} asked',
    helpful: '👍 Helpful',
    unhelpful: '👎 Not helpful',
    share: 'Share in channel',
    showPassage: 'Show passage {number}',
    thanks: 'Thanks for the feedback!',
    expired: 'This answer is too old for its buttons. Please ask again.',
  },
} as const;

/** A Discord-specific message with `{name}` placeholders filled in. */
export const discordWording = wordsFrom(DISCORD_WORDING);

/** German for Discord clients set to German (`de`), English for every other locale. */
export function languageOfLocale(locale: string | null | undefined): ReplyLanguage {
  return locale?.toLowerCase().startsWith('de') ? 'de' : 'en';
}
