import { initialState, Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { earlyFeedArrived, takeEarlyFeed } from '../data/early-feed.js';
import { isFeed } from '../data/feed-shape.js';
import { firstScreenOf, type FirstScreen } from '../data/first-screens.js';
import { loadDetail } from '../data/lazy-feed.js';
import { adoptAnswer, hasSharedAnswer, loadFeed } from '../data/load-feed.js';
import { EndpointError, type Feed } from '../data/release.js';
import { readServerState, SERVER_STATE_ATTRIBUTE } from '../data/server-state.js';
import { rememberFeed } from '../data/remember-feed.js';
import { lastGoodFeed } from '../data/stale-store.js';
import { resolveEndpoint } from '../data/url.js';
import type { CstoErrorDetail } from '../events.js';
import type { CstoElement } from './csto-element.js';

export interface EndpointHost
  extends
    ReactiveControllerHost,
    Pick<
      CstoElement,
      'emit' | 'showsContent' | 'serverRendered' | 'refuseServerRender' | 'localName' | 'querySelector'
    > {
  /** The endpoint to load, or undefined when the element has its data from elsewhere. */
  readonly endpoint: string | undefined;
  /** False while a lazy element is far from the viewport. */
  readonly mayLoad: boolean;
}

/** Each host's controller, so server rendering can hand it a feed without reaching into the element. */
const controllers = new WeakMap<object, EndpointController>();

/**
 * Gives `host`, one of our elements, a feed loaded ahead of time (server rendering): shown until,
 * and unless, the task has an answer of its own.
 * @internal
 */
export function adoptFeed(host: object, feed: Feed): void {
  const controller = controllers.get(host);
  if (controller) controller.adopted = feed;
}

const toErrorDetail = (error: unknown): CstoErrorDetail =>
  error instanceof EndpointError
    ? { kind: error.kind, message: error.message, ...(error.status !== undefined && { status: error.status }) }
    : { kind: 'network', message: String(error) };

/**
 * An element's endpoint, through @lit/task: loads when `endpoint` changes, aborts when the element
 * leaves the page (and loads again if it comes back), shows the last good answer at once while it
 * revalidates, and keeps the data on screen when a later refresh fails (`staleError` says why).
 */
export class EndpointController implements ReactiveController {
  readonly task: Task<[string | undefined, boolean], Feed>;
  /** Why the data on screen is stale: the last refresh failed. Undefined when it is current. */
  staleError?: CstoErrorDetail;
  /** A feed rendered on the server (see `adoptFeed`). */
  adopted?: Feed;

  private loadedUrl?: string;
  /** Sent after the render that shows its outcome, so listeners see the new content. */
  private pendingEvent?: () => void;
  private freshNext = false;
  private abortedByDisconnect = false;
  private revalidateTimer?: ReturnType<typeof setTimeout>;
  private serverStateTaken = false;
  private firstScreenTaken = false;

  constructor(private readonly host: EndpointHost) {
    host.addController(this);
    controllers.set(host, this);
    this.task = new Task(host, {
      args: () => [host.endpoint, host.mayLoad],
      task: ([endpoint, mayLoad], { signal }) => this.load(endpoint, mayLoad, signal),
    });
  }

  /** The feed to show: the task's answer, else one adopted from a server render. */
  get feed(): Feed | undefined {
    return this.task.value ?? this.adopted;
  }

  hostConnected(): void {
    if (this.host.serverRendered && !this.serverStateTaken) this.takeServerState();
    const firstScreen = this.firstScreenTaken ? undefined : firstScreenOf(this.host);
    if (firstScreen) this.takeFirstScreen(firstScreen);
    if (!this.abortedByDisconnect) return;
    this.abortedByDisconnect = false;
    void this.task.run();
  }

  hostUpdated(): void {
    // The outcome shows once the element's catalogue is here: the render it asks for sends it.
    if (!this.host.showsContent) return;
    const send = this.pendingEvent;
    this.pendingEvent = undefined;
    send?.();
  }

  hostDisconnected(): void {
    clearTimeout(this.revalidateTimer);
    if (this.task.status === TaskStatus.PENDING) {
      this.abortedByDisconnect = true;
      this.task.abort(new DOMException('The element left the page.', 'AbortError'));
    }
  }

  /** Why the last load failed, while that is what shows (a retry under way is loading). */
  get failure(): unknown {
    return this.task.status === TaskStatus.ERROR ? this.task.error : undefined;
  }

  /** Loads again, bypassing the shared cache (retry button, `refresh` timer). */
  reload(): void {
    this.freshNext = true;
    void this.task.run();
  }

  /**
   * Takes over the data a server render left beside the element (docs/server-rendering.md), before
   * its first render: that render then matches the server's markup, and while the data is fresh
   * the task's load is answered from it, without a request.
   */
  private takeServerState(): void {
    this.serverStateTaken = true;
    const endpoint = this.host.endpoint;
    const script = this.host.querySelector(`:scope > script[${SERVER_STATE_ATTRIBUTE}]`);
    if (!endpoint || !script) return;
    const state = readServerState(script.textContent ?? '');
    const url = resolveEndpoint(endpoint);
    if (!state || !isFeed(state.feed)) {
      this.host.refuseServerRender(
        `<${this.host.localName}>: the data rendered with it could not be read; it renders afresh and loads its endpoint.`,
      );
      return;
    }
    // Rendered for another endpoint than the element has now (its src changed since): not its data.
    if (state.src !== endpoint && state.url !== url) return;
    this.adopted = state.feed;
    this.loadedUrl = url;
    adoptAnswer(endpoint, state.feed, Date.parse(state.fetchedAt), state.maxAge);
  }

  /**
   * Takes over the feed the script tag's first screen showed (src/components/news-feed/first-screen.ts)
   * before the first render, which then matches it; the task's load is answered from it, and so are
   * other elements of the same endpoint while it is fresh: one request, read once.
   */
  private takeFirstScreen({ url, feed, readAt }: FirstScreen): void {
    this.firstScreenTaken = true;
    const endpoint = this.host.endpoint;
    if (!endpoint || resolveEndpoint(endpoint) !== url) return;
    this.adopted = feed;
    this.loadedUrl = url;
    // Once per endpoint, for the first of its elements.
    if (hasSharedAnswer(endpoint)) return;
    adoptAnswer(endpoint, feed, readAt);
    // As a load of its own would: the next page's stored copy; and the request, answered, is let go.
    rememberFeed(url, feed);
    takeEarlyFeed(url);
  }

  private announceLoad(feed: Feed): void {
    this.pendingEvent = () => this.host.emit('csto-load', loadDetail(feed));
  }

  private async load(
    endpoint: string | undefined,
    mayLoad: boolean,
    signal: AbortSignal,
  ): Promise<Feed | typeof initialState> {
    if (!endpoint || !mayLoad) return initialState;
    const fresh = this.freshNext;
    this.freshNext = false;
    const url = resolveEndpoint(endpoint);
    // A server render's data counts as the last answer: a failed refresh keeps it on screen.
    const previous = this.feed && this.loadedUrl === url ? this.feed : undefined;
    // A copy kept from earlier is worth showing only while no current answer is at hand: an element
    // that comes after another one's request shares that request, and never starts its own; one
    // whose answer the script tag's loader already has takes it (and reads no storage first).
    if (!previous && !fresh && !hasSharedAnswer(url) && !earlyFeedArrived(url)) {
      const stale = lastGoodFeed(url);
      if (stale) {
        this.loadedUrl = url;
        // Show it now, then fetch the current answer (which keeps it on screen if that fails). Not a
        // forced refresh: elements revalidating the same copy share one request.
        this.revalidateTimer = setTimeout(() => void this.task.run());
        this.announceLoad(stale);
        return stale;
      }
    }
    try {
      const feed = await loadFeed(endpoint, { signal, fresh });
      this.loadedUrl = url;
      this.staleError = undefined;
      this.announceLoad(feed);
      return feed;
    } catch (error) {
      if (signal.aborted) throw error;
      const detail = toErrorDetail(error);
      this.pendingEvent = () => this.host.emit('csto-error', detail);
      if (!previous) throw error;
      this.staleError = detail;
      return previous;
    }
  }
}
