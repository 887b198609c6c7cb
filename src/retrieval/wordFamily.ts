import { boundedMemo } from '../memo.ts';

/** How many related index terms one query word may bring in. */
const MAX_RELATIVES = 12;
/** How many words' relatives are remembered before the memo starts afresh. */
const REMEMBERED = 10_000;
/** Shortest key that may stand for a compound part or a word stem. */
const MIN_PART = 4;

/**
 * How much a word of the same family counts against the question's word itself (1), per kind
 * of kinship; fitted by `npm run train` (see `scripts/train/matchWeights.ts`).
 */
export interface FamilyWeights {
  /** A compound that contains the word, less by `containedPerChar` for each letter it adds, never below `containedFloor`. */
  containedBase: number;
  containedPerChar: number;
  containedFloor: number;
  /** The word without a participle's "ge-" ("gekürzt" -> "kürzt"). */
  participle: number;
  /** The "-ung" noun made from a verb's stem ("gekürzt", "kürzte" -> "Kürzung"). */
  nominalised: number;
  /** The word's form with or without a final "-s" the stemmer left on ("Teslas" -> "Tesla"). */
  sForm: number;
  /** Another ending of the same stem: a key that shares all but its last two letters. */
  otherEnding: number;
  /** For a compound the index lacks: its first part ("Kriminalitäts-" in "Kriminalitätsrate"). */
  compoundHead: number;
  /** For a compound the index lacks: its last part ("-rate"). */
  compoundTail: number;
}

/** One index term a query word is taken to mean, with how much it counts (0..1). */
export interface TermMatch {
  key: string;
  weight: number;
}

/**
 * Finds index terms related to a query key by form: compounds that start or end with it
 * ("zeit" -> "spielzeit", "militar" -> "militarhilf"), and, for a key the index lacks, its own
 * parts ("militarhilf" -> "militar" + "hilf"). Sorted arrays keep each look-up logarithmic.
 */
export function createWordFamily(keys: Iterable<string>, weights: FamilyWeights) {
  const known = new Set(keys);
  const forward = [...known].filter((key) => key.length >= MIN_PART).sort();
  const backward = forward.map(reverse).sort();

  function relatives(key: string): TermMatch[] {
    const found = new Map<string, number>();
    const add = (other: string, weight: number) => {
      if (other !== key && (found.get(other) ?? 0) < weight) found.set(other, weight);
    };
    if (key.length >= MIN_PART && !/^\d/.test(key)) {
      for (const other of withPrefix(forward, key)) add(other, containedWeight(key, other, weights));
      for (const other of withPrefix(backward, reverse(key))) add(reverse(other), containedWeight(key, reverse(other), weights));
      // Other endings of the same word ("leitet" -> "leitung", "kurzt" -> "kurzung"), which
      // the Snowball stemmer leaves apart; a participle's "ge-" is dropped first.
      const bare = key.length >= 7 && key.startsWith('ge') ? key.slice(2) : key;
      if (bare !== key && known.has(bare)) add(bare, weights.participle);
      // A verb form and the noun made from its stem with "-ung" ("gekürzt", "kürzte" -> "Kürzung").
      const verbStem = bare.replace(/e?t$/, '');
      if (verbStem !== bare && verbStem.length >= MIN_PART && known.has(`${verbStem}ung`)) add(`${verbStem}ung`, weights.nominalised);
      // Snowball keeps the "-s" of a genitive or plural after a vowel ("Teslas", "Marconis",
      // "Autos"), so those forms get their own key; they are the same word.
      if (/[aiouy]s$/.test(key) && known.has(key.slice(0, -1))) add(key.slice(0, -1), weights.sForm);
      if (/[aiouy]$/.test(key) && known.has(`${key}s`)) add(`${key}s`, weights.sForm);
      if (bare.length >= MIN_PART + 2) {
        for (const other of withPrefix(forward, bare.slice(0, bare.length - 2))) {
          if (other.length <= bare.length + 2) add(other, weights.otherEnding);
        }
      }
      if (!known.has(key)) {
        // The first part of a compound says which one ("Kriminalitäts-" in "Kriminalitätsrate"),
        // the last says what kind ("-rate"): the first tells passages apart at least as well.
        for (let cut = MIN_PART; cut <= key.length - MIN_PART; cut++) {
          const head = key.slice(0, cut);
          const tail = key.slice(cut);
          if (known.has(head)) add(head, weights.compoundHead);
          if (known.has(tail)) add(tail, weights.compoundTail);
        }
      }
    }
    return [...found]
      .map(([other, weight]) => ({ key: other, weight }))
      .sort((a, b) => b.weight - a.weight || a.key.length - b.key.length)
      .slice(0, MAX_RELATIVES);
  }

  // Questions repeat their words; a word's relatives are found once, up to a bound.
  return { relatives: boundedMemo(relatives, REMEMBERED) };
}

/** A longer word shares less of its meaning with the part it contains. */
function containedWeight(part: string, whole: string, weights: FamilyWeights): number {
  return Math.max(weights.containedFloor, weights.containedBase - weights.containedPerChar * (whole.length - part.length));
}

function withPrefix(sorted: readonly string[], prefix: string): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < prefix) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(prefix) && out.length < MAX_RELATIVES * 4; i++) {
    out.push(sorted[i]!);
  }
  return out;
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}
