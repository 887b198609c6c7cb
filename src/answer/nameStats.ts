/** Determiners and preposition-article contractions, which stand before common nouns, rarely before names. */
const DETERMINERS = new Set(
  'der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer dieser diese dieses diesen diesem im am zum zur vom beim ins the a an'.split(
    ' ',
  ),
);
const INFLECTED = /^\p{Ll}+(?:e|en|er|es|em)$/u;

// One number per word keeps the counts compact: bit 0 says "seen in lower case",
// the next 15 bits count capitalised sightings, the bits above count those after a determiner.
const LOWER = 1;
const SEEN = 2;
const DETERMINED = 2 ** 16;
const MAX_SEEN = 2 ** 15 - 1;

/** Nameness of a word the articles never write past a sentence's start, or of a number: no evidence either way. */
const UNKNOWN_NAMENESS = 0.5;
/** Nameness of a word the articles also write in lower case: an adjective or verb form, seldom a name. */
const LOWER_CASE_NAMENESS = 0.1;
/** Lowest nameness of a capitalised word, however often it follows a determiner: a name may ("die Ukraine"). */
const MIN_NAMENESS = 0.05;
/** Pseudo-count added to the determined sightings, and to the others (Jeffreys smoothing of the share): one sighting is weak evidence. */
const DETERMINED_PRIOR = 0.5;

/**
 * Learns from the articles which capitalised words are names: German capitalises every
 * noun, but common nouns mostly follow a determiner ("der Sieg") and names mostly do not
 * ("Newton"); a word also written in lower case is no name at all.
 */
export function createNameStats() {
  const stats = new Map<string, number>();

  return {
    /** Counts one sentence's words, given as written and in lower case. */
    observe(words: readonly string[], lower: readonly string[]): void {
      for (let i = 1; i < words.length; i++) {
        const word = lower[i]!;
        const value = stats.get(word) ?? 0;
        if (words[i]![0] === word[0]) {
          if ((value & LOWER) === 0) stats.set(word, value | LOWER);
          continue;
        }
        if (Math.floor(value / SEEN) % (MAX_SEEN + 1) >= MAX_SEEN) continue;
        // Lower-cased only at the sentence start, so "Der Sieg" counts while "in Den Haag" (a name) does not.
        const before = i === 1 ? lower[0]! : words[i - 1]!;
        const twoBefore = i === 2 ? lower[0]! : (words[i - 2] ?? '');
        const determined = DETERMINERS.has(before) || (INFLECTED.test(before) && DETERMINERS.has(twoBefore));
        stats.set(word, value + SEEN + (determined ? DETERMINED : 0));
      }
    },
    /** 0..1: how much a word looks like a name in these articles (0.5 when unseen). */
    nameness(word: string): number {
      const lower = word.toLowerCase();
      if (/^\p{N}/u.test(lower)) return UNKNOWN_NAMENESS;
      const value = stats.get(lower) ?? 0;
      if (value & LOWER) return LOWER_CASE_NAMENESS;
      const seen = Math.floor(value / SEEN) % (MAX_SEEN + 1);
      if (seen === 0) return UNKNOWN_NAMENESS;
      const determined = Math.floor(value / DETERMINED);
      return Math.max(MIN_NAMENESS, 1 - (determined + DETERMINED_PRIOR) / (seen + 2 * DETERMINED_PRIOR));
    },
    /** Whether the articles hold the word past a sentence's start, in any case. */
    seen(word: string): boolean {
      return stats.has(word.toLowerCase());
    },
    /** Whether the articles also write the word in lower case (past a sentence's start): no name, perhaps an adjective. */
    writtenLower(word: string): boolean {
      return ((stats.get(word.toLowerCase()) ?? 0) & LOWER) !== 0;
    },
  };
}

/** What the answer picker may ask of the articles about a word. */
export type NameReader = Pick<ReturnType<typeof createNameStats>, 'nameness' | 'writtenLower'>;

/** Everything the name statistics tell of a word. */
export type NameStats = ReturnType<typeof createNameStats>;
