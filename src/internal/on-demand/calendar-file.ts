/** The `.ics` writer of `<event-card>` and its download, loaded on the first "Add to calendar" (see README.md). Not public API. */
import type * as calendarDownload from '../../components/event-card/calendar-download.js';

export type CalendarFileModule = typeof calendarDownload;

export const loadCalendarFile = (): Promise<CalendarFileModule> =>
  import('../../components/event-card/calendar-download.js');
