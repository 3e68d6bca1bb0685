/**
 * Angular with `strictTemplates`: what must NOT compile. In code, `@ts-expect-error`; in the
 * template, which has no such comment, scripts/pack-test.mjs expects an error on exactly the line
 * after each `expect-error` comment, and none anywhere else. news.component.ts (from
 * docs/frameworks.md) shows the right use compiles.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, type ElementRef, viewChild } from '@angular/core';
import 'csto-widgets';
import type { CstoErrorDetail, EventCard, NewsFeed } from 'csto-widgets';

@Component({
  selector: 'app-wrong-types',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <!-- expect-error: a csto-load handler gets a CstoLoadDetail -->
    <news-feed #feed (csto-load)="onError($event)"></news-feed>
    <!-- expect-error: a csto-select event carries no kind -->
    <news-feed (csto-select)="log($event.detail.kind)"></news-feed>
  `,
})
export class WrongTypesComponent {
  readonly feed = viewChild.required<ElementRef<NewsFeed>>('feed');

  onError(event: CustomEvent<CstoErrorDetail>) {
    return event.detail.kind;
  }

  log(value: string) {
    return value;
  }

  setWrongTypes(card: EventCard) {
    // @ts-expect-error `limit` is a number
    this.feed().nativeElement.limit = '5';
    // @ts-expect-error `layout` is `card` or `compact`
    this.feed().nativeElement.layout = 'grid';
    // @ts-expect-error `headingLevel` is a number
    card.headingLevel = 'two';
  }
}
