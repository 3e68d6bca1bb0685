/**
 * For the first-screen CSP page: notes, for each shadow root attached, whether its element was
 * defined by then (a `<news-feed>` or `<member-states-badge>` first screen is drawn before it is)
 * and how many releases or states its first batch of content showed.
 */
window.firstScreenProbe = [];
const attachShadow = Element.prototype.attachShadow;
Element.prototype.attachShadow = function (init) {
  const root = attachShadow.call(this, init);
  const entry = { id: this.id, definedAtAttach: Boolean(customElements.get(this.localName)), firstItems: -1 };
  window.firstScreenProbe.push(entry);
  new MutationObserver((records, observer) => {
    entry.firstItems = root.querySelectorAll('[part~="item"], [part~="state"]').length;
    observer.disconnect();
  }).observe(root, { childList: true, subtree: true });
  return root;
};
