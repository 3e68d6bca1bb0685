import { EndpointError, type EndpointErrorKind } from '../data/release.js';
import {
  SERVER_STATE_ATTRIBUTE,
  SERVER_STATE_VERSION,
  serialiseServerState,
  type ServerState,
} from '../data/server-state.js';
import { toLang, type Lang } from '../i18n/index.js';
import { readPage, type FoundElement, type ScriptDefaults, type SourceRange } from './find-elements.js';
import { loadEndpoint, type LoadedEndpoint } from './load-endpoint.js';
import { renderShadowRoot } from './render-element.js';

export interface RenderOptions {
  /** The `fetch` that loads endpoints (a cache, a proxy, a test double). Default: the global one. */
  readonly fetch?: typeof fetch;
  /** "Now" for events' statuses and relative times. Default: the time of the call. */
  readonly now?: Date;
  /** Milliseconds an endpoint has to answer before it counts as a `timeout`. Default 10 000. */
  readonly timeout?: number;
  /** The URL the page is served at (or its file), against which a relative `src` resolves. */
  readonly base?: string | URL;
  /** The page's default language, for elements with no `lang` of their own or on an ancestor. Default: `data-lang` of the library's script tag in the page. */
  readonly lang?: string;
  /** The page's default endpoint, for a `<news-feed>` (or an `<event-card release-id>`) without `src`. Default: `data-endpoint` of the library's script tag in the page. */
  readonly endpoint?: string;
}

/** Why an element was left as written. */
export type RenderProblemKind = EndpointErrorKind | 'config' | 'render';

export interface RenderProblem {
  /** The element's start tag as written, e.g. `<news-feed src="/releases.json">`. */
  readonly element: string;
  /** 1-based line of that start tag. */
  readonly line: number;
  /** Its `src` as written, or the page default endpoint it uses. */
  readonly src?: string;
  /** The URL that was loaded, when `src` resolved to one. */
  readonly url?: string;
  /** An endpoint error's kind (`network`, `timeout`, `http`, `parse`, `format`); `config` when the element cannot be rendered as written (no `src`, a relative one without `base`); `render` for a failure of the render itself. */
  readonly kind: RenderProblemKind;
  /** Plain words, e.g. "The endpoint answered 500." */
  readonly message: string;
  /** The HTTP status, for `http`. */
  readonly status?: number;
}

export interface RenderResult {
  /** The page with every element that could be rendered holding its shadow root; all else exactly as given. */
  readonly html: string;
  /** How many elements were rendered. */
  readonly rendered: number;
  /** The elements left as written, and why. Empty when all went well. */
  readonly problems: readonly RenderProblem[];
}

const DEFAULT_TIMEOUT = 10_000;

/** What an element needs loaded: a URL, nothing (it renders from its attributes), or why it cannot be rendered. */
type EndpointNeed =
  | { readonly src: string; readonly url: string }
  | { readonly src?: undefined; readonly url?: undefined }
  | { readonly src?: string; readonly problem: string };

/** The endpoint an element loads, as the element picks it: its `src`, else (for those that take one) the page default. */
function endpointOf(found: FoundElement, pageEndpoint: string | undefined): string | undefined {
  const usesPageDefault =
    found.tag === 'news-feed' || (found.tag === 'event-card' && Boolean(found.attributes.get('release-id')));
  return found.attributes.get('src') || (usesPageDefault ? pageEndpoint : undefined) || undefined;
}

function endpointNeed(found: FoundElement, base: string | undefined, pageEndpoint: string | undefined): EndpointNeed {
  const src = endpointOf(found, pageEndpoint);
  if (!src) {
    if (found.tag === 'news-feed' || found.attributes.get('release-id'))
      return {
        problem: `<${found.tag}> has no src, and the page sets no default endpoint a server can read (data-endpoint on the script tag; CstoWidgets.configure() runs only in the browser). Give it src.`,
      };
    return {};
  }
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return {
      src,
      problem: base
        ? `src "${src}" is not a URL.`
        : `src "${src}" is relative: give the URL the page is served at (base, --base) to resolve it.`,
    };
  }
  if (!['http:', 'https:', 'file:'].includes(url.protocol))
    return { src, problem: `src "${src}" is not an http(s) URL.` };
  return { src, url: url.href };
}

function languageOf(found: FoundElement, pageDefault: string | undefined): Lang {
  return toLang(found.attributes.get('lang')) ?? toLang(found.inheritedLang) ?? toLang(pageDefault) ?? 'en';
}

function stateScript(src: string, url: string, loaded: LoadedEndpoint): string {
  const state: ServerState = {
    version: SERVER_STATE_VERSION,
    src,
    url,
    fetchedAt: loaded.fetchedAt,
    ...(loaded.maxAge !== undefined && { maxAge: loaded.maxAge }),
    feed: loaded.feed,
  };
  return `<script type="application/json" ${SERVER_STATE_ATTRIBUTE}>${serialiseServerState(state)}</script>`;
}

interface Edit extends SourceRange {
  readonly text: string;
}

/** `html` with each range replaced; the ranges do not overlap. */
function applyEdits(html: string, edits: readonly Edit[]): string {
  let result = '';
  let position = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start || a.end - b.end)) {
    result += html.slice(position, edit.start) + edit.text;
    position = edit.end;
  }
  return result + html.slice(position);
}

/**
 * Renders our elements in an HTML page or fragment ahead of time. Each `<news-feed>`,
 * `<event-card>` and `<member-states-badge>` gets, as its first children, its shadow root as
 * Declarative Shadow DOM (what its own `render()` builds, in its language, with Lit's hydration
 * markers) and, when it loaded an endpoint, that data in a `<script type="application/json"
 * data-csto-state>`, so a browser shows the releases before any script runs and the elements
 * take them over without fetching again. The light-DOM fallback stays after them; nothing else in
 * the page changes. Each distinct endpoint is loaded once. An element whose endpoint fails is left
 * exactly as written (its fallback shows, and the browser loads it as before), and reported.
 * An element rendered before is rendered again (its old template and state replaced).
 */
export async function renderElements(html: string, options: RenderOptions = {}): Promise<RenderResult> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  const now = options.now ?? new Date();
  const base = options.base === undefined ? undefined : String(options.base);
  const { elements: found, defaults } = readPage(html);
  const pageDefaults: ScriptDefaults = {
    ...defaults,
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    ...(options.lang !== undefined && { lang: options.lang }),
  };
  const needs = found.map((element) => endpointNeed(element, base, pageDefaults.endpoint));

  const loads = new Map<string, Promise<LoadedEndpoint>>();
  for (const need of needs) {
    if (!('url' in need) || !need.url || loads.has(need.url)) continue;
    const load = loadEndpoint(need.url, { fetch: fetchImpl, timeout });
    load.catch(() => {}); // awaited below, element by element
    loads.set(need.url, load);
  }

  const edits: Edit[] = [];
  const problems: RenderProblem[] = [];
  for (const [index, element] of found.entries()) {
    const need = needs[index]!;
    const src = need.src ?? element.attributes.get('src');
    const about = { element: element.startTag, line: element.line, ...(src !== undefined && { src }) };
    if ('problem' in need) {
      problems.push({ ...about, kind: 'config', message: need.problem });
      continue;
    }
    const url = need.url;
    try {
      const loaded = url ? await loads.get(url)! : undefined;
      const shadow = await renderShadowRoot(element.tag, {
        attributes: element.attributes,
        lang: languageOf(element, pageDefaults.lang),
        ...(pageDefaults.endpoint !== undefined && { endpoint: pageDefaults.endpoint }),
        now,
        ...(loaded && { feed: loaded.feed }),
      });
      const state = url && loaded ? stateScript(src!, url, loaded) : '';
      edits.push({ start: element.contentStart, end: element.contentStart, text: shadow + state });
      for (const range of element.earlierRender) edits.push({ ...range, text: '' });
    } catch (error) {
      if (error instanceof EndpointError) {
        problems.push({
          ...about,
          ...(url && { url }),
          kind: error.kind,
          message: error.message,
          ...(error.status !== undefined && { status: error.status }),
        });
      } else {
        problems.push({ ...about, kind: 'render', message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
  const rendered = found.length - problems.length;
  return { html: edits.length ? applyEdits(html, edits) : html, rendered, problems };
}
