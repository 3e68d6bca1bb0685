import { expect } from '@open-wc/testing';
import type * as AxeCore from 'axe-core';
import { plainText, until } from './support/endpoint.js';

/**
 * The demo page (`demo/index.html`, what `npm start` serves) with the built script, in a frame of
 * this page: its controls change what its elements show, as the page says they do.
 * Needs `dist/` (`npm run build`), as the other tests of the built script.
 */

let demo: Document;

before(async () => {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px; border: 0';
  frame.src = '/demo/';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  demo = frame.contentDocument!;
  await until(() => Boolean(moreButton('#feed-left')), 8000, 'the left feed to show its releases');
});

after(() => document.querySelector('iframe')?.remove());

const feed = (selector: string): HTMLElement => demo.querySelector<HTMLElement>(selector)!;
const moreButton = (selector: string): HTMLElement | null | undefined =>
  feed(selector).shadowRoot?.querySelector<HTMLElement>('[part~="more"]');
/** The summaries a reader sees: the compact layout hides them. */
const summaries = (selector: string): number =>
  [...(feed(selector).shadowRoot?.querySelectorAll<HTMLElement>('[part~="summary"]') ?? [])].filter((summary) =>
    summary.checkVisibility(),
  ).length;

/** Picks an option of the control labelled `label`, as a reader does. */
function choose(label: string, value: string): void {
  const control = [...demo.querySelectorAll('label')].find((element) => element.textContent!.includes(label));
  const select = control!.querySelector('select')!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/** axe-core loaded into the demo's own window, so it checks the page as a reader gets it. */
async function axeInDemo(): Promise<typeof AxeCore> {
  const script = demo.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  demo.head.append(script);
  await loaded;
  return (demo.defaultView as unknown as { axe: typeof AxeCore }).axe;
}

describe('the demo page', () => {
  it('has a labelled control for each column language, the layout and the theme', () => {
    const form = demo.querySelector('form[aria-label]')!;
    const labels = [...form.querySelectorAll('label')].map((label) => label.firstChild!.textContent!.trim());
    expect(labels).to.deep.equal(['Left column language', 'Right column language', 'Layout of both columns', 'Theme']);
    for (const select of form.querySelectorAll('select')) expect(select.closest('label')).to.exist;
  });

  it('changes the language of a column', async () => {
    expect(plainText(moreButton('#feed-left'))).to.equal('Show more');
    choose('Left column language', 'ru');
    await until(() => plainText(moreButton('#feed-left')) === 'Показать ещё', 4000, 'the left column in Russian');
    choose('Right column language', 'en');
    await until(() => plainText(moreButton('#feed-right')) === 'Show more', 4000, 'the right column in English');
    choose('Left column language', 'en');
    await until(() => plainText(moreButton('#feed-left')) === 'Show more', 4000, 'the left column back in English');
  });

  it('changes the layout of both columns, and gives back the written one', async () => {
    expect(summaries('#feed-left')).to.be.greaterThan(0);
    choose('Layout', 'compact');
    await until(() => summaries('#feed-left') === 0, 4000, 'the left column compact');
    expect(feed('#feed-right').getAttribute('layout')).to.equal('compact');
    choose('Layout', 'card');
    await until(() => summaries('#feed-right') > 0, 4000, 'the right column as cards');
    choose('Layout', '');
    await until(() => summaries('#feed-left') > 0 && summaries('#feed-right') === 0, 4000, 'the layouts as written');
  });

  it('changes the theme of the page, and the widgets follow it', () => {
    const view = demo.defaultView!;
    const colorOf = (element: Element) => view.getComputedStyle(element).color;
    choose('Theme', 'light');
    const light = {
      page: view.getComputedStyle(demo.documentElement).backgroundColor,
      feed: colorOf(feed('#feed-left')),
    };
    choose('Theme', 'dark');
    const dark = {
      page: view.getComputedStyle(demo.documentElement).backgroundColor,
      feed: colorOf(feed('#feed-left')),
    };
    expect(dark.page).to.not.equal(light.page);
    expect(dark.feed).to.not.equal(light.feed);
    choose('Theme', 'brand');
    expect(view.getComputedStyle(feed('#feed-left')).getPropertyValue('--csto-radius').trim()).to.equal('0');
    choose('Theme', '');
    expect(demo.documentElement.hasAttribute('data-theme')).to.be.false;
  });

  it('has no axe violations (WCAG 2.2 AA), in the light and the dark theme', async () => {
    const axe = await axeInDemo();
    const rules = Object.fromEntries(axe.getRules(['wcag22aa']).map(({ ruleId }) => [ruleId, { enabled: true }]));
    for (const theme of ['light', 'dark']) {
      choose('Theme', theme);
      const { violations } = await axe.run(demo, { resultTypes: ['violations'], rules });
      expect(
        violations.map(({ id, nodes }) => `${theme}: ${id} ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
      ).to.deep.equal([]);
    }
    choose('Theme', '');
  });
});
