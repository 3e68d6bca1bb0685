/**
 * Last script of every CSP test page: waits until the elements have rendered (or 15 s: the ES modules arrive one by one), then posts
 * what a test needs to the parent frame: what rendered, what was blocked, what threw. Once the
 * first badge has rendered, it hovers its first state, so the tooltip's positioning code (loaded
 * on first use) runs under the policy too.
 */
(function report() {
  const started = performance.now();
  const shadowRoots = () =>
    [...document.querySelectorAll('news-feed, event-card, member-states-badge')].flatMap((el) =>
      el.shadowRoot ? [el.shadowRoot] : [],
    );
  const bodies = () =>
    [...document.querySelectorAll('news-feed')].flatMap((feed) => [
      ...(feed.shadowRoot?.querySelectorAll('[part~="body"]') ?? []),
    ]);
  const firstState = () => document.querySelector('member-states-badge')?.shadowRoot?.querySelector('[part~="state"]');
  const tooltip = () => {
    const state = firstState();
    return state?.getRootNode().getElementById(state.getAttribute('aria-describedby'));
  };
  const tooltipPlaced = () => Boolean(tooltip()?.dataset.placement);
  let hovered = false;
  const hoverFirstState = () => {
    if (!hovered) firstState().dispatchEvent(new MouseEvent('mouseenter'));
    hovered = true;
  };
  // The script tag's loader defines each element when its code arrives: wait for every one.
  const allDefined = () =>
    [...document.querySelectorAll('news-feed, event-card, member-states-badge')].every((el) =>
      customElements.get(el.localName),
    );
  // A feed that shows its error instead of releases is done too.
  const feedError = () => document.querySelector('news-feed')?.shadowRoot?.querySelector('[part~="error"]');
  const ready = () =>
    (allDefined() && feedError()) ||
    (allDefined() &&
      document.querySelector('news-feed')?.shadowRoot?.querySelector('[part~="item"]') &&
      // Text, not just the comment markers Lit leaves in a body whose sanitiser is still on its way.
      bodies().some((body) => body.textContent.trim()) &&
      (!customElements.get('member-states-badge') ||
        ([...document.querySelectorAll('member-states-badge')].every((badge) =>
          badge.shadowRoot?.querySelector('[part~="state"]'),
        ) &&
          (hoverFirstState(), tooltipPlaced()))));
  function send() {
    const roots = shadowRoots();
    window.parent.postMessage(
      {
        cspReport: true,
        defined: ['news-feed', 'event-card', 'member-states-badge'].filter((tag) => customElements.get(tag)),
        items: document.querySelector('news-feed')?.shadowRoot?.querySelectorAll('[part~="item"]').length ?? 0,
        bodyHtml: bodies().map((body) => body.innerHTML),
        bodyElements: bodies().reduce((n, body) => n + body.querySelectorAll('p, strong, em, a, ul, li').length, 0),
        badgeStates: [...document.querySelectorAll('member-states-badge')].map(
          (b) => b.shadowRoot?.querySelectorAll('[part~="state"]').length ?? 0,
        ),
        badgeLabels: [...document.querySelectorAll('member-states-badge')].map(
          (b) => b.shadowRoot?.querySelector('[part~="list"]')?.getAttribute('aria-label') ?? '',
        ),
        tooltipPlaced: tooltipPlaced(),
        styleElements: roots.reduce((n, root) => n + root.querySelectorAll('style').length, 0),
        adoptedSheets: roots.map((root) => root.adoptedStyleSheets.length),
        styleAttributes: roots.reduce((n, root) => n + root.querySelectorAll('[style]').length, 0),
        feedError: feedError()?.textContent.replace(/\s+/g, ' ').trim() ?? '',
        cstoErrors: window.cspProbe.cstoErrors,
        violations: window.cspProbe.violations,
        errors: window.cspProbe.errors,
      },
      '*',
    );
  }
  (function poll() {
    if (ready() || performance.now() - started > 15000) setTimeout(send, 100);
    else setTimeout(poll, 25);
  })();
})();
