/** The handler runs still going, so shutdown can let their answers finish. */
export interface InFlight {
  /** Adds a run; it leaves the set when it settles. */
  track(work: Promise<unknown>): void;
  readonly size: number;
  /** Waits until every run tracked so far settled, or `timeoutMs` passed; true when all settled. */
  drain(timeoutMs: number): Promise<boolean>;
}

/** An empty {@link InFlight} set. */
export function createInFlight(): InFlight {
  const running = new Set<Promise<unknown>>();
  return {
    track(work) {
      running.add(work);
      const forget = () => running.delete(work);
      work.then(forget, forget);
    },
    get size() {
      return running.size;
    },
    async drain(timeoutMs) {
      if (running.size === 0) return true;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        return await Promise.race([Promise.allSettled([...running]).then(() => true), timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
