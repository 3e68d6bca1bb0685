/**
 * How an XSS payload becomes endpoint data, shared by the test server (a served feed) and the
 * browser test (the `releases` and `event` properties), so both paths carry the same fields.
 * Plain JavaScript without imports: Node and the browser both load it as it is.
 */

/** Points a payload's `alert` at the page's trap, so an execution is counted, not shown. */
export const armTrap = (payload) => payload.replace(/alert/g, '__xssTrap');

/** A two-letter code for vector `index` (AA, AB, ...): member-state codes must be /^[A-Z]{2}$/. */
export const stateCodeOf = (index) =>
  String.fromCharCode(65 + (Math.floor(index / 26) % 26)) + String.fromCharCode(65 + (index % 26));

/** An event carrying `payload` in its name, kind and location. */
export const xssEvent = (payload, index) => ({
  name: payload,
  kind: payload,
  location: payload,
  start: '2024-09-03',
  end: '2024-09-06',
  memberStates: [stateCodeOf(index), payload],
});

/** One native release carrying `payload` in every field a release has. */
export const xssRelease = (payload, index) => ({
  id: `xss-${index}`,
  title: payload,
  date: '2024-09-03',
  summary: payload,
  body: payload,
  url: payload,
  image: payload,
  tags: [payload],
  memberStates: [stateCodeOf(index), payload],
  event: xssEvent(payload, index),
});

/** One member state named `payload`, with `payload` as its flag URL. */
export const xssMemberState = (payload, index) => ({ code: stateCodeOf(index), name: payload, flag: payload });
