import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage } from '../adapters/common/fetchPage.ts';
import { startNewsServer, type NewsServer } from './helpers/newsServer.ts';

let site: NewsServer;
beforeAll(async () => {
  site = await startNewsServer();
});
afterAll(() => site.close());

const local = { allowPrivate: true } as const;

describe('fetchPage', () => {
  it('fetches an HTML page and says where it ended up', async () => {
    const page = await fetchPage(site.url('/lokales/neue-faehre.html'), local);
    expect(page).toMatchObject({ url: site.url('/lokales/neue-faehre.html'), type: 'text/html' });
    expect(page.text).toContain('Elektrofähre');
  });

  it('decodes a page in the character set its <meta> declares', async () => {
    const page = await fetchPage(site.url('/latin1.html'), local);
    expect(page.text).toContain('Der Hafen von Lindenau bekommt im Herbst eine neue Elektrofähre.');
    expect(page.text).toContain('Bürgermeisterin Petra Probe');
  });

  it('follows a redirect to the article', async () => {
    const page = await fetchPage(site.url('/kurz/faehre'), local);
    expect(page.url).toBe(site.url('/lokales/neue-faehre.html'));
  });

  it('gives up after 5 redirects', async () => {
    await expect(fetchPage(site.url('/loop'), local)).rejects.toMatchObject({
      code: 'FETCH_TOO_MANY_REDIRECTS',
      message: `${site.url('/loop')} redirects more than 5 times: give the article's final address.`,
    });
  });

  it('says a missing page was not found', async () => {
    await expect(fetchPage(site.url('/gibt-es-nicht.html'), local)).rejects.toMatchObject({
      code: 'FETCH_NOT_FOUND',
      message: `${site.url('/gibt-es-nicht.html')} was not found (HTTP 404): check the address.`,
    });
  });

  it('says when the site answers with an error or cannot be reached', async () => {
    await expect(fetchPage(site.url('/wartung.html'), local)).rejects.toMatchObject({
      code: 'FETCH_HTTP_ERROR',
      message: `${site.url('/wartung.html')} answered HTTP 503: try again later or save the page as .html and add the file.`,
    });
    const closed = await startNewsServer();
    const address = closed.url('/lokales/neue-faehre.html');
    await closed.close();
    await expect(fetchPage(address, local)).rejects.toMatchObject({
      code: 'FETCH_FAILED',
      message: `Cannot fetch ${address} (ECONNREFUSED): check the address and that the site is reachable.`,
    });
  });

  it('stops reading a page larger than 5 MB', async () => {
    await expect(fetchPage(site.url('/huge.html'), local)).rejects.toMatchObject({
      code: 'FETCH_TOO_LARGE',
      message: `${site.url('/huge.html')} is larger than 5 MB: that is not a news article page.`,
    });
  });

  it('refuses a PDF', async () => {
    await expect(fetchPage(site.url('/bericht.pdf'), local)).rejects.toMatchObject({
      code: 'FETCH_NOT_HTML',
      message: `${site.url('/bericht.pdf')} is application/pdf, not an HTML page or plain text: only web pages and text can be added.`,
    });
  });

  it('times out on a page that does not answer, after the timeout it is given', async () => {
    await expect(fetchPage(site.url('/slow.html'), { ...local, timeoutMs: 300 })).rejects.toMatchObject({
      code: 'FETCH_TIMEOUT',
      message: `${site.url('/slow.html')} did not answer within 0.3 s: try again later.`,
    });
  });

  it('refuses addresses that are not http or https', async () => {
    await expect(fetchPage('file:///etc/passwd')).rejects.toMatchObject({
      code: 'FETCH_BAD_URL',
      message: 'file:///etc/passwd is not an http or https address: only web pages can be added.',
    });
    await expect(fetchPage('nicht eine adresse')).rejects.toMatchObject({
      code: 'FETCH_BAD_URL',
      message: 'nicht eine adresse is not a web address: give one starting with http:// or https://.',
    });
  });
});

describe('fetchPage refuses private addresses by default', () => {
  it('refuses a loopback address without connecting', async () => {
    const before = site.requests.length;
    await expect(fetchPage(site.url('/lokales/neue-faehre.html'))).rejects.toMatchObject({
      code: 'FETCH_PRIVATE_ADDRESS',
      message: '127.0.0.1 resolves to 127.0.0.1, a private, loopback or link-local address: only public web pages can be added from chat.',
    });
    expect(site.requests.length).toBe(before);
  });

  it('refuses a name that resolves to a loopback address, after resolving it', async () => {
    const resolve = async (hostname: string) => (hostname === 'zeitung.test' ? [{ address: '127.0.0.1', family: 4 }] : []);
    const before = site.requests.length;
    await expect(fetchPage(`http://zeitung.test:${site.port}/lokales/neue-faehre.html`, { resolve })).rejects.toMatchObject({
      code: 'FETCH_PRIVATE_ADDRESS',
      message: 'zeitung.test resolves to 127.0.0.1, a private, loopback or link-local address: only public web pages can be added from chat.',
    });
    expect(site.requests.length).toBe(before);
  });

  it('refuses link-local, private and IPv6 loopback literals', async () => {
    for (const host of ['169.254.169.254', '10.0.0.1', '192.168.1.20', '[::1]', '[fe80::1]']) {
      await expect(fetchPage(`http://${host}/`)).rejects.toMatchObject({ code: 'FETCH_PRIVATE_ADDRESS' });
    }
  });

  it('refuses a redirect from a public name to a private address', async () => {
    const resolve = async (hostname: string) =>
      hostname === 'zeitung.test' ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '93.184.215.14', family: 4 }];
    await expect(fetchPage(`http://zeitung.test:${site.port}/kurz/faehre`, { resolve, allowPrivate: false })).rejects.toMatchObject({
      code: 'FETCH_PRIVATE_ADDRESS',
    });
  });

  it('reaches a name resolving to 127.0.0.1 when private addresses are allowed', async () => {
    const resolve = async () => [{ address: '127.0.0.1', family: 4 }];
    const page = await fetchPage(`http://zeitung.test:${site.port}/lokales/neue-faehre.html`, { resolve, allowPrivate: true });
    expect(page.text).toContain('Elektrofähre');
  });
});
