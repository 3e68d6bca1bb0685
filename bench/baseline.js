/**
 * The hand-written search the bench's search rows set beside <news-feed controls>: plain DOM, no
 * library. It fetches the same document, picks the English text, reads and formats each date
 * (Intl.DateTimeFormat, made once, as a careful hand-writer would), escapes every string, and
 * writes the markup <news-feed> writes (list, articles, heading, title link, time, summary, tags,
 * body toggle and hidden body, "more" button, status region) with one innerHTML into a shadow
 * root that adopts the element's own stylesheet (`window.BENCH_FEED_CSS`, put on the page by the
 * bench); `host.benchSearch(query)` then filters and writes the list again.
 *
 * What it leaves out is what a hand-written page need not do: validating and normalising every
 * release, sanitising, caching, folding diacritics.
 *
 * Markup: <div class="bench-baseline" data-src="..." data-limit="10"></div>
 */
(() => {
  const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
  const escape = (text) => String(text).replace(/[&<>"]/g, (char) => ESCAPES[char]);
  const pick = (text) => (text == null ? '' : typeof text === 'string' ? text : (text.en ?? text.und ?? ''));
  const domId = (prefix, id) => `${prefix}-${id.replace(/[^\w-]/g, (c) => `_${c.codePointAt(0).toString(16)}`)}`;

  const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

  /** `[datetime, text]` for the two date formats of the contract. */
  function readDate(value) {
    const dmy = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    if (dmy) {
      const iso = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
      return [iso, dayFormat.format(new Date(+dmy[3], dmy[2] - 1, +dmy[1]))];
    }
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-').map(Number);
      return [value, dayFormat.format(new Date(y, m - 1, d))];
    }
    const instant = new Date(value);
    return [instant.toISOString(), timeFormat.format(instant)];
  }

  function item(release, index, setSize) {
    const title = escape(pick(release.title));
    const summary = pick(release.summary);
    const body = pick(release.body);
    const titleId = domId('title', release.id);
    const bodyId = domId('body', release.id);
    const [datetime, date] = readDate(release.date);
    const tags = release.tags ?? [];
    return (
      `<article part="item" class="" id="${domId('item', release.id)}" tabindex="-1" aria-labelledby="${titleId}"` +
      ` aria-posinset="${index + 1}" aria-setsize="${setSize}"><div class="text">` +
      `<div part="heading" role="heading" aria-level="3" id="${titleId}">` +
      (release.url
        ? `<a part="title" href="${escape(release.url)}">${title}</a>`
        : `<span part="title">${title}</span>`) +
      `</div><time part="date" datetime="${datetime}">${escape(date)}</time>` +
      (summary ? `<p part="summary">${escape(summary)}</p>` : '') +
      (tags.length ? `<ul part="tags">${tags.map((tag) => `<li part="tag">${escape(tag)}</li>`).join('')}</ul>` : '') +
      (body
        ? `<button part="toggle" aria-expanded="false" aria-controls="${bodyId}">Read more` +
          `<span class="visually-hidden">: ${title}</span></button><div part="body" id="${bodyId}" hidden></div>`
        : '') +
      `</div></article>`
    );
  }

  function list(releases, limit) {
    const visible = releases.slice(0, limit);
    const hasMore = releases.length > visible.length;
    const setSize = hasMore ? -1 : visible.length;
    let items = '';
    for (let index = 0; index < visible.length; index++) items += item(visible[index], index, setSize);
    return (
      `<div part="list" role="feed" aria-busy="false" aria-label="Press releases">${items}</div>` +
      (hasMore ? `<div class="footer"><button part="more">Show more</button></div>` : '') +
      `<div class="visually-hidden" role="status" aria-live="polite"></div>`
    );
  }

  /**
   * `host.benchSearch(query)` shows the first `limit` releases whose English
   * title, summary, tags and body hold every word of the query, lower-cased. The texts are joined
   * and lower-cased once, on the first search, as a careful hand-writer would; no folding.
   */
  function searchable(host, root, releases, limit) {
    let texts;
    host.benchSearch = (query) => {
      texts ??= releases.map((r) =>
        [pick(r.title), pick(r.summary), (r.tags ?? []).join(' '), pick(r.body)].join(' ').toLowerCase(),
      );
      const words = query.toLowerCase().split(/\s+/).filter(Boolean);
      const matches = releases.filter((_, index) => words.every((word) => texts[index].includes(word)));
      root.innerHTML = list(matches, limit);
    };
  }

  async function render(host) {
    const limit = Number(host.dataset.limit || 10);
    const root = host.attachShadow({ mode: 'open' });
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(window.BENCH_FEED_CSS || '');
    root.adoptedStyleSheets = [sheet];
    const response = await fetch(host.dataset.src, { credentials: 'omit' });
    const { releases } = await response.json();
    root.innerHTML = list(releases, limit);
    searchable(host, root, releases, limit);
  }

  document.querySelectorAll('.bench-baseline').forEach((host) => void render(host));
})();
