import { lookup as dnsLookup } from 'node:dns/promises';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import { Agent, request } from 'undici';
import { QaError } from '../../src/errors.ts';

/** One address a host name resolves to. */
export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Limits and hooks for {@link fetchPage}; the defaults are {@link defaultFetchOptions}. */
export interface FetchOptions {
  /** Whole fetch, redirects and body included, in ms (default 10 000). */
  timeoutMs: number;
  /** Largest body read, in bytes (default 5 MB). */
  maxBytes: number;
  /** Most redirects followed (default 5). */
  maxRedirects: number;
  /** Whether private, loopback and link-local addresses may be fetched (default false). */
  allowPrivate: boolean;
  /** Resolves a host name to its addresses (default: the system resolver, as `dns.lookup`). */
  resolve: (hostname: string) => Promise<ResolvedAddress[]>;
}

export const defaultFetchOptions: FetchOptions = {
  timeoutMs: 10_000,
  maxBytes: 5 * 1024 * 1024,
  maxRedirects: 5,
  allowPrivate: false,
  resolve: (hostname) => dnsLookup(hostname, { all: true }),
};

/** A fetched page: where it ended up after redirects, its media type and its text. */
export interface FetchedPage {
  url: string;
  /** `text/html` or `text/plain` (`application/xhtml+xml` counts as HTML). */
  type: 'text/html' | 'text/plain';
  text: string;
}

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** ipaddr.js ranges that are public; every other range (private, loopback, link-local, unique local, reserved …) is refused. */
const PUBLIC_RANGES = new Set(['unicast']);

/**
 * Fetches a web page for the knowledge: http or https only, redirects followed by hand (each
 * hop checked again), the body read up to `maxBytes`, HTML or plain text only. Unless
 * `allowPrivate`, every address a host resolves to must be public, and the connection goes to
 * the address that was checked (no second look-up). Throws a {@link QaError} with a message
 * for the user for every way this fails.
 */
export async function fetchPage(address: string, options: Partial<FetchOptions> = {}): Promise<FetchedPage> {
  const settings: FetchOptions = { ...defaultFetchOptions, ...options };
  const agent = new Agent({ connect: { lookup: guardedLookup(settings) } });
  const deadline = AbortSignal.timeout(settings.timeoutMs);
  try {
    let url = parseUrl(address);
    for (let hop = 0; ; hop++) {
      checkLiteralHost(url, settings);
      const response = await request(url, {
        dispatcher: agent,
        signal: deadline,
        headers: { accept: 'text/html, application/xhtml+xml, text/plain;q=0.8', 'user-agent': 'article-qa-bot' },
      });
      const location = response.headers.location;
      if (REDIRECTS.has(response.statusCode) && typeof location === 'string') {
        await response.body.dump();
        if (hop >= settings.maxRedirects)
          throw new QaError('FETCH_TOO_MANY_REDIRECTS', `${address} redirects more than ${settings.maxRedirects} times: give the article's final address.`);
        url = parseUrl(new URL(location, url).href);
        continue;
      }
      if (response.statusCode === 404 || response.statusCode === 410) {
        await response.body.dump();
        throw new QaError('FETCH_NOT_FOUND', `${url.href} was not found (HTTP ${response.statusCode}): check the address.`);
      }
      if (response.statusCode < 200 || response.statusCode >= 300) {
        await response.body.dump();
        throw new QaError('FETCH_HTTP_ERROR', `${url.href} answered HTTP ${response.statusCode}: try again later or save the page as .html and add the file.`);
      }
      const [mediaType, charset] = contentType(response.headers['content-type']);
      const type = HTML_TYPES.has(mediaType) ? 'text/html' : mediaType === 'text/plain' ? 'text/plain' : undefined;
      if (!type) {
        await response.body.dump();
        throw new QaError(
          'FETCH_NOT_HTML',
          `${url.href} is ${mediaType || 'of no stated type'}, not an HTML page or plain text: only web pages and text can be added.`,
        );
      }
      const declared = Number(response.headers['content-length']);
      if (declared > settings.maxBytes) {
        await response.body.dump();
        throw tooLarge(url, settings);
      }
      const bytes = await readAtMost(response.body, settings.maxBytes, url, settings);
      return { url: url.href, type, text: decode(bytes, charset ?? (type === 'text/html' ? declaredCharset(bytes) : undefined), url) };
    }
  } catch (error) {
    throw asFetchError(error, address, settings);
  } finally {
    void agent.close();
  }
}

function parseUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new QaError('FETCH_BAD_URL', `${address} is not a web address: give one starting with http:// or https://.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new QaError('FETCH_BAD_URL', `${address} is not an http or https address: only web pages can be added.`);
  }
  return url;
}

function isPublic(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return PUBLIC_RANGES.has(parsed.range());
}

function privateRefusal(host: string, address: string): QaError {
  return new QaError(
    'FETCH_PRIVATE_ADDRESS',
    `${host} resolves to ${address}, a private, loopback or link-local address: only public web pages can be added from chat.`,
  );
}

function checkLiteralHost(url: URL, settings: FetchOptions): void {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!settings.allowPrivate && ipaddr.isValid(host) && !isPublic(host)) throw privateRefusal(url.hostname, host);
}

/** A `lookup` for the socket: resolves with the injected resolver and refuses non-public addresses before connecting. */
function guardedLookup(settings: FetchOptions): LookupFunction {
  return (hostname, options, callback) => {
    settings.resolve(hostname).then(
      (addresses) => {
        const refused = settings.allowPrivate ? undefined : addresses.find((entry) => !isPublic(entry.address));
        if (refused) return callback(privateRefusal(hostname, refused.address), '', 0);
        if (addresses.length === 0) return callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), '', 0);
        if (options.all) return (callback as unknown as (error: null, all: ResolvedAddress[]) => void)(null, addresses);
        return callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

function contentType(header: string | string[] | undefined): [string, string | undefined] {
  const value = (Array.isArray(header) ? header[0] : header) ?? '';
  const [media = '', ...parameters] = value.split(';').map((part) => part.trim());
  const charset = parameters.map((part) => /^charset="?([^";]+)"?$/i.exec(part)?.[1]).find(Boolean);
  return [media.toLowerCase(), charset];
}

async function readAtMost(body: AsyncIterable<Buffer> & { destroy(): void }, maxBytes: number, url: URL, settings: FetchOptions): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > maxBytes) {
      body.destroy();
      throw tooLarge(url, settings);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: URL, settings: FetchOptions): QaError {
  return new QaError('FETCH_TOO_LARGE', `${url.href} is larger than ${formatMegabytes(settings.maxBytes)}: that is not a news article page.`);
}

function formatMegabytes(bytes: number): string {
  return `${Number((bytes / 1024 / 1024).toFixed(1))} MB`;
}

/** How far into an HTML page a `<meta charset>` is looked for (the HTML standard's pre-scan reads 1024 bytes). */
const CHARSET_SCAN_BYTES = 1024;

/** The character set a page declares in a `<meta>` near its start, when its header names none. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SCAN_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function decode(bytes: Uint8Array, charset: string | undefined, url: URL): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    throw new QaError('FETCH_NOT_HTML', `${url.href} is in an unknown character set (${charset}): save it as UTF-8 .html and add the file.`);
  }
}

function asFetchError(error: unknown, address: string, settings: FetchOptions): QaError {
  if (error instanceof QaError) return error;
  const cause = error as NodeJS.ErrnoException & { cause?: unknown };
  if (cause.cause instanceof QaError) return cause.cause;
  if (cause.name === 'TimeoutError' || cause.name === 'AbortError' || cause.code === 'UND_ERR_HEADERS_TIMEOUT' || cause.code === 'UND_ERR_BODY_TIMEOUT') {
    return new QaError('FETCH_TIMEOUT', `${address} did not answer within ${settings.timeoutMs / 1000} s: try again later.`);
  }
  const code = cause.code ?? cause.name ?? 'unknown error';
  return new QaError('FETCH_FAILED', `Cannot fetch ${address} (${code}): check the address and that the site is reachable.`);
}
