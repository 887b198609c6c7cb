/** What kind of short answer a question asks for. */
export type QuestionType = 'person' | 'time' | 'place' | 'amount' | 'reason' | 'name' | 'which' | 'manner' | 'thing';

/** "Was ist die Verflüssigungstemperatur …?" asks for an amount: the question's noun is a measure. */
const MEASURED = String.raw`(?:was|what)\s+(?:ist|war|sind|waren|beträgt|betrug|is|was|are|were)\s+(?:der|die|das|the\s+)?\s*(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*(?:temperatur|geschwindigkeit|wirkungsgrad|dauer|preis|anzahl|zahl|höhe|länge|größe|gewicht|anteil|prozentsatz|kosten|bevölkerung|temperature|speed|efficiency|price|number|height|length|size|weight|share|percentage|cost|population)`;

/**
 * Adjectives of an extent after "wie" / "how": a length, a duration, an age, a distance, a
 * width, a depth, a weight, a frequency ("Wie lange …?", "How old …?"). None is a sum of money
 * (see {@link asksForExtent}).
 */
const GERMAN_EXTENTS = 'lang|lange|weit|alt|oft|schwer|breit|tief';
const ENGLISH_EXTENTS = 'long|old|far|tall|often|wide|deep|heavy';
/** Adjectives of measure after "wie" / "how": "Wie alt …?", "How long …?" ask for a quantity; "wie hoch", "wie teuer", "how high" may ask for money too. */
const GERMAN_MEASURES = `${GERMAN_EXTENTS}|hoch|groß|gross|teuer|stark`;
const ENGLISH_MEASURES = `${ENGLISH_EXTENTS}|big|large|high`;

// Lookarounds instead of \b: \b is ASCII-only, so it would split "groß" and "höhe".
const PATTERNS: Array<[QuestionType, RegExp]> = [
  [
    'amount',
    new RegExp(
      String.raw`(?<![\p{L}\p{N}])(wie\s*viele?|wieviele?|wie\s+(${GERMAN_MEASURES})|how\s+(many|much|${ENGLISH_MEASURES})|what\s+(amount|number|percentage|share)|welche[nrsm]?\s+(betrag|summe|anzahl|zahl|höhe|prozentsatz|anteil)|in\s+welcher\s+höhe|${MEASURED})(?![\p{L}\p{N}])`,
      'iu',
    ),
  ],
  [
    'time',
    /(?<![\p{L}\p{N}])(wann|seit\s+wann|bis\s+wann|when|in\s+welche[mn]\s+(jahr(en)?|monat(en)?|jahrhundert(en)?|jahrzehnt(en)?|quartal)|welche[snm]?\s+(jahr(e|en)?|datum|monat(e|en)?|tag|jahrhundert|zeitpunkt)|(what|which)\s+(year|date|month|day|century|decade|time))(?![\p{L}\p{N}])/iu,
  ],
  [
    'place',
    /(?<![\p{L}\p{N}])(wo|woher|wohin|where|in\s+welche[rmn]?\s+(stadt|land|ort|region|staat|gegend|hauptstadt)|welche[srn]?\s+(stadt|land|ort|region|staat)|(what|which)\s+(city|country|place|region|state|town))(?![\p{L}\p{N}])/iu,
  ],
  ['person', /(?<![\p{L}\p{N}])(wer|wen|wem|wessen|who|whom|whose)(?![\p{L}\p{N}])/iu],
  ['reason', /(?<![\p{L}\p{N}])(warum|wieso|weshalb|weswegen|why|aus\s+welchem\s+grund|for\s+what\s+reason)(?![\p{L}\p{N}])/iu],
  [
    'name',
    /(?<![\p{L}\p{N}])(wie\s+(heißt|heisst|hieß|hiess|heißen|hießen|lautet|lautete|lauten|nennt\s+man|nannte\s+man|wird\s+\S+\s+genannt)|unter\s+welchem\s+(namen|titel)|what\s+(is|was|were|are)\s+the\s+name|what\s+is\s+\S+\s+called)(?![\p{L}\p{N}])/iu,
  ],
  ['which', /(?<![\p{L}\p{N}])(welche[rnsm]?|which|what\s+(?!is|was|are|were|did|does|do|has|had|can|could|would|will)\p{L}+)(?![\p{L}\p{N}])/iu],
  ['manner', /(?<![\p{L}\p{N}])(wie|how)(?![\p{L}\p{N}])/iu],
];

/** What a question asks for, as the answer picker needs it. */
export interface AskedFor {
  type: QuestionType;
  /** The noun a "welche"/"which" question asks about ("general" in "Welcher deutsche General …?"), lower case. */
  focus?: string;
  /** Whether the question asks for a kind of its focus noun ("Welche Art von Heizelement …?"). */
  askedKind: boolean;
  /** Whether the question expects several things ("Welche beiden …", "Wer sind …"): a list may answer it. */
  plural: boolean;
}

const PLURAL = /(?<![\p{L}])(beide[n]?|zwei|drei|vier|fünf|mehrere|sind|waren|both|two|three|four|five|several|are|were)(?![\p{L}])/iu;

/** A question that opens by asking for a measure or a time (see {@link asksForQuantity}). */
const QUANTITY_ASKED = new RegExp(
  String.raw`^[^\p{L}\p{N}]*(?:wie\s+(?:${GERMAN_MEASURES})|how\s+(?:${ENGLISH_MEASURES})|(?:seit\s+|bis\s+)?wann|when|(?:in\s+)?welche[mnsr]?\s+jahr(?:e|en)?|(?:in\s+)?(?:what|which)\s+year)(?![\p{L}\p{N}])`,
  'iu',
);

/**
 * Whether a question opens by asking for a measure or a time ("Wie alt …?", "How long …?",
 * "Wann …?", "In welchem Jahr …?"): its answer is an amount or a date, never a sentence without
 * one. (Not "wie viele": "keiner" answers that; nor "wann" inside a question: "Wie und wann …?"
 * may be answered by a place.) All 154 XQuAD development questions (German and English) that
 * open so have a gold answer with an amount or a date.
 */
export function asksForQuantity(question: string): boolean {
  return QUANTITY_ASKED.test(question);
}

const EXTENT_ASKED = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:wie\s+(?:${GERMAN_EXTENTS})|how\s+(?:${ENGLISH_EXTENTS}))(?![\p{L}\p{N}])`, 'iu');

/**
 * Whether a question asks for an extent (see {@link GERMAN_EXTENTS}): "Wie lange …?", "How
 * far …?". Its answer is no sum of money: none of the 26 XQuAD development questions (German
 * and English) that ask so has a gold answer in a currency.
 */
export function asksForExtent(question: string): boolean {
  return EXTENT_ASKED.test(question);
}

/** Whether a question expects several things: a number word, "beide", or a plural verb. */
export function asksForSeveral(question: string): boolean {
  return PLURAL.test(question);
}

/** Reads what is asked from the question words, in German or English. */
export function detectQuestionType(question: string): QuestionType {
  for (const [type, pattern] of PATTERNS) {
    if (pattern.test(question)) return type;
  }
  return 'thing';
}
