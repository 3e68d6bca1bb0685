/**
 * The Release model: what every adapter produces and every element renders.
 * Plain data, no DOM, so it can cross `postMessage`, SSR and tests unchanged.
 */

/** A text in one or more languages, keyed by lowercase BCP 47 primary tag (`en`, `ru`). */
export type LocalizedText = Readonly<Record<string, string>>;

/**
 * A calendar point. `allDay` points (`2024-09-03`, `03.09.2024`) name a day, not an instant,
 * so they stay on their date in every time zone; timed points carry an offset or are UTC.
 */
export interface DatePoint {
  /** `YYYY-MM-DD` for all-day points, otherwise a full ISO 8601 instant. */
  readonly iso: string;
  readonly allDay: boolean;
}

export type MemberStateStatus = 'member' | 'suspended' | 'observer';

export interface MemberState {
  /** ISO 3166-1 alpha-2, upper case. */
  readonly code: string;
  readonly name: LocalizedText;
  readonly status: MemberStateStatus;
  /** Image URL from the endpoint; wins over the built-in flag. */
  readonly flag?: string;
}

export interface CstoEvent {
  readonly name: LocalizedText;
  readonly kind?: LocalizedText;
  readonly start: DatePoint;
  /** Inclusive last day (all-day) or end instant. */
  readonly end?: DatePoint;
  readonly location?: LocalizedText;
  /** ISO 3166-1 alpha-2 codes, upper case. */
  readonly memberStates: readonly string[];
}

export interface Release {
  readonly id: string;
  readonly title: LocalizedText;
  readonly date: DatePoint;
  readonly summary?: LocalizedText;
  /**
   * The body as the endpoint sent it: HTML or plain text. NOT sanitised: elements sanitise it
   * when a reader opens it; anyone else must pass it through `safeBodyHtml` first.
   */
  readonly body?: LocalizedText;
  /** Absolute http(s) URL. */
  readonly url?: string;
  /** Absolute http(s) URL. */
  readonly image?: string;
  readonly tags: readonly string[];
  /** ISO 3166-1 alpha-2 codes, upper case. */
  readonly memberStates: readonly string[];
  readonly event?: CstoEvent;
}

/** One page of an endpoint, after detection and normalisation. */
export interface Feed {
  readonly releases: readonly Release[];
  readonly memberStates?: readonly MemberState[];
  /** Absolute URL of the next page, when the endpoint has one. */
  readonly next?: string;
  /** How many entries were dropped as invalid. */
  readonly skipped: number;
}

/** What went wrong while loading an endpoint; the `kind` values are the contract's. */
export type EndpointErrorKind = 'network' | 'http' | 'timeout' | 'parse' | 'format' | 'cors';

export class EndpointError extends Error {
  override readonly name = 'EndpointError';
  constructor(
    readonly kind: EndpointErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}
