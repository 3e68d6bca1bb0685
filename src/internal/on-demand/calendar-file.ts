/** The `.ics` writer of `<event-card>`, loaded on the first "Add to calendar" (see README.md). Not public API. */
import type * as ics from '../../components/event-card/ics.js';

export type CalendarFileModule = typeof ics;

export const loadCalendarFile = (): Promise<CalendarFileModule> => import('../../components/event-card/ics.js');
