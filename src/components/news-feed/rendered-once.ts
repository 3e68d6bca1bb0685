import { noChange, render, type TemplateResult } from 'lit/html.js';
import { Directive, directive, PartType, type ChildPart, type PartInfo } from 'lit/directive.js';

/**
 * Content rendered into the page once, as plain DOM: Lit keeps no parts for it (a release of a
 * feed had about thirty, 2 KB in all), and renders it again, whole, only when one of `deps`
 * changes (compared with `===`, as `guard` does).
 *
 * A server render and a hydration get the template as it is, so the hydrated markup is taken over
 * and stays live (as `guard` would leave it); only what the browser renders itself is frozen.
 */
class RenderedOnce extends Directive {
  private deps?: readonly unknown[];
  /** Hydrated: a normal template from then on, so the server's nodes are kept. */
  private live = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.CHILD) throw new Error('renderedOnce() renders child content only');
  }

  render(_deps: readonly unknown[], template: () => TemplateResult, _hydrating: boolean): TemplateResult {
    return template();
  }

  override update(part: ChildPart, [deps, template, hydrating]: Parameters<this['render']>): unknown {
    if (hydrating || this.live) {
      this.live = true;
      return template();
    }
    if (this.deps && deps.length === this.deps.length && deps.every((dep, index) => dep === this.deps![index]))
      return noChange;
    this.deps = deps;
    // Rendered into a scratch fragment that keeps the parts, then moved out: the parts go with it.
    const doc = part.parentNode.ownerDocument ?? document;
    const scratch = doc.createDocumentFragment();
    render(template(), scratch, { host: part.options?.host, creationScope: part.options?.creationScope });
    const content = doc.createDocumentFragment();
    content.append(...scratch.childNodes);
    return content;
  }
}

/**
 * `template()`, rendered once as plain DOM (no parts kept) and again only when `deps` change; with
 * `hydrating`, a live template that takes over the server's markup. Child position only, and for
 * content without event bindings or directives that need to stay connected.
 */
export const renderedOnce = directive(RenderedOnce);
