import { englishKey, WRITTEN_ABBREVIATION } from '../../src/retrieval/analyzeQuestion.ts';
import { ENGLISH_STOPWORDS, STOPWORDS } from '../../src/text/stopwords.ts';
import { termKey } from '../../src/text/terms.ts';
import { words } from '../../src/text/tokenize.ts';

/** Longest English phrase, and German translation, taken from Ding (in words). */
const MAX_PHRASE_WORDS = 3;
import { DING_RANKING } from './ranking.ts';

/** Registers whose senses a news question rarely means: archaic, slang, colloquial, vulgar, pejorative, poetic, humorous. */
const RARE_SENSE = /\[(?:veraltet|obs\.|archaic|altertümlich|slang|vulg\.|pej\.|poet\.|humor\.|ugs\.|coll\.|Jugendsprache)\]/;
/** Subject fields ("[fin.]", "[techn.]"; not the registers above): such a sense ranks after the general ones. */
const SUBJECT_FIELD = /\[(?!(?:obs|vulg|pej|poet|humor|ugs|coll)\.\])[a-z]+\.\]/;

/** An English word or phrase with its German translations as index keys, best first. */
export interface Translation {
  english: string;
  /** Each translation's keys; a phrase ("Vereinigte Staaten") is its content words' keys joined by a space. */
  german: string[];
}

/**
 * How an English word's German translations are ordered and how many are kept: a sense
 * loses rank steps for standing behind the headword or the first alternatives, or in a
 * subject field, and gains for being given by many entries and for being a common German
 * word. Fitted by `npm run lexicons -- --fit` (see `fitRanking.ts`).
 */
export interface DingRanking {
  /** Rank steps of an inflection (a later `|` part of a line, or an irregular form) behind the headword. */
  inflection: number;
  /** Rank steps per place behind the first English alternative (counted up to two places). */
  alternative: number;
  /** Rank steps per place behind the first German alternative (counted up to two places). */
  germanAlternative: number;
  /** Rank steps of a subject field's sense ("[fin.]", "[techn.]") behind the general ones. */
  field: number;
  /** Rank steps a doubling of the entries that give a translation is worth. */
  centrality: number;
  /** Rank steps a doubling of a German word's uses across the dictionary is worth. */
  commonness: number;
  /** German translations kept per English word or phrase, best first. */
  translations: number;
}

/** One German translation of an English word as one line of Ding gives it, with what ranks it. */
export interface Sense {
  /** The German side's keys (a phrase's content words' keys joined by a space). */
  keys: string;
  /** Whether it is an inflection's or an irregular form's translation, not the headword's. */
  inflected: number;
  /** Where the English and the German alternative stand in their line part (0 first, capped at 2). */
  position: number;
  germanPosition: number;
  /** Whether the line part names a subject field. */
  field: boolean;
  /** How often the German keys stand on the German side of the dictionary. */
  uses: number;
}

/** How often each German word's key stands on the German side of the dictionary. */
function germanWordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of text.split('\n')) {
    const end = line.indexOf(' :: ');
    if (line.startsWith('#') || end < 0) continue;
    for (const word of words(clean(line.slice(0, end)))) {
      const key = termKey(word);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}

/** Strips Ding's annotations: word classes, fields, comments, and placeholders such as "jdn." or "sth.". */
function clean(text: string): string {
  return text
    .replace(/\{[^}]*\}|\[[^\]]*\]|\([^)]*\)|<[^>]*>/g, ' ')
    .replace(/(?<![\p{L}])(?:etw|jdn|jdm|jds|jd|sth|sb|sb's|sb’s)\.(?![\p{L}])/gu, ' ')
    .replace(/…/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The German side's keys: one word's key, or a phrase's content words' keys; none for stopwords. */
function germanKeys(phrase: string): string | undefined {
  const content = words(phrase).filter((word) => !STOPWORDS.has(word.toLowerCase()));
  if (content.length === 0) return undefined;
  return content.map(termKey).join(' ');
}

/**
 * Reads Ding's `German :: English` lines into English → German translations, best first
 * (see {@link DingRanking}).
 */
export function readDing(text: string, ranking: DingRanking = DING_RANKING): Translation[] {
  return rankAll(readSenses(text), ranking);
}

/** Every English word's translations from its senses, as `ranking` orders them, sorted by the English word. */
export function rankAll(senses: ReadonlyMap<string, readonly Sense[]>, ranking: DingRanking): Translation[] {
  return [...senses]
    .map(([english, list]) => ({ english, german: rankSenses(list, ranking) }))
    .sort((a, b) => (a.english < b.english ? -1 : a.english > b.english ? 1 : 0));
}

/**
 * Reads Ding's lines into each English word's or phrase's German senses, in line order. Each
 * line's `|` parts are parallel (a headword, then its inflections and examples), `;`
 * separates alternatives. Archaic, slang and colloquial senses are left out.
 */
export function readSenses(text: string): Map<string, Sense[]> {
  const senses = new Map<string, Sense[]>();
  const commonness = germanWordCounts(text);
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes(' :: ')) continue;
    const [de, en] = line.split(' :: ') as [string, string];
    const deParts = de.split(' | ');
    const enParts = en.split(' | ');
    if (deParts.length !== enParts.length) continue;
    const deAlternatives = deParts.map(alternativesWithAbbreviations);
    deParts.forEach((dePart, part) => {
      const field = SUBJECT_FIELD.test(dePart) || SUBJECT_FIELD.test(enParts[part]!);
      const germanAlternatives = deAlternatives[part]!.filter(({ text }) => !RARE_SENSE.test(text));
      const short = ({ text }: { text: string }) => text !== '' && text.split(' ').length <= MAX_PHRASE_WORDS;
      const germans = germanAlternatives.map(({ text }, position) => ({ text: clean(text), position })).filter(short);
      // An English abbreviation translates as its words do, and as the German abbreviations of
      // its part and of the entry's headword ("US": "Vereinigte Staaten", "USA").
      const germanAbbreviations = [...new Set([part, 0])].flatMap((from) =>
        deAlternatives[from]!.flatMap(({ abbreviations }, position) => abbreviations.map((text) => ({ text, position }))),
      );
      alternativesWithAbbreviations(enParts[part]!).forEach(({ text: alternative, abbreviations }, position) => {
        if (RARE_SENSE.test(alternative)) return;
        const keyed: Array<readonly [key: string, form: number, germans: ReadonlyArray<{ text: string; position: number }>]> = [];
        const english = englishKey(clean(alternative)).replace(/^to /, '');
        if (english !== '' && english.split(' ').length <= MAX_PHRASE_WORDS && /\p{L}/u.test(english) && !ENGLISH_STOPWORDS.has(english)) {
          keyed.push([english, 0, germans]);
          // A verb's irregular forms translate as it does ("sang" as "sing"), ranked as its inflections are.
          const forms = english.includes(' ') ? [] : irregularForms(alternative).filter((form) => form !== english && !ENGLISH_STOPWORDS.has(form));
          keyed.push(...forms.map((form) => [form, 1, germans] as const));
        }
        // Under its capitals ("US"), so that a question's "US" finds it and its "us" does not.
        keyed.push(...abbreviations.map((abbreviation) => [abbreviation, 0, [...germans, ...germanAbbreviations]] as const));
        for (const [key, form, translations] of keyed) {
          for (const german of translations) {
            const keys = germanKeys(german.text);
            if (!keys || keys.length < 2) continue;
            let list = senses.get(key);
            if (!list) senses.set(key, (list = []));
            list.push({
              keys,
              inflected: (part === 0 ? 0 : 1) + form,
              position: Math.min(position, 2),
              germanPosition: Math.min(german.position, 2),
              field,
              uses: commonness.get(keys) ?? 0,
            });
          }
        }
      });
    });
  }
  return senses;
}

/** An English word's German translations from its senses, best first, as `ranking` orders them (ties keep line order). */
export function rankSenses(senses: readonly Sense[], ranking: DingRanking): string[] {
  // A German word that translates this English one in many entries is its central sense.
  const entries = new Map<string, number>();
  for (const sense of senses) entries.set(sense.keys, (entries.get(sense.keys) ?? 0) + 1);
  // So does a word the dictionary uses often, in its own entries and in others' examples.
  const score = (sense: Sense) =>
    ranking.inflection * sense.inflected +
    ranking.alternative * sense.position +
    ranking.germanAlternative * sense.germanPosition +
    (sense.field ? ranking.field : 0) -
    ranking.centrality * Math.log2(entries.get(sense.keys)!) -
    ranking.commonness * Math.log2(1 + sense.uses);
  const scored = senses.map((sense, order) => ({ keys: sense.keys, score: score(sense), order }));
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return [...new Set(scored.map((sense) => sense.keys))].slice(0, ranking.translations);
}

/**
 * A line part's `; `-separated alternatives, split only where no brace, bracket or
 * parenthesis is open: "to sing {sang; sung}; to chant" is two alternatives, not three.
 */
export function splitOutsideBrackets(part: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < part.length; i++) {
    const char = part[i]!;
    if (char === '{' || char === '[' || char === '(') depth++;
    else if ((char === '}' || char === ']' || char === ')') && depth > 0) depth--;
    else if (depth === 0 && char === ';' && part[i + 1] === ' ') {
      alternatives.push(part.slice(start, i));
      start = i + 2;
    }
  }
  alternatives.push(part.slice(start));
  return alternatives;
}

/**
 * The irregular forms Ding gives in braces after an English verb, past and participle split
 * by `;`, variants by `,`: "to sing {sang; sung}" → sang, sung. Word-class marks ("{adj}",
 * "{pl}") hold no `;`.
 */
function irregularForms(alternative: string): string[] {
  const forms = /\{([^}]*;[^}]*)\}/.exec(alternative)?.[1];
  if (!forms) return [];
  return [...new Set(forms.split(/[;,]/).map((form) => form.trim().toLowerCase()))].filter((form) => /^\p{L}+$/u.test(form));
}

/** A parenthesis that opens with a label ("(Kfz: /RUS/)"): what it holds is a code of another kind. */
const LABELLED_CODE = /\(\s*\p{L}+:[^)]*\)/gu;

/** An abbreviation between slashes after a word; it may hold semicolons: "government /Gov.; Govt./". */
const ABBREVIATION = /\s\/[^/|]+\//g;

/**
 * A line part's alternatives (see {@link splitOutsideBrackets}) without their abbreviations,
 * each with the abbreviations written after it in capitals (see {@link WRITTEN_ABBREVIATION}),
 * also those of a fuller name in parentheses ("Great Britain (United Kingdom … /UK/)"), but
 * not a code with a label ("(Kfz: /RUS/)", a car's country code): that is no name of the word.
 */
export function alternativesWithAbbreviations(part: string): Array<{ text: string; abbreviations: string[] }> {
  const abbreviations: string[][] = [];
  // Each abbreviation stands in as a placeholder holding its number, so its semicolons split nothing.
  const marked = part.replace(ABBREVIATION, (found) => ` \u0000${abbreviations.push(found.trim().slice(1, -1).split(/;\s*/)) - 1}\u0000`);
  return splitOutsideBrackets(marked).map((alternative) => {
    const outside = alternative.replace(LABELLED_CODE, ' ');
    const written = [...outside.matchAll(/\u0000(\d+)\u0000/g)]
      .flatMap((match) => abbreviations[Number(match[1])]!)
      .map((abbreviation) => abbreviation.trim().replace(/\./g, ''))
      .filter((abbreviation) => WRITTEN_ABBREVIATION.test(abbreviation));
    return { text: alternative.replace(/\s*\u0000\d+\u0000/g, ''), abbreviations: [...new Set(written)] };
  });
}

/** A German noun with its gender or number marked: "Hilfe {f}", "Streitkräfte {pl}". */
const NOUN = /^(\p{Lu}[\p{L}-]*) \{(?:m|f|n|pl)\}/u;
/** Geographic names (places, countries, rivers): nouns in Ding, names in a question. */
const GEOGRAPHIC = /\[geogr\.\]/;

/**
 * The keys of German common nouns in Ding: single capitalised words marked with a gender or
 * plural, on lines that are not geographic names. A question word among them is no name,
 * however the articles happen to use it.
 */
export function readCommonNouns(text: string): string[] {
  const nouns = new Set<string>();
  const places = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes(' :: ')) continue;
    const german = line.slice(0, line.indexOf(' :: '));
    const geographic = GEOGRAPHIC.test(line);
    for (const part of german.split(' | ')) {
      for (const alternative of part.split('; ')) {
        const noun = NOUN.exec(alternative.trim())?.[1];
        if (!noun || noun.includes('-')) continue;
        (geographic ? places : nouns).add(termKey(noun));
      }
    }
  }
  return [...nouns].filter((key) => !places.has(key) && key.length >= 2).sort();
}

/** A noun with the one-word class Ding glosses it with: "Euro {m} /€/ (Währung)", "Rhein {m} (Fluss)". */
const GLOSSED_NOUN = /^(\p{Lu}[\p{L}-]*) \{(?:m|f|n|pl)\}(?: \/[^/]*\/)? \((\p{Lu}[\p{Ll}-]+)\)/u;

/** A class of German nouns: the class word's key and its members' keys. */
export interface NounClass {
  key: string;
  members: string[];
}

/**
 * The classes Ding glosses its headword nouns with, where the gloss is one capitalised word:
 * "Euro (Währung)" makes "Euro" a member of "Währung". Some glosses name a field rather than
 * a kind ("(Bahn)"); the engine weighs members accordingly, and only for a question word the
 * articles do not use.
 */
export function readNounClasses(text: string): NounClass[] {
  const classes = new Map<string, Set<string>>();
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.includes(' :: ')) continue;
    const headword = line.slice(0, line.indexOf(' :: ')).split(' | ')[0]!;
    for (const alternative of headword.split('; ')) {
      const match = GLOSSED_NOUN.exec(alternative.trim());
      if (!match) continue;
      const [member, kind] = [termKey(match[1]!), termKey(match[2]!)];
      if (member === kind || member.length < 2) continue;
      let members = classes.get(kind);
      if (!members) classes.set(kind, (members = new Set()));
      members.add(member);
    }
  }
  return [...classes].map(([key, members]) => ({ key, members: [...members].sort() })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
