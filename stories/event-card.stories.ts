import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { EventCard } from '../src/components/event-card/event-card.js';
import '../src/components/event-card/define.js';
import {
  darkPage,
  fixture,
  keepLoading,
  LANG_CONTROL,
  narrowColumn,
  PENDING_FEED,
  partsOf,
  PINNED_NOW,
  SAMPLE_FEED,
  showsParts,
} from './support.js';

type Args = Partial<
  Pick<
    EventCard,
    | 'src'
    | 'releaseId'
    | 'name'
    | 'start'
    | 'end'
    | 'location'
    | 'kind'
    | 'states'
    | 'now'
    | 'headingLevel'
    | 'lang'
    | 'loading'
  >
>;

const meta = {
  title: 'Elements/event-card',
  component: 'event-card',
  // The sample events run 3–6 September 2024; "now" is pinned inside them so the status holds still.
  args: { src: SAMPLE_FEED, releaseId: 'interaction-2024-regrouping', now: PINNED_NOW },
  argTypes: { lang: LANG_CONTROL },
  render: (args) => html`
    <event-card
      src=${ifDefined(args.src)}
      release-id=${ifDefined(args.releaseId)}
      name=${ifDefined(args.name)}
      start=${ifDefined(args.start)}
      end=${ifDefined(args.end)}
      location=${ifDefined(args.location)}
      kind=${ifDefined(args.kind)}
      states=${ifDefined(args.states)}
      now=${ifDefined(args.now)}
      heading-level=${ifDefined(args.headingLevel)}
      lang=${ifDefined(args.lang || undefined)}
      loading=${ifDefined(args.loading)}
    ></event-card>
  `,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The event of a release in the sample feed, under way on the pinned day. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(partsOf(canvasElement, 'event-card', 'name')[0]?.textContent).toContain('Interaction-2024'),
    );
    await expect(partsOf(canvasElement, 'event-card', 'status-ongoing')).toHaveLength(1);
  },
};

/** From attributes alone, before it starts. */
export const Upcoming: Story = {
  args: {
    src: undefined,
    releaseId: undefined,
    name: 'Joint exercise “Rubezh-2024”',
    kind: 'Command-staff exercise',
    start: '2024-10-01',
    end: '2024-10-04',
    location: 'Issyk-Kul region, Kyrgyz Republic',
    states: 'KG KZ RU TJ',
  },
  play: showsParts('event-card', 'status-upcoming'),
};

/** The same event, after it ended. */
export const Completed: Story = {
  args: { ...Upcoming.args, now: '2024-11-01T12:00:00+03:00' },
  play: showsParts('event-card', 'status-completed'),
};

/** In Russian: the date range reads `3–6 сентября 2024 г.` */
export const Russian: Story = {
  args: { lang: 'ru' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(partsOf(canvasElement, 'event-card', 'dates')[0]?.textContent).toContain('сентября'));
  },
};

/** A very long name and place. */
export const LongText: Story = {
  args: {
    src: undefined,
    releaseId: undefined,
    name: 'Joint tactical and special training of the units of the bodies authorised in the field of prevention and elimination of consequences of emergency situations of the CSTO member states “Rock-2024”',
    location: 'Basic training ground for the CSTO rescue units “Rock City-Astana”, Astana, Republic of Kazakhstan',
    start: '2024-09-03',
    end: '2024-09-05',
    states: 'AM BY KZ KG RU TJ',
  },
  play: showsParts('event-card', 'location'),
};

/** The feed is on its way. */
export const Loading: Story = {
  args: { src: PENDING_FEED },
  beforeEach: keepLoading,
  play: showsParts('event-card', 'loading'),
};

/** The endpoint answered something that is not a feed. */
export const ErrorState: Story = {
  args: { src: fixture('no-releases') },
  play: showsParts('event-card', 'error'),
};

/** The release has no event. */
export const Empty: Story = {
  args: { releaseId: 'briefing-press-services-videoconference' },
  play: showsParts('event-card', 'empty'),
};

/** On a dark page. */
export const DarkTheme: Story = {
  decorators: [darkPage],
  play: showsParts('event-card', 'status-ongoing'),
};

/** In a 320 px column, in Russian. */
export const Narrow: Story = {
  args: { lang: 'ru', releaseId: 'rock-2024-final-stage' },
  decorators: [narrowColumn],
  play: showsParts('event-card', 'name'),
};
