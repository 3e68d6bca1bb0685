import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { expect, waitFor } from 'storybook/test';
import manifest from '../dist/custom-elements.json' with { type: 'json' };
import '../src/components/event-card/define.js';
import '../src/components/member-states-badge/define.js';
import '../src/components/news-feed/define.js';
import { LANGS } from '../src/i18n/index.js';
import { partsOf, PINNED_NOW, SAMPLE_FEED, showsParts } from './support.js';

interface ManifestCssProperty {
  name: string;
  default?: string;
  description?: string;
}

/** Every `--csto-*` custom property any element documents, read from custom-elements.json. */
const CSS_PROPERTIES: ManifestCssProperty[] = [
  ...new Map(
    manifest.modules
      .flatMap((module) => (module.declarations ?? []) as { cssProperties?: ManifestCssProperty[] }[])
      .flatMap((declaration) => declaration.cssProperties ?? [])
      .filter((property) => property.name.startsWith('--csto-'))
      .map((property) => [property.name, property] as const),
  ).values(),
].sort((a, b) => a.name.localeCompare(b.name));

const isColour = (property: ManifestCssProperty): boolean => /colou?r|accent|surface|background/.test(property.name);

type Args = Record<string, string>;

const meta = {
  title: 'Theming',
  // An empty value leaves the property unset, so the element's default (in the description) applies.
  args: Object.fromEntries(CSS_PROPERTIES.map((property) => [property.name, ''])),
  argTypes: Object.fromEntries(
    CSS_PROPERTIES.map((property) => [
      property.name,
      {
        control: isColour(property) ? 'color' : 'text',
        description: `${property.description ?? ''} Default: \`${property.default ?? 'none'}\`.`,
        table: {
          category: property.name.match(/^--csto-(news-feed|event-card|member-states-badge)-/)?.[1] ?? 'library',
        },
      },
    ]),
  ),
  parameters: {
    docs: {
      description: {
        component: 'Every `--csto-*` custom property, live: set one in the controls and all three elements follow.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const allElements = (args: Args) => html`
  <div
    style=${styleMap(Object.fromEntries(Object.entries(args).filter(([name, value]) => name.startsWith('--csto-') && value)))}
  >
    <news-feed src=${SAMPLE_FEED} limit="2"></news-feed>
    <event-card src=${SAMPLE_FEED} release-id="interaction-2024-regrouping" now=${PINNED_NOW}></event-card>
    <member-states-badge></member-states-badge>
  </div>
`;

/** All three elements under the properties set in the controls. */
export const CustomProperties: Story = {
  render: allElements,
  play: async ({ canvasElement }) => {
    await expect(CSS_PROPERTIES.length).toBeGreaterThan(10);
    await waitFor(() => expect(partsOf(canvasElement, 'news-feed', 'item')).toHaveLength(2));
  },
};

/** A house style: serif type, square corners, a deep accent, tinted cards. */
export const HouseStyle: Story = {
  args: {
    '--csto-font': '16px/1.6 Georgia, serif',
    '--csto-accent': '#0b4f9c',
    '--csto-radius': '0',
    '--csto-surface': '#f3f6fb',
    '--csto-border-color': '#c7d3e6',
    '--csto-gap': '1.5rem',
  },
  render: allElements,
  play: showsParts('news-feed', 'item', 2),
};

/** The feed in every language the library speaks, side by side. */
export const Languages: Story = {
  render: () => html`
    <div style="display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:1rem">
      ${LANGS.map(
        (lang) =>
          html`<section lang=${lang}>
            <h4 style="margin:0 0 .5rem">${lang}</h4>
            <news-feed src=${SAMPLE_FEED} limit="1" layout="compact"></news-feed>
            <member-states-badge variant="count"></member-states-badge>
          </section>`,
      )}
    </div>
  `,
  play: async ({ canvasElement }) => {
    const feeds = [...canvasElement.querySelectorAll('news-feed')];
    await expect(feeds).toHaveLength(LANGS.length);
    await waitFor(() => expect(feeds.every((feed) => feed.shadowRoot?.querySelector('[part~="item"]'))).toBe(true));
  },
};
