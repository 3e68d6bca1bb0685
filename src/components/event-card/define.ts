import '../member-states-badge/define.js';
import { EventCard } from './event-card.js';

/**
 * `import 'csto-widgets/event-card'`: registers `<event-card>` and the `<member-states-badge>` it
 * shows the participants with (each once; safe to load twice).
 */
EventCard.define('event-card');

export { EventCard };

declare global {
  interface HTMLElementTagNameMap {
    'event-card': EventCard;
  }
}
