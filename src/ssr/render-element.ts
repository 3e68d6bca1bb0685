import { LitElementRenderer, type RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { EventCard } from '../components/event-card/define.js';
import { MemberStatesBadge } from '../components/member-states-badge/define.js';
import { NewsFeed } from '../components/news-feed/define.js';
import { configure, getConfig, resetConfig } from '../config.js';
import type { Feed } from '../data/release.js';
import { settleCatalogue, type Lang } from '../i18n/index.js';
import { adoptFeed } from '../internal/endpoint-controller.js';
import { loadControls } from '../internal/on-demand/controls.js';
import { loadEndpoint } from '../internal/on-demand/endpoint.js';
import { loadMemberStatesReader } from '../internal/on-demand/member-states-reader.js';
import type { RenderedTag } from './find-elements.js';

const CLASSES: Record<RenderedTag, typeof HTMLElement> = {
  'news-feed': NewsFeed,
  'event-card': EventCard,
  'member-states-badge': MemberStatesBadge,
};

/**
 * Added to each server-rendered shadow root, not to the elements' styles (a browser-rendered element
 * never needs it): until the element is defined (no script, or not yet), controls do nothing, so
 * they keep their place, for no shift when the script comes, but do not show.
 */
const UNTIL_DEFINED_STYLE = `<style>:host(:not(:defined)) :is(button, [part~='toolbar']) { visibility: hidden; }</style>`;

/** Another copy of the library holds the tag in this process: its elements cannot take our data. */
export class ForeignDefinitionError extends Error {}

export interface ShadowRenderOptions {
  /** The attributes as the page writes them. */
  readonly attributes: ReadonlyMap<string, string>;
  /** The language the element resolves to when it has none of its own (an ancestor's, the page default). */
  readonly lang: Lang;
  /** "Now" for an event's status and relative times, unless the element pins its own `now`. */
  readonly now: Date;
  /** The feed its endpoint answered; none for an element that needs no endpoint. */
  readonly feed?: Feed;
  /** The page default endpoint, for an element without `src` that uses it. */
  readonly endpoint?: string;
}

/**
 * The element's shadow root as Declarative Shadow DOM: `<template shadowrootmode="open">` holding
 * its styles and what its own `render()` returns for these attributes and this feed, with Lit's
 * hydration markers. Elements inside it (an event's member states) get their own template and
 * `defer-hydration`, as Lit renders them.
 */
export async function renderShadowRoot(tag: RenderedTag, options: ShadowRenderOptions): Promise<string> {
  // A render is one synchronous pass: what a browser loads on first use (the catalogue, a badge's
  // endpoint, a feed's toolbar) is loaded before it.
  await Promise.all([settleCatalogue(options.lang), loadEndpoint(), loadControls(), loadMemberStatesReader()]);
  const renderer = new LitElementRenderer(tag);
  const element = renderer.element!;
  if (!(element instanceof CLASSES[tag])) {
    throw new ForeignDefinitionError(`<${tag}> is defined by another copy of csto-widgets in this process.`);
  }
  for (const [name, value] of options.attributes) renderer.setAttribute(name, value);
  // Lit's DOM shim keeps attributes without reflecting them to properties; the feed's URL key reads `id`.
  element.id = options.attributes.get('id') ?? '';
  if (tag === 'event-card' && !options.attributes.has('now')) renderer.setProperty('now', options.now.toISOString());
  if (options.feed) adoptFeed(element, options.feed);
  renderer.connectedCallback();

  const renderInfo: RenderInfo = {
    elementRenderers: [LitElementRenderer],
    customElementInstanceStack: [renderer],
    customElementHostStack: [renderer],
    eventTargetStack: [element],
    slotStack: [],
    deferHydration: false,
  };
  // The shim has no ancestors to read `lang` from, so the language comes in as the page default,
  // for this element and the ones it renders; so does the page's endpoint. The render is
  // synchronous: no other render sees them.
  const configured = getConfig();
  configure({ lang: options.lang, endpoint: options.endpoint });
  try {
    const shadow = collectResultSync(renderer.renderShadow(renderInfo) ?? []);
    return `<template shadowroot="open" shadowrootmode="open">${UNTIL_DEFINED_STYLE}${shadow}</template>`;
  } finally {
    resetConfig();
    configure(configured);
  }
}
