import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { NewsFeed } from '../src/components/news-feed/news-feed.js';
import '../src/components/news-feed/define.js';
import { darkPage, fixture, installNeverAnsweringEndpoint, narrowColumn, partsOf, shadowOf } from './support.js';

type Args = Partial<Pick<NewsFeed, 'src' | 'lang' | 'limit'>>;

/** 50 releases over two years; "Interaction" in three titles (tests/fixtures/search/fifty.json). */
const FIFTY = fixture('search/fifty');

const part = (canvas: HTMLElement, name: string): HTMLElement | undefined => partsOf(canvas, 'news-feed', name)[0];
const loaded = (canvas: HTMLElement): Promise<void> =>
  waitFor(() => expect(part(canvas, 'toolbar')).toBeTruthy(), { timeout: 5000 });

/** Types into the search field as a reader does, one key at a time. */
async function type(canvas: HTMLElement, text: string): Promise<void> {
  const field = part(canvas, 'search') as HTMLInputElement;
  await userEvent.type(field, text);
}

async function choose(canvas: HTMLElement, filter: string, value: string): Promise<void> {
  await userEvent.selectOptions(part(canvas, `${filter}-filter`) as HTMLSelectElement, value);
}

/**
 * `<news-feed controls>`: the reader's search, filters and count above the list, in every state
 * the toolbar can be in. Type in the search field or pick a filter in any story.
 */
const meta = {
  title: 'Elements/news-feed/Search and filters',
  component: 'news-feed',
  args: { src: FIFTY, limit: 5 },
  argTypes: {
    lang: { control: 'select', options: ['', 'en', 'ru', 'hy', 'be', 'kk', 'ky', 'tg'] },
  },
  render: (args) => html`
    <news-feed
      controls
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      limit=${ifDefined(args.limit)}
    ></news-feed>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The toolbar before a reader asks anything: the search field, tag, member-state and year filters, the count. */
export const Toolbar: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await expect(part(canvasElement, 'count')?.textContent?.trim()).toBe('50 releases');
    await expect(part(canvasElement, 'year-filter')).toBeTruthy();
  },
};

/** A search that narrows 50 releases to 3, and the count that says so. */
export const Matches: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await type(canvasElement, 'interaction');
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(3));
    await expect(part(canvasElement, 'count')?.textContent?.trim()).toBe('3 releases match');
  },
};

/** Tag, member state and year together. */
export const FiltersCombined: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await choose(canvasElement, 'tag', 'training');
    await choose(canvasElement, 'state', 'KG');
    await choose(canvasElement, 'year', '2023');
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(2));
  },
};

/** Nothing matches: the message and the button that clears the search and filters. */
export const NothingMatches: Story = {
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await type(canvasElement, 'zanzibar');
    await waitFor(() => expect(part(canvasElement, 'no-match')).toBeTruthy());
    await expect(part(canvasElement, 'clear')).toBeTruthy();
  },
};

/** The feed has older pages and the loaded ones hold no match: the action that searches them. */
export const SearchOlderOffered: Story = {
  args: { src: fixture('chain/chain-1') },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await type(canvasElement, '18');
    await waitFor(() => expect(part(canvasElement, 'search-older')).toBeTruthy());
  },
};

/** Older pages on their way: the progress and the button that stops it. */
export const SearchingOlder: Story = {
  args: { src: fixture('chain/never-1') },
  loaders: [async () => installNeverAnsweringEndpoint()],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await type(canvasElement, '18');
    await waitFor(() => expect(part(canvasElement, 'search-older')).toBeTruthy());
    await userEvent.click(part(canvasElement, 'search-older')!);
    await waitFor(() => expect(part(canvasElement, 'progress')).toBeTruthy());
    await expect(part(canvasElement, 'stop')).toBeTruthy();
  },
};

/** In Russian: "объединенного" finds "Объединённого"; member states named in Russian. */
export const Russian: Story = {
  args: { lang: 'ru' },
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    await type(canvasElement, 'объединенного');
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(2));
    const stateNames = [...(part(canvasElement, 'state-filter') as HTMLSelectElement).options].map((o) => o.text);
    await expect(stateNames).toContain('Кыргызская Республика');
  },
};

/** In a 320 px column: the controls wrap, the search field takes the full width. */
export const Narrow: Story = {
  decorators: [narrowColumn],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
    const root = shadowOf(canvasElement, 'news-feed');
    await expect(root.host.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/** On a dark page. */
export const Dark: Story = {
  decorators: [darkPage],
  play: async ({ canvasElement }) => {
    await loaded(canvasElement);
  },
};
