import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { eventToIcs, icsFileName } from '../../src/components/event-card/ics.js';
import type { IcsOptions } from '../../src/components/event-card/ics.js';
import type { CstoEvent, DatePoint } from '../../src/data/release.js';

const day = (iso: string): DatePoint => ({ iso, allDay: true });
const instant = (iso: string): DatePoint => ({ iso, allDay: false });

const summit: CstoEvent = {
  name: {
    en: 'Collective Security Council session',
    ru: 'Сессия Совета коллективной безопасности',
  },
  kind: { en: 'Summit', ru: 'Саммит' },
  location: { en: 'Astana, Kazakhstan', ru: 'Астана, Казахстан' },
  start: day('2024-09-03'),
  end: day('2024-09-06'),
  memberStates: ['KZ'],
};

const options: IcsOptions = {
  lang: 'en',
  uid: 'release-42',
  now: new Date('2024-08-01T12:34:56Z'),
};

function parse(ics: string): {
  calendar: ICAL.Component;
  vevent: ICAL.Component;
  event: ICAL.Event;
} {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

/** Content lines with folding undone, as RFC 5545 §3.1 unfolds them. */
const contentLines = (ics: string): string[] => ics.replace(/\r\n /g, '').split('\r\n');

describe('eventToIcs', () => {
  it('writes a 3–6 September all-day event as DATE values with an exclusive end', () => {
    const ics = eventToIcs(summit, options);
    const { event } = parse(ics);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2024-09-03');
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2024-09-07');
    expect(contentLines(ics)).toEqual(
      expect.arrayContaining(['DTSTART;VALUE=DATE:20240903', 'DTEND;VALUE=DATE:20240907']),
    );
  });

  it.each([
    [
      'a single all-day event ends the next day',
      day('2024-09-03'),
      undefined,
      ['DTSTART;VALUE=DATE:20240903', 'DTEND;VALUE=DATE:20240904'],
    ],
    [
      'an all-day end crosses a year',
      day('2024-12-30'),
      day('2024-12-31'),
      ['DTSTART;VALUE=DATE:20241230', 'DTEND;VALUE=DATE:20250101'],
    ],
    [
      'an all-day end on a leap day',
      day('2024-02-28'),
      day('2024-02-29'),
      ['DTSTART;VALUE=DATE:20240228', 'DTEND;VALUE=DATE:20240301'],
    ],
    [
      'an all-day end before the start is one day',
      day('2024-09-06'),
      day('2024-09-03'),
      ['DTSTART;VALUE=DATE:20240906', 'DTEND;VALUE=DATE:20240907'],
    ],
    [
      'a timed event in UTC',
      instant('2024-09-03T10:00:00.000Z'),
      instant('2024-09-03T12:30:00.000Z'),
      ['DTSTART:20240903T100000Z', 'DTEND:20240903T123000Z'],
    ],
    [
      'a timed event with an offset, converted to UTC',
      instant('2024-09-03T13:00:00+03:00'),
      instant('2024-09-04T01:15:00+03:00'),
      ['DTSTART:20240903T100000Z', 'DTEND:20240903T221500Z'],
    ],
    [
      'a timed event without an end has no DTEND',
      instant('2024-09-03T10:00:00.000Z'),
      undefined,
      ['DTSTART:20240903T100000Z'],
    ],
    [
      'a timed end before the start is dropped',
      instant('2024-09-03T10:00:00.000Z'),
      instant('2024-09-03T09:00:00.000Z'),
      ['DTSTART:20240903T100000Z'],
    ],
  ])('dates: %s', (_, start, end, expected) => {
    const lines = contentLines(eventToIcs({ ...summit, start, end }, options));
    expect(lines.filter((line) => /^DT(START|END)[;:]/.test(line))).toEqual(expected);
  });

  it('writes timed events in UTC that ical.js reads as the same instants', () => {
    const { event } = parse(
      eventToIcs(
        {
          ...summit,
          start: instant('2024-09-03T10:00:00.000Z'),
          end: instant('2024-09-03T12:00:00.000Z'),
        },
        options,
      ),
    );
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone?.tzid).toBe('UTC');
    expect(event.startDate.toJSDate().toISOString()).toBe('2024-09-03T10:00:00.000Z');
    expect(event.endDate.toJSDate().toISOString()).toBe('2024-09-03T12:00:00.000Z');
  });

  it('has the calendar header, a stable UID and a UTC DTSTAMP from now', () => {
    const ics = eventToIcs(summit, options);
    const { calendar, vevent } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(vevent.getFirstPropertyValue('uid')).toBe('release-42@odkb-csto.org');
    expect(contentLines(ics)).toContain('DTSTAMP:20240801T123456Z');
    expect(eventToIcs(summit, options)).toBe(ics);
    expect(parse(eventToIcs(summit, { ...options, uid: 'x@example.org' })).vevent.getFirstPropertyValue('uid')).toBe(
      'x@example.org',
    );
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const ics = eventToIcs({ ...summit, name: { en: 'one\ntwo\r\nthree\rfour' } }, { ...options, description: 'a\nb' });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line at 75 octets without splitting a character', () => {
    const longName =
      'Совместное командно-штабное учение Коллективных сил оперативного реагирования ОДКБ «Взаимодействие-2024» 🛡️𝄞 '.repeat(
        3,
      );
    const ics = eventToIcs({ ...summit, name: { ru: longName } }, { ...options, lang: 'ru', description: longName });
    const lines = ics.split('\r\n').slice(0, -1);
    for (const line of lines) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      // A split surrogate pair would not survive a UTF-8 round trip.
      expect(new TextDecoder().decode(new TextEncoder().encode(line))).toBe(line);
    }
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Folding uses the whole budget: a line is only broken when the next character would not fit.
    expect(lines.some((line) => new TextEncoder().encode(line).length >= 73)).toBe(true);
    const { event } = parse(ics);
    expect(event.summary).toBe(longName);
    expect(event.description).toBe(longName);
  });

  // Each ASCII prefix shifts where the 75-octet limit falls inside the multi-byte characters.
  it.each(['я', '€', '𝄞'].flatMap((char) => [0, 1, 2, 3].map((prefix) => ['x'.repeat(prefix) + char.repeat(60)])))(
    'folds %s within 75 octets at character boundaries',
    (name) => {
      const ics = eventToIcs({ ...summit, name: { en: name } }, options);
      for (const line of ics.split('\r\n')) {
        const octets = new TextEncoder().encode(line);
        expect(octets.length).toBeLessThanOrEqual(75);
        expect(new TextDecoder().decode(octets)).toBe(line);
      }
      expect(parse(ics).event.summary).toBe(name);
    },
  );

  it.each([
    ['comma, semicolon; and backslash \\ too', 'SUMMARY:comma\\, semicolon\\; and backslash \\\\ too'],
    ['two\nlines', 'SUMMARY:two\\nlines'],
    ['all at once: a,b;c\\d\ne', 'SUMMARY:all at once: a\\,b\\;c\\\\d\\ne'],
    ['\\n is not a newline', 'SUMMARY:\\\\n is not a newline'],
  ])('escapes %j and ical.js reads it back unchanged', (name, line) => {
    const ics = eventToIcs(
      { ...summit, name: { en: name }, location: { en: name } },
      { ...options, description: name },
    );
    expect(contentLines(ics)).toContain(line);
    const { event } = parse(ics);
    expect(event.summary).toBe(name);
    expect(event.location).toBe(name);
    expect(event.description).toBe(name);
  });

  it('turns CRLF and CR in text into one escaped newline and drops other control characters', () => {
    const { event } = parse(eventToIcs({ ...summit, name: { en: 'a\r\nb\rc\u0007d\te' } }, options));
    expect(event.summary).toBe('a\nb\ncd\te');
  });

  it('writes texts in the language, falling back like pickText', () => {
    const ru = parse(eventToIcs(summit, { ...options, lang: 'ru' }));
    expect(ru.event.summary).toBe('Сессия Совета коллективной безопасности');
    expect(ru.event.location).toBe('Астана, Казахстан');
    expect(ru.vevent.getFirstPropertyValue('categories')).toBe('Саммит');
    expect(parse(eventToIcs(summit, { ...options, lang: 'kk' })).event.summary).toBe(
      'Сессия Совета коллективной безопасности',
    );
  });

  it('leaves out empty LOCATION, DESCRIPTION, CATEGORIES and URL', () => {
    const ics = eventToIcs({ name: { en: 'Bare' }, start: day('2024-09-03'), memberStates: [] }, options);
    expect(ics).not.toMatch(/^(LOCATION|DESCRIPTION|CATEGORIES|URL)[:;]/m);
  });

  it.each([
    ['https://en.odkb-csto.org/news/123/', 'https://en.odkb-csto.org/news/123/'],
    ['https://example.org/a page?q=1,2;3', 'https://example.org/a%20page?q=1,2;3'],
    ['javascript:alert(1)', undefined],
    ['not a url', undefined],
  ])('writes URL %j as %j', (url, expected) => {
    const { vevent } = parse(eventToIcs(summit, { ...options, url }));
    expect(vevent.getFirstPropertyValue('url') ?? undefined).toBe(expected);
  });
});

describe('icsFileName', () => {
  it.each([
    ['en', { en: 'Collective Security Council session' }, '2024-09-03-collective-security-council-session.ics'],
    [
      'ru',
      { ru: 'Сессия Совета коллективной безопасности' },
      '2024-09-03-sessiya-soveta-kollektivnoy-bezopasnosti.ics',
    ],
    ['ru', { ru: 'Учение «Взаимодействие-2024»' }, '2024-09-03-uchenie-vzaimodeystvie-2024.ics'],
    ['kk', { kk: 'Ұжымдық қауіпсіздік' }, '2024-09-03-uzhymdyk-kauipsizdik.ics'],
    ['be', { be: 'Сустрэча ў Мінску' }, '2024-09-03-sustrecha-u-minsku.ics'],
    ['fr', { fr: 'Réunion à Genève / Île' }, '2024-09-03-reunion-a-geneve-ile.ics'],
    ['hy', { hy: 'Երևան' }, '2024-09-03-event.ics'],
    ['en', { en: '   ' }, '2024-09-03-event.ics'],
  ])('%s %j → %s', (lang, name, expected) => {
    expect(icsFileName({ name, start: day('2024-09-03') }, lang)).toBe(expected);
  });

  it('keeps long names short and safe', () => {
    const fileName = icsFileName({ name: { en: 'Word '.repeat(40) }, start: day('2024-09-03') }, 'en');
    expect(fileName).toMatch(/^2024-09-03-[a-z0-9]+(-[a-z0-9]+)*\.ics$/);
    expect(fileName.length).toBeLessThanOrEqual('2024-09-03-'.length + 60 + '.ics'.length);
  });
});
