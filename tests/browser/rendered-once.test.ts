import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { renderedOnce } from '../../src/components/news-feed/rendered-once.js';

/** Renders `<div>` holding `renderedOnce(deps, () => <p>text</p>, hydrating)` into `container`. */
function renderText(container: HTMLElement, deps: readonly unknown[], text: string, hydrating = false): void {
  render(html`<div>${renderedOnce(deps, () => html`<p title=${text}>${text}</p>`, hydrating)}</div>`, container);
}

const paragraph = (container: HTMLElement): HTMLParagraphElement => container.querySelector('p')!;

describe('renderedOnce()', () => {
  let container: HTMLElement;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('renders the template as plain DOM', () => {
    renderText(container, ['a'], 'first');
    expect(paragraph(container).textContent).to.equal('first');
    expect(paragraph(container).title).to.equal('first');
  });

  it('keeps no live bindings: while the deps are the same, the nodes and their text stay as first rendered', () => {
    renderText(container, ['a', 1], 'first');
    const before = paragraph(container);
    renderText(container, ['a', 1], 'second');
    expect(paragraph(container)).to.equal(before);
    expect(before.textContent).to.equal('first');
    expect(before.title).to.equal('first');
  });

  it('renders again, whole, when a dep changes', () => {
    renderText(container, ['a', 1], 'first');
    const before = paragraph(container);
    renderText(container, ['a', 2], 'second');
    expect(paragraph(container)).not.to.equal(before);
    expect(paragraph(container).textContent).to.equal('second');
    expect(container.querySelectorAll('p')).to.have.length(1);
  });

  it('stays a live template once hydrating: its bindings update like any other', () => {
    renderText(container, ['a'], 'first', true);
    const before = paragraph(container);
    renderText(container, ['a'], 'second', false);
    expect(paragraph(container)).to.equal(before);
    expect(before.textContent).to.equal('second');
  });

  it('refuses attribute position', () => {
    expect(() => render(html`<p title=${renderedOnce([], () => html``, false)}></p>`, container)).to.throw(
      /child content/,
    );
  });
});
