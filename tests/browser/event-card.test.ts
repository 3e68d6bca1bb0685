import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import '../../src/components/event-card/define.js';
import type { EventCard } from '../../src/components/event-card/event-card.js';
import { configure, resetConfig } from '../../src/config.js';

/** A query value no other test uses, so the shared feed cache and `fail=N` counts start fresh. */
const unique = (): string => `t=${Math.random().toString(36).slice(2)}`;

const part = (el: EventCard, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (el: EventCard, name: string): string => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const detailsButton = (el: EventCard): HTMLButtonElement => part(el, 'details-button') as HTMLButtonElement;
const panel = (el: EventCard): HTMLElement => part(el, 'details')!;
/** The part of the focused element inside the card, so a failure prints a name rather than a DOM tree. */
const focusedPart = (el: EventCard): string | null | undefined => el.shadowRoot!.activeElement?.getAttribute('part');
const isOpen = (el: EventCard): boolean => panel(el).matches(':popover-open') && !panel(el).hidden;

async function settled(el: EventCard): Promise<EventCard> {
  await waitUntil(() => part(el, 'card') || part(el, 'error') || part(el, 'empty'), 'the card did not settle', {
    timeout: 5000,
  });
  await el.updateComplete;
  return el;
}

async function openDetails(el: EventCard): Promise<void> {
  detailsButton(el).click();
  await el.updateComplete;
  await waitUntil(() => panel(el).style.top !== '', 'the popover was not positioned');
}

/** Clicks at a point of the viewport the way a pointer does (trusted events). */
async function clickAt(x: number, y: number): Promise<void> {
  await sendMouse({ type: 'click', position: [x, y] });
}

describe('<event-card>', () => {
  before(() => configure({ retries: 0 }));
  after(() => resetConfig());

  it('shows an event from its attributes: name, dates, place, status and states', async () => {
    const el = await fixture<EventCard>(
      html`<event-card
        name="Interaction-2024"
        start="2024-09-03"
        end="06.09.2024"
        location="Kyrgyz Republic"
        kind="command-staff training"
        states="KG KZ RU"
        now="2024-08-31T12:00:00"
      ></event-card>`,
    );
    expect(text(el, 'name')).to.equal('Interaction-2024');
    const dates = part(el, 'dates')!;
    expect(dates.localName).to.equal('time');
    expect(dates.getAttribute('datetime')).to.equal('2024-09-03');
    expect(dates.textContent).to.equal('3–6 September 2024');
    expect(text(el, 'location')).to.equal('Kyrgyz Republic');
    expect(text(el, 'kind')).to.equal('command-staff training');
    expect(text(el, 'status')).to.equal('Upcoming · in 3 days');
    const badge = part(el, 'participants')!;
    expect(badge.localName).to.equal('member-states-badge');
    expect(badge.getAttribute('states')).to.equal('KG KZ RU');
  });

  it('speaks Russian: genitive months, status and hint', async () => {
    const card = await fixture<EventCard>(
      html`<event-card
        lang="ru"
        name="Взаимодействие-2024"
        start="2024-09-03"
        end="2024-09-06"
        now="2024-08-31T12:00:00"
      ></event-card>`,
    );
    // Russian is loaded on first use: the light-DOM fallback shows until it is here.
    await waitUntil(() => part(card, 'dates'), 'the Russian card', { timeout: 4000 });
    expect(part(card, 'dates')!.textContent).to.equal('3–6 сентября 2024\u202fг.');
    expect(text(card, 'status')).to.equal('Предстоит · через 3 дня');
    expect(text(card, 'details-button')).to.contain('Подробнее');
  });

  const statuses: [now: string, status: string, text: string][] = [
    ['2024-09-02T23:59:00', 'upcoming', 'Upcoming · tomorrow'],
    ['2024-09-03T00:00:00', 'ongoing', 'Under way'],
    ['2024-09-05T23:59:00', 'ongoing', 'Under way'],
    ['2024-09-06T00:00:00', 'completed', 'Completed · yesterday'],
    ['2024-09-15T09:00:00', 'completed', 'Completed · 10 days ago'],
  ];
  for (const [now, status, expected] of statuses) {
    it(`is ${status} at ${now}`, async () => {
      const el = await fixture<EventCard>(
        html`<event-card name="Rock-2024" start="2024-09-03" end="2024-09-05" now=${now}></event-card>`,
      );
      expect(part(el, 'status')!.getAttribute('part')).to.equal(`status status-${status}`);
      expect(text(el, 'status')).to.equal(expected);
    });
  }

  it('shows the event of a release from `src` + `release-id`, with the endpoint’s state names', async () => {
    const src = `/api/feed/native.json?${unique()}`;
    const el = document.createElement('event-card');
    el.src = src;
    el.releaseId = 'rock-2024-final-stage';
    el.now = '2024-09-04T12:00:00';
    const loaded = oneEvent(el, 'csto-load');
    document.body.append(el);
    try {
      expect((await loaded).detail.releases).to.have.length(4);
      await settled(el);
      expect(text(el, 'name')).to.equal('Rock-2024');
      expect(part(el, 'dates')!.textContent).to.equal('3–5 September 2024');
      expect(text(el, 'status')).to.equal('Under way');
      const badge = part(el, 'participants') as HTMLElement & { updateComplete: Promise<unknown> };
      await badge.updateComplete;
      const states = [...badge.shadowRoot!.querySelectorAll('[part~="state"]')];
      expect(states).to.have.length(6);
      expect(states[0]!.getAttribute('aria-label')).to.equal('Armenia');
    } finally {
      el.remove();
    }
  });

  it('says so when the release has no event', async () => {
    const el = await fixture<EventCard>(
      html`<event-card
        src=${`/api/feed/native.json?${unique()}`}
        release-id="joint-staff-briefing-preparedness"
      ></event-card>`,
    );
    await settled(el);
    expect(text(el, 'empty')).to.equal('This release has no event.');
  });

  it('shows an event set as the `event` property, raw as an endpoint writes it', async () => {
    const el = await fixture<EventCard>(html`<event-card lang="ru" now="2024-12-01T00:00:00"></event-card>`);
    el.event = { name: { en: 'Session', ru: 'Сессия' }, start: '28.12.2024', end: '2025-01-03', memberStates: ['ru'] };
    await el.updateComplete;
    expect(text(el, 'name')).to.equal('Сессия');
    expect(part(el, 'dates')!.textContent).to.equal('28 декабря 2024\u202fг.\u00a0– 3 января 2025\u202fг.');
  });

  it('shows the empty state and sends csto-error for an `event` it cannot read', async () => {
    const el = await fixture<EventCard>(html`<event-card></event-card>`);
    const failed = oneEvent(el, 'csto-error');
    el.event = { name: 'No start' };
    expect((await failed).detail.kind).to.equal('format');
    expect(text(el, 'empty')).to.equal('No event to show.');
  });

  describe('details popover', () => {
    it('opens from its button as a dialog placed by the button, and Escape closes it with focus back on the button', async () => {
      const el = await fixture<EventCard>(
        html`<event-card
          name="Rock-2024"
          start="2024-09-03"
          end="2024-09-05"
          location="Astana"
          kind="training"
          states="KZ"
        ></event-card>`,
      );
      const button = detailsButton(el);
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal(panel(el).id);
      expect(isOpen(el)).to.be.false;

      await openDetails(el);
      expect(isOpen(el)).to.be.true;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(panel(el).getAttribute('role')).to.equal('dialog');
      expect(panel(el).textContent).to.contain('Astana').and.to.contain('Kazakhstan');
      expect(focusedPart(el)).to.equal('details');
      const buttonBox = button.getBoundingClientRect();
      const panelBox = panel(el).getBoundingClientRect();
      expect(panelBox.top).to.be.closeTo(buttonBox.bottom + 6, 1);
      expect(panelBox.left).to.be.closeTo(buttonBox.left, 1);

      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(focusedPart(el)).to.equal('details-button');
    });

    it('closes on a click outside, and stays open on a click inside', async () => {
      const el = await fixture<EventCard>(html`<event-card name="Rock-2024" start="2024-09-03"></event-card>`);
      await openDetails(el);
      const inside = panel(el).getBoundingClientRect();
      await clickAt(Math.round(inside.left + 4), Math.round(inside.top + 4));
      await el.updateComplete;
      expect(isOpen(el)).to.be.true;

      // The bottom-right corner of the viewport, below the card and beside the popover.
      await clickAt(window.innerWidth - 5, window.innerHeight - 5);
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      // The click on plain text dropped focus to <body>: it goes back to the button.
      expect(focusedPart(el)).to.equal('details-button');
    });

    it('closes from its close button and from its own button', async () => {
      const el = await fixture<EventCard>(html`<event-card name="Rock-2024" start="2024-09-03"></event-card>`);
      await openDetails(el);
      part(el, 'close')!.click();
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
      expect(focusedPart(el)).to.equal('details-button');

      await openDetails(el);
      detailsButton(el).click();
      await el.updateComplete;
      expect(isOpen(el)).to.be.false;
    });

    it('flips above its button when there is no room below', async () => {
      const el = await fixture<EventCard>(
        html`<event-card
          name="Rock-2024"
          start="2024-09-03"
          end="2024-09-05"
          location="Astana"
          kind="training"
        ></event-card>`,
      );
      el.style.position = 'fixed';
      el.style.bottom = '0';
      el.style.left = '0';
      el.style.width = '20rem';
      await openDetails(el);
      await waitUntil(() => panel(el).dataset.placement?.startsWith('top'), 'the popover did not flip');
      expect(panel(el).getBoundingClientRect().bottom).to.be.at.most(detailsButton(el).getBoundingClientRect().top);
    });

    it('sends csto-select with the release when opened', async () => {
      const el = await fixture<EventCard>(
        html`<event-card src=${`/api/feed/native.json?${unique()}`} release-id="unga-79-consultations"></event-card>`,
      );
      await settled(el);
      const selected = oneEvent(el, 'csto-select');
      detailsButton(el).click();
      expect((await selected).detail.release.id).to.equal('unga-79-consultations');
    });
  });

  it('downloads a calendar file that a strict iCalendar parser reads with the right all-day dates', async () => {
    const el = await fixture<EventCard>(
      html`<event-card
        name="Interaction-2024"
        start="2024-09-03"
        end="2024-09-06"
        location="Kyrgyz Republic, Balykchy"
      ></event-card>`,
    );
    const realCreate = URL.createObjectURL;
    const realClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    let link: { download: string; href: string; isConnected: boolean } | undefined;
    URL.createObjectURL = (object: Blob | MediaSource): string => {
      blob = object as Blob;
      return realCreate(object);
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      link = { download: this.download, href: this.href, isConnected: this.isConnected };
    };
    try {
      part(el, 'calendar')!.click();
      // The .ics writer loads on first use, then the file downloads.
      await waitUntil(() => link !== undefined, 'the download', { timeout: 4000 });
    } finally {
      URL.createObjectURL = realCreate;
      HTMLAnchorElement.prototype.click = realClick;
    }
    expect(link!.download).to.equal('2024-09-03-interaction-2024.ics');
    expect(link!.href).to.match(/^blob:/);
    // Attached while clicked, and gone after.
    expect(link!.isConnected).to.be.true;
    expect(el.shadowRoot!.querySelector('a[download]')).to.be.null;
    expect(blob!.type).to.equal('text/calendar;charset=utf-8');
    const ics = await blob!.text();
    expect(ics).to.contain('\r\n');
    const vevent = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!;
    const event = new ICAL.Event(vevent);
    expect(event.summary).to.equal('Interaction-2024');
    expect(event.location).to.equal('Kyrgyz Republic, Balykchy');
    expect(event.startDate.isDate).to.be.true;
    expect(event.startDate.toString()).to.equal('2024-09-03');
    // DTEND of an all-day event is exclusive: the day after the last day.
    expect(event.endDate.toString()).to.equal('2024-09-07');
    expect(event.uid).to.match(/@/);
  });

  it('updates its status while the page stays open', async () => {
    // A clock set to one minute before the event starts, and the card's timer caught on its way to setTimeout.
    const RealDate = Date;
    let clock = new RealDate(2024, 8, 2, 23, 59, 0).getTime();
    class ClockDate extends RealDate {
      constructor(...args: []) {
        super(...((args.length ? args : [clock]) as []));
      }
      static override now(): number {
        return clock;
      }
    }
    const realSetTimeout = window.setTimeout;
    const timers: { run: () => void; delay: number }[] = [];
    window.Date = ClockDate as DateConstructor;
    // Every timer still runs for real (the test framework needs its own); the card's is also noted.
    window.setTimeout = ((run: () => void, delay = 0) => {
      timers.push({ run, delay });
      return realSetTimeout(run, delay);
    }) as typeof window.setTimeout;
    let el: EventCard;
    try {
      el = await fixture<EventCard>(
        html`<event-card name="Rock-2024" start="2024-09-03" end="2024-09-05"></event-card>`,
      );
      expect(text(el, 'status')).to.equal('Upcoming · tomorrow');
      // The status timer: longer than the card's other ones (the missing-configuration check, 2 s).
      const timer = timers.find(({ delay }) => delay > 10_000)!;
      // The start is one minute away (and so is midnight, when the hint would change).
      expect(timer.delay).to.be.within(60_000, 61_000);
      clock += timer.delay;
      timer.run();
      await el.updateComplete;
    } finally {
      window.Date = RealDate;
      window.setTimeout = realSetTimeout;
    }
    expect(text(el, 'status')).to.equal('Under way');
  });

  it('shows an error with a retry button when the endpoint fails, and the event after a retry', async () => {
    const el = await fixture<EventCard>(
      html`<event-card src=${`/api/feed/native.json?fail=1&${unique()}`} release-id="rock-2024-final-stage"
        ><a href="/events/rock-2024">Rock-2024</a></event-card
      >`,
    );
    await settled(el);
    const error = part(el, 'error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('HTTP 503');
    part(el, 'retry')!.click();
    await waitUntil(() => part(el, 'card'), 'no card after the retry', { timeout: 5000 });
    expect(text(el, 'name')).to.equal('Rock-2024');
  });

  it('shows the error state for an endpoint that answers 500, with the fallback content kept', async () => {
    const el = await fixture<EventCard>(
      html`<event-card src=${`/api/feed/native.json?status=500&${unique()}`} release-id="x"
        ><a href="/events">Events</a></event-card
      >`,
    );
    await settled(el);
    expect(text(el, 'error')).to.contain('HTTP 500');
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
  });

  it('shows the loading state while the endpoint answers', async () => {
    const el = await fixture<EventCard>(
      html`<event-card
        src=${`/api/feed/native.json?delay=500&${unique()}`}
        release-id="rock-2024-final-stage"
      ></event-card>`,
    );
    expect(part(el, 'loading')!.getAttribute('role')).to.equal('status');
    await settled(el);
    expect(part(el, 'loading')).to.be.null;
  });

  it('has no axe violations, closed and with the details open', async () => {
    const el = await fixture<EventCard>(
      html`<event-card
        name="Rock-2024"
        start="2024-09-03"
        end="2024-09-05"
        location="Astana"
        states="KZ RU"
      ></event-card>`,
    );
    await expect(el).to.be.accessible();
    await openDetails(el);
    await expect(el).to.be.accessible();
  });
});
