/** The embed builder page (configurator/index.html). */
import { configure } from '../src/config.js';
import { EmbedBuilder } from './embed-builder.js';

// A person checking their endpoint wants its verdict now, not after the elements' patient retries.
configure({ retries: 0, timeout: 8000 });
customElements.define('csto-embed-builder', EmbedBuilder);
