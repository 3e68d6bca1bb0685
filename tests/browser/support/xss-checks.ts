/**
 * What counts as an XSS finding in the elements' shadow roots, and the trap that records any
 * script run, for the tests that push the XSS corpus through every field (xss.test.ts,
 * xss-feeds.test.ts).
 */

declare global {
  interface Window {
    __xssTrap: (...args: unknown[]) => void;
    __xssTrapCalls: string[];
  }
}

/**
 * Records whatever runs, without showing it: the corpus calls `alert` (rewritten to `__xssTrap`),
 * and vectors that spell `alert` some other way still reach one of the dialog functions.
 * Returns the calls and the CSP violations seen from now on.
 */
export function armXssTrap(): { calls: string[]; violations: string[] } {
  window.__xssTrapCalls = [];
  window.__xssTrap = (...args) => void window.__xssTrapCalls.push(`__xssTrap(${args.map(String).join(', ')})`);
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) =>
      void window.__xssTrapCalls.push(`${name}(${args.map(String).join(', ')})`);
  }
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
  );
  return { calls: window.__xssTrapCalls, violations };
}

const DANGEROUS_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'base',
  'meta',
  'link',
  'style',
  'noscript',
  'svg:not([part="flag"])',
  'math',
  'input',
  'textarea',
  'select',
  'portal',
];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'srcset',
  'poster',
  'background',
  'data',
  'ping',
  'srcdoc',
];
// Browsers drop ASCII whitespace and control characters anywhere in a scheme before they read it.
const DANGEROUS_URL = /^(javascript|vbscript|data:text\/html|livescript|mocha)/i;
// eslint-disable-next-line no-control-regex -- control characters are exactly what browsers strip
const normaliseUrl = (value: string): string => value.replace(/[\u0000-\u0020\u007f-\u00a0]/g, '').toLowerCase();

function* shadowRootsIn(root: ParentNode): Generator<ShadowRoot> {
  for (const element of root.querySelectorAll('*')) {
    if (!element.shadowRoot) continue;
    yield element.shadowRoot;
    yield* shadowRootsIn(element.shadowRoot);
  }
}

/** Where a finding sits: the release or state it belongs to, so a failure names its vector. */
function locate(element: Element): string {
  const owner = element.closest('article[id], [data-code]');
  const host = (element.getRootNode() as ShadowRoot).host?.localName ?? 'document';
  return `<${host}> ${owner?.id || owner?.getAttribute('data-code') || ''} <${element.localName}>`;
}

/** Everything dangerous in the shadow roots under `root`. */
export function dangersIn(root: ParentNode): string[] {
  const found: string[] = [];
  let roots = 0;
  for (const shadow of shadowRootsIn(root)) {
    roots++;
    for (const element of shadow.querySelectorAll(DANGEROUS_ELEMENTS.join(',')))
      found.push(`element ${locate(element)}`);
    for (const element of shadow.querySelectorAll('*')) {
      for (const { name, value } of element.attributes) {
        if (name.startsWith('on')) found.push(`${name} on ${locate(element)}`);
        if (URL_ATTRIBUTES.includes(name) && DANGEROUS_URL.test(normaliseUrl(value))) {
          found.push(`${name}="${value.slice(0, 60)}" on ${locate(element)}`);
        }
      }
    }
    // Endpoint HTML may not restyle anything: our allow-list has no `style` attribute.
    for (const element of shadow.querySelectorAll(
      '[part~="body"] [style], [part~="body"] [class], [part~="body"] [id]',
    )) {
      found.push(`styling attribute on ${locate(element)}`);
    }
    // Endpoint links never keep a handle on this page.
    for (const link of shadow.querySelectorAll('[part~="body"] a[href]')) {
      if (link.getAttribute('rel') !== 'noopener noreferrer')
        found.push(`rel="${link.getAttribute('rel')}" on ${locate(link)}`);
    }
  }
  if (roots === 0) found.push('no shadow root rendered at all');
  return found;
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Rendered, painted, and images given time to load or fail (an `onerror` would fire by then).
 * The one fixed wait: there is no event for "no handler ran".
 */
export async function settle(elements: Element[]): Promise<void> {
  for (const element of elements) await (element as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  await nextFrame();
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 300));
  await nextFrame();
}
