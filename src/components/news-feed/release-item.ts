import type { Release } from '../../data/release.js';
import { domId } from './feed-view.js';

/**
 * One release of `<news-feed>` as an `<article part="item">`, written with DOM calls rather than a
 * lit template per release. A template per release held about twenty parts, their markers and a
 * closure per handler for every release on screen (2.4 MiB of heap for 1 000 of them) and made each
 * render walk them all; an article written here holds nothing but its nodes, and a render that
 * changes nothing in it (a "show more", an arrival above it) does not touch it. The element handles
 * the clicks of every article with one listener on the list, and fills opened bodies itself.
 */

/** What an article shows besides the release: worked out once per render, shared by every article. */
export interface ItemLabels {
  /** The texts of the release in the element's language. */
  readonly text: (field: 'title' | 'summary' | 'body', release: Release) => string;
  readonly date: (release: Release) => string;
  readonly permalink: (release: Release) => string;
  readonly permalinkLabel: string;
  readonly open: string;
  readonly close: string;
  /** 1–6. */
  readonly headingLevel: number;
}

/** What can change from one render to the next for one article. */
export interface ItemState {
  readonly position: number;
  /** `-1` while more releases can be loaded (ARIA's "size unknown"). */
  readonly setSize: number;
  readonly open: boolean;
  /** An open body waits for the sanitiser. */
  readonly busy: boolean;
}

/** An article written for a release, and what it was last written with. */
export interface RenderedItem {
  readonly article: HTMLElement;
  release: Release;
  labels: ItemLabels;
  state: ItemState;
}

const element = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  part: string,
  attributes?: Record<string, string>,
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  node.setAttribute('part', part);
  for (const name in attributes) node.setAttribute(name, attributes[name]!);
  return node;
};

/** A label followed by a title that only screen readers hear: "Open: <title>". */
function setLabelled(node: HTMLElement, label: string, title: string): void {
  const hidden = node.lastElementChild;
  if (node.firstChild?.nodeType === Node.TEXT_NODE && hidden) {
    if (node.firstChild.nodeValue !== label) node.firstChild.nodeValue = label;
    if (hidden.textContent !== `: ${title}`) hidden.textContent = `: ${title}`;
    return;
  }
  const span = document.createElement('span');
  span.className = 'visually-hidden';
  span.textContent = `: ${title}`;
  node.replaceChildren(label, span);
}

const setAttribute = (node: Element, name: string, value: string | null): void => {
  if (value === null) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
};

const setText = (node: Node, text: string): void => {
  if (node.textContent !== text) node.textContent = text;
};

/** `<article part="item">` with what every release has: a heading, a date and a permalink. */
function skeleton(release: Release): HTMLElement {
  const article = element('article', 'item', {
    id: domId('item', release.id),
    tabindex: '-1',
    'aria-labelledby': domId('title', release.id),
  });
  const text = document.createElement('div');
  text.className = 'text';
  const heading = element('div', 'heading', { role: 'heading', id: domId('title', release.id) });
  text.append(heading, element('time', 'date'), element('a', 'permalink'));
  article.append(text);
  return article;
}

/** The child of `parent` with `part`, made by `create` (and put before `before`) or removed as `wanted` says. */
function optionalChild<T extends Element>(
  parent: Element,
  part: string,
  wanted: boolean,
  create: () => T,
  before: Node | null,
): T | undefined {
  let child = [...parent.children].find((node) => node.getAttribute('part') === part) as T | undefined;
  if (!wanted) {
    child?.remove();
    return undefined;
  }
  if (!child) parent.insertBefore((child = create()), before);
  return child;
}

function writeTitle(heading: Element, release: Release, title: string): void {
  const tag = release.url ? 'A' : 'SPAN';
  let node = heading.firstElementChild as HTMLElement | null;
  if (node?.tagName !== tag) {
    node = release.url ? element('a', 'title') : element('span', 'title');
    heading.replaceChildren(node);
  }
  if (release.url) setAttribute(node, 'href', release.url);
  setText(node, title);
}

function writeTags(list: Element, tags: readonly string[]): void {
  const items = list.children;
  if (items.length === tags.length && tags.every((tag, index) => items[index]!.textContent === tag)) return;
  list.replaceChildren(
    ...tags.map((tag) => {
      const item = element('li', 'tag');
      item.textContent = tag;
      return item;
    }),
  );
}

/**
 * Writes `release` into `item` (a new article when there is none), changing only what differs from
 * what it shows. Returns the article's body block when the release has a body, for the element to fill.
 */
export function writeItem(
  item: RenderedItem | undefined,
  release: Release,
  labels: ItemLabels,
  state: ItemState,
): { item: RenderedItem; body?: HTMLElement } {
  const article = item?.article ?? skeleton(release);
  const previous = item && item.release === release && item.labels === labels ? item.state : undefined;
  const written = item ?? { article, release, labels, state };
  written.release = release;
  written.labels = labels;
  written.state = state;
  const text = article.lastElementChild!;
  const body = text.querySelector<HTMLElement>(':scope > [part~="body"]') ?? undefined;

  if (previous?.position !== state.position) setAttribute(article, 'aria-posinset', String(state.position));
  if (previous?.setSize !== state.setSize) setAttribute(article, 'aria-setsize', String(state.setSize));
  if (previous) {
    // Same release, same language and settings: only the body's state can have changed.
    if (previous.open !== state.open || previous.busy !== state.busy) writeToggle(body, labels, release, state);
    return { item: written, body };
  }

  const title = labels.text('title', release);
  setAttribute(article, 'class', release.image ? 'has-image' : null);
  const image = optionalChild(
    article,
    'image',
    Boolean(release.image),
    () => element('img', 'image', { alt: '', loading: 'lazy', decoding: 'async' }),
    text,
  );
  if (image) setAttribute(image, 'src', release.image!);

  const [heading, date, permalink] = text.children as unknown as [HTMLElement, HTMLElement, HTMLAnchorElement];
  setAttribute(heading, 'aria-level', String(labels.headingLevel));
  writeTitle(heading, release, title);
  setAttribute(date, 'datetime', release.date.iso);
  setText(date, labels.date(release));
  setAttribute(permalink, 'href', labels.permalink(release));
  setLabelled(permalink, labels.permalinkLabel, title);

  const summary = labels.text('summary', release);
  const afterPermalink = permalink.nextSibling;
  const summaryNode = optionalChild(text, 'summary', summary !== '', () => element('p', 'summary'), afterPermalink);
  if (summaryNode) setText(summaryNode, summary);
  const tags = optionalChild(
    text,
    'tags',
    release.tags.length > 0,
    () => element('ul', 'tags'),
    (summaryNode ?? permalink).nextSibling,
  );
  if (tags) writeTags(tags, release.tags);

  const hasBody = labels.text('body', release) !== '';
  const toggle = optionalChild(
    text,
    'toggle',
    hasBody,
    () => element('button', 'toggle', { 'aria-controls': domId('body', release.id) }),
    null,
  );
  const bodyNode = optionalChild(
    text,
    'body',
    hasBody,
    () => element('div', 'body', { id: domId('body', release.id) }),
    null,
  );
  if (toggle) writeToggle(bodyNode, labels, release, state);
  return { item: written, body: bodyNode };
}

function writeToggle(body: HTMLElement | undefined, labels: ItemLabels, release: Release, state: ItemState): void {
  const toggle = body?.previousElementSibling as HTMLElement | null | undefined;
  if (!body || !toggle) return;
  setAttribute(toggle, 'aria-expanded', state.open ? 'true' : 'false');
  setLabelled(toggle, state.open ? labels.close : labels.open, labels.text('title', release));
  body.hidden = !state.open;
  setAttribute(body, 'aria-busy', state.open && state.busy ? 'true' : null);
}
