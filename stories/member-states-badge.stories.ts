import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { MemberStatesBadge } from '../src/components/member-states-badge/member-states-badge.js';
import '../src/components/member-states-badge/define.js';
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

type Args = Partial<Pick<MemberStatesBadge, 'src' | 'states' | 'variant' | 'lang' | 'loading'>>;

const meta = {
  title: 'Elements/member-states-badge',
  component: 'member-states-badge',
  args: { variant: 'flags' },
  argTypes: { lang: LANG_CONTROL },
  render: (args) => html`
    <member-states-badge
      src=${ifDefined(args.src)}
      states=${ifDefined(args.states)}
      variant=${ifDefined(args.variant)}
      lang=${ifDefined(args.lang || undefined)}
      loading=${ifDefined(args.loading)}
    ></member-states-badge>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** Every member state, with flags (the built-in list). */
export const Default: Story = {
  play: showsParts('member-states-badge', 'state', 6),
};

/** ISO codes instead of flags. */
export const Codes: Story = {
  args: { variant: 'codes' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'member-states-badge', 'code').length).toBeGreaterThan(0));
  },
};

/** "6 member states", the list in its tooltip. */
export const Count: Story = {
  args: { variant: 'count' },
  play: showsParts('member-states-badge', 'count'),
};

/** Some of the states, as an event lists its participants. */
export const Subset: Story = {
  args: { states: 'KG KZ RU TJ' },
  play: showsParts('member-states-badge', 'state', 4),
};

/** Names in Russian (in the tooltips; hover or focus a flag). */
export const Russian: Story = {
  args: { lang: 'ru', variant: 'count' },
  play: showsParts('member-states-badge', 'count'),
};

/** The member states of the sample feed (`memberStates` of the endpoint): its list and statuses, under the built-in names. */
export const FromEndpoint: Story = {
  args: { src: SAMPLE_FEED },
  play: showsParts('member-states-badge', 'state'),
};

/** The feed is on its way. */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  beforeEach: keepLoading,
  play: showsParts('member-states-badge', 'loading'),
};

/** The endpoint answered something that is not a feed. */
export const ErrorState: Story = {
  args: { src: fixture('no-releases') },
  play: showsParts('member-states-badge', 'error'),
};

/** `states` names no member state (a dash left in an empty CMS field): the empty message. */
export const Empty: Story = {
  args: { states: '—' },
  play: showsParts('member-states-badge', 'empty'),
};

/** A code the library does not know still shows, as its letters: nothing the publisher sent is lost. */
export const UnknownCode: Story = {
  args: { states: 'RU XX' },
  play: showsParts('member-states-badge', 'code', 1),
};

/** On a dark page. */
export const DarkTheme: Story = {
  decorators: [darkPage],
  play: showsParts('member-states-badge', 'state', 6),
};

/** In a 320 px column, the codes variant in Russian. */
export const Narrow: Story = {
  args: { variant: 'codes', lang: 'ru' },
  decorators: [narrowColumn],
  play: showsParts('member-states-badge', 'code', 6),
};
