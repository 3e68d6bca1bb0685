import './quiet-lit.js';
import { LitElement } from 'lit';
import { expect, it, vi } from 'vitest';

/**
 * Another copy of the library (a second install, a bundled copy) defined a tag first in this
 * process: its elements cannot take our data, so they are left as written and reported.
 */
it('leaves elements whose tag another copy defined as written, and says why', async () => {
  class OtherCopy extends LitElement {}
  customElements.define('event-card', OtherCopy);
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const { renderElements } = await import('../../../src/ssr/index.js');
  expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<event-card> is already defined by another script/));
  warn.mockRestore();
  const page =
    '<event-card name="Rock-2024" start="2024-09-03"></event-card><member-states-badge></member-states-badge>';
  const { html, problems, rendered } = await renderElements(page);
  expect(rendered).toBe(1);
  expect(problems).toEqual([
    {
      element: '<event-card name="Rock-2024" start="2024-09-03">',
      line: 1,
      kind: 'render',
      message: '<event-card> is defined by another copy of csto-widgets in this process.',
    },
  ]);
  expect(
    html.startsWith('<event-card name="Rock-2024" start="2024-09-03"></event-card><member-states-badge><template'),
  ).toBe(true);
});
