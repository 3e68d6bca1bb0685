import { expect, fixture, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type * as ClassesModule from '../../src/classes.js';

/**
 * The npm entries as built in `dist/es/` (run `npm run build` first; `npm test` does): the
 * classes entry registers nothing, each element entry registers its tag with the same class.
 * The paths are variables so the type check does not need the build; the types come from src.
 */
type Classes = typeof ClassesModule;
const importBuilt = <T>(entry: string): Promise<T> => import(/* @vite-ignore */ `/dist/es/${entry}.js`) as Promise<T>;

const TAGS = ['news-feed', 'event-card', 'member-states-badge'];
const definedTags = (): string[] => TAGS.filter((tag) => customElements.get(tag));

describe('npm entries (dist/es)', () => {
  let classes: Classes;

  before(async () => {
    classes = await importBuilt<Classes>('classes');
  });

  it('the classes entry registers nothing', () => {
    expect(classes.NewsFeed).to.be.a('function');
    expect(definedTags()).to.deep.equal([]);
  });

  it('csto-widgets/news-feed registers <news-feed> alone, with the same class as the classes entry', async () => {
    await importBuilt('news-feed');
    expect(definedTags()).to.deep.equal(['news-feed']);
    expect(customElements.get('news-feed')).to.equal(classes.NewsFeed);
  });

  it('csto-widgets/member-states-badge registers <member-states-badge>', async () => {
    await importBuilt('member-states-badge');
    expect(customElements.get('member-states-badge')).to.be.a('function');
    expect(customElements.get('event-card')).to.equal(undefined);
  });

  it('csto-widgets/event-card registers <event-card>', async () => {
    await importBuilt('event-card');
    expect(customElements.get('event-card')).to.be.a('function');
  });

  it('csto-widgets registers every element and exports the same classes', async () => {
    const index = await importBuilt<Classes & { version: string }>('index');
    expect(definedTags()).to.deep.equal(TAGS);
    expect(index.NewsFeed).to.equal(classes.NewsFeed);
    expect(index.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('a class works under a tag the page chooses, next to the tag the library registered', async () => {
    // The registry already holds NewsFeed as <news-feed> and takes a constructor once: a subclass.
    const registered = classes.NewsFeed.define('press-feed');
    expect(customElements.get('press-feed') === registered).to.equal(true);
    expect(Object.getPrototypeOf(registered) === classes.NewsFeed).to.equal(true);
    const element = await fixture<HTMLElement & { releases: unknown }>(
      staticHtml`<${unsafeStatic('press-feed')} .releases=${[{ id: 'a', title: 'Own tag', date: '2024-09-05' }]}></${unsafeStatic('press-feed')}>`,
    );
    await waitUntil(
      () => element.shadowRoot?.querySelector('[part~="item"]'),
      'the renamed element renders its release',
    );
    expect(element.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Own tag');
    expect(customElements.get('news-feed')).to.equal(classes.NewsFeed);
  });
});
