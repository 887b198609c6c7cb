/** Options for {@link createRecentIds}. */
export interface RecentIdsOptions {
  /** How long an id is remembered, in ms. */
  windowMs: number;
  /** Most ids remembered at once; the oldest are forgotten first past it. */
  maxIds: number;
  /** Clock, injectable for tests (default `Date.now`). */
  now?: () => number;
}

/** Ids seen within a time window, in bounded memory. */
export interface RecentIds {
  /** True when `id` was already seen within the window; else remembers it and returns false. */
  seenBefore(id: string): boolean;
  readonly size: number;
}

/**
 * A set of recently seen ids. Every id lives equally long, so the Map's insertion order is
 * also expiry order: forgetting works from the front, O(1) per id.
 */
export function createRecentIds({ windowMs, maxIds, now = Date.now }: RecentIdsOptions): RecentIds {
  const expiries = new Map<string, number>();
  const forget = (time: number) => {
    for (const [id, expiry] of expiries) {
      if (expiry > time && expiries.size <= maxIds) break;
      expiries.delete(id);
    }
  };
  return {
    seenBefore(id) {
      const time = now();
      forget(time);
      if (expiries.has(id)) return true;
      expiries.set(id, time + windowMs);
      forget(time);
      return false;
    },
    get size() {
      return expiries.size;
    },
  };
}
