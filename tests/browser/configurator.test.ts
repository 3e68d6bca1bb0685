/**
 * The embed builder as a webmaster uses it: the BUILT page (`dist/configurator/`, served from a
 * sub-folder, so its relative URLs are proven), driven by the keyboard alone against the test
 * server's real endpoints. Needs `npm run build` first (as `npm test` does).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type * as AxeCore from 'axe-core';
import { feedUrl, plainText, until } from './support/endpoint.js';

type FrameWindow = Window & typeof globalThis & { axe?: typeof AxeCore };

let frame: HTMLIFrameElement;
let pageErrors: unknown[] = [];
const doc = (): Document => frame.contentDocument!;
const win = (): FrameWindow => frame.contentWindow as FrameWindow;
const $ = <T extends Element = HTMLElement>(selector: string): T | null => doc().querySelector<T>(selector);
const codeText = (): string => $('#embed-code-text')?.textContent ?? '';
const checkText = (): string => plainText($('#endpoint-check'));
/** The endpoint check has an answer: not under way, and something said. */
const checked = (): boolean => $('#endpoint-check')?.getAttribute('aria-busy') === 'false' && /\S/.test(checkText());
const absolute = (path: string): string => new URL(path, location.href).href;

async function openBuilder(query = ''): Promise<void> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = `/dist/configurator/index.html${query}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  pageErrors = [];
  win().addEventListener('error', (event) => pageErrors.push(event.error ?? event.message));
  win().addEventListener('unhandledrejection', (event) => pageErrors.push(event.reason));
  await until(() => codeText().includes('<script'), 8000, 'the builder to render');
  await until(() => checked(), 8000, 'the first check');
}

/** The focused element, inside the builder's frame (and the shadow roots in it). */
function focused(): Element | null {
  let element = doc().activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
}

function accessibleName(element: Element): string {
  const labelled = element.id ? doc().querySelector(`label[for="${element.id}"]`) : null;
  if (labelled) return plainText(labelled);
  const wrapping = element.closest('label');
  if (wrapping) return plainText(wrapping);
  return element.getAttribute('aria-label') ?? plainText(element);
}

/** Presses Tab until the control named `name` has focus: how a keyboard user gets there. */
async function tabTo(name: string): Promise<HTMLElement> {
  if (!doc().hasFocus()) win().focus();
  for (let presses = 0; presses < 150; presses++) {
    const element = focused();
    if (element && doc().hasFocus() && accessibleName(element) === name) return element as HTMLElement;
    await sendKeys({ press: 'Tab' });
    // Past the builder's last control focus leaves the frame: come round again from its top.
    if (!doc().hasFocus()) win().focus();
  }
  throw new Error(`No control named "${name}" reached with Tab`);
}

async function typeEndpoint(url: string): Promise<void> {
  await tabTo('Endpoint URL');
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ type: url });
  await sendKeys({ press: 'Enter' });
  await until(() => $<HTMLInputElement>('#endpoint')!.value === url, 2000, 'the field to hold the URL');
  await until(() => checked(), 8000, 'the check');
}

/** Text as a reader sees it: through shadow roots and slots, rendered nodes only. Frames have
 * classes of their own, so nodes are told apart by type, not by `instanceof`. */
function visibleText(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node.nodeType !== Node.ELEMENT_NODE) return '';
  const element = node as Element;
  if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(element.tagName) || !element.checkVisibility()) return '';
  if (element.tagName === 'SLOT') {
    const assigned = (element as HTMLSlotElement).assignedNodes({ flatten: true });
    return (assigned.length ? assigned : [...element.childNodes]).map(visibleText).join(' ');
  }
  return [...(element.shadowRoot ?? element).childNodes].map(visibleText).join(' ');
}
const normalised = (text: string): string => text.replace(/[\u00a0\u202f\s]+/g, ' ').trim();

function previewElement(tag: string): HTMLElement | null {
  return $<HTMLIFrameElement>('iframe')!.contentDocument?.querySelector<HTMLElement>(tag) ?? null;
}

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

async function axeViolations(): Promise<string[]> {
  if (!win().axe) {
    const script = doc().createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    doc().head.append(script);
    await loaded;
  }
  const axe = win().axe!;
  // The preview frame holds the elements, whose own axe tests live in a11y.test.ts.
  const results = await axe.run(doc(), {
    iframes: false,
    resultTypes: ['violations'],
    runOnly: { type: 'tag', values: WCAG },
  });
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(', ')}`,
  );
}

afterEach(() => {
  expect(pageErrors, 'errors in the builder page').to.deep.equal([]);
});

after(() => frame?.remove());

describe('embed builder: the source', function () {
  this.timeout(30_000);
  before(() => openBuilder());

  it('starts on the sample data, with its releases read and no violation', async () => {
    expect(checkText()).to.match(/Reachable\. native JSON, 8 releases read\./);
    expect(codeText()).to.include(`<news-feed src="${absolute('/dist/configurator/data/releases.json')}"></news-feed>`);
    await until(
      () => (previewElement('news-feed')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0) > 0,
      8000,
      'the preview',
    );
    expect(await axeViolations()).to.deep.equal([]);
  });

  const otherHost = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
  const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;
  const cases: [string, string, RegExp][] = [
    ['a good feed', feedUrl('native.json'), /Reachable\. native JSON, 4 releases read\./],
    ['an RSS feed', feedUrl('real-feeds/rss-macworld-relative-urls.rss'), /Reachable\. RSS 2\.0, \d+ releases read/],
    [
      'an origin that refuses CORS',
      `${otherOrigin}${feedUrl('native.json', 'cors=deny')}`,
      new RegExp(
        `refuses pages on other sites\\. Its server must send the header “Access-Control-Allow-Origin: ${location.origin}”`,
      ),
    ],
    ['a 404', feedUrl('missing.json'), /answered HTTP 404: check the address/],
    ['an HTML page', feedUrl('native.json', 'body=not-json'), /answered, but not with a feed/],
    ['an empty feed', feedUrl('empty.json'), /feed has no releases yet/],
    [
      'a feed with invalid entries',
      feedUrl('half-invalid.json'),
      /4 releases read, 4 skipped\. Skipped, and why: Entry \d+: no /,
    ],
  ];
  for (const [what, path, message] of cases) {
    it(`says so in plain words for ${what}, typed in by keyboard`, async () => {
      await typeEndpoint(new URL(path, location.href).href);
      expect(checkText()).to.match(message);
      expect($('#endpoint-check')!.getAttribute('role')).to.equal('status');
      expect(codeText()).to.include(`src="${new URL(path, location.href).href.replace(/&/g, '&amp;')}"`);
      expect(await axeViolations()).to.deep.equal([]);
    });
  }
});

describe('embed builder: each element with its options', function () {
  this.timeout(30_000);
  let manifest: { modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[] };
  before(async () => {
    manifest = (await (await fetch('/dist/custom-elements.json')).json()) as typeof manifest;
    await openBuilder();
  });

  const attributesOf = (tag: string): string[] =>
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.tagName === tag)!
      .attributes!.map((attribute) => attribute.name);
  /** Attributes with a named control of their own; the rest are labelled with their name. */
  const OWN_LABELS: Record<string, string | undefined> = {
    layout: 'Layout',
    'release-id': 'Release',
    src: 'Endpoint URL',
    lang: 'Language',
  };
  const controlNamed = (name: string): Element | undefined =>
    [...doc().querySelectorAll('input, select')].find((control) => accessibleName(control) === name);

  async function chooseElement(tag: string): Promise<void> {
    const select = (await tabTo('Element')) as HTMLSelectElement;
    for (let step = 0; step < 3 && select.value !== tag; step++) await sendKeys({ press: 'ArrowDown' });
    expect(select.value).to.equal(tag);
    await until(() => codeText().includes(`<${tag} `), 2000, `the code of <${tag}>`);
  }

  it('offers every attribute of <news-feed> from the manifest, and writes only what differs from the default', async () => {
    for (const attribute of attributesOf('news-feed')) {
      expect(controlNamed(OWN_LABELS[attribute] ?? attribute), `a control for ${attribute}`).to.exist;
    }
    const limit = await tabTo('limit');
    limit.focus();
    await sendKeys({ type: '5' });
    await until(() => codeText().includes('limit="5"'), 2000, 'limit in the code');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '10' });
    await until(() => !codeText().includes('limit='), 2000, 'the default limit left out');
    await tabTo('tag');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => /tag="training"/.test(codeText()), 2000, 'a tag from the data');
    await until(() => previewElement('news-feed')?.getAttribute('tag') === 'training', 4000, 'the preview to follow');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('<event-card>: the release comes from those of the data with an event', async () => {
    await chooseElement('event-card');
    for (const attribute of attributesOf('event-card')) {
      expect(controlNamed(OWN_LABELS[attribute] ?? attribute), `a control for ${attribute}`).to.exist;
    }
    const release = (await tabTo('Release')) as HTMLSelectElement;
    const offered = [...release.options].map((option) => option.value).filter(Boolean);
    expect(offered).to.include('rock-2024-final-stage');
    expect(offered).not.to.include('csto-anniversary');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => codeText().includes(`release-id="${offered[0]}"`), 2000, 'the release in the code');
    await until(
      () => Boolean(previewElement('event-card')?.shadowRoot?.querySelector('[part~="name"]')),
      8000,
      'the card',
    );
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('<member-states-badge>: its variants as a choice', async () => {
    await chooseElement('member-states-badge');
    for (const attribute of attributesOf('member-states-badge')) {
      expect(controlNamed(OWN_LABELS[attribute] ?? attribute), `a control for ${attribute}`).to.exist;
    }
    await tabTo('variant');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => codeText().includes('variant="codes"'), 2000, 'the variant in the code');
    expect(await axeViolations()).to.deep.equal([]);
  });
});

describe('embed builder: look, code and link', function () {
  this.timeout(40_000);
  before(() => openBuilder());

  it('warns when the chosen colours fail WCAG AA, on a dark host page', async () => {
    await tabTo('Dark host page');
    await sendKeys({ press: 'Space' });
    await tabTo('Accent colour');
    await sendKeys({ type: '#333333' });
    await sendKeys({ press: 'Tab' });
    await until(
      () => /Accent on the background: contrast 1\.\d+:1/.test(plainText($('.warnings'))),
      2000,
      'the warning',
    );
    expect(codeText()).to.include('--csto-accent: #333333;');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('copies the code with visible and announced feedback', async () => {
    await tabTo('Copy');
    await sendKeys({ press: 'Enter' });
    await until(() => plainText($('.copy-status')) !== '', 2000, 'the feedback');
    expect(plainText($('.copy-status'))).to.equal('Copied to the clipboard.');
    expect($('.copy-status')!.getAttribute('role')).to.equal('status');
  });

  it('switches tabs with the arrow keys: npm, React and Vue', async () => {
    await tabTo('Script tag');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => codeText().includes("import 'csto-widgets/news-feed';"), 2000, 'the npm tab');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => codeText().includes('return <news-feed'), 2000, 'the React tab');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => codeText().includes('<template>'), 2000, 'the Vue tab');
    expect(accessibleName(focused()!)).to.equal('Vue');
    expect(await axeViolations()).to.deep.equal([]);
  });

  it('restores the same configuration and code from its URL', async () => {
    const code = codeText();
    const query = new URL(win().location.href).search;
    expect(query).to.include('dark=1');
    await openBuilder(query);
    expect(codeText()).to.equal(code);
    expect($<HTMLInputElement>('#dark')!.checked).to.equal(true);
    expect($<HTMLInputElement>('#theme-accent')!.value).to.equal('#333333');
  });

  it('speaks Russian', async () => {
    await openBuilder('?ui=ru');
    expect(plainText($('h1'))).to.equal('Конструктор кода');
    expect(doc().documentElement.lang).to.equal('ru');
    expect(checkText()).to.match(/прочитано релизов: 8/);
    expect(await axeViolations()).to.deep.equal([]);
  });
});

describe('embed builder: the code works where it is pasted', function () {
  this.timeout(30_000);

  for (const query of [
    '',
    '?element=event-card&a.release-id=rock-2024-final-stage&lang=ru',
    '?element=member-states-badge&a.variant=codes',
  ]) {
    it(`renders the same visible text as the preview (${query || 'news-feed'})`, async () => {
      await openBuilder(query);
      const tag = /element=([a-z-]+)/.exec(query)?.[1] ?? 'news-feed';
      const code = codeText();
      expect(code).to.match(/integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/);
      const pasted = await fetch('/pasted', {
        method: 'POST',
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${code}\n</body></html>`,
      });
      const { url } = (await pasted.json()) as { url: string };
      const page = document.createElement('iframe');
      page.style.cssText = 'width: 768px; height: 900px';
      page.src = url;
      document.body.append(page);
      try {
        const shown = (): string =>
          normalised(visibleText(page.contentDocument?.querySelector(tag) ?? document.createElement('p')));
        const preview = (): string => normalised(visibleText(previewElement(tag) ?? document.createElement('p')));
        // The script runs only if the file matches its integrity hash.
        await until(
          () => shown() !== '' && shown() === preview(),
          8000,
          'the pasted page to show what the preview shows',
        );
        expect(shown().length).to.be.greaterThan(10);
      } finally {
        page.remove();
      }
    });
  }
});
