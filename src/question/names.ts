import type { NameStats } from '../answer/nameStats.ts';
import { COMMON_NOUN_ENDING } from '../answer/patterns.ts';
import { termKey } from '../text/terms.ts';
import type { IsName } from './phrases.ts';

/** Nameness (see `createNameStats`) from which a capitalised word is a name to a follow-up; the bar the decision's constraints use too. */
const FOLLOW_UP_NAME_LIKE = 0.5;

/**
 * Whether a capitalised word is a name, as the articles use it: not a German common noun by
 * its ending or the dictionary, seen in the articles and seldom after a determiner. A
 * compound is judged by its last part ("NATO-Generalsekretär" is a Generalsekretär). Straight
 * after a preposition the dictionary is not asked, since it lists places as nouns too ("in Brüssel").
 */
export function createNameTest(names: NameStats, isCommonNoun: (key: string) => boolean = () => false): IsName {
  return (word, afterPreposition = false) => {
    const head = word.split('-').at(-1)!;
    if (!/^\p{Lu}/u.test(head) || COMMON_NOUN_ENDING.test(head.toLowerCase()) || (!afterPreposition && isCommonNoun(termKey(head)))) return false;
    return names.seen(head) && names.nameness(head) >= FOLLOW_UP_NAME_LIKE;
  };
}
