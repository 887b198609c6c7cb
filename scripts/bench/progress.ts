/** Where the bench says what it is doing: one line on standard error, rewritten in place on a terminal. */
export interface Progress {
  /** Shows what is being done now ("building MiniSearch on XQuAD dev …"); a `transient` step (a count) only on a terminal. */
  update(text: string, transient?: boolean): void;
  /** Clears the line, so that a result printed next stands alone. */
  clear(): void;
}

/** A progress line on `stream`: rewritten in place when it is a terminal, else one line per step. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  const inPlace = stream.isTTY === true;
  let shown = false;
  return {
    update(text, transient = false) {
      if (inPlace) {
        stream.write(`\r\x1b[K${text}`);
        shown = true;
      } else if (!transient) {
        stream.write(`${text}\n`);
      }
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
