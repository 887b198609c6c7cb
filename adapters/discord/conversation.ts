import type { ContextStore } from '../common/contextStore.ts';
import type { ConversationContext, Turn } from '../../src/question/followUp.ts';

/** Where the Discord bot keeps conversations: one store, keys by where a follow-up can come from. */
export const conversationKey = {
  /** A reply to one of the bot's answers continues the conversation that answer ended. */
  reply: (channelId: string, answerId: string) => `reply:${channelId}:${answerId}`,
  /** A thread the bot answered in is one conversation. */
  thread: (channelId: string) => `thread:${channelId}`,
  /** A DM is one conversation. */
  dm: (channelId: string) => `dm:${channelId}`,
  /** The turn an `/ask` answer showed, by the interaction's id, for its buttons. */
  answer: (interactionId: string) => `answer:${interactionId}`,
  /** A user's `/ask` questions in a channel, kept for {@link ASK_CONTEXT_MS}. */
  ask: (channelId: string, userId: string) => `ask:${channelId}:${userId}`,
};

/** How long a user's `/ask` questions in a channel stay the context of the next one: a follow-up comes soon or not at all. */
export const ASK_CONTEXT_MS = 10 * 60_000;

/** Stores `turns` plus `turn` under each key (each key's conversation becomes exactly that). */
export function remember(store: ContextStore, keys: readonly string[], context: ConversationContext, turn: Turn): void {
  for (const key of keys) {
    store.delete(key);
    for (const earlier of context.turns) store.add(key, earlier);
    store.add(key, turn);
  }
}
