import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadFeed } from '../../data/load-feed.js';
import { EndpointError, type Feed, type Release } from '../../data/release.js';

/** Why a run of page loads stopped. */
export type PagesOutcome = 'enough' | 'end' | 'bound';

/** What a run of page loads is for: it stops once `enough()` holds, or after `maxPages` pages. */
export interface PagesGoal {
  /** Who asked: "show more", a search of older releases, a link to an older release. */
  readonly reason: 'more' | 'older' | 'link';
  readonly maxPages: number;
  readonly enough: () => boolean;
}

/**
 * The `next` pages of a feed beyond its first: "show more", a search of older releases and a
 * link to an older release all load them here, one run at a time, each run bounded and
 * cancellable. The first page stays with the endpoint controller.
 */
export class FeedPages implements ReactiveController {
  /** Releases of the later pages loaded so far, in the order the endpoint sent them. */
  releases: readonly Release[] = [];
  /** `next` of the last later page; `undefined` before any, `null` after the last. */
  private lastNext?: string | null;
  /** Pages loaded by the run under way, for its progress. */
  pagesThisRun = 0;
  private reason?: PagesGoal['reason'];

  private readonly task: Task<[string, PagesGoal], PagesOutcome>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onPage: (page: Feed) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      autoRun: false,
      task: ([url, goal], { signal }) => this.loadPages(url, goal, signal),
    });
  }

  hostDisconnected(): void {
    this.cancel(new DOMException('The element left the page.', 'AbortError'));
  }

  /** The next page to load after `first`'s and the later ones; undefined when there is none. */
  nextUrl(first: Feed | undefined): string | undefined {
    return this.lastNext === undefined ? first?.next : (this.lastNext ?? undefined);
  }

  /** Why pages are loading now; undefined when they are not. */
  get loading(): PagesGoal['reason'] | undefined {
    return this.task.status === TaskStatus.PENDING ? this.reason : undefined;
  }

  /** Why the last run failed, when the endpoint was at fault (a cancelled run is no error). */
  get error(): EndpointError | undefined {
    return this.task.status === TaskStatus.ERROR && this.task.error instanceof EndpointError
      ? this.task.error
      : undefined;
  }

  /** Loads pages after `first` until `goal` is met, the feed ends or the bound is reached. */
  async load(first: Feed | undefined, goal: PagesGoal): Promise<PagesOutcome | undefined> {
    const url = this.nextUrl(first);
    if (!url) return 'end';
    if (goal.enough()) return 'enough';
    this.pagesThisRun = 0;
    this.reason = goal.reason;
    await this.task.run([url, goal]);
    return this.task.status === TaskStatus.COMPLETE ? this.task.value : undefined;
  }

  cancel(reason?: unknown): void {
    this.task.abort(reason);
  }

  /** Forgets the later pages: a new `src` or new `releases` is another feed. */
  reset(): void {
    this.cancel();
    this.releases = [];
    this.lastNext = undefined;
    this.pagesThisRun = 0;
  }

  private async loadPages(url: string, goal: PagesGoal, signal: AbortSignal): Promise<PagesOutcome> {
    let next: string | undefined = url;
    while (next) {
      const page = await loadFeed(next, { signal });
      this.releases = [...this.releases, ...page.releases];
      this.lastNext = page.next ?? null;
      this.pagesThisRun++;
      this.onPage(page);
      this.host.requestUpdate();
      if (goal.enough()) return 'enough';
      if (this.pagesThisRun >= goal.maxPages) return 'bound';
      next = page.next;
    }
    return 'end';
  }
}
