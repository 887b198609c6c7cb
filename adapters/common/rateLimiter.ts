/** Options for {@link createRateLimiter}. */
export interface RateLimitOptions {
  /** Questions allowed per window (default 5). */
  limit: number;
  /** Window length in milliseconds (default 30 000). */
  windowMs: number;
  /** Clock, injectable for tests (default `Date.now`). */
  now: () => number;
}

const defaults: RateLimitOptions = { limit: 5, windowMs: 30_000, now: Date.now };

/** A sliding-window limit per user: `allow(user)` is false once they asked `limit` times in the window. */
export function createRateLimiter(options: Partial<RateLimitOptions> = {}) {
  const { limit, windowMs, now } = { ...defaults, ...options };
  const recent = new Map<string, number[]>();
  let lastSweep = now();

  return {
    allow(user: string): boolean {
      const time = now();
      const kept = (recent.get(user) ?? []).filter((at) => time - at < windowMs);
      if (kept.length >= limit) {
        recent.set(user, kept);
        return false;
      }
      kept.push(time);
      recent.set(user, kept);
      // Forget idle users once a window, so the map does not grow with every user ever seen;
      // a sweep costs one pass over the users, so once a window keeps each check O(1) on average.
      if (time - lastSweep >= windowMs) {
        lastSweep = time;
        for (const [key, times] of recent) if (times.every((at) => time - at >= windowMs)) recent.delete(key);
      }
      return true;
    },
  };
}
