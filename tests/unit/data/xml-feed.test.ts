import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeed, readFeedReport, type DOMParserLike } from '../../../src/data/read-feed.js';
import type { Release } from '../../../src/data/release.js';

// The parser the publisher tools use in Node; its warnings (undefined entities) stay out of the log.
const domParser = new DOMParser({ onError: () => {} }) as unknown as DOMParserLike;
const BASE = 'https://press.example/feeds/news.xml';
const read = (xml: string, base = BASE) => parseFeed(xml, { base, domParser });

const rss = (items: string, channel = '', attributes = '') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" ${attributes} xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"
  xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Press</title>${channel}${items}</channel></rss>`;

const item = (inner: string): string =>
  `<item><title>Title</title><link>https://press.example/a</link><pubDate>Mon, 02 Sep 2024 10:00:00 +0300</pubDate>${inner}</item>`;

const atom = (entries: string, attributes = '') =>
  `<feed xmlns="http://www.w3.org/2005/Atom" ${attributes}><title>Press</title><id>urn:feed</id>${entries}</feed>`;

const entry = (inner: string, attributes = ''): string =>
  `<entry ${attributes}><id>urn:e1</id><title>Title</title><updated>2024-09-02T10:00:00+03:00</updated>${inner}</entry>`;

async function first(xml: string, base = BASE): Promise<Release> {
  const feed = await read(xml, base);
  expect(feed.releases).toHaveLength(1);
  return feed.releases[0]!;
}

describe('RSS 2.0', () => {
  it('reads the fields of an item', async () => {
    const release = await first(
      rss(
        item(`<guid isPermaLink="false">id-1</guid><description>&lt;p&gt;A &amp;amp; B&lt;/p&gt;</description>
          <content:encoded><![CDATA[<p>Body <img src="/i/b.jpg"></p>]]></content:encoded>
          <category>training</category><category> emergency </category><dc:subject>KZ</dc:subject>`),
        '<language>ru-RU</language>',
      ),
    );
    expect(release).toMatchObject({
      id: 'id-1',
      title: { ru: 'Title' },
      date: { iso: '2024-09-02T07:00:00.000Z', allDay: false },
      summary: { ru: 'A & B' },
      body: { ru: '<p>Body <img src="https://press.example/i/b.jpg"></p>' },
      url: 'https://press.example/a',
      image: 'https://press.example/i/b.jpg',
      tags: ['training', 'emergency', 'KZ'],
    });
  });

  it.each([
    ['a permalink guid', '<guid>https://press.example/g</guid>', 'https://press.example/g', 'https://press.example/g'],
    [
      'a guid that is not a permalink',
      '<guid isPermaLink="false">https://press.example/g</guid>',
      'https://press.example/g',
      undefined,
    ],
    ['an Atom link', '<atom:link rel="alternate" href="/x"/>', 'https://press.example/x', 'https://press.example/x'],
  ])('takes the link from %s when there is no <link>', async (_, inner, id, url) => {
    const release = await first(
      rss(`<item><title>T</title><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate>${inner}</item>`),
    );
    expect(release.id).toBe(id);
    expect(release.url).toBe(url);
  });

  it('uses the link as the id when there is no guid, resolved against the feed', async () => {
    const release = await first(
      rss('<item><title>T</title><link>/news/1</link><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate></item>'),
    );
    expect(release.id).toBe('https://press.example/news/1');
  });

  it.each([
    [
      'an image enclosure with length="0"',
      '<enclosure url="/e.jpg" length="0" type="image/jpeg"/>',
      'https://press.example/e.jpg',
    ],
    [
      'an enclosure with no type, named like an image',
      '<enclosure url="https://cdn.example/e.png"/>',
      'https://cdn.example/e.png',
    ],
    ['media:content', '<media:content url="https://cdn.example/m.jpg" medium="image"/>', 'https://cdn.example/m.jpg'],
    [
      'media:thumbnail in a media:group',
      '<media:group><media:thumbnail url="https://cdn.example/t.jpg"/></media:group>',
      'https://cdn.example/t.jpg',
    ],
    [
      'media:thumbnail in the Media RSS namespace written without its slash',
      '<m:thumbnail xmlns:m="http://search.yahoo.com/mrss" url="https://cdn.example/n.jpg"/>',
      'https://cdn.example/n.jpg',
    ],
    [
      'the first <img> of the description',
      '<description><![CDATA[<p><img src="https://cdn.example/d.jpg" alt=""></p>]]></description>',
      'https://cdn.example/d.jpg',
    ],
  ])('takes the image from %s', async (_, inner, image) => {
    expect((await first(rss(item(inner)))).image).toBe(image);
  });

  it('leaves out an audio enclosure and a javascript: image', async () => {
    const release = await first(
      rss(
        item(
          '<enclosure url="https://cdn.example/a.mp3" length="0" type="audio/mpeg"/><media:thumbnail url="javascript:alert(1)"/>',
        ),
      ),
    );
    expect(release.image).toBeUndefined();
  });

  it('reads a feed under a default namespace, with CDATA and HTML entities', async () => {
    const xml = `<rss xmlns="https://cyber.harvard.edu/rss/rss.html" version="2.0"><channel>
      <item><title><![CDATA[Rock&nbsp;&laquo;2024&raquo; &amp; more]]></title><link>https://press.example/r</link>
      <description>Text&nbsp;&mdash; more</description><pubDate>Mon, 02 Sep 2024 10:00:00 +0300</pubDate></item>
      </channel></rss>`;
    const release = await first(xml);
    expect(release.title.und).toBe('Rock «2024» & more');
    expect(release.summary?.und).toBe('Text — more');
  });

  it('keeps a title that says "<i>" as text, and reads a title that holds markup as text', async () => {
    const feed = await read(
      rss(`<item><title>Die Rückkehr von &lt;i&gt; und &lt;b&gt;</title><guid>a</guid><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate></item>
        <item><title>&lt;b&gt;Breaking&lt;/b&gt; news</title><guid>b</guid><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate></item>`),
    );
    expect(feed.releases.map((r) => r.title.und)).toEqual(['Die Rückkehr von <i> und <b>', 'Breaking news']);
  });

  it('reads blank lines before the XML declaration and an item with no title', async () => {
    const release = await first(
      `\n\n  ${rss('<item><guid>x</guid><description>Only a description here</description><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate></item>')}`,
    );
    expect(release.title.und).toBe('Only a description here');
  });

  it('resolves relative URLs against xml:base, then the item link, then the feed', async () => {
    const xml = `<rss version="2.0" xml:base="https://base.example/root/"><channel>
      <item><title>T</title><link>story/1</link><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate>
      <description><![CDATA[<a href="/about">About</a> <a href="#top">top</a> <a href="mailto:a@b.c">mail</a>]]></description></item>
      </channel></rss>`;
    const release = await first(xml);
    expect(release.url).toBe('https://base.example/root/story/1');
    expect(release.body?.und).toBe(
      '<a href="https://base.example/about">About</a> <a href="#top">top</a> <a href="mailto:a@b.c">mail</a>',
    );
  });

  it('skips an item with no readable date or no id, and reports where it is and why', async () => {
    const report = await readFeedReport(
      rss(`${item('')}
<item><title>No date</title><link>https://press.example/b</link><pubDate>31 Feb 2024 10:00:00 GMT</pubDate></item>
<item><title>No id</title><pubDate>Mon, 02 Sep 2024 10:00:00 GMT</pubDate></item>`),
      { base: BASE, domParser },
    );
    expect(report.format).toBe('rss');
    expect(report.feed.releases).toHaveLength(1);
    expect(report.skippedItems).toEqual([
      { index: 1, id: 'https://press.example/b', reason: 'no readable date ("31 Feb 2024 10:00:00 GMT")', line: 5 },
      { index: 2, reason: 'no guid or link', line: 6 },
    ]);
  });
});

describe('RSS 1.0 (RDF)', () => {
  it('reads items beside the channel, with dc:date and rdf:about', async () => {
    const xml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://press.example/"><title>Press</title><dc:language>en</dc:language></channel>
  <item rdf:about="https://press.example/1"><title>One</title><link>https://press.example/1</link><dc:date>2024-09-02T10:00:00+03:00</dc:date></item>
</rdf:RDF>`;
    const report = await readFeedReport(xml, { base: BASE, domParser });
    expect(report.format).toBe('rdf');
    expect(report.feed.releases[0]).toMatchObject({
      id: 'https://press.example/1',
      title: { en: 'One' },
      date: { iso: '2024-09-02T07:00:00.000Z' },
    });
  });
});

describe('Atom 1.0', () => {
  it('reads the fields of an entry', async () => {
    const release = await first(
      atom(
        entry(`<published>2024-09-01T09:00:00Z</published>
          <link rel="self" href="/self"/><link rel="alternate" type="application/pdf" href="/a.pdf"/><link href="/a.html"/>
          <link rel="enclosure" type="image/png" href="img/e.png"/>
          <summary type="html">&lt;p&gt;Sum &amp;amp; mary&lt;/p&gt;</summary>
          <content type="html">&lt;p&gt;Body &lt;a href="x"&gt;x&lt;/a&gt;&lt;/p&gt;</content>
          <category term="training" label="Training"/><category term="briefing"/>`),
        'xml:lang="en-GB" xml:base="https://atom.example/news/"',
      ),
    );
    expect(release).toMatchObject({
      id: 'urn:e1',
      title: { en: 'Title' },
      date: { iso: '2024-09-01T09:00:00.000Z' },
      summary: { en: 'Sum & mary' },
      body: { en: '<p>Body <a href="https://atom.example/news/x">x</a></p>' },
      url: 'https://atom.example/a.html',
      image: 'https://atom.example/news/img/e.png',
      tags: ['Training', 'briefing'],
    });
  });

  it.each([
    ['text', '<title type="text">A &amp;lt;i&amp;gt; B</title>', 'A <i> B'],
    ['html', '<title type="html">A &lt;b&gt;bold&lt;/b&gt; &amp;amp; B</title>', 'A bold & B'],
    [
      'xhtml',
      '<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">A <b>bold</b> B</div></title>',
      'A bold B',
    ],
  ])('makes a %s title plain text', async (_, title, text) => {
    const xml = atom(`<entry><id>urn:t</id>${title}<updated>2024-09-02T10:00:00Z</updated></entry>`);
    expect((await first(xml)).title.und).toBe(text);
  });

  it('serialises xhtml content to HTML, and uses updated when there is no published date', async () => {
    const release = await first(
      atom(
        entry(
          '<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p class="x">A &amp; <img src="i.png" alt="a"/></p></div></content>',
        ),
      ),
      'https://atom.example/feed.atom',
    );
    expect(release.body?.und).toBe('<p class="x">A &amp; <img src="https://atom.example/i.png" alt="a"></img></p>');
    expect(release.image).toBe('https://atom.example/i.png');
    expect(release.date.iso).toBe('2024-09-02T07:00:00.000Z');
  });

  it('takes the alternate link as the id when there is none, and reports an entry without either', async () => {
    const report = await readFeedReport(
      atom(`<entry><title>A</title><link href="https://atom.example/a"/><updated>2024-09-02T10:00:00Z</updated></entry>
<entry><title>B</title><updated>2024-09-02T10:00:00Z</updated></entry>`),
      { base: BASE, domParser },
    );
    expect(report.feed.releases[0]!.id).toBe('https://atom.example/a');
    expect(report.skippedItems).toEqual([{ index: 1, reason: 'no id or alternate link', line: 2 }]);
  });
});

describe('what is not a readable feed', () => {
  it.each([
    ['not well-formed XML', '<rss><channel><item></channel></rss>', 'parse'],
    ['an HTML page', '<!doctype html><html><body>Maintenance</body></html>', 'parse'],
    ['XHTML', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', 'parse'],
    ['a feed whose every item is invalid', rss('<item><title>x</title></item>'), 'format'],
  ])('rejects %s', async (_, xml, kind) => {
    await expect(read(xml)).rejects.toMatchObject({ name: 'EndpointError', kind });
  });

  it('keeps an empty channel as an empty feed', async () => {
    expect(await read(rss(''))).toEqual({ releases: [], skipped: 0 });
  });

  it('expands no entity a document declares (entity expansion, "billion laughs")', async () => {
    const lol = `<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
${rss(item('<guid>lol</guid><description>&c;</description>'))}`;
    const feed = await read(lol).catch((error: unknown) => error);
    // Either a clean parse error or a render in which nothing was expanded.
    if (feed instanceof Error) expect(feed).toMatchObject({ name: 'EndpointError', kind: 'parse' });
    else expect(JSON.stringify(feed)).not.toContain('aaaaaaaaaaaaaaaaaaaa');
  });

  it('reads nesting 5 000 deep inside an item as a clean error or a render', async () => {
    const deep = `${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}`;
    const result = await read(rss(item(`<guid>deep</guid>${deep}`))).catch((error: unknown) => error);
    if (result instanceof Error) expect(result).toMatchObject({ name: 'EndpointError' });
    else expect(result).toMatchObject({ releases: [{ id: 'deep' }] });
  });

  it('asks for a DOMParser where there is none', async () => {
    await expect(parseFeed(rss(item('')))).rejects.toMatchObject({
      kind: 'parse',
      message: expect.stringContaining('domParser'),
    });
  });
});

describe('any text in any field', () => {
  const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  it('reads or rejects with an EndpointError, never anything else', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({ title: fc.string(), link: fc.string(), date: fc.string(), body: fc.string(), raw: fc.string() }),
        async ({ title, link, date, body, raw }) => {
          const xml = rss(
            `<item><title>${escape(title)}</title><link>${escape(link)}</link><pubDate>${escape(date)}</pubDate>
            <content:encoded>${escape(body)}</content:encoded><description>${raw}</description></item>`,
          );
          try {
            const feed = await read(xml);
            for (const release of feed.releases) expect(typeof release.id).toBe('string');
          } catch (error) {
            expect(error).toMatchObject({ name: 'EndpointError' });
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
