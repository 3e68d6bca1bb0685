import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { NewsFeed } from '../src/components/news-feed/news-feed.js';
import '../src/components/news-feed/define.js';
import {
  darkPage,
  fixture,
  keepLoading,
  LANG_CONTROL,
  narrowColumn,
  PENDING_FEED,
  partsOf,
  SAMPLE_FEED,
  showsParts,
} from './support.js';

type Args = Partial<
  Pick<
    NewsFeed,
    'src' | 'lang' | 'limit' | 'tag' | 'memberState' | 'refresh' | 'expand' | 'layout' | 'headingLevel' | 'loading'
  >
> & {
  releases?: unknown;
  fallback?: boolean;
};

const LONG_TITLE =
  'Participants of the meeting of the Working Group on Afghanistan under the Council of Foreign Ministers of the Collective Security Treaty Organization discussed the situation on the Tajik-Afghan border and the implementation of the Targeted Interstate Programme for strengthening the border';
const LONG_RU =
  'Участники заседания Рабочей группы по Афганистану при Совете министров иностранных дел Организации Договора о коллективной безопасности обсудили обстановку на таджикско-афганской границе и ход реализации Целевой межгосударственной программы «Укрепление таджикско-афганской границы»';

/** Long and unbroken text: a title, a summary and an over-long word that must wrap, not overflow. */
const LONG_RELEASES = [
  {
    id: 'long-1',
    title: { en: LONG_TITLE, ru: LONG_RU },
    date: '2024-09-05',
    summary: { en: `${LONG_TITLE}. ${LONG_TITLE}.`, ru: `${LONG_RU}. ${LONG_RU}.` },
    tags: ['afghanistan', 'foreign-ministers', 'border-programme-implementation-monitoring'],
    body: { en: `<p>${LONG_TITLE}.</p>`, ru: `<p>${LONG_RU}.</p>` },
  },
  {
    id: 'long-2',
    title: 'Antidisestablishmentarianismsupercalifragilisticexpialidocious-ОДКБ-2024-совместноеучение',
    date: '2024-09-04',
    url: 'https://odkb-csto.org/news/',
  },
];

const meta = {
  title: 'Elements/news-feed',
  component: 'news-feed',
  args: { src: SAMPLE_FEED, limit: 10, layout: 'card' },
  argTypes: {
    lang: LANG_CONTROL,
    fallback: {
      control: 'boolean',
      description: 'A fallback link in the default slot.',
      table: { category: 'story' },
    },
  },
  render: (args) => html`
    <news-feed
      src=${ifDefined(args.src)}
      lang=${ifDefined(args.lang || undefined)}
      limit=${ifDefined(args.limit)}
      tag=${ifDefined(args.tag || undefined)}
      member-state=${ifDefined(args.memberState || undefined)}
      refresh=${ifDefined(args.refresh || undefined)}
      layout=${ifDefined(args.layout)}
      heading-level=${ifDefined(args.headingLevel)}
      loading=${ifDefined(args.loading)}
      ?expand=${args.expand}
      .releases=${args.releases}
    >
      ${args.fallback ? html`<a href="https://odkb-csto.org/news/">CSTO news on odkb-csto.org</a>` : nothing}
    </news-feed>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The demo's releases, first page, as cards. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(8));
    await expect(partsOf(canvasElement, 'news-feed', 'more')).toHaveLength(1);
  },
};

/** The request is on its way: the loading message, and the list marked busy. */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  beforeEach: keepLoading,
  play: showsParts('news-feed', 'loading'),
};

/** The endpoint answered something that is not a feed: the alert with its retry button. */
export const ErrorState: Story = {
  args: { src: fixture('no-releases') },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'error')).toHaveLength(1));
    await expect(partsOf(canvasElement, 'news-feed', 'retry')).toHaveLength(1);
  },
};

/** The endpoint failed, and the page's own fallback link stays. */
export const ErrorWithFallback: Story = {
  args: { src: fixture('no-releases'), fallback: true },
  play: showsParts('news-feed', 'error'),
};

/** The feed has no releases at all. */
export const Empty: Story = {
  args: { src: fixture('empty') },
  play: showsParts('news-feed', 'empty'),
};

/** The same releases in Russian: longer words, other month names. */
export const Russian: Story = {
  args: { lang: 'ru' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'date')[0]?.textContent).toContain('сентября'));
  },
};

/** Very long titles, summaries, tags and an unbroken word. */
export const LongText: Story = {
  args: { src: undefined, releases: LONG_RELEASES },
  play: showsParts('news-feed', 'item', 2),
};

/** Very long text, in Russian, in a narrow column. */
export const LongRussianNarrow: Story = {
  args: { src: undefined, releases: LONG_RELEASES, lang: 'ru' },
  decorators: [narrowColumn],
  play: showsParts('news-feed', 'item', 2),
};

/** 25 releases, 5 at first: the "show more" button. */
export const ManyItems: Story = {
  args: { src: fixture('many'), limit: 5 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(5));
    partsOf(canvasElement, 'news-feed', 'more')[0]?.click();
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(10));
  },
};

/** One line per release. */
export const Compact: Story = {
  args: { layout: 'compact' },
  play: showsParts('news-feed', 'item', 8),
};

/** Every body open at once, as on a single-release page. */
export const Expanded: Story = {
  args: { expand: true, limit: 2 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'body').length).toBeGreaterThan(0));
  },
};

/** Only releases tagged `briefing`. */
export const FilteredByTag: Story = {
  args: { tag: 'briefing' },
  play: showsParts('news-feed', 'item'),
};

/** Only releases involving Armenia. */
export const FilteredByMemberState: Story = {
  args: { memberState: 'AM' },
  play: showsParts('news-feed', 'item'),
};

/** On a dark page. */
export const DarkTheme: Story = {
  decorators: [darkPage],
  play: showsParts('news-feed', 'item', 8),
};

/** In a 320 px column. */
export const Narrow: Story = {
  decorators: [narrowColumn],
  play: showsParts('news-feed', 'item', 8),
};
