/**
 * React 18 through `csto-widgets/react`: lines that must NOT compile, so a wrapper whose props or
 * events went loose fails. App.tsx (from docs/frameworks.md) shows the right use compiles.
 */
import type { CstoErrorDetail } from 'csto-widgets';
import { MemberStatesBadge, NewsFeed } from 'csto-widgets/react';
import type { JSX } from 'react';

// @ts-expect-error `limit` is a number, not the attribute string React 18 would pass
export const stringLimit = <NewsFeed limit="5" />;
// @ts-expect-error `layout` is `card` or `compact`
export const unknownLayout = <NewsFeed layout="grid" />;
// @ts-expect-error a `csto-load` event carries no `kind`
export const wrongDetail = <NewsFeed onCstoLoad={(event) => event.detail.kind} />;
// @ts-expect-error an `onCstoLoad` handler gets a CstoLoadDetail
export const wrongHandler = <NewsFeed onCstoLoad={(event: CustomEvent<CstoErrorDetail>) => event} />;
// @ts-expect-error the badge fires no `csto-select`
export const badgeSelect = <MemberStatesBadge onCstoSelect={() => undefined} />;
// @ts-expect-error `variant` is `flags`, `codes` or `count`
export const hugeBadge: JSX.Element = <MemberStatesBadge variant="huge" />;
