import type { CstoEvent, Release } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { eventToIcs, icsFileName } from './ics.js';

/** How long the object URL of a downloaded `.ics` lives: long enough for every browser to start the download. */
const REVOKE_DELAY_MS = 1000;

/**
 * Writes `event` as an `.ics` file, named and described in `lang` (with the release it comes from,
 * when there is one), and downloads it through a link attached to `root` while it is clicked.
 * Loaded with the `.ics` writer on the first "Add to calendar" (see on-demand/calendar-file.ts).
 */
export function downloadEvent(event: CstoEvent, lang: string, release: Release | undefined, root: Node): void {
  const ics = eventToIcs(event, {
    lang,
    uid: release?.id ?? icsFileName(event, 'en').replace(/\.ics$/, ''),
    ...(release?.url && { url: release.url }),
    ...(release?.summary && { description: pickText(release.summary, lang) }),
  });
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = icsFileName(event, lang);
  link.hidden = true;
  // Attached while clicked: some browsers ignore clicks on links outside the document.
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
