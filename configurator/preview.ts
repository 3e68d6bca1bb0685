/**
 * The builder's preview: a plain host page holding the real element, told what to show by the
 * builder around it (configurator/embed-builder.ts). Same origin only.
 */
import '../src/index.js';
import type { PreviewMessage } from './embed-builder.js';

const stage = document.getElementById('stage')!;
const theme = document.getElementById('theme') as HTMLStyleElement;
let shown = '';

window.addEventListener('message', (event: MessageEvent<PreviewMessage>) => {
  if (event.origin !== location.origin || event.data?.type !== 'csto-preview') return;
  const { markup, css, dark } = event.data;
  document.body.classList.toggle('dark', dark);
  theme.textContent = css;
  // Rebuilt only when the element itself changes: a new look keeps its state (an open body).
  if (markup === shown) return;
  shown = markup;
  const template = document.createElement('template');
  template.innerHTML = markup;
  stage.replaceChildren(template.content);
});

new ResizeObserver(() =>
  parent.postMessage({ type: 'csto-preview-height', height: document.documentElement.scrollHeight }, location.origin),
).observe(document.body);
parent.postMessage({ type: 'csto-preview-ready' }, location.origin);
