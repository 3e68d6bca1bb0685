/**
 * The demo's settings: each `<select data-target data-attribute>` sets that attribute on the
 * elements its `data-target` selector names, as a page's own script would. An empty value gives
 * each element back the attribute it was written with.
 */
for (const select of document.querySelectorAll('select[data-target][data-attribute]')) {
  const { target, attribute } = select.dataset;
  const elements = [...document.querySelectorAll(target)];
  const written = new Map(elements.map((element) => [element, element.getAttribute(attribute)]));
  select.addEventListener('change', () => {
    for (const element of elements) {
      const value = select.value || written.get(element);
      if (value) element.setAttribute(attribute, value);
      else element.removeAttribute(attribute);
    }
  });
}
