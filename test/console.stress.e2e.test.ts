import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** Line `i` of the stress input: questions, blanks, long lines, invalid UTF-8, markup, controls, emoji. */
function line(i: number): Buffer {
  const tag = `q${i}`;
  switch (i % 10) {
    case 0:
      return Buffer.from('');
    case 1:
      return Buffer.from(`Wer ist der NATO-Generalsekretär? ${tag}`);
    case 2:
      return Buffer.from(`${tag} ${'lang '.repeat(300)}`);
    case 3:
      return Buffer.concat([Buffer.from(`${tag} `), Buffer.from([0xc3, 0x28, 0xff, 0xfe])]);
    case 4:
      return Buffer.from(`${tag} <script>alert(1)</script> @everyone <@&123> <!channel>`);
    case 5:
      return Buffer.from(`${tag} \u0000\u0007\u200b\u202e Wie viel Geld 2024?`);
    case 6:
      return Buffer.from(`${tag} 😀🇺🇦🎉`);
    case 7:
      return Buffer.from(`How much money did NATO allies provide in 2024? ${tag}`);
    case 8:
      return Buffer.from(`${tag}\r`);
    default:
      return Buffer.from(`${tag} Wie wird das Wetter morgen?`);
  }
}

describe('the console bot under 10,000 lines of mixed input', () => {
  it('writes exactly one JSON line per input line, in input order, and exits 0', async () => {
    const count = 10_000;
    const input = Buffer.concat(Array.from({ length: count }, (_, i) => Buffer.concat([line(i), Buffer.from('\n')])));
    const { code, stdout } = await new Promise<{ code: number | null; stdout: string }>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/console/main.ts', '--json'], {
        cwd: root,
        env: { ...process.env, KNOWLEDGE_DIR: '' },
      });
      const out: Buffer[] = [];
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('the console bot did not finish 10,000 lines in 60 s'));
      }, 60_000);
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.on('close', (exit) => {
        clearTimeout(timer);
        resolve({ code: exit, stdout: Buffer.concat(out).toString('utf8') });
      });
      child.stdin.end(input);
    });
    expect(code).toBe(0);
    const replies = stdout
      .split('\n')
      .filter(Boolean)
      .map((text) => JSON.parse(text) as { question: string; answered: boolean; answer: string });
    expect(replies).toHaveLength(count);
    replies.forEach((reply, i) => {
      if (i % 10 === 0) expect(reply.question).toBe('');
      else expect(reply.question).toContain(`q${i}`);
      expect(typeof reply.answer).toBe('string');
    });
    expect(replies.filter((reply, i) => i % 10 === 1 && reply.answer.includes('Mark Rutte'))).toHaveLength(count / 10);
  }, 90_000);
});
