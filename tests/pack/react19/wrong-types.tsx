/**
 * React 19: lines that must NOT compile. Each would if the generated JSX types went loose (`any`,
 * plain strings), so `@ts-expect-error` turns a loosened type into a failure. App.tsx (from
 * docs/frameworks.md) shows the same tags compile when used right.
 */
import 'csto-widgets/react-jsx';
import type { CstoErrorDetail, EventCard } from 'csto-widgets';
import { useRef } from 'react';

// @ts-expect-error `limit` is a number
export const stringLimit = <news-feed limit="5" />;
// @ts-expect-error `layout` is `card` or `compact`
export const unknownLayout = <news-feed layout="grid" />;
// @ts-expect-error a `csto-load` handler gets a CstoLoadDetail
export const wrongDetail = <news-feed oncsto-load={(e: CustomEvent<CstoErrorDetail>) => e.detail.kind} />;
// @ts-expect-error `heading-level` is a number
export const textHeading = <event-card heading-level="two" />;
// @ts-expect-error `variant` is `flags`, `codes` or `count`
export const hugeBadge = <member-states-badge variant="huge" />;

export function WrongRef() {
  const card = useRef<EventCard>(null);
  // @ts-expect-error the ref of a <news-feed> holds a NewsFeed
  return <news-feed ref={card} />;
}
