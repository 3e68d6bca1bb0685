/**
 * The same local time one calendar day later (a day of a DST change lasts 23 or 25 hours), as
 * date-fns' `addDays` gives it: the day after an all-day end, in the status and in the `.ics`
 * file. Written out, so the card carries no date-fns (an npm build would import its root module).
 */
export const nextLocalDay = (date: Date): Date =>
  new Date(
    date.getFullYear(),
    date.getMonth(),
    date.getDate() + 1,
    date.getHours(),
    date.getMinutes(),
    date.getSeconds(),
    date.getMilliseconds(),
  );
