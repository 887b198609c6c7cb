import type { Token } from '../text/tokenize.ts';

/** Determiners and preposition-article contractions, which stand before common nouns, rarely before names. */
const DETERMINER = /^(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|dieser|diese|dieses|diesen|diesem|im|am|zum|zur|vom|beim|ins|the|a|an)$/;

/**
 * Learns from the articles which capitalised words are names: German capitalises every
 * noun, but common nouns mostly follow a determiner ("der Sieg") and names mostly do not
 * ("Newton"); a word also written in lower case is no name at all.
 */
export function createNameStats() {
  const capitalised = new Map<string, { seen: number; determined: number }>();
  const lowercase = new Set<string>();

  return {
    /** Counts one sentence's words. */
    observe(tokens: readonly Token[]): void {
      tokens.forEach((token, i) => {
        const lower = token.text.toLowerCase();
        if (!/^\p{Lu}/u.test(token.text)) {
          if (i > 0) lowercase.add(lower);
          return;
        }
        if (i === 0) return;
        const stats = capitalised.get(lower) ?? { seen: 0, determined: 0 };
        stats.seen++;
        // Lower-cased so a sentence-initial "Der" counts, while "Den" in "in Den Haag" (a name) does not.
        const before = i - 1 === 0 ? tokens[0]!.text.toLowerCase() : tokens[i - 1]!.text;
        const twoBefore = i - 2 === 0 ? tokens[0]!.text.toLowerCase() : (tokens[i - 2]?.text ?? '');
        if (DETERMINER.test(before) || (/^\p{Ll}+(e|en|er|es|em)$/u.test(before) && DETERMINER.test(twoBefore))) stats.determined++;
        capitalised.set(lower, stats);
      });
    },
    /** 0..1: how much a word looks like a name in these articles (0.5 when unseen). */
    nameness(word: string): number {
      const lower = word.toLowerCase();
      if (/^\p{N}/u.test(lower)) return 0.5;
      if (lowercase.has(lower)) return 0.1;
      const stats = capitalised.get(lower);
      if (!stats) return 0.5;
      return Math.max(0.05, 1 - (stats.determined + 0.5) / (stats.seen + 1));
    },
  };
}

/** What the answer picker may ask of the articles about a word. */
export type Nameness = (word: string) => number;
