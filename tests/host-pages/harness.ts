/**
 * The in-page half of the host-page matrix (run.mjs drives it): puts every element in every state
 * into each section of a host page, and measures what a reader gets in each cell. Bundled with the
 * library's source by run.mjs; exposes `window.hostMatrix`.
 *
 * Nothing here trusts the library's own colour code: backgrounds are composited from the real
 * computed styles up the flat tree, colours are read back through a canvas.
 */
import '../../src/index.js';

export type CheckName =
  'text-contrast' | 'non-text-contrast' | 'target-size' | 'text-size' | 'host-text' | 'overflow' | 'in-viewport';

export interface Failure {
  readonly check: CheckName;
  readonly detail: string;
}

export interface CellReport {
  readonly cell: string;
  readonly checks: CheckName[];
  readonly measurements: number;
  readonly failures: Failure[];
}

export interface CellBox {
  readonly cell: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

type Rgba = [number, number, number, number];

/** The pinned "now" of every card: the middle of the fixture's event, so it shows "under way". */
const NOW = '2024-09-04T12:00:00';
const API = '/api';

/** What a cell holds: the element, its state, and its markup. */
const CELLS: readonly { element: string; state: string; markup: string }[] = [
  { element: 'news-feed', state: 'loading', markup: `<news-feed src="${API}/hang"></news-feed>` },
  { element: 'news-feed', state: 'content', markup: `<news-feed src="${API}/feed.json" limit="1"></news-feed>` },
  { element: 'news-feed', state: 'body-open', markup: `<news-feed src="${API}/feed.json" limit="1"></news-feed>` },
  {
    element: 'news-feed',
    state: 'compact',
    markup: `<news-feed src="${API}/feed.json" layout="compact"></news-feed>`,
  },
  { element: 'news-feed', state: 'error', markup: `<news-feed src="${API}/missing.json"></news-feed>` },
  { element: 'news-feed', state: 'empty', markup: `<news-feed src="${API}/empty.json"></news-feed>` },
  { element: 'event-card', state: 'loading', markup: `<event-card src="${API}/hang"></event-card>` },
  {
    element: 'event-card',
    state: 'content',
    markup: `<event-card src="${API}/feed.json" release-id="rock-2024-final-stage" now="${NOW}"></event-card>`,
  },
  {
    element: 'event-card',
    state: 'popover',
    markup: `<event-card src="${API}/feed.json" release-id="rock-2024-final-stage" now="${NOW}"></event-card>`,
  },
  { element: 'event-card', state: 'error', markup: `<event-card src="${API}/missing.json"></event-card>` },
  { element: 'event-card', state: 'empty', markup: `<event-card src="${API}/no-events.json"></event-card>` },
  {
    element: 'member-states-badge',
    state: 'loading',
    markup: `<member-states-badge src="${API}/hang"></member-states-badge>`,
  },
  {
    element: 'member-states-badge',
    state: 'content',
    markup: `<member-states-badge src="${API}/feed.json"></member-states-badge>`,
  },
  {
    element: 'member-states-badge',
    state: 'codes',
    markup: `<member-states-badge src="${API}/feed.json" variant="codes" states="AM BY KZ KG RU TJ RS"></member-states-badge>`,
  },
  {
    element: 'member-states-badge',
    state: 'tooltip',
    markup: `<member-states-badge src="${API}/feed.json"></member-states-badge>`,
  },
  {
    element: 'member-states-badge',
    state: 'error',
    markup: `<member-states-badge src="${API}/missing.json"></member-states-badge>`,
  },
  { element: 'member-states-badge', state: 'empty', markup: `<member-states-badge states="-"></member-states-badge>` },
];

/** States measured only while their panel is open (see `openPanel`). */
const PANEL_STATES = new Set(['popover', 'tooltip']);

/** The part that says an element has reached a cell's state (with content: the card or the list). */
const readyPart = (element: string, state: string): string =>
  ['loading', 'error', 'empty'].includes(state) ? state : element === 'event-card' ? 'card' : 'list';

const STATIC_CHECKS: CheckName[] = [
  'text-contrast',
  'non-text-contrast',
  'target-size',
  'text-size',
  'host-text',
  'overflow',
];

// ---------------------------------------------------------------------------------------------
// Colours

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;
const parsed = new Map<string, Rgba>();

/** Any computed CSS colour (rgb, color(srgb …), oklch …) as sRGB 0–255 and alpha 0–1, read back through a canvas. */
function rgba(colour: string): Rgba {
  let known = parsed.get(colour);
  if (known) return known;
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = '#000';
  paint.fillStyle = colour;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data as unknown as number[];
  known = [r!, g!, b!, a! / 255];
  parsed.set(colour, known);
  return known;
}

/** `top` painted over the opaque `bottom`, with `top`'s alpha times `opacity`. */
function over(top: Rgba, bottom: Rgba, opacity = 1): Rgba {
  const a = top[3] * opacity;
  return [0, 1, 2].map((i) => top[i]! * a + bottom[i]! * (1 - a)).concat(1) as Rgba;
}

function luminance([r, g, b]: Rgba): number {
  const linear = (c: number): number => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: Rgba, b: Rgba): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

const hex = (c: Rgba): string =>
  `#${c
    .slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, '0'))
    .join('')}`;

/** The parent in the flat tree: across shadow roots, up to the host. */
const flatParent = (node: Element): Element | null =>
  node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;

/** The page canvas: the root's background, else the `Canvas` colour of the root's colour scheme. */
function canvasColour(): Rgba {
  const probe = document.createElement('div');
  probe.style.cssText = 'position:absolute;inline-size:0;block-size:0;background-color:Canvas';
  document.documentElement.append(probe);
  const colour = rgba(getComputedStyle(probe).backgroundColor);
  probe.remove();
  return colour;
}

interface Backdrop {
  /** The composited background colour behind `element`'s content. */
  readonly colour: Rgba;
  /** The product of the opacities from `element` up to the opaque layer. */
  readonly opacity: number;
  /** A background image on the way: the colour is a guess. */
  readonly image: boolean;
}

/**
 * What shows behind an element: the background colours from it up the flat tree to the first
 * opaque one (an open popover is a layer of its own, in the top layer), painted bottom up.
 */
function backdrop(element: Element, includeSelf = true): Backdrop {
  const layers: Rgba[] = [];
  let opacity = 1;
  let image = false;
  let base: Rgba | undefined;
  for (let node: Element | null = element; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    opacity *= Number(style.opacity);
    if (node === element && !includeSelf) continue;
    if (style.backgroundImage !== 'none') image = true;
    const colour = rgba(style.backgroundColor);
    if (colour[3] >= 0.999) {
      base = colour;
      break;
    }
    if (colour[3] > 0) layers.push(colour);
    if (node.matches(':popover-open')) break;
  }
  let colour = base ?? canvasColour();
  for (const layer of layers.reverse()) colour = over(layer, colour);
  return { colour, opacity, image };
}

// ---------------------------------------------------------------------------------------------
// Walking an element's rendering

/** Every element of `host`'s shadow tree, nested elements' trees included. */
function shadowElements(host: Element): Element[] {
  const found: Element[] = [];
  for (const child of host.shadowRoot?.querySelectorAll('*') ?? []) {
    found.push(child);
    found.push(...shadowElements(child));
  }
  return found;
}

const describe = (node: Element): string => {
  const part = node.getAttribute('part');
  const owner = (node.getRootNode() as ShadowRoot).host?.localName;
  return `${owner ? `${owner} ` : ''}${node.localName}${part ? `[part="${part}"]` : node.className ? `.${node.className}` : ''}`;
};

const isRendered = (node: Element): boolean => {
  const rect = node.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0 && getComputedStyle(node).visibility === 'visible';
};

/** Screen-reader text and closed panels are not what a reader sees. */
const offScreen = (node: Element): boolean => Boolean(node.closest('.visually-hidden, [hidden]'));

/** Elements that carry text of their own. */
function textElements(host: Element): Element[] {
  return shadowElements(host).filter(
    (node) =>
      !offScreen(node) &&
      [...node.childNodes].some((child) => child.nodeType === Node.TEXT_NODE && child.textContent!.trim()) &&
      isRendered(node),
  );
}

function focusables(host: Element): HTMLElement[] {
  return shadowElements(host).filter(
    (node): node is HTMLElement =>
      node instanceof HTMLElement &&
      !offScreen(node) &&
      (node.matches('button:not(:disabled), a[href]') || node.getAttribute('tabindex') === '0') &&
      isRendered(node),
  );
}

// ---------------------------------------------------------------------------------------------
// The checks

type Report = (check: CheckName, detail: string) => void;

function checkTexts(host: Element, report: Report): number {
  const texts = textElements(host);
  for (const node of texts) {
    const style = getComputedStyle(node);
    const behind = backdrop(node);
    const text = over(rgba(style.color), behind.colour, behind.opacity);
    const size = parseFloat(style.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
    const ratio = contrast(text, behind.colour);
    const needed = large ? 3 : 4.5;
    if (ratio < needed - 0.005) {
      report(
        'text-contrast',
        `${describe(node)} "${node.textContent!.trim().slice(0, 30)}": ${ratio.toFixed(2)}:1 (${hex(text)} on ${hex(behind.colour)}${behind.image ? ', under an image' : ''}), needs ${needed}:1`,
      );
    }
    if (size < 12 - 0.01) report('text-size', `${describe(node)}: ${size.toFixed(2)}px text`);
    checkHostText(node, style, report);
  }
  return texts.length;
}

/** A host's text properties stay out; the element's own choices (buttons centre, codes spaced) stay in. */
function checkHostText(node: Element, style: CSSStyleDeclaration, report: Report): void {
  const inButton = Boolean(node.closest('button'));
  const spacedOnPurpose = node.matches('[part~="code"]');
  const problems = [
    style.textTransform !== 'none' && `text-transform ${style.textTransform}`,
    !spacedOnPurpose && style.letterSpacing !== 'normal' && `letter-spacing ${style.letterSpacing}`,
    style.wordSpacing !== '0px' && `word-spacing ${style.wordSpacing}`,
    style.textIndent !== '0px' && `text-indent ${style.textIndent}`,
    !['start', inButton ? 'center' : 'start'].includes(style.textAlign) && `text-align ${style.textAlign}`,
    style.whiteSpaceCollapse !== 'collapse' && `white-space-collapse ${style.whiteSpaceCollapse}`,
    style.textWrapMode !== 'wrap' && `text-wrap-mode ${style.textWrapMode}`,
    node.getAttribute('aria-hidden') !== 'true' &&
      parseFloat(style.lineHeight) / parseFloat(style.fontSize) < 1.2 &&
      `line-height ${style.lineHeight} at ${style.fontSize}`,
  ].filter(Boolean);
  if (problems.length) report('host-text', `${describe(node)}: ${problems.join(', ')}`);
}

function checkBoxSizing(host: Element, report: Report): number {
  const boxes = shadowElements(host);
  const off = boxes.filter((node) => getComputedStyle(node).boxSizing !== 'border-box');
  if (off.length) report('host-text', `box-sizing content-box on ${off.slice(0, 3).map(describe).join(', ')}`);
  return boxes.length;
}

/** Focus rings (3:1 against what is behind the control) and status marks (3:1 against their backdrop). */
function checkNonText(host: Element, report: Report): number {
  let measured = 0;
  for (const control of focusables(host)) {
    control.focus({ preventScroll: true });
    const style = getComputedStyle(control);
    measured++;
    if (!control.matches(':focus-visible') || style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2) {
      report('non-text-contrast', `${describe(control)}: no focus ring (${style.outlineStyle} ${style.outlineWidth})`);
    } else {
      const behind = backdrop(control, false);
      const ring = over(rgba(style.outlineColor), behind.colour, behind.opacity);
      const ratio = contrast(ring, behind.colour);
      if (ratio < 3 - 0.005) {
        report(
          'non-text-contrast',
          `${describe(control)}: focus ring ${ratio.toFixed(2)}:1 (${hex(ring)} on ${hex(behind.colour)})`,
        );
      }
    }
    control.blur();
  }
  const marks = shadowElements(host).filter(
    (node) => node.matches('.status-mark, [part~="state-suspended"], [part~="state-observer"]') && isRendered(node),
  );
  for (const mark of marks) {
    measured++;
    const style = getComputedStyle(mark);
    const behind = backdrop(mark, false);
    const fill = rgba(style.backgroundColor);
    const ink = mark.matches('.status-mark')
      ? fill[3] > 0
        ? fill
        : rgba(style.borderTopColor)
      : rgba(style.outlineColor);
    const colour = over(ink, behind.colour, behind.opacity);
    const ratio = contrast(colour, behind.colour);
    if (ratio < 3 - 0.005) {
      report(
        'non-text-contrast',
        `${describe(mark)}: status mark ${ratio.toFixed(2)}:1 (${hex(colour)} on ${hex(behind.colour)})`,
      );
    }
  }
  return measured;
}

function checkTargets(host: Element, report: Report): number {
  // Links inside a release body sit in sentences: WCAG 2.5.8's inline exception.
  const targets = focusables(host).filter((node) => !node.closest('[part~="body"]'));
  for (const target of targets) {
    const { width, height } = target.getBoundingClientRect();
    if (width < 23.99 || height < 23.99)
      report('target-size', `${describe(target)}: ${width.toFixed(1)}×${height.toFixed(1)} px`);
    // Buttons keep the height they have at a 16 px root (44 px; the compact toggle 32 px) on any page.
    const floor = target.matches('button') ? (target.closest('[part~="list"]') && isCompact(target) ? 32 : 44) : 0;
    if (height < floor - 0.01)
      report('target-size', `${describe(target)}: ${height.toFixed(1)} px high, under its ${floor} px floor`);
  }
  return targets.length;
}

const isCompact = (node: Element): boolean =>
  ((node.getRootNode() as ShadowRoot).host as Element | undefined)?.getAttribute('layout') === 'compact';

/** Nothing of the element sticks out of its own box or the viewport, and no box is wider than itself. */
function checkOverflow(host: Element, report: Report): number {
  const bounds = host.getBoundingClientRect();
  if (bounds.left < -0.5 || bounds.right > document.documentElement.clientWidth + lineIndent(host) + 0.5)
    report('overflow', `${host.localName} spans ${bounds.left.toFixed(0)}–${bounds.right.toFixed(0)} px`);
  const nodes = shadowElements(host).filter((node) => !offScreen(node) && !node.closest('[popover]'));
  for (const node of nodes) {
    if (!isRendered(node)) continue;
    // Inside a scroll container on purpose (a wide table in a body): its box is what counts.
    if (insideScroller(node, host)) continue;
    // A turning spinner's box grows at its corners; its layout box is what takes room.
    if (getComputedStyle(node).transform !== 'none') continue;
    const rect = node.getBoundingClientRect();
    if (rect.left < bounds.left - 0.5 || rect.right > bounds.right + 0.5)
      report(
        'overflow',
        `${describe(node)} spans ${rect.left.toFixed(0)}–${rect.right.toFixed(0)}, outside ${bounds.left.toFixed(0)}–${bounds.right.toFixed(0)}`,
      );
    const style = getComputedStyle(node);
    const scrolls = ['auto', 'scroll'].includes(style.overflowX);
    if (!scrolls && node.clientWidth > 0 && node.scrollWidth > node.clientWidth + 1)
      report('overflow', `${describe(node)}: scrollWidth ${node.scrollWidth} > clientWidth ${node.clientWidth}`);
  }
  return nodes.length;
}

/**
 * How far a page's `text-indent` pushes an inline-level host (the badge) along its first line:
 * the page's layout of its own line, as it would push an image, and nothing the element can undo.
 */
function lineIndent(host: Element): number {
  if (!getComputedStyle(host).display.startsWith('inline')) return 0;
  return Math.max(0, parseFloat(getComputedStyle(host.parentElement!).textIndent) || 0);
}

function insideScroller(node: Element, host: Element): boolean {
  for (let parent = flatParent(node); parent && parent !== host; parent = flatParent(parent)) {
    if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(parent).overflowX)) return true;
  }
  return false;
}

/**
 * An open panel: wholly in the viewport, off what it must leave visible (its anchor; a card's
 * name), and scrolling inside itself when its content is taller.
 */
function checkPanel(panel: HTMLElement, keepVisible: Element[], report: Report): number {
  const rect = panel.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const height = innerHeight;
  if (rect.left < -0.5 || rect.top < -0.5 || rect.right > width + 0.5 || rect.bottom > height + 0.5) {
    report(
      'in-viewport',
      `${describe(panel)} at ${rect.left.toFixed(0)},${rect.top.toFixed(0)}–${rect.right.toFixed(0)},${rect.bottom.toFixed(0)} in a ${width}×${height} viewport`,
    );
  }
  const style = getComputedStyle(panel);
  if (panel.scrollHeight > panel.clientHeight + 1 && !['auto', 'scroll'].includes(style.overflowY)) {
    report(
      'in-viewport',
      `${describe(panel)}: content ${panel.scrollHeight} px tall clipped to ${panel.clientHeight} px`,
    );
  }
  for (const covered of keepVisible) {
    const box = covered.getBoundingClientRect();
    const overlapX = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
    const overlapY = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
    if (overlapX > 0.5 && overlapY > 0.5)
      report('in-viewport', `${describe(panel)} covers ${describe(covered)} (${overlapY.toFixed(0)} px)`);
  }
  return 1;
}

function measure(
  host: Element,
  cell: string,
  checks: CheckName[],
  panel?: { panel: HTMLElement; keepVisible: Element[] },
): CellReport {
  const failures: Failure[] = [];
  const report: Report = (check, detail) => failures.push({ check, detail });
  let measurements = 0;
  measurements += checkTexts(host, report);
  measurements += checkBoxSizing(host, report);
  measurements += checkNonText(host, report);
  measurements += checkTargets(host, report);
  measurements += checkOverflow(host, report);
  if (panel) measurements += checkPanel(panel.panel, panel.keepVisible, report);
  return { cell, checks, measurements, failures };
}

// ---------------------------------------------------------------------------------------------
// Building and driving the page

async function until(predicate: () => boolean, what: string, timeout = 15_000): Promise<void> {
  const start = performance.now();
  while (!predicate()) {
    if (performance.now() - start > timeout) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const part = (host: Element, name: string): HTMLElement | null =>
  host.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;

const cellName = (section: string, element: string, state: string): string => `${section}/${element}/${state}`;

function hostOf(name: string): HTMLElement {
  const cell = document.querySelector<HTMLElement>(`[data-cell="${CSS.escape(name)}"]`);
  if (!cell?.firstElementChild) throw new Error(`No cell ${name}`);
  return cell.firstElementChild as HTMLElement;
}

/** Fills every section with every cell and waits until each element shows its state. */
async function build(): Promise<void> {
  for (const section of document.querySelectorAll<HTMLElement>('[data-section]')) {
    const grid = document.createElement('div');
    grid.className = 'matrix-cells';
    for (const { element, state, markup } of CELLS) {
      const cell = document.createElement('div');
      cell.className = 'matrix-cell';
      cell.dataset.cell = cellName(section.dataset.section!, element, state);
      cell.innerHTML = markup;
      grid.append(cell);
    }
    section.append(grid);
  }
  const waits = [...document.querySelectorAll<HTMLElement>('[data-cell]')].map(async (cell) => {
    const name = cell.dataset.cell!;
    const [, element, state] = name.split('/') as [string, string, string];
    const host = cell.firstElementChild!;
    const ready = state === 'body-open' ? 'toggle' : readyPart(element, state);
    await until(() => part(host, ready) !== null, `${name} to show its ${ready}`);
    if (state === 'body-open') {
      part(host, 'toggle')!.click();
      await until(() => part(host, 'body')?.textContent?.trim() !== '', `${name} to open its body`);
    }
  });
  await Promise.all(waits);
  await document.fonts.ready;
}

/** Reports of every cell whose state shows without a panel. */
function measureStatic(): CellReport[] {
  return [...document.querySelectorAll<HTMLElement>('[data-cell]')]
    .filter((cell) => !PANEL_STATES.has(cell.dataset.cell!.split('/')[2]!))
    .map((cell) => measure(cell.firstElementChild!, cell.dataset.cell!, STATIC_CHECKS));
}

/** The cells whose state is an open panel: a card's details popover, a badge's tooltip. */
const panelCells = (): string[] =>
  [...document.querySelectorAll<HTMLElement>('[data-cell]')]
    .map((cell) => cell.dataset.cell!)
    .filter((name) => PANEL_STATES.has(name.split('/')[2]!));

/**
 * Opens the panel of a cell with its anchor at `where` in the viewport (`center` or `end`, the bottom
 * edge: a popover near the fold), waits until it is placed, and measures the cell. The panel stays
 * open for a screenshot until `closePanel()`.
 */
async function openPanel(name: string, where: ScrollLogicalPosition): Promise<CellReport> {
  const host = hostOf(name);
  const isCard = host.localName === 'event-card';
  const anchor = isCard ? part(host, 'details-button')! : part(host, 'state')!;
  // Instantly: a page's `scroll-behavior: smooth` (Bootstrap's) would still be scrolling when it is measured.
  anchor.scrollIntoView({ block: where, inline: 'nearest', behavior: 'instant' });
  if (isCard) anchor.click();
  else anchor.focus();
  const panelPart = isCard ? 'details' : 'tooltip';
  let panel: HTMLElement | null = null;
  await until(() => {
    panel = [...host.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${panelPart}"]`)].find((node) =>
      node.matches(':popover-open'),
    ) as HTMLElement | null;
    return Boolean(panel?.dataset.placement) && panel!.style.opacity === '';
  }, `${name} to place its ${panelPart}`);
  // Two frames: the position is applied, then painted.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const checks: CheckName[] = [...STATIC_CHECKS, 'in-viewport'];
  // A card's details must not hide the card's own name (the reader would lose what they are
  // about) wherever a useful room (240 px) is left below the button or above the card.
  const roomBelow = innerHeight - anchor.getBoundingClientRect().bottom - 14;
  const roomAbove = isCard ? part(host, 'card')!.getBoundingClientRect().top - 14 : 0;
  const keepVisible = isCard && Math.max(roomBelow, roomAbove) >= 240 ? [anchor, part(host, 'name')!] : [anchor];
  const report = measure(host, `${name}@${where}`, checks, { panel: panel!, keepVisible });
  // Measuring moved focus through the controls; the panel is shown again for the picture.
  if (!isCard) anchor.focus();
  return report;
}

async function closePanel(name: string): Promise<void> {
  const host = hostOf(name);
  if (host.localName === 'event-card') {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
  } else {
    (host.shadowRoot!.activeElement as HTMLElement | null)?.blur();
    host.dispatchEvent(new FocusEvent('focusout'));
    part(host, 'state')?.dispatchEvent(new MouseEvent('mouseleave'));
  }
  await until(() => !host.shadowRoot!.querySelector(':popover-open'), `${name} to close its panel`);
}

/** Where each static cell is in the document, for crops of the full-page screenshot. */
function cellBoxes(): CellBox[] {
  const cells = [...document.querySelectorAll<HTMLElement>('[data-cell]')];
  // A panel's cell is pictured with its panel open (see run.mjs), not closed here.
  return cells
    .filter((cell) => !PANEL_STATES.has(cell.dataset.cell!.split('/')[2]!))
    .map((cell) => {
      const rect = cell.getBoundingClientRect();
      return {
        cell: cell.dataset.cell!,
        x: rect.left + scrollX,
        y: rect.top + scrollY,
        width: rect.width,
        height: rect.height,
      };
    });
}

/** The page scrolls sideways: something is wider than the viewport. */
function pageOverflow(): string | undefined {
  const root = document.documentElement;
  const indents = [...document.querySelectorAll('[data-cell] > *')].map(lineIndent);
  return root.scrollWidth > root.clientWidth + Math.max(0, ...indents) + 1
    ? `the page scrolls sideways: ${root.scrollWidth} px content in ${root.clientWidth} px`
    : undefined;
}

const hostMatrix = { build, measureStatic, panelCells, openPanel, closePanel, cellBoxes, pageOverflow };
export type HostMatrix = typeof hostMatrix;
(window as unknown as { hostMatrix: HostMatrix }).hostMatrix = hostMatrix;
