/**
 * `<news-feed controls>`: the reader's search, filters, count, "nothing matches" and the search
 * of older pages, in English and Russian, against the test endpoint. Fixtures: search/fifty.json
 * (50 releases; "Interaction" in 3 titles; "Объединённого" in one title and one body) and the
 * chain/ pages (4 pages of 5, each linking the next; slow-1.json's next answers after 3 s).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type * as AxeCore from 'axe-core';
// Registers `window.axe` (a UMD bundle, not an ES module).
import 'axe-core/axe.min.js';
import '../../src/components/news-feed/define.js';
import type { NewsFeed } from '../../src/components/news-feed/news-feed.js';
import { configure, resetConfig } from '../../src/config.js';
import { clearFeedCache } from '../../src/data/load-feed.js';
import { forgetFeeds } from '../../src/data/stale-store.js';
import { feedUrl, plainText, until, watchPageErrors } from './support/endpoint.js';

const parts = (el: Element, name: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
const part = (el: Element, name: string): HTMLElement | undefined => parts(el, name)[0];
const titles = (el: Element): string[] => parts(el, 'title').map((node) => plainText(node));
const searchField = (el: Element): HTMLInputElement => part(el, 'search') as HTMLInputElement;
const filter = (el: Element, key: string): HTMLSelectElement => part(el, `${key}-filter`) as HTMLSelectElement;

async function loadedFeed(template: ReturnType<typeof html>): Promise<NewsFeed> {
  const el = await fixture<NewsFeed>(template);
  await oneEvent(el, 'csto-load');
  await el.updateComplete;
  return el;
}

/** Types `text` into the search field as a reader's input would arrive. */
async function search(el: NewsFeed, text: string): Promise<void> {
  const field = searchField(el);
  field.value = text;
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  // The search part loads with the first toolbar; the toolbar is busy until it is here.
  await until(() => part(el, 'toolbar')?.getAttribute('aria-busy') === 'false', 4000, 'the search part');
  await el.updateComplete;
}

async function choose(el: NewsFeed, key: string, value: string): Promise<void> {
  const select = filter(el, key);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** The accessible name a label gives a control inside the shadow root. */
const labelOf = (el: Element, control: HTMLElement): string =>
  plainText(el.shadowRoot!.querySelector(`label[for="${control.id}"]`));

const axe = (window as unknown as { axe: typeof AxeCore }).axe;
const WCAG22_RULES = Object.fromEntries(axe.getRules(['wcag22aa']).map(({ ruleId }) => [ruleId, { enabled: true }]));

async function expectNoViolations(el: Element, state: string): Promise<void> {
  const results = await axe.run(el, { resultTypes: ['violations'], rules: WCAG22_RULES });
  const found = results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)} — ${node.failureSummary ?? ''}`),
  );
  expect(found, state).to.deep.equal([]);
}

let pageErrors: ReturnType<typeof watchPageErrors>;
beforeEach(() => {
  clearFeedCache();
  forgetFeeds();
  configure({ retries: 0, timeout: 5000 });
  pageErrors = watchPageErrors();
});
afterEach(() => {
  pageErrors.stop();
  resetConfig();
  expect(pageErrors.errors, 'no error reaches the host page').to.deep.equal([]);
});

describe('<news-feed controls> search', () => {
  it('has no toolbar without `controls`', async () => {
    const el = await loadedFeed(html`<news-feed src=${feedUrl('search/fifty.json')}></news-feed>`);
    expect(part(el, 'toolbar')).to.equal(undefined);
  });

  it('narrows 50 releases to the 3 that match, and announces the count politely', async () => {
    const el = await loadedFeed(html`<news-feed controls limit="50" src=${feedUrl('search/fifty.json')}></news-feed>`);
    const toolbar = part(el, 'toolbar')!;
    expect(toolbar.getAttribute('role')).to.equal('search');
    expect(searchField(el).type).to.equal('search');
    expect(labelOf(el, searchField(el))).to.equal('Search releases');
    expect(parts(el, 'item')).to.have.length(50);
    const count = part(el, 'count')!;
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.getAttribute('aria-live')).to.equal('polite');
    expect(plainText(count)).to.equal('50 releases');

    await search(el, 'interaction');
    expect(titles(el)).to.deep.equal([
      'Interaction-2023 exercise opens in Belarus',
      'Interaction-2024 exercise in Kyrgyzstan',
      'Results of the Interaction exercise',
    ]);
    expect(plainText(part(el, 'count'))).to.equal('3 releases match');

    await search(el, 'INTERACTION-2024');
    expect(titles(el)).to.deep.equal(['Interaction-2024 exercise in Kyrgyzstan']);
    expect(plainText(part(el, 'count'))).to.equal('1 release matches');
  });

  it('finds "Объединённого" for "объединенного", in a title and in a body, in Russian', async () => {
    const el = await fixture<NewsFeed>(
      html`<news-feed controls lang="ru" limit="50" src=${feedUrl('search/fifty.json')}></news-feed>`,
    );
    await until(() => parts(el, 'item').length === 50, 4000, 'the Russian feed');
    expect(labelOf(el, searchField(el))).to.equal('Поиск по пресс-релизам');
    expect(plainText(part(el, 'count'))).to.equal('50 пресс-релизов');
    await search(el, 'объединенного');
    expect(parts(el, 'item').map((item) => item.id)).to.deep.equal(['item-s-08', 'item-s-21']);
    expect(titles(el)[1]).to.equal('Заседание Объединённого штаба');
    expect(plainText(part(el, 'count'))).to.equal('Найдено 2 пресс-релиза');
  });

  it('matches a word by its beginning: "учени" finds "учения" and "учения"', async () => {
    const el = await loadedFeed(
      html`<news-feed controls lang="ru" limit="50" src=${feedUrl('search/fifty.json')}></news-feed>`,
    );
    await search(el, 'учени');
    expect(titles(el)).to.deep.equal([
      'В Беларуси начались учения «Взаимодействие-2023»',
      'Учения «Взаимодействие-2024» в Кыргызстане',
      'Итоги учения «Взаимодействие»',
    ]);
    await search(el, 'ения');
    expect(parts(el, 'item')).to.have.length(0);
  });

  it('combines the tag, member-state and year filters with the search, built from the data', async () => {
    const el = await loadedFeed(html`<news-feed controls limit="50" src=${feedUrl('search/fifty.json')}></news-feed>`);
    expect([...filter(el, 'tag').options].map((option) => option.value)).to.include.members([
      '',
      'training',
      'council',
      'briefing',
    ]);
    expect([...filter(el, 'year').options].map((option) => option.value)).to.deep.equal(['', '2024', '2023']);
    await choose(el, 'tag', 'training');
    expect(parts(el, 'item')).to.have.length(12);
    await choose(el, 'state', 'KG');
    expect(parts(el, 'item').map((item) => item.id)).to.deep.equal([
      'item-s-09',
      'item-s-17',
      'item-s-19',
      'item-s-33',
      'item-s-39',
      'item-s-49',
    ]);
    await choose(el, 'year', '2023');
    expect(parts(el, 'item').map((item) => item.id)).to.deep.equal(['item-s-39', 'item-s-49']);
    expect(plainText(part(el, 'count'))).to.equal('2 releases match');
    await search(el, 'rapid');
    expect(parts(el, 'item').map((item) => item.id)).to.deep.equal(['item-s-39', 'item-s-49']);
    await choose(el, 'year', '2024');
    await search(el, 'interaction');
    expect(parts(el, 'item').map((item) => item.id)).to.deep.equal(['item-s-17', 'item-s-33']);
  });

  it('names the member states in the reader’s language', async () => {
    const el = await loadedFeed(html`<news-feed controls lang="ru" src=${feedUrl('search/fifty.json')}></news-feed>`);
    const names = [...filter(el, 'state').options].map((option) => plainText(option));
    expect(names).to.include.members(['Все государства', 'Кыргызская Республика', 'Армения']);
    expect(labelOf(el, filter(el, 'state'))).to.equal('Государство-член');
  });

  it('offers no year filter when the releases are all of one year', async () => {
    const el = await loadedFeed(html`<news-feed controls src=${feedUrl('chain/chain-1.json')}></news-feed>`);
    expect(part(el, 'year-filter')).to.equal(undefined);
    expect(part(el, 'tag-filter')).to.exist;
  });

  it('shows "nothing matches" with a way to clear, which brings every release back', async () => {
    const el = await loadedFeed(html`<news-feed controls limit="50" src=${feedUrl('search/fifty.json')}></news-feed>`);
    await choose(el, 'tag', 'council');
    await search(el, 'zanzibar');
    expect(part(el, 'list')).to.equal(undefined);
    expect(part(el, 'empty')).to.equal(undefined);
    const noMatch = part(el, 'no-match')!;
    expect(plainText(noMatch)).to.contain('No release matches your search and filters.');
    expect(plainText(part(el, 'count'))).to.equal('0 releases match');
    part(el, 'clear')!.click();
    await until(() => el.shadowRoot!.activeElement === searchField(el), 2000, 'focus back in the search field');
    expect(parts(el, 'item')).to.have.length(50);
    expect(searchField(el).value).to.equal('');
    expect(filter(el, 'tag').value).to.equal('');
    expect(part(el, 'no-match')).to.equal(undefined);
  });

  it('says "nothing matches" in Russian too', async () => {
    const el = await loadedFeed(html`<news-feed controls lang="ru" src=${feedUrl('search/fifty.json')}></news-feed>`);
    await search(el, 'занзибар');
    expect(plainText(part(el, 'no-match'))).to.equal(
      'Ни один пресс-релиз не подходит под условия поиска. Сбросить поиск и фильтры',
    );
    expect(plainText(part(el, 'count'))).to.equal('Найдено 0 пресс-релизов');
  });
});

describe('<news-feed controls> search of older releases', () => {
  it('loads older pages to search them, with progress, until enough match', async () => {
    const src = feedUrl('chain/chain-1.json');
    const el = await loadedFeed(html`<news-feed controls limit="5" src=${src}></news-feed>`);
    expect(part(el, 'search-older'), 'nothing asked yet').to.equal(undefined);
    await search(el, '18');
    expect(part(el, 'no-match')).to.exist;
    const older = part(el, 'search-older')!;
    expect(plainText(older)).to.equal('Search older releases');
    older.click();
    await until(() => titles(el).length === 1, 4000, 'the match on the fourth page');
    expect(titles(el)).to.deep.equal(['Chain release 18']);
    expect(plainText(part(el, 'count'))).to.equal('1 release matches');
    expect(part(el, 'search-older'), 'the feed has ended').to.equal(undefined);
    expect(part(el, 'progress')).to.equal(undefined);
  });

  it('shows its progress and stops when asked, leaving what it found', async () => {
    const src = feedUrl('chain/slow-1.json');
    const el = await loadedFeed(html`<news-feed controls lang="ru" limit="5" src=${src}></news-feed>`);
    await search(el, '07');
    part(el, 'search-older')!.click();
    await until(() => Boolean(part(el, 'progress')), 2000, 'the progress');
    expect(plainText(part(el, 'progress'))).to.equal('Ищем в более ранних: загружено 0 страниц… Остановить');
    expect(part(el, 'progress')!.querySelector('[role="status"]')).to.exist;
    part(el, 'stop')!.click();
    await until(() => !part(el, 'progress'), 2000, 'the progress to go');
    expect(part(el, 'error')).to.equal(undefined);
    expect(part(el, 'search-older'), 'it can be started again').to.exist;
    expect(part(el, 'no-match'), 'nothing found before the stop').to.exist;
  });
});

describe('<news-feed controls> keyboard', () => {
  it('is worked from the keyboard alone: type, filter, clear', async () => {
    const el = await loadedFeed(html`<news-feed controls limit="50" src=${feedUrl('search/fifty.json')}></news-feed>`);
    searchField(el).focus();
    await sendKeys({ type: 'interaction' });
    await until(() => part(el, 'toolbar')?.getAttribute('aria-busy') === 'false', 4000, 'the search part');
    await until(() => titles(el).length === 3, 2000, '3 matches');
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(filter(el, 'tag'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(filter(el, 'state'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(filter(el, 'year'));
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.getAttribute('part')).to.equal('title');
    await sendKeys({ down: 'Shift' });
    for (let step = 0; step < 4; step++) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(el.shadowRoot!.activeElement).to.equal(searchField(el));
    await sendKeys({ type: ' zz' });
    await until(() => Boolean(part(el, 'no-match')), 2000, 'nothing matches');
    part(el, 'clear')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement === searchField(el), 2000, 'focus back in the search field');
    expect(parts(el, 'item')).to.have.length(50);
  });
});

describe('<news-feed controls> axe', () => {
  it('finds no violation in any toolbar state, in English and Russian', async () => {
    for (const lang of ['en', 'ru']) {
      const el = await loadedFeed(
        html`<news-feed controls lang=${lang} limit="5" src=${feedUrl('search/fifty.json')}></news-feed>`,
      );
      await expectNoViolations(el, `${lang}: the toolbar`);
      await choose(el, 'tag', 'training');
      await search(el, 'interaction');
      await expectNoViolations(el, `${lang}: matches`);
      await search(el, 'zanzibar');
      await expectNoViolations(el, `${lang}: nothing matches`);
    }
    const el = await loadedFeed(html`<news-feed controls limit="5" src=${feedUrl('chain/slow-1.json')}></news-feed>`);
    await search(el, 'zanzibar');
    await expectNoViolations(el, 'search older releases offered');
    part(el, 'search-older')!.click();
    await until(() => Boolean(part(el, 'progress')), 2000, 'the progress');
    await expectNoViolations(el, 'searching older releases');
    part(el, 'stop')!.click();
  });
});
