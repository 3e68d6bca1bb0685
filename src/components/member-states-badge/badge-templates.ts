import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { MemberState } from '../../data/release.js';
import { pickText } from '../../data/text.js';
import { plural, sectionOf, type Lang } from '../../i18n/languages.js';
import enStates from '../../i18n/messages/en/states.js';
import { FLAG_VIEW_BOX, flagSvg } from './flags.js';

/**
 * The markup of `<member-states-badge>`'s states, as pure functions: the element renders with them,
 * and so does the first screen the script tag shows before the element's code is here
 * (first-screen.ts), so the two cannot differ. Only lit-html: no element class is needed to run them.
 */

/** Key of the tooltip of the `count` variant, which lists every state. */
export const ALL_STATES = 'all';
/** Marks a state that is not a full member, besides its dashed outline; the tooltip says which. */
const STATUS_MARKS = { suspended: '‖', observer: '◦' } as const;

/** The id of a tooltip, unique within the shadow root. */
export const tipId = (key: string): string => `tooltip-${key}`;

/** What the element does when a state or the count is pointed at, focused or left; a first screen does nothing. */
export interface TipHandlers {
  readonly show: (key: string) => void;
  readonly scheduleHide: () => void;
  readonly hide: () => void;
}

function tooltip(key: string, content: TemplateResult | string, on: TipHandlers | undefined): TemplateResult {
  return html`<span
    part="tooltip"
    role="tooltip"
    id=${tipId(key)}
    popover="manual"
    hidden
    @mouseenter=${on && (() => on.show(key))}
    @mouseleave=${on?.scheduleHide}
    >${content}</span
  >`;
}

function stateItem(memberState: MemberState, lang: Lang, variant: string, on: TipHandlers | undefined): TemplateResult {
  const t = sectionOf(lang, 'states', enStates);
  const { code, status, flag } = memberState;
  const name = pickText(memberState.name, lang);
  const member = status === 'member';
  const statusText = t.status[status];
  const builtInFlag = variant === 'flags' && !flag ? flagSvg(code) : undefined;
  let picture: TemplateResult;
  if (variant === 'flags' && flag) picture = html`<img part="flag" src=${flag} alt="" />`;
  else if (builtInFlag)
    picture = html`<svg part="flag" viewBox=${FLAG_VIEW_BOX} aria-hidden="true">${builtInFlag}</svg>`;
  else picture = html`<span part="code">${code}</span>`;
  return html`<li>
    <span
      part=${member ? 'state' : `state state-${status}`}
      role="img"
      tabindex="0"
      aria-label=${member ? name : `${name} (${statusText})`}
      aria-describedby=${tipId(code)}
      data-code=${code}
      @mouseenter=${on && (() => on.show(code))}
      @mouseleave=${on?.scheduleHide}
      @focus=${on && (() => on.show(code))}
      @blur=${on?.hide}
      >${picture}${member ? nothing : html`<span part="mark" aria-hidden="true">${STATUS_MARKS[status]}</span>`}</span
    >
    ${tooltip(code, html`${name}${member ? nothing : html`<span part="tooltip-status">${statusText}</span>`}`, on)}
  </li>`;
}

function count(states: readonly MemberState[], lang: Lang, on: TipHandlers | undefined): TemplateResult {
  const names = states.map((memberState) => pickText(memberState.name, lang)).join(', ');
  return html`<span
      part="count"
      tabindex="0"
      aria-describedby=${tipId(ALL_STATES)}
      @mouseenter=${on && (() => on.show(ALL_STATES))}
      @mouseleave=${on?.scheduleHide}
      @focus=${on && (() => on.show(ALL_STATES))}
      @blur=${on?.hide}
      >${plural(lang, sectionOf(lang, 'states', enStates).count, states.length)}</span
    >${tooltip(ALL_STATES, names, on)}`;
}

/** `states` as the badge shows them in `variant` (`flags`, `codes` or `count`): a list, the count, or the empty message. */
export function renderStates(
  states: readonly MemberState[],
  lang: Lang,
  variant: string,
  on?: TipHandlers,
): TemplateResult {
  const t = sectionOf(lang, 'states', enStates);
  if (!states.length) return html`<span part="empty">${plural(lang, t.count, 0)}</span>`;
  if (variant === 'count') return count(states, lang, on);
  return html`<ul part="list" aria-label=${t.label}>
    ${states.map((memberState) => stateItem(memberState, lang, variant, on))}
  </ul>`;
}
