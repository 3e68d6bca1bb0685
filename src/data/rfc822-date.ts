/**
 * RSS dates: RFC 822 as updated by RFC 2822 (`Fri, 22 Dec 2023 01:04:55 +0200`), as feeds really
 * write them: named zones (`GMT`, `EST`, `MSK`), no weekday, no seconds, two-digit years, full
 * month names. Read into the ISO 8601 instant the Release model keeps.
 */
import { isRealDay } from './date.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Offsets in minutes of the zone names RFC 822 defines, and of those feeds add. */
const ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  // Not RFC 822's, but in the feeds of the member states' and European press services.
  BST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
};

// [weekday,] day month year hour:minute[:second] [zone]; the zone may be missing (then UTC).
const RFC_822 =
  /^(?:[a-z]+,?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,5})?$/i;

/**
 * The ISO 8601 instant (`2023-12-21T23:04:55.000Z`) of an RFC 822 date, or undefined when the
 * text is not one or names an impossible day or time. An unknown zone name counts as UTC, as
 * RFC 2822 says of its military zones.
 */
export function rfc822ToIso(text: string): string | undefined {
  const match = RFC_822.exec(text.trim());
  if (!match) return undefined;
  const [, dayText, monthText, yearText, hourText, minuteText, secondText, zone] = match;
  const month = MONTHS.indexOf(monthText!.toLowerCase()) + 1;
  let year = Number(yearText);
  // RFC 2822: two-digit years 00–49 are 2000–2049, 50–99 are 1950–1999.
  if (yearText!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(dayText);
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = Number(secondText ?? 0);
  if (!month || !isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 60) return undefined;
  let offset = 0;
  if (zone && /^[+-]/.test(zone)) {
    const sign = zone[0] === '-' ? -1 : 1;
    offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
  } else if (zone) offset = ZONES[zone.toUpperCase()] ?? 0;
  const utc = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
  const instant = new Date(utc);
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}
