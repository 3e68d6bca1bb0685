// @vitest-environment jsdom
// jsdom, not happy-dom: DOMPurify under happy-dom keeps `<img onerror>` (see TOOLCHAIN.md).
import { describe, expect, it } from 'vitest';
import { createHtmlSanitizer, MAX_BODY_LENGTH, safeBodyHtml, sanitizeHtml } from '../../src/data/sanitize.js';

/** The sanitiser's allow-list, under jsdom; the browser corpus test is tests/browser/xss.test.ts. */

const sanitize = createHtmlSanitizer(window);

/** The sanitised HTML as a fragment, to ask about elements and attributes. */
function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = sanitize(html);
  return container;
}

describe('sanitizeHtml under jsdom', () => {
  it.each([
    ['paragraphs and emphasis', '<p>a <strong>b</strong> <em>c</em> <b>d</b> <i>e</i></p>'],
    ['lists', '<ul><li>a</li></ul><ol><li>b</li></ol>'],
    ['headings and quotes', '<h2>a</h2><h3>b</h3><blockquote>c</blockquote><q>d</q>'],
    [
      'tables',
      '<table><caption>c</caption><thead><tr><th scope="col">h</th></tr></thead><tbody><tr><td colspan="2">d</td></tr></tbody></table>',
    ],
  ])('keeps %s as they are', (_, html) => {
    expect(sanitize(html)).toBe(html);
  });

  it.each([
    ['<script>', '<p>a</p><script>alert(1)</script>', 'script'],
    ['<iframe>', '<iframe src="https://example.org"></iframe>', 'iframe'],
    ['<object>', '<object data="x"></object>', 'object'],
    ['<embed>', '<embed src="x">', 'embed'],
    ['<form>', '<form action="https://example.org"><input name="q"></form>', 'form, input'],
    ['<style>', '<style>*{display:none}</style>', 'style'],
    ['<base>', '<base href="https://evil.example/">', 'base'],
    ['<meta>', '<meta http-equiv="refresh" content="0">', 'meta'],
    ['<svg>', '<svg onload="alert(1)"></svg>', 'svg'],
    ['<h1> (the page has its own)', '<h1>t</h1>', 'h1'],
  ])('removes %s', (_, html, selector) => {
    expect(parse(html).querySelector(selector)).toBeNull();
  });

  it.each([
    ['onerror', '<img src="x.png" onerror="alert(1)">'],
    ['onclick', '<p onclick="alert(1)">x</p>'],
    ['style', '<p style="position:fixed">x</p>'],
    ['class', '<p class="admin">x</p>'],
    ['id', '<p id="main">x</p>'],
    ['data-*', '<p data-x="1">x</p>'],
    ['target', '<a href="https://example.org" target="_blank">x</a>'],
  ])('drops the %s attribute', (attribute, html) => {
    const element = parse(html).firstElementChild!;
    expect(element.hasAttribute(attribute === 'data-*' ? 'data-x' : attribute)).toBe(false);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    '&#106;avascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
  ])('strips the URL %j from links and images', (url) => {
    const fragment = parse(`<a href="${url}">x</a><img src="${url}" alt="">`);
    expect(fragment.querySelector('a')!.hasAttribute('href')).toBe(false);
    expect(fragment.querySelector('img')?.hasAttribute('src') ?? false).toBe(false);
  });

  it.each([
    'https://example.org/a',
    'http://example.org/',
    'mailto:press@example.org',
    '/news/1',
    'news/1',
    '#top',
    '?page=2',
  ])('keeps the URL %j', (url) => {
    expect(parse(`<a href="${url}">x</a>`).querySelector('a')!.getAttribute('href')).toBe(url);
  });

  it('gives every link rel="noopener noreferrer", replacing what the author wrote', () => {
    const links = parse('<a href="https://example.org">a</a><a href="/x" rel="opener">b</a>').querySelectorAll('a');
    for (const link of links) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('makes images lazy and asynchronous', () => {
    const image = parse('<img src="https://example.org/a.jpg" alt="a">').querySelector('img')!;
    expect(image.getAttribute('loading')).toBe('lazy');
    expect(image.getAttribute('decoding')).toBe('async');
    expect(image.getAttribute('alt')).toBe('a');
  });

  it('is what sanitizeHtml uses on a page', () => {
    expect(sanitizeHtml('<p onclick="x()">a</p><script>b</script>')).toBe('<p>a</p>');
  });
});

describe('safeBodyHtml', () => {
  it('turns a plain-text body into paragraphs and sanitises an HTML one', () => {
    expect(safeBodyHtml('One p>\nTwo < three')).toBe('<p>One</p><p>Two &lt; three</p>');
    expect(safeBodyHtml('<p onclick="x()">Hi</p><script>x()</script>')).toBe('<p>Hi</p>');
  });

  it('cuts a body longer than MAX_BODY_LENGTH, markup and all', () => {
    const html = safeBodyHtml(`<p>${'<b>word</b> '.repeat(50_000)}</p>`);
    expect(html.length).toBeLessThan(MAX_BODY_LENGTH * 1.1);
    expect(html.endsWith('…</p>')).toBe(true);
    // 50 000 elements through jsdom: seconds on a busy machine. A limit against hangs, not a benchmark.
  }, 30_000);
});

describe('sanitizer without a DOM', () => {
  it('returns escaped text: nothing to run, the words still there', () => {
    const escape = createHtmlSanitizer(undefined);
    const out = escape('<p>Rock &amp; roll</p><img src=x onerror=alert(1)><script>alert(2)</script>');
    expect(out).not.toMatch(/<[a-z]/i);
    expect(out).toContain('Rock &amp; roll');
  });
});
