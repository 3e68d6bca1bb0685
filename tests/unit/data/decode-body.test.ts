import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../../src/data/decode-body.js';
import { responseText } from '../../../src/data/response-text.js';

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

// "Привет" in three encodings, and "Grüße" in windows-1252.
const PRIVET_CP1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const PRIVET_KOI8R = [0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4];
const GRUSSE_CP1252 = [0x47, 0x72, 0xfc, 0xdf, 0x65];

describe('decodeBody', () => {
  it.each([
    ['UTF-8 JSON', bytes('{"t":"Привет"}'), '', '{"t":"Привет"}'],
    [
      'JSON whatever charset the server names (JSON is UTF-8)',
      bytes('{"t":"Привет"}'),
      'text/plain; charset=windows-1251',
      '{"t":"Привет"}',
    ],
    ['JSON after a UTF-8 byte-order mark', bytes([0xef, 0xbb, 0xbf], '[]'), '', '[]'],
    [
      'XML in the encoding it declares',
      bytes('<?xml version="1.0" encoding="windows-1251"?><t>', PRIVET_CP1251, '</t>'),
      'text/xml; charset=utf-8',
      '<?xml version="1.0" encoding="windows-1251"?><t>Привет</t>',
    ],
    [
      'XML declaring with single quotes, after blank lines',
      bytes("\n\n<?xml version='1.0' encoding='KOI8-R'?><t>", PRIVET_KOI8R, '</t>'),
      '',
      "\n\n<?xml version='1.0' encoding='KOI8-R'?><t>Привет</t>",
    ],
    [
      'XML with no declaration, in the HTTP charset',
      bytes('<t>', PRIVET_KOI8R, '</t>'),
      'application/rss+xml; charset="koi8-r"',
      '<t>Привет</t>',
    ],
    ['XML with neither, in UTF-8', bytes('<t>Привет</t>'), 'text/xml', '<t>Привет</t>'],
    ['XML with neither and not UTF-8, as windows-1252', bytes('<t>', GRUSSE_CP1252, '</t>'), '', '<t>Grüße</t>'],
    [
      'XML declaring UTF-8 wrongly, in the HTTP charset',
      bytes('<?xml version="1.0" encoding="utf-8"?><t>', PRIVET_CP1251, '</t>'),
      'text/xml; charset=windows-1251',
      '<?xml version="1.0" encoding="utf-8"?><t>Привет</t>',
    ],
    [
      'XML declaring an encoding nobody knows, in the HTTP charset',
      bytes('<?xml version="1.0" encoding="x-klingon"?><t>', PRIVET_CP1251, '</t>'),
      'text/xml; charset=windows-1251',
      '<?xml version="1.0" encoding="x-klingon"?><t>Привет</t>',
    ],
    [
      'UTF-16 with its byte-order mark',
      Uint8Array.from([0xff, 0xfe, ...ascii('<t/>').flatMap((c) => [c, 0])]),
      '',
      '<t/>',
    ],
  ])('decodes %s', async (_, body, contentType, text) => {
    expect(decodeBody(body, contentType)).toBe(text);
    // The same from a response that arrives in small chunks, a multi-byte character split between two.
    for (const size of [1, 7, 1000]) {
      const chunks = Array.from({ length: Math.ceil(body.length / size) }, (_, i) =>
        body.slice(i * size, (i + 1) * size),
      );
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(chunk);
          controller.close();
        },
      });
      const response = new Response(stream, { headers: contentType ? { 'content-type': contentType } : {} });
      expect(await responseText(response), `in chunks of ${size}`).toBe(text);
    }
  });

  it('falls back when bytes deep in a long answer are not in the encoding it declared', async () => {
    const long = bytes('<?xml version="1.0" encoding="utf-8"?><t>', 'a'.repeat(2000), PRIVET_CP1251, '</t>');
    const response = new Response(long as Uint8Array<ArrayBuffer>, {
      headers: { 'content-type': 'text/xml; charset=windows-1251' },
    });
    expect(await responseText(response)).toBe(`<?xml version="1.0" encoding="utf-8"?><t>${'a'.repeat(2000)}Привет</t>`);
  });

  it('takes an ArrayBuffer or any view of one, and text as it is (without a byte-order mark)', () => {
    const view = bytes('xx<t>Привет</t>').subarray(2);
    expect(decodeBody(view)).toBe('<t>Привет</t>');
    expect(decodeBody(new TextEncoder().encode('[1]').buffer as ArrayBuffer)).toBe('[1]');
    expect(decodeBody('\ufeff[1]')).toBe('[1]');
  });
});
