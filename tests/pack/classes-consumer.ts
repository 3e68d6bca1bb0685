/**
 * `csto-widgets/classes` registers nothing, and its types say so: no tag reaches
 * HTMLElementTagNameMap, so the page's own tag names are the only ones typed.
 */
import { NewsFeed } from 'csto-widgets/classes';

/** True only when A and B are the same type (not merely assignable, so `any` does not pass). */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const assertType = <T extends true>(proof: T): T => proof;

const MyFeed = NewsFeed.define('my-feed');
assertType<Equal<typeof MyFeed, typeof NewsFeed>>(true);

declare global {
  interface HTMLElementTagNameMap {
    'my-feed': NewsFeed;
  }
}

const mine = document.querySelector('my-feed');
assertType<Equal<typeof mine, NewsFeed | null>>(true);
// Only the classes entry is imported, so `news-feed` is an unknown tag: a plain Element.
const untyped = document.querySelector('news-feed');
assertType<Equal<typeof untyped, Element | null>>(true);
export { MyFeed, mine, untyped };
