import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream of UTF-8 text (invalid bytes read as U+FFFD). Only `\n` ends a line,
 * and a `\r` right before it is dropped (`\r\n`); a lone `\r` is part of the line, so the
 * answers stay in step with the input lines. The last line needs no `\n`. Each chunk is
 * searched once, so a very long line costs time in proportion to its length.
 */
export async function* readLines(input: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending: string[] = [];
  const take = (last: string) => {
    const line = pending.join('') + last;
    pending = [];
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of input) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield take(text.slice(start, end));
      start = end + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  }
  const rest = decoder.end();
  if (rest !== '') pending.push(rest);
  if (pending.length > 0) yield take('');
}
