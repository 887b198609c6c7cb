import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures', 'web');
const page = (name: string) => readFileSync(path.join(FIXTURES, name));

/** How long the slow page waits before it answers: far past any timeout the tests set. */
const SLOW_PAGE_DELAY_MS = 30_000;
/** Size of the oversized page: past the 5 MB limit. */
const HUGE_PAGE_BYTES = 6 * 1024 * 1024;

/** A fake news site on 127.0.0.1 (port 0) serving the pages under `test/fixtures/web/` and every failure a fetch must handle. */
export interface NewsServer {
  url(pathname: string): string;
  port: number;
  /** Paths requested, with their query, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startNewsServer(): Promise<NewsServer> {
  const requests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const send = (response: ServerResponse, status: number, type: string, body: string | Buffer) => {
    response.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
    response.end(body);
  };
  const server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push(request.url ?? '/');
    switch (pathname) {
      case '/lokales/neue-faehre.html':
        return send(response, 200, 'text/html; charset=utf-8', page('news-article.html'));
      case '/en/repair-cafe.html':
        return send(response, 200, 'text/html', page('english-article.html'));
      case '/index.html':
        return send(response, 200, 'text/html; charset=utf-8', page('no-article.html'));
      case '/latin1.html':
        // An older site: Latin-1, declared only in the page, not in the header.
        return send(
          response,
          200,
          'text/html',
          Buffer.from(
            page('news-article.html').toString().replace('<meta charset="utf-8">', '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1">'),
            'latin1',
          ),
        );
      case '/notiz.txt':
        return send(response, 200, 'text/plain; charset=utf-8', page('notiz.txt'));
      case '/kurz/faehre':
        response.writeHead(301, { location: '/lokales/neue-faehre.html' });
        return response.end();
      case '/loop': {
        const hop = Number(new URL(request.url ?? '/', 'http://localhost').searchParams.get('hop') ?? 0);
        response.writeHead(302, { location: `/loop?hop=${hop + 1}` });
        return response.end();
      }
      case '/huge.html': {
        // Sent in chunks without a length, so only counting the body can stop it.
        response.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < HUGE_PAGE_BYTES) {
            sent += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        return pump();
      }
      case '/wartung.html':
        return send(response, 503, 'text/html', '<!DOCTYPE html><title>Wartung</title><p>Wir sind gleich zurück.</p>');
      case '/bericht.pdf':
        return send(response, 200, 'application/pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n'));
      case '/slow.html': {
        const timer = setTimeout(() => send(response, 200, 'text/html', page('news-article.html')), SLOW_PAGE_DELAY_MS);
        timers.add(timer);
        return;
      }
      default:
        return send(response, 404, 'text/html', '<!DOCTYPE html><title>Nicht gefunden</title><h1>404 – Seite nicht gefunden</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    url: (pathname) => `http://127.0.0.1:${port}${pathname}`,
    close: async () => {
      timers.forEach(clearTimeout);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
