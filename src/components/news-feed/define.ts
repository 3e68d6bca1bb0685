import { NewsFeed } from './news-feed.js';

/** `import 'csto-widgets/news-feed'`: registers `<news-feed>` (once; safe to load twice). */
NewsFeed.define('news-feed');

export { NewsFeed };

declare global {
  interface HTMLElementTagNameMap {
    'news-feed': NewsFeed;
  }
}
