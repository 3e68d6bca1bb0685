/**
 * Whole pages for the hydration tests, opened in an iframe so the page's whole life (its first
 * paint, its scripts, every layout shift) is its own: the same HTML either rendered on the server
 * by `renderElements` (tests/server/server-render-plugin.mjs) or served as written and rendered in
 * the browser (tests/server/pasted-page-plugin.mjs).
 */
import { until } from './endpoint.js';

export type RenderMode = 'server' | 'client';

/** What the page's scripts import: Lit's hydration support first, then the elements (the npm way). */
export const HYDRATED = ['/src/hydrate.ts', '/src/index.ts'];
/** The elements alone: a server-rendered page whose script has no hydration support. */
export const WITHOUT_HYDRATION = ['/src/index.ts'];
/**
 * The built script tag alone, byte for byte as published (needs `npm run build`), as a webmaster
 * pastes it: its loader sees the server-rendered elements and loads the hydration part first.
 */
export const SCRIPT_TAG = ['<script defer src="/pasted/dist/csto-widgets.js"></script>'];

const OUR_ELEMENTS = 'news-feed, event-card, member-states-badge';

export interface PageWindow extends Window {
  /** Every `console.warn` of the page, as text (kept off the test's console). */
  warnings: string[];
  /** Uncaught errors and rejections of the page. */
  pageErrors: string[];
  /** The tag names of the elements that sent `csto-load`, in order. */
  loads: string[];
  /** For each of our top-level elements, the elements of its shadow root before any script ran. */
  nodesBeforeScripts: Element[][];
  scriptsRan: boolean;
  PerformanceObserver: typeof PerformanceObserver;
}

export interface OpenedPage {
  readonly frame: HTMLIFrameElement;
  readonly document: Document;
  readonly window: PageWindow;
  /** Our top-level elements, in document order. */
  readonly elements: HTMLElement[];
  /** How the server render went (server mode): elements rendered and left as written. */
  readonly render?: { rendered: number; problems: unknown[] };
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * The page around `body`: warnings and errors recorded, the server's shadow roots noted before any
 * script, then `scripts`: modules to import in order, or script tags as written.
 */
function pageHtml(body: string, scripts: readonly string[]): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Releases</title>
<style>body { margin: 0; font: 16px/1.5 sans-serif; } #below { height: 40px; background: #ddd; }</style>
<script>
  window.warnings = [];
  window.pageErrors = [];
  window.loads = [];
  addEventListener('csto-load', (event) => loads.push(event.target.localName));
  console.warn = (...args) => warnings.push(args.map(String).join(' '));
  addEventListener('error', (event) => pageErrors.push(String(event.error ?? event.message)));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
</script>
</head>
<body>
${body}
<p id="below">Below the elements.</p>
<script>
  nodesBeforeScripts = [...document.querySelectorAll('${OUR_ELEMENTS}')].map((el) => [...(el.shadowRoot?.querySelectorAll('*') ?? [])]);
</script>
${scripts.filter((script) => script.startsWith('<')).join('\n')}
<script type="module">
${scripts
  .filter((script) => !script.startsWith('<'))
  .map((script) => `import '${script}';`)
  .join('\n')}
window.scriptsRan = true;
</script>
</body>
</html>`;
}

/**
 * Opens `body` (our elements as a webmaster writes them) as a page in an iframe, rendered on the
 * server or not, and resolves once its scripts ran and every element of ours finished its updates.
 */
export async function openPage(
  body: string,
  mode: RenderMode,
  {
    scripts = HYDRATED,
    edit,
    renderedAt,
    width = 800,
    height = 1400,
    keep = false,
  }: {
    scripts?: readonly string[];
    /** Changes the server's output before it is served (a page edited or cut short after its render). */
    edit?: (html: string) => string;
    /** The moment the server renders for (default: now). */
    renderedAt?: Date;
    width?: number;
    height?: number;
    /** Kept after the test that opened it (for a file's `before`): the caller removes `frame`. */
    keep?: boolean;
  } = {},
): Promise<OpenedPage> {
  const post = async (path: string, page: string): Promise<{ url: string; rendered?: number; problems?: unknown[] }> =>
    (await fetch(path, { method: 'POST', body: page })).json();
  const renderUrl = `/server-rendered${renderedAt ? `?now=${encodeURIComponent(renderedAt.toISOString())}` : ''}`;
  const answer = await post(mode === 'server' ? renderUrl : '/pasted', pageHtml(body, scripts));
  if (edit) {
    const rendered = await (await fetch(answer.url)).text();
    answer.url = (await post('/pasted', edit(rendered))).url;
  }
  const frame = document.createElement('iframe');
  if (!keep) frames.push(frame);
  frame.style.cssText = `width: ${width}px; height: ${height}px; border: 0;`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = answer.url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as unknown as PageWindow;
  const doc = frame.contentDocument!;
  await until(() => win.scriptsRan === true, 8000, 'the page scripts');
  const elements = [...doc.querySelectorAll<HTMLElement>(OUR_ELEMENTS)];
  await settled(elements);
  return {
    frame,
    document: doc,
    window: win,
    elements,
    ...(answer.rendered !== undefined && { render: { rendered: answer.rendered, problems: answer.problems ?? [] } }),
  };
}

type Updating = HTMLElement & { updateComplete: Promise<boolean>; hasUpdated: boolean };

/** Resolves once every element (and each inside their shadow roots) has rendered and has no update pending. */
export async function settled(elements: readonly HTMLElement[]): Promise<void> {
  await until(() => elements.every((el) => (el as Updating).hasUpdated), 8000, 'the first renders');
  for (let round = 0; round < 5; round++) {
    const done = await Promise.all(elements.map((el) => (el as Updating).updateComplete));
    if (done.every(Boolean)) return;
  }
}

type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean };

/** The layout-shift score of the page's whole life so far (PerformanceObserver, buffered entries). */
export async function layoutShiftScore(page: OpenedPage): Promise<number> {
  let score = 0;
  const add = (entries: PerformanceEntryList): void => {
    for (const shift of entries as LayoutShift[]) if (!shift.hadRecentInput) score += shift.value;
  };
  const observer = new page.window.PerformanceObserver((list) => add(list.getEntries()));
  observer.observe({ type: 'layout-shift', buffered: true });
  // The buffered entries come in a task of their own; two frames later they are all here.
  const frame = (): Promise<number> => new Promise((resolve) => page.window.requestAnimationFrame(resolve));
  await frame();
  await frame();
  add(observer.takeRecords());
  observer.disconnect();
  return score;
}
