import type { Engine } from '../../src/engine.ts';

/** The engine a running bot asks; `replace` swaps in a new one whole (hot reload). */
export interface LiveEngine {
  current(): Engine;
  replace(engine: Engine): void;
}

/** Holds the current engine. Each question reads `current()` once, so it never sees half an index. */
export function createLiveEngine(engine: Engine): LiveEngine {
  let active = engine;
  return {
    current: () => active,
    replace: (next) => {
      active = next;
    },
  };
}
