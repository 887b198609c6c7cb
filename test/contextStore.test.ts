import { describe, expect, it } from 'vitest';
import { createMemoryContextStore } from '../adapters/common/contextStore.ts';
import type { Turn } from '../src/question/followUp.ts';
import type { Answer } from '../src/types.ts';

const answer: Answer = {
  answered: false,
  answer: 'Dazu steht nichts im Artikel.',
  span: false,
  passage: null,
  source: null,
  score: 0,
  language: 'de',
  reason: 'not-found',
  suggestions: [],
};
const turn = (question: string): Turn => ({ question, answer });

describe('the in-memory context store', () => {
  it('keeps the last turns of a conversation, oldest first, up to its bound', () => {
    const store = createMemoryContextStore({ turns: 2 });
    for (const question of ['eins', 'zwei', 'drei']) store.add('thread', turn(question));
    expect(store.get('thread').turns.map((kept) => kept.question)).toEqual(['zwei', 'drei']);
    expect(store.get('other').turns).toEqual([]);
  });

  it('forgets a conversation after its time to live, counted from the last turn', () => {
    let now = 0;
    const store = createMemoryContextStore({ ttlMs: 1000, now: () => now });
    store.add('thread', turn('eins'));
    now = 900;
    store.add('thread', turn('zwei'));
    now = 1800;
    expect(store.has('thread')).toBe(true);
    now = 1900;
    expect(store.has('thread')).toBe(false);
    expect(store.get('thread').turns).toEqual([]);
  });

  it('drops the least recently used conversation past its bound', () => {
    const store = createMemoryContextStore({ conversations: 2 });
    store.add('a', turn('eins'));
    store.add('b', turn('eins'));
    store.add('a', turn('zwei'));
    store.add('c', turn('eins'));
    expect(['a', 'b', 'c'].map((key) => store.has(key))).toEqual([true, false, true]);
  });

  it('forgets a conversation on delete, and a copy handed out does not change the store', () => {
    const store = createMemoryContextStore();
    store.add('a', turn('eins'));
    (store.get('a').turns as Turn[]).push(turn('fremd'));
    expect(store.get('a').turns).toHaveLength(1);
    store.delete('a');
    expect(store.has('a')).toBe(false);
  });
});
