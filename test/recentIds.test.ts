import { describe, expect, it } from 'vitest';
import { createRecentIds } from '../adapters/common/recentIds.ts';

describe('recent ids (delivery de-duplication)', () => {
  it('knows an id again within the window and forgets it after', () => {
    let time = 0;
    const recent = createRecentIds({ windowMs: 1000, maxIds: 10, now: () => time });
    expect(recent.seenBefore('a')).toBe(false);
    time = 999;
    expect(recent.seenBefore('a')).toBe(true);
    time = 1000;
    expect(recent.seenBefore('a')).toBe(false);
  });

  it('keeps at most maxIds, forgetting the oldest first', () => {
    const recent = createRecentIds({ windowMs: 60_000, maxIds: 3, now: () => 0 });
    for (const id of ['a', 'b', 'c', 'd']) expect(recent.seenBefore(id)).toBe(false);
    expect(recent.size).toBe(3);
    expect(recent.seenBefore('d')).toBe(true);
    expect(recent.seenBefore('a')).toBe(false);
  });
});
