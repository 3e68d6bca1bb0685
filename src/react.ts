/**
 * `import { NewsFeed, EventCard, MemberStatesBadge } from 'csto-widgets/react'`: the elements as
 * React components, for React 18 and older (React 19 takes `<news-feed>` as it is; see
 * `csto-widgets/react-jsx`). Props are set as element properties, with the element's types, and
 * `onCstoLoad`, `onCstoError`, `onCstoSelect` listen to the `csto-*` events. Registers the elements.
 * Needs `react` and `@lit/react`, which the rest of the package never imports.
 */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { EventCard as EventCardElement } from './components/event-card/define.js';
import { MemberStatesBadge as MemberStatesBadgeElement } from './components/member-states-badge/define.js';
import { NewsFeed as NewsFeedElement } from './components/news-feed/define.js';
import type { CstoEventMap } from './events.js';

const endpointEvents = {
  onCstoLoad: 'csto-load' as EventName<CstoEventMap['csto-load']>,
  onCstoError: 'csto-error' as EventName<CstoEventMap['csto-error']>,
};
const allEvents = {
  ...endpointEvents,
  onCstoSelect: 'csto-select' as EventName<CstoEventMap['csto-select']>,
};

/** `<news-feed>`: props `src`, `limit`, `tag`, `releases`…; `onCstoLoad`, `onCstoError`, `onCstoSelect`. */
export const NewsFeed = createComponent({
  react: React,
  tagName: 'news-feed',
  elementClass: NewsFeedElement,
  events: allEvents,
  displayName: 'NewsFeed',
});

/** `<event-card>`: props `src`, `releaseId`, `event`, `name`, `start`…; `onCstoLoad`, `onCstoError`, `onCstoSelect`. */
export const EventCard = createComponent({
  react: React,
  tagName: 'event-card',
  elementClass: EventCardElement,
  events: allEvents,
  displayName: 'EventCard',
});

/** `<member-states-badge>`: props `states`, `variant`, `src`, `memberStates`; `onCstoLoad`, `onCstoError`. */
export const MemberStatesBadge = createComponent({
  react: React,
  tagName: 'member-states-badge',
  elementClass: MemberStatesBadgeElement,
  events: endpointEvents,
  displayName: 'MemberStatesBadge',
});
