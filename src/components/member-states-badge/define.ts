import { MemberStatesBadge } from './member-states-badge.js';

/** `import 'csto-widgets/member-states-badge'`: registers `<member-states-badge>` (once; safe to load twice). */
MemberStatesBadge.define('member-states-badge');

export { MemberStatesBadge };

declare global {
  interface HTMLElementTagNameMap {
    'member-states-badge': MemberStatesBadge;
  }
}
