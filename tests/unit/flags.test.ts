// @vitest-environment jsdom
import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { FLAG_VIEW_BOX, flagSvg } from '../../src/components/member-states-badge/flags.js';

const CODES = ['AM', 'BY', 'KZ', 'KG', 'RU', 'TJ'];
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** Renders a flag the way the element will: inside an `<svg>` with the shared view box. */
function renderFlag(code: string): SVGSVGElement {
  const container = document.createElement('div');
  render(html`<svg viewBox=${FLAG_VIEW_BOX}>${flagSvg(code)}</svg>`, container);
  const root = container.querySelector('svg');
  if (!root) throw new Error('no <svg>');
  return root;
}

/** Every colour a flag paints with, upper-case, `#fff` spelled out. */
function colours(root: SVGSVGElement): Set<string> {
  const values = [...root.querySelectorAll('*')].flatMap((node) => [
    node.getAttribute('fill'),
    node.getAttribute('stroke'),
  ]);
  return new Set(
    values
      .filter((value): value is string => Boolean(value) && value !== 'none')
      .map((value) => value.toUpperCase().replace(/^#(.)(.)(.)$/, '#$1$1$2$2$3$3')),
  );
}

describe('flagSvg', () => {
  it.each([
    ['AM', ['#D90012', '#0033A0', '#F2A800']],
    ['BY', ['#C8313E', '#4AA657', '#FFFFFF']],
    ['KZ', ['#00AFCA', '#FEC50C']],
    ['KG', ['#E8112D', '#FFEF00']],
    ['RU', ['#FFFFFF', '#0039A6', '#D52B1E']],
    ['TJ', ['#CC0000', '#FFFFFF', '#006600', '#F8C300']],
  ])('draws %s in its colours', (code, expected) => {
    const root = renderFlag(code);
    expect(root.children.length).toBeGreaterThan(0);
    expect([...root.querySelectorAll('*')].every((node) => node.namespaceURI === SVG_NAMESPACE)).toBe(true);
    expect(colours(root)).toEqual(new Set(expected));
  });

  it.each(CODES)('keeps %s self-contained: no ids, scripts or references', (code) => {
    const root = renderFlag(code);
    for (const node of root.querySelectorAll('*')) {
      expect(node.localName).not.toBe('script');
      for (const { name, value } of node.attributes) {
        expect(name).not.toMatch(/^(id|href|xlink:href|on.*)$/);
        expect(value).not.toMatch(/url\(/);
      }
    }
  });

  it.each([
    ['ru', 'RU'],
    ['Kz', 'KZ'],
    [' tj ', 'TJ'],
  ])('reads %j as %s', (code, canonical) => {
    expect(flagSvg(code)).toBe(flagSvg(canonical));
    expect(flagSvg(code)).toBeDefined();
  });

  it.each(['XX', 'US', '', 'constructor', '__proto__', 'RUS'])('has no flag for %j', (code) => {
    expect(flagSvg(code)).toBeUndefined();
  });

  it('keeps all six flags within 1.5 KB gzip, so flags.ts stays under 2 KB', async () => {
    const markup = CODES.map((code) => flagSvg(code)?.strings.join('') ?? '').join('');
    const gzip = new Response(markup).body?.pipeThrough(new CompressionStream('gzip'));
    const octets = (await new Response(gzip).arrayBuffer()).byteLength;
    expect(octets).toBeGreaterThan(100);
    expect(octets).toBeLessThanOrEqual(1536);
  });
});
