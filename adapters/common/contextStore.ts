import type { ConversationContext, Turn } from '../../src/question/followUp.ts';

/**
 * Where the bots keep conversations between questions, by a key they choose (a Slack thread,
 * a Discord reply chain, a user in a channel). Another store (Redis, a database) can take the
 * in-memory one's place behind this interface.
 */
export interface ContextStore {
  /** The conversation's last turns, oldest first; empty when unknown or expired. */
  get(key: string): ConversationContext;
  /** Adds a turn to the conversation (starting it when new) and renews its time to live. */
  add(key: string, turn: Turn): void;
  /** Whether a live conversation is kept under the key. */
  has(key: string): boolean;
  /** Forgets the conversation. */
  delete(key: string): void;
}

/** Bounds of {@link createMemoryContextStore}. */
export interface MemoryContextOptions {
  /** Turns kept per conversation; older ones are dropped (default 5: a follow-up refers to the last few). */
  turns: number;
  /** Conversations kept; past it the least recently used is dropped (default 10 000, a few MB). */
  conversations: number;
  /** Milliseconds a conversation lives after its last turn (default 24 h). */
  ttlMs: number;
  /** Clock, injectable for tests (default `Date.now`). */
  now: () => number;
}

export const defaultMemoryContextOptions: MemoryContextOptions = { turns: 5, conversations: 10_000, ttlMs: 24 * 3600_000, now: Date.now };

/** A bounded in-memory store: nothing in it grows with the number of users. */
export function createMemoryContextStore(options: Partial<MemoryContextOptions> = {}): ContextStore {
  const { turns: maxTurns, conversations, ttlMs, now } = { ...defaultMemoryContextOptions, ...options };
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, { turns: Turn[]; expires: number }>();
  const live = (key: string) => {
    const entry = entries.get(key);
    if (entry && entry.expires <= now()) entries.delete(key);
    return entry && entry.expires > now() ? entry : undefined;
  };
  return {
    get: (key) => ({ turns: [...(live(key)?.turns ?? [])] }),
    has: (key) => live(key) !== undefined,
    delete: (key) => void entries.delete(key),
    add(key, turn) {
      const kept = [...(live(key)?.turns ?? []), turn].slice(-maxTurns);
      entries.delete(key);
      entries.set(key, { turns: kept, expires: now() + ttlMs });
      for (const [oldest] of entries) {
        if (entries.size <= conversations) break;
        entries.delete(oldest);
      }
    },
  };
}
