import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { QaError } from '../errors.ts';
import { languageOfText } from '../lang/detectLanguage.ts';
import type { Article } from '../types.ts';
import { articleId } from './articleId.ts';

type HtmlDocument = ReturnType<typeof parseHTML>['document'];
type HtmlElement = ReturnType<HtmlDocument['createElement']>;

/** Options for {@link parseHtmlArticle}. */
export interface HtmlOptions {
  /** The address the page was fetched from: relative canonical links resolve against it, and it is the source when the page names none. */
  url?: string;
}

/**
 * Page parts that are never the article, removed before Readability reads the page: its own
 * rules keep an ad or a consent dialog that sits inside the article's container under a class
 * it does not know ("ad-slot", role="dialog"), and a related-links box in an `aside`.
 */
const BOILERPLATE_TAGS = 'script:not([type="application/ld+json"]), style, noscript, template, iframe, button, nav, aside, footer, [hidden], [aria-hidden="true"], [role="dialog"], [role="alertdialog"], [role="navigation"], [role="complementary"]';

/**
 * The first word of a class or id (split at `-` and `_`) that marks an element as
 * boilerplate: ads, consent banners, comments, share bars, teaser boxes. The first word only,
 * so "ad-slot" and "cookie-banner" go but "lead" and "article-comments-count" do not.
 */
const BOILERPLATE_WORDS = new Set([
  'ad', 'ads', 'advert', 'advertisement', 'anzeige', 'werbung', 'sponsor', 'sponsored', 'promo', 'cookie', 'cookies', 'consent',
  'gdpr', 'newsletter', 'paywall', 'related', 'comment', 'comments', 'kommentare', 'share', 'social', 'outbrain', 'taboola',
]);

/** Elements that hold the article and are never removed as boilerplate, nor is any element around one of them (a page wrapper called "ad-free-layout"). */
const ARTICLE_CONTAINERS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'H1']);
const ARTICLE_INSIDE = 'main, article, h1';

/** The elements whose text becomes one paragraph each, in reading order. */
const BLOCKS = 'p, li, h2, h3, h4, h5, h6, blockquote, pre, dd, dt';

/**
 * A block whose text is at least this share link text is a list of links (a teaser list,
 * a leftover "more on this" box), not article text. A half keeps a paragraph that merely
 * links its names and drops one made of links.
 */
const MAX_LINK_SHARE = 0.5;

/**
 * The least text, in characters over all paragraphs, for a page to count as an article: a
 * front page or link list that Readability still returns has a few short headlines; the
 * shortest news item (two sentences) has more.
 */
const MIN_ARTICLE_CHARS = 200;

/**
 * A short block holding the author link or the publication time is the byline line ("Von
 * Jana Beispiel, 14. März 2025"), not a paragraph; this bounds "short".
 */
const BYLINE_MAX_CHARS = 160;

/**
 * Reads a news page with Mozilla's Readability over a linkedom DOM: the article's title, its
 * paragraphs (headings below the title and list items each their own), byline, date
 * (`YYYY-MM-DD` when the page gives it) and canonical URL as `source`. Throws a
 * {@link QaError} naming the file when the page holds no article.
 */
export function parseHtmlArticle(fileName: string, html: string, { url }: HtmlOptions = {}): Article {
  let { document } = parseHTML(html);
  // linkedom builds no <html> element around a fragment, and Readability needs one.
  if (!document.documentElement || !document.body) document = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
  const meta = pageMeta(document, url);
  removeBoilerplate(document);
  const read = readArticle(document);
  const paragraphs = read?.content ? articleParagraphs(read.content) : [];
  const length = paragraphs.reduce((total, paragraph) => total + paragraph.length, 0);
  if (!read || length < MIN_ARTICLE_CHARS) {
    throw new QaError('KNOWLEDGE_NO_ARTICLE', `${fileName} has no recognisable article (only ${length} characters of article text): save the article's own page, not a front page or list of links.`);
  }
  const title = tidy(read.title ?? '') || meta.title || paragraphs[0]!;
  const language = /^[a-z]{2}\b/i.exec(read.lang ?? meta.lang ?? '')?.[0]?.toLowerCase() ?? languageOfText(paragraphs.join(' '));
  const date = isoDate(read.publishedTime ?? undefined) ?? meta.date;
  const byline = read.byline ? tidy(read.byline) : undefined;
  return {
    id: articleId(fileName),
    title,
    paragraphs,
    language,
    ...(meta.source ? { source: meta.source } : {}),
    ...(date ? { date } : {}),
    ...(byline ? { byline } : {}),
  };
}

function readArticle(document: HtmlDocument) {
  try {
    return new Readability(document as never, { serializer: (node) => node as unknown as HtmlElement }).parse();
  } catch {
    // Markup so broken that Readability cannot walk it holds no article to read.
    return null;
  }
}

function removeBoilerplate(document: HtmlDocument): void {
  for (const node of [...document.querySelectorAll(BOILERPLATE_TAGS)]) node.remove();
  for (const node of [...document.querySelectorAll('[class], [id]')]) {
    if (ARTICLE_CONTAINERS.has(node.tagName) || !node.isConnected || node.querySelector(ARTICLE_INSIDE)) continue;
    const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`.toLowerCase().split(/\s+/);
    if (names.some((name) => BOILERPLATE_WORDS.has(name.split(/[-_]/)[0]!))) node.remove();
  }
}

function articleParagraphs(content: HtmlElement): string[] {
  const paragraphs: string[] = [];
  for (const block of content.querySelectorAll(BLOCKS)) {
    if (block.querySelector(BLOCKS)) continue;
    const text = tidy(block.textContent ?? '');
    if (text === '' || isByline(block, text)) continue;
    const linkText = [...block.querySelectorAll('a')].reduce((total, link) => total + tidy(link.textContent ?? '').length, 0);
    if (linkText >= text.length * MAX_LINK_SHARE) continue;
    paragraphs.push(text);
  }
  return paragraphs;
}

function isByline(block: HtmlElement, text: string): boolean {
  return text.length <= BYLINE_MAX_CHARS && block.querySelector('[rel~="author"], time, [class*="author" i]') !== null;
}

interface PageMeta {
  title?: string;
  lang?: string;
  source?: string;
  date?: string;
}

function pageMeta(document: HtmlDocument, url: string | undefined): PageMeta {
  const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || undefined;
  const canonical = absoluteHttpUrl(attribute('link[rel~="canonical"]', 'href') ?? attribute('meta[property="og:url"]', 'content'), url);
  const source = canonical ?? absoluteHttpUrl(url, undefined);
  const date = isoDate(attribute('meta[property="article:published_time"]', 'content') ?? attribute('meta[name="date"]', 'content') ?? attribute('time[datetime]', 'datetime'));
  const title = tidy(attribute('meta[property="og:title"]', 'content') ?? document.querySelector('title')?.textContent ?? '') || undefined;
  const lang = document.documentElement?.getAttribute('lang') ?? undefined;
  return { ...(title ? { title } : {}), ...(lang ? { lang } : {}), ...(source ? { source } : {}), ...(date ? { date } : {}) };
}

function absoluteHttpUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const resolved = new URL(href, base);
    return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

function isoDate(value: string | undefined): string | undefined {
  return value ? /^\d{4}-\d{2}-\d{2}/.exec(value.trim())?.[0] : undefined;
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
