/** Regular expressions for the kinds of short answer, German and English. */

/** Alternatives that may also start with a capital letter (sentence start), without the `i` flag, which would make \p{Lu} match any letter. */
function words(list: string): string {
  return list
    .split('|')
    .flatMap((word) => [word, word[0]!.toUpperCase() + word.slice(1)])
    .join('|');
}

const QUALIFIER = String.raw`(?:(?:${words(String.raw`etwa|rund|über|ueber|mehr\s+als|fast|knapp|ca\.|circa|insgesamt|bis\s+zu|weniger\s+als|mindestens|höchstens|nahezu|annähernd|gut|about|around|over|more\s+than|almost|nearly|up\s+to|less\s+than|at\s+least|approximately|roughly`)})\s+)`;
const NUMBER = String.raw`(?:\d+(?:[.,:]\d+)*(?:[-–]\d+)?|(?:${words('zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|hundert|tausend|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|hundred')})(?![\p{L}]))`;
const SCALE = String.raw`(?:\s+(?:Millionen|Million|Milliarden|Milliarde|Billionen|Mio\.|Mrd\.|Tausend|Hundert|million|billion|thousand|hundred))`;
const UNIT = String.raw`(?:\s*(?:%|€|\$|°\s?[CF]|Prozent|percent|per\s+cent)|\s+(?:[\p{Lu}][\p{L}-]*|km²?|m²?|kg|km\/h|mph|miles|kilometers|metres|meters|years|months|days|hours|people|dollars|euros))`;

/** Amounts: "etwa 50 Milliarden Euro", "über 20 Prozent", "drei Spiele", "fünf bis zehn Jahre". */
export const AMOUNT = new RegExp(`(?<![\\p{L}\\p{N}])${QUALIFIER}?${NUMBER}(?:\\s+(?:bis|und|oder|to|and|or)\\s+${NUMBER})?${SCALE}?${UNIT}?`, 'gu');

const MONTH = String.raw`(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December)`;

/** Dates and times: "1. Juni 2024", "Juni", "2025", "im ersten Quartal 2025", "19. Jahrhundert", "1990er". */
export const TIME = new RegExp(
  [
    String.raw`(?:\d{1,2}\.\s*)?${MONTH}(?:\s+\d{1,2},)?(?:\s+\d{3,4})?`,
    String.raw`(?:ersten|zweiten|dritten|vierten|letzten|first|second|third|fourth|last)\s+(?:Quartal|Halbjahr|quarter|half)(?:\s+(?:des\s+Jahres\s+)?\d{4})?`,
    String.raw`(?:Anfang|Mitte|Ende|Beginn|Frühjahr|Sommer|Herbst|Winter|early|mid|late)\s+(?:der\s+|des\s+|the\s+)?\d{4}(?:er|s)?(?:\s+Jahre)?`,
    String.raw`\d{1,2}\.\s*Jahrhunderts?|\d{1,2}(?:st|nd|rd|th)\s+century`,
    String.raw`(?:19|20|1[0-8])\d{2}(?:er(?:\s+Jahren?)?|s)?(?:\s*(?:–|-|bis|to|and|und)\s*(?:19|20|1[0-8])?\d{2})?`,
    String.raw`(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|gestern|heute|morgen|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
  ]
    .map((pattern) => String.raw`(?<![\p{L}\p{N}])(?:${pattern})(?![\p{L}\p{N}])`)
    .join('|'),
  'giu',
);

/** Runs of capitalised words, the shape of names, places and organisations ("Den Haag", "Mark Rutte"). */
export const NAME = /[\p{Lu}][\p{L}\p{M}'’.-]*(?:\s+(?:(?:von|van|der|de|den|da|di|du|del|la|le|bin|al)\s+)?[\p{Lu}][\p{L}\p{M}'’.-]*)*/gu;

/** Words that introduce a reason; the answer is what follows. */
export const REASON_CUE =
  /(?<![\p{L}])(?:weil|da|denn|aufgrund|wegen|um|durch|because|since|due\s+to|as\s+a\s+result\s+of|in\s+order\s+to|so\s+that)(?![\p{L}])/giu;

/** Prepositions before a place (the word before it). */
export const PLACE_CUE = /^(?:in|im|nach|aus|bei|von|vom|zu|zum|zur|at|from|to|near)$/i;

/** A month or weekday name, a date rather than a name. */
export const MONTH_OR_DAY = new RegExp(
  `^(?:${MONTH}|Jänner|April|August|September|November|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
  'u',
);

/** German noun endings: capitalised words with them are things, not names. */
export const COMMON_NOUN_ENDING =
  /(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|tät|täten|nis|nisse|tum|ismus|ment|ments|ierung|ik|enz|anz|ur|ler|chen|lein)$/u;

/** Text in quotation marks, German or English style, of at most 80 characters. */
export const QUOTED = /[„“"»«][^„“”"»«\n]{2,80}[“”"«»]/gu;

/** Signs of a currency: a piece that holds one is a sum of money. */
export const CURRENCY_SIGN = /[€$£¥]/u;

/** The class word under which the dictionary files the currencies ("Euro {m} (Währung)"; see `Lexicon.members`). */
export const CURRENCY_CLASS = 'Währung';
